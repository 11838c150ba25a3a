/** What the monitoring figures say about the model's rates: each estimate with its 80 % interval beside the scenario's value. */
import type { Estimates } from '../../../models/monitor/estimate';
import { formatNumber } from '../../../shared/numberFormat';

const show = (x: number | null, unit: string) => {
  if (x === null) return '—';
  if (unit.includes('aandeel') || unit.includes('fractie')) return `${formatNumber(x * 100, 1)} %`;
  return formatNumber(x, Math.abs(x) >= 100 ? 0 : 1);
};

/** `compact` (the report): what each estimate rests on goes into the row's title instead of a column of its own. */
export function EstimatesTable({ estimates, compact = false }: { estimates: Estimates; compact?: boolean }) {
  const { estimates: list, absent } = estimates;
  return (
    <>
      {list.length > 0 && (
        <table className="data" data-testid="monitor-estimates">
          <caption className="visually-hidden">Schattingen uit de monitoringcijfers</caption>
          <thead>
            <tr>
              <th scope="col">Wat</th>
              <th scope="col" className="num">Schatting</th>
              <th scope="col" className="num">80 %-interval</th>
              <th scope="col" className="num">Nu in het scenario</th>
              <th scope="col">Eenheid</th>
              {!compact && <th scope="col">Waarop het rust</th>}
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.id} title={compact ? e.sentence : undefined}>
                <th scope="row">{e.label}</th>
                <td className="num">{show(e.value, e.unit)}</td>
                <td className="num">
                  {show(e.low, e.unit)} – {show(e.high, e.unit)}
                </td>
                <td className="num">{show(e.current, e.unit)}</td>
                <td>{e.unit}</td>
                {!compact && <td className="help">{e.sentence}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {absent.length > 0 && !compact && (
        <details className="help">
          <summary>Niet te schatten uit deze cijfers ({absent.length})</summary>
          <ul>
            {absent.map((a) => (
              <li key={a.id}>
                {a.label}: {a.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
