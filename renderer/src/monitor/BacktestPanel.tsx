/** The backtest: the model started at an earlier measurement, projected to the latest, with both drivers; how far each was off. */
import type { MonitorView } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { periodEndLabel } from '../../../shared/observations';

export function BacktestPanel({ backtest }: { backtest: MonitorView['backtest'] }) {
  if (!backtest) return <p className="help">Voor een terugtoets zijn minstens twee metingen nodig.</p>;
  if (!backtest.ok) return <p className="help" data-testid="monitor-backtest">{backtest.reason}</p>;
  const measures = backtest.need.byMeasure.map((m) => ({ ...m, inflow: backtest.inflow.byMeasure.find((x) => x.measure === m.measure) }));
  const mae = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatNumber(x, 1));
  return (
    <div data-testid="monitor-backtest">
      <p className="why">{backtest.sentence}</p>
      <p className="help">
        Gestart met de stand van {periodEndLabel(backtest.startPeriod)} en de geschatte kansen, doorgerekend tot {periodEndLabel(backtest.endPeriod)}. Per maat: gemiddeld
        verschil tussen model en meting (in mensen).
      </p>
      <table className="data">
        <caption className="visually-hidden">Terugtoets per maat</caption>
        <thead>
          <tr>
            <th scope="col">Maat</th>
            <th scope="col" className="num">Behoefte drijft</th>
            <th scope="col" className="num">Instroom gegeven</th>
            <th scope="col" className="num">Metingen</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.measure}>
              <th scope="row">{m.label}</th>
              <td className="num">{mae(m.meanAbsoluteError)}</td>
              <td className="num">{mae(m.inflow?.meanAbsoluteError)}</td>
              <td className="num">{m.points}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Alle maten samen</th>
            <td className="num">{mae(backtest.need.meanAbsoluteError)}</td>
            <td className="num">{mae(backtest.inflow.meanAbsoluteError)}</td>
            <td className="num">{backtest.need.points}</td>
          </tr>
        </tbody>
      </table>
      {backtest.notes.length > 0 && (
        <ul className="help">
          {backtest.notes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
