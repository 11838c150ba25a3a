/** While editing assumptions: the effect on the waiting list, redrawn after every saved edit (the full charts are under Capaciteit). */
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CapacityProjection } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { chartName } from '../common/chartName';

export function EffectPreview({ projection }: { projection: CapacityProjection }) {
  const years = projection.result.years;
  // The scenario's reporting year (Aannames → Model), as on Capaciteit, Vergelijken and in the report.
  const at = years.find((y) => y.year === projection.reportingYear) ?? years[years.length - 1];
  return (
    <aside className="effect-preview" aria-label="Effect op de uitkomst">
      <div className="effect-numbers">
        <div>
          <span className="card-label">Wachtlijst eind {at.year}</span>
          <strong data-testid="effect-waiting">{formatNumber(Math.round(at.waitingList))}</strong>
        </div>
        <div>
          <span className="card-label">Wachttijd geplaatsten {at.year}</span>
          <strong>{at.waitingTimeMonths === null ? 'onbepaald' : `${formatNumber(at.waitingTimeMonths, 1)} mnd`}</strong>
        </div>
      </div>
      <div className="effect-chart" data-testid="effect-chart">
        <ResponsiveContainer width="100%" height={90}>
          <LineChart data={years.map((y) => ({ year: String(y.year), w: y.waitingList }))} margin={{ top: 4, right: 8, left: 0, bottom: 0 }} {...chartName('wachtlijst per jaar met deze aannames.')}>
            <XAxis dataKey="year" tick={{ fontSize: 10 }} interval={2} />
            <YAxis tick={{ fontSize: 10 }} width={36} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(v) => formatNumber(Math.round(Number(v)))} />
            <Line dataKey="w" name="wachtlijst" stroke="#0072B2" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </aside>
  );
}
