/** "Vergelijken": two to four scenarios side by side, differences first, overlaid charts and the assumptions that differ. */
import type { ScenarioSummary } from '../../../shared/contract';
import { useQuery } from '../api/useQuery';
import { deltaText, formatAssumption, formatIndicator } from './format';
import { COLORS, OverlayCharts } from './Overlay';
import { ScenarioChooser, useScenarioChoice } from './ScenarioChooser';


interface Props {
  scenarios: ScenarioSummary[];
  selectedId: number;
  /** Changes whenever data changed, so the comparison reloads. */
  version: unknown;
}

export function CompareView({ scenarios, selectedId, version }: Props) {
  const { ids, ref, setChosen, setReferenceId } = useScenarioChoice(scenarios, selectedId);

  const { data: view, error } = useQuery('compare.run', ids.length >= 2 ? { scenarioIds: ids, referenceId: ref } : null, version);

  const refIndex = view ? view.scenarios.findIndex((s) => s.id === view.referenceId) : 0;
  const refName = view?.scenarios[refIndex]?.name ?? '';

  return (
    <div className="compare">
      <ScenarioChooser scenarios={scenarios} chosen={ids} referenceId={ref} onChosen={setChosen} onReference={setReferenceId} legend="Welke scenario’s vergelijken (twee tot vier)? Kies ook de referentie." />
      {ids.length < 2 && <p className="notice">Kies minstens twee scenario’s.</p>}
      {error && (
        <p className="feedback error" role="alert">
          {error}
        </p>
      )}
      {view && ids.length >= 2 && (
        <>
          <section aria-labelledby="ind-title">
            <h2 id="ind-title">Kerncijfers, met het verschil ten opzichte van {refName}</h2>
            <div className="table-scroll">
              <table className="compare-table" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    {view.scenarios.map((s, i) => (
                      <th scope="col" key={s.id}>
                        <span className="swatch" style={{ background: COLORS[i] }} /> {s.name}
                        {i === refIndex && <span className="ref-badge"> (referentie)</span>}
                        {s.status === 'vastgesteld' && <span className="status status-vastgesteld">vastgesteld</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {view.indicators.map((ind) => (
                    <tr key={ind.id}>
                      <th scope="row">{ind.label}</th>
                      {ind.values.map((v, i) => (
                        <td key={i}>
                          <strong>{formatIndicator(ind.unit, v)}</strong>
                          {i !== refIndex && <div className="delta">{deltaText(ind.unit, v, ind.values[refIndex], refName)}</div>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="help small">
              Modelversie {view.modelVersion}. Laatste wijziging:{' '}
              {view.scenarios.map((s) => `${s.name} ${new Date(s.updatedAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' })}`).join(' · ')}.
            </p>
          </section>
          <OverlayCharts view={view} />
          <section aria-labelledby="diff-title">
            <h2 id="diff-title">Wat is er anders? Aannames die verschillen</h2>
            {view.assumptionDiff.length === 0 ? (
              <p>De aannames zijn in alle gekozen scenario’s gelijk.</p>
            ) : (
              <div className="table-scroll">
                <table className="compare-table" data-testid="assumption-diff">
                  <thead>
                    <tr>
                      <th scope="col">Aanname</th>
                      {view.scenarios.map((s) => (
                        <th scope="col" key={s.id}>
                          {s.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {view.assumptionDiff.map((d) => (
                      <tr key={d.key}>
                        <th scope="row">
                          {d.label} <span className="unit">({d.unit})</span>
                        </th>
                        {d.values.map((v, i) => (
                          <td key={i}>
                            <strong>{formatAssumption(v)}</strong>
                            <div className="source">
                              {v.isAanname ? 'aanname' : 'bron'}: {v.source}
                            </div>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {(view.locationDiff.length > 0 || view.wlzEventDiff.length > 0) && (
              <>
                <h3>Locaties en eenmalige Wlz-overgangen die niet in elk scenario zitten</h3>
                <ul className="presence" data-testid="location-diff">
                  {[...view.locationDiff, ...view.wlzEventDiff].map((d) => (
                    <li key={d.description}>
                      {d.description} — alleen in {view.scenarios.filter((_, i) => d.present[i]).map((s) => s.name).join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
