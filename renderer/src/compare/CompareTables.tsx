/** The comparison as tables — key figures with differences in words, assumptions and ranges that differ, locations not in every scenario — for the Vergelijken tab and the report. */
import type { CompareView } from '../../../shared/contract';
import { assumptionDef } from '../../../shared/assumptions';
import { formatAssumptionText, unitLabel } from '../../../shared/numberFormat';
import { describeRange } from '../../../shared/ranges';
import { deltaText, formatIndicator } from './format';
import { COLORS } from './Overlay';

const refIndexOf = (view: CompareView) => Math.max(0, view.scenarios.findIndex((s) => s.id === view.referenceId));

export function IndicatorTable({ view, className, testId }: { view: CompareView; className: string; testId?: string }) {
  const ref = refIndexOf(view);
  const refName = view.scenarios[ref].name;
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Kerncijfer</th>
          {view.scenarios.map((s, i) => (
            <th scope="col" key={s.id}>
              <span className="swatch" style={{ background: COLORS[i] }} /> {s.name}
              {i === ref && view.scenarios.length > 1 && <span className="ref-badge"> (referentie)</span>}
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
                {i !== ref && <div className="delta">{deltaText(ind.unit, v, ind.values[ref], refName)}</div>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The head row of a table with a column per scenario: what the rows are, then each scenario's name. */
export function ScenarioHeadRow({ first, scenarios }: { first: string; scenarios: readonly { id: number; name: string }[] }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      {scenarios.map((s) => (
        <th scope="col" key={s.id}>
          {s.name}
        </th>
      ))}
    </tr>
  );
}

/** Assumptions (or, with `rows`, a part of them such as the settings) that differ, each value as the grid shows it, with its source. */
export function AssumptionDiffTable({ view, rows = view.assumptionDiff, className, testId }: { view: CompareView; rows?: CompareView['assumptionDiff']; className: string; testId?: string }) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <ScenarioHeadRow first="Aanname" scenarios={view.scenarios} />
      </thead>
      <tbody>
        {rows.map((d) => {
          const def = assumptionDef(d.key);
          return (
            <tr key={d.key}>
              <th scope="row">
                {d.label} <span className="unit">({def ? unitLabel(def) : d.unit})</span>
              </th>
              {d.values.map((v, i) => (
                <td key={i}>
                  <strong>{formatAssumptionText(def, v)}</strong>
                  <div className="source">
                    {v.isAanname ? 'aanname' : 'bron'}: {v.source}
                  </div>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Uncertainty ranges that differ: per scenario the kind and the ends, as the assumption reads ("PERT van 5 % tot 20 %"), or none. */
export function RangeDiffTable({ view, className, testId }: { view: CompareView; className: string; testId?: string }) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <ScenarioHeadRow first="Bereik van" scenarios={view.scenarios} />
      </thead>
      <tbody>
        {view.rangeDiff.map((d) => {
          const def = assumptionDef(d.key);
          return (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              {d.values.map((r, i) => (
                <td key={i}>
                  {r ? (
                    <>
                      <strong>{def ? describeRange(def, r) : `${r.low} – ${r.high}`}</strong>
                      <div className="source">{r.source}</div>
                    </>
                  ) : (
                    'geen bereik (vast)'
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Locations and one-off Wlz events that are not in every scenario; nothing when there are none. */
export function PresenceList({ view, testId }: { view: CompareView; testId?: string }) {
  const lines = [...view.locationDiff, ...view.wlzEventDiff];
  if (lines.length === 0) return null;
  return (
    <>
      <h3>Locaties en eenmalige Wlz-overgangen die niet in elk scenario zitten</h3>
      <ul className="presence" data-testid={testId}>
        {lines.map((d) => (
          <li key={d.description}>
            {d.description} — alleen in {view.scenarios.filter((_, i) => d.present[i]).map((s) => s.name).join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}
