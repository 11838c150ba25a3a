/** Time to a home per gemeente against the norm: bars within and beyond the norm are separate, named series (text in the legend and tooltip, not only colour). */
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GEMEENTEN } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { UrgentYear } from '../../../models/urgentie/allocate';
import { explainNorm, explainWaits, m1 } from './explain';
import { chartName } from '../common/chartName';
import { focusBand } from '../focus/focusBand';

const AXIS = { fill: '#1d2733', fontSize: 12 };

export function WaitChart({ y, norm, focus }: { y: UrgentYear; norm: number; focus?: string | null }) {
  const data = GEMEENTEN.map((g, i) => {
    const r = y.byGemeente[i];
    const months = r.monthsToHome ?? undefined;
    return { gemeente: r.meetsNorm ? g.naam : `${g.naam} ✗`, within: r.meetsNorm ? months : undefined, beyond: r.meetsNorm ? undefined : months };
  });
  return (
    <figure className="chart" aria-labelledby="months-title" aria-describedby="months-why">
      <h2 id="months-title">Hoe lang wacht wie eind {y.year} urgentie krijgt, per gemeente?</h2>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 30 }} {...chartName(`Hoe lang wacht wie eind ${y.year} urgentie krijgt, per gemeente?`)}>
          <CartesianGrid stroke="#d9dee5" vertical={false} />
          <XAxis dataKey="gemeente" tick={AXIS} interval={0} angle={-30} textAnchor="end" />
          <YAxis tick={AXIS} width={44} />
          <Tooltip formatter={(v) => `${m1(Number(v))} mnd`} />
          <Legend verticalAlign="top" />
          <ReferenceLine y={norm} stroke="#b00020" strokeDasharray="6 4" label={{ value: `norm ${formatNumber(norm, 1)} mnd`, fill: '#b00020', position: 'insideTopLeft' }} />
          {focusBand(data[GEMEENTEN.findIndex((g) => g.code === focus)]?.gemeente)}
          <Bar dataKey="within" name="Binnen de norm" stackId="m" fill="#0072B2" isAnimationActive={false} />
          <Bar dataKey="beyond" name="Langer dan de norm (✗)" stackId="m" fill="#D55E00" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption id="months-why" className="why" data-testid="why-wachttijd">
        <strong>Waarom.</strong> {explainNorm(y, norm)} {explainWaits(y)}
      </figcaption>
    </figure>
  );
}
