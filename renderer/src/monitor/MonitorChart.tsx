/** One series of the monitor: the plan as a line, what happened as points, the Monte Carlo band (8 of 10 futures) when there is one. */
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../shared/numberFormat';
import type { SeriesPoint } from './series';

const AXIS = { fill: '#1d2733', fontSize: 13 };
const value = (v: unknown) => (v === null || v === undefined ? '—' : formatNumber(Number(v), Number.isInteger(Number(v)) ? 0 : 1));

export function MonitorChart({ points, title, height = 300 }: { points: SeriesPoint[]; title: string; height?: number }) {
  const data = points.map((p) => ({ ...p, band: p.bandLow !== null && p.bandHigh !== null ? [p.bandLow, p.bandHigh] : null }));
  const hasBand = data.some((d) => d.band);
  const summary = points.map((p) => p.sentence).join(' ');
  return (
    <figure className="chart-figure" aria-label={`${title}. ${summary}`}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid stroke="#d9dee5" vertical={false} />
          <XAxis dataKey="label" tick={AXIS} interval={0} padding={{ left: 50, right: 50 }} />
          <YAxis tick={AXIS} tickFormatter={(v) => formatNumber(Number(v))} width={52} />
          <Tooltip formatter={value} />
          <Legend />
          {hasBand && <Area dataKey="band" name="Band: 8 van 10 toekomsten" stroke="none" fill="#0072B2" fillOpacity={0.15} isAnimationActive={false} />}
          <Line dataKey="plan" name="Plan" stroke="#0072B2" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls />
          <Scatter dataKey="observed" name="Gemeten" fill="#B34700" shape="diamond" legendType="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption className="help">{title}: de lijn is het plan, de ruiten zijn de gemeten cijfers{hasBand ? ', de band is waar 8 van de 10 doorgerekende toekomsten liggen' : ''}.</figcaption>
    </figure>
  );
}
