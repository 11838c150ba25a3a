/** The imports of monitoring figures, newest first: what is in use, what was removed (and can be put back). */
import type { ObservationSetSummary } from '../../../shared/observations';
import { periodLabel } from '../../../shared/observations';
import { formatNumber } from '../../../shared/numberFormat';
import { call, errorMessage } from '../api/client';
import { formatDate } from '../common/formatDate';

interface Props {
  sets: ObservationSetSummary[];
  onChanged(message: string): Promise<void>;
  onError(message: string): void;
}

export function ImportHistory({ sets, onChanged, onError }: Props) {
  if (sets.length === 0) return <p className="help">Nog geen monitoringcijfers geïmporteerd. Download het sjabloon, vul de cijfers van de laatste periode in en importeer het bestand.</p>;
  async function act(s: ObservationSetSummary) {
    try {
      if (s.removedAt) await call('monitor.restore', { id: s.id });
      else await call('monitor.remove', { id: s.id });
      await onChanged(s.removedAt ? `"${s.fileName}" wordt weer gebruikt.` : `"${s.fileName}" is verwijderd; het blijft in deze lijst en kan worden teruggezet.`);
    } catch (e) {
      onError(errorMessage(e));
    }
  }
  return (
    <table className="data" data-testid="monitor-imports">
      <caption className="visually-hidden">Geïmporteerde monitoringcijfers</caption>
      <thead>
        <tr>
          <th scope="col">Bestand</th>
          <th scope="col">Bron</th>
          <th scope="col">Periode</th>
          <th scope="col" className="num">Cijfers</th>
          <th scope="col">Geïmporteerd</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actie</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sets.map((s) => (
          <tr key={s.id} className={s.removedAt ? 'removed' : undefined}>
            <td>{s.fileName}</td>
            <td>{s.source}</td>
            <td>{s.from ? periodLabel({ from: s.from, to: s.to }) : '—'}</td>
            <td className="num">{formatNumber(s.count)}</td>
            <td>{formatDate(s.importedAt, 'longDateTime')}</td>
            <td>{s.removedAt ? `verwijderd op ${formatDate(s.removedAt, 'longDateTime')}` : 'in gebruik'}</td>
            <td>
              <button className="small" onClick={() => act(s)}>
                {s.removedAt ? 'Zet terug' : 'Verwijder'}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
