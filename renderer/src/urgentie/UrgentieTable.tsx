/** Per gemeente in one year: new + carried over − housed = still waiting, the offer, the time to a home and whether the norm is met (in words). */
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { UrgentYear } from '../../../models/urgentie/allocate';
import { monthsText, normText } from './explain';
import { TableScroll } from '../common/TableScroll';

/** `highlight`: the gemeente ("Mijn gemeente") whose row stands out. */
export function UrgentieTable({ y, norm, highlight }: { y: UrgentYear; norm: number; highlight?: string | null }) {
  return (
    <section className="year-table">
      <h2>Per gemeente in {y.year}</h2>
      <TableScroll label={`Urgentie per gemeente in ${y.year}`}>
        <table data-testid="urgentie-table">
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Vraag (herkomst)</th>
              <th scope="col">Wachtend uit {y.year - 1}</th>
              <th scope="col">Gehuisvest (herkomst)</th>
              <th scope="col">Nog wachtend</th>
              <th scope="col">Levert woningen</th>
              <th scope="col">Capaciteit</th>
              <th scope="col">Benut</th>
              <th scope="col">Aanbod per jaar</th>
              <th scope="col">Tijd tot een woning</th>
              <th scope="col">Norm {formatNumber(norm, 1)} mnd</th>
            </tr>
          </thead>
          <tbody>
            {GEMEENTEN.map((g, i) => {
              const r = y.byGemeente[i];
              const late = r.meetsNorm ? '' : 'late';
              return (
                <tr key={g.code} className={g.code === highlight ? 'focus-row' : undefined}>
                  <th scope="row">{g.naam}</th>
                  <td>{formatNumber(r.demand)}</td>
                  <td>{formatNumber(r.carriedIn)}</td>
                  <td>{formatNumber(r.housedOrigin)}</td>
                  <td>{formatNumber(r.shortfall)}</td>
                  <td>{formatNumber(r.homes)}</td>
                  <td>{formatNumber(r.capacity)}</td>
                  <td>{formatNumber(r.capacityUsed * 100)} %</td>
                  <td>{formatNumber(r.offeredPerYear)}</td>
                  <td className={late}>{monthsText(r.monthsToHome)}</td>
                  <td className={late}>{normText(r)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
