/** The comparison as tables — key figures with differences in words, assumptions that differ, locations not in every scenario — for the Vergelijken tab and the report. */
import type { CompareView } from '../../../shared/contract';
import { deltaText, formatAssumption, formatIndicator } from './format';
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

export function AssumptionDiffTable({ view, className, testId }: { view: CompareView; className: string; testId?: string }) {
  return (
    <table className={className} data-testid={testId}>
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
