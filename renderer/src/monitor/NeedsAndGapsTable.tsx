/** Needs and gaps per gemeente (Uitvoeringsagenda §6.1): who waits and is in care, by gemeente of origin, against the places there. */
import type { NeedsAndGaps } from '../../../models/monitor/needsAndGaps';
import { gemeenteNaam } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import { periodEndLabel } from '../../../shared/observations';

const n = (x: number | null) => (x === null ? '—' : formatNumber(Math.round(x)));
const signed = (x: number | null) => (x === null ? '—' : x > 0 ? `+${formatNumber(Math.round(x))}` : formatNumber(Math.round(x)));

/** `highlight`: the gemeente ("Mijn gemeente") whose row stands out. */
export function NeedsAndGapsTable({ gaps, highlight }: { gaps: NeedsAndGaps; highlight?: string | null }) {
  const when = gaps.period ? periodEndLabel(gaps.period) : 'nu';
  return (
    <>
      <table className="data" data-testid="monitor-gaps">
        <caption className="visually-hidden">Behoeften en tekorten per gemeente</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente van herkomst</th>
            <th scope="col" className="num">Wachtend ({when})</th>
            <th scope="col" className="num">In zorg ({when})</th>
            <th scope="col" className="num">Plan: wachtend</th>
            <th scope="col" className="num">Wmo-plekken in de gemeente ({when})</th>
            <th scope="col" className="num">Wmo-plekken in het plan (eind {gaps.plannedYear})</th>
            <th scope="col" className="num">Inwoners met BW-behoefte min plekken nu</th>
          </tr>
        </thead>
        <tbody>
          {gaps.rows.map((r) => (
            <tr key={r.gemeente} title={r.sentence} className={r.gemeente === highlight ? 'focus-row' : undefined}>
              <th scope="row">{gemeenteNaam(r.gemeente)}</th>
              <td className="num">{n(r.waiting)}</td>
              <td className="num">{n(r.inCare)}</td>
              <td className="num">{n(r.planWaiting)}</td>
              <td className="num">{n(r.placesNow)}</td>
              <td className="num">{n(r.placesPlanned)}</td>
              <td className="num">{signed(r.gapNow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="help">
        {gaps.rows.filter((r) => r.sentence).slice(0, 8).map((r) => (
          <li key={r.gemeente}>{r.sentence}</li>
        ))}
        {gaps.notes.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </>
  );
}
