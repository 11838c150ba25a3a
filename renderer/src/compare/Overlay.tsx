/** Line charts with one line per scenario (colour and dash pattern per scenario), for comparison, report and slides. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompareView } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import { chartName } from '../common/chartName';

export const COLORS = ['#1d2733', '#0072B2', '#D55E00', '#009E73'];
const DASHES = ['', '8 4', '3 3', '12 4 3 4'];

export type OverlaySeries = 'waitingList' | 'waitingTimeMonths' | 'places' | 'costEuro';

export const OVERLAYS: { series: OverlaySeries; title: string; format: (v: number) => string }[] = [
  { series: 'waitingList', title: 'Hoeveel mensen wachten op een plek?', format: (v) => formatNumber(Math.round(v)) },
  { series: 'waitingTimeMonths', title: 'Hoe lang wachten mensen (maanden)?', format: (v) => `${formatNumber(v, 1)} mnd` },
  { series: 'places', title: 'Hoeveel Wmo-plekken zijn er?', format: (v) => formatNumber(Math.round(v)) },
  { series: 'costEuro', title: 'Wat kost het per jaar (miljoen euro)?', format: (v) => `€ ${formatNumber(v, 1)} mln` },
];

interface Props {
  view: CompareView;
  series: OverlaySeries;
  /** Fixed size for print and slides; by default the chart fills its container. */
  width?: number;
  height?: number;
  fontSize?: number;
  title?: boolean;
  /** A horizontal norm line (the waiting-time norm in months), labelled. */
  norm?: number | null;
}

export function Overlay({ view, series, width, height = 260, fontSize = 12, title = true, norm }: Props) {
  const o = OVERLAYS.find((x) => x.series === series)!;
  const scale = series === 'costEuro' ? 1e-6 : 1;
  const data = view.years.map((year, y) => ({
    year: String(year),
    ...Object.fromEntries(view.scenarios.map((s, i) => [`s${s.id}`, view.series[series][i][y] === null ? null : view.series[series][i][y]! * scale])),
  }));
  const axis = { fill: '#1d2733', fontSize };
  const chart = (
    <LineChart data={data} width={width} height={width ? height : undefined} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName(o.title)}>
      <CartesianGrid stroke="#d9dee5" vertical={false} />
      <XAxis dataKey="year" tick={axis} />
      <YAxis tick={axis} width={fontSize * 4.5} tickFormatter={(v: number) => formatNumber(v)} />
      <Tooltip formatter={(v) => (v === null ? 'onbepaald' : o.format(Number(v)))} />
      <Legend wrapperStyle={{ fontSize }} />
      {norm != null && (
        <ReferenceLine
          y={norm}
          ifOverflow="extendDomain"
          stroke="#006b4f"
          strokeWidth={2}
          strokeDasharray="10 4"
          label={{ value: `norm ${formatNumber(norm, 1)} mnd`, fill: '#006b4f', fontSize, position: 'insideBottomRight' }}
        />
      )}
      {view.scenarios.map((s, i) => (
        <Line key={s.id} dataKey={`s${s.id}`} name={s.name} stroke={COLORS[i]} strokeDasharray={DASHES[i]} strokeWidth={3} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
  return (
    <figure className="chart">
      {title && <h2>{o.title}</h2>}
      {width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>}
    </figure>
  );
}

export function OverlayCharts({ view, width }: { view: CompareView; width?: number }) {
  return (
    <div className="two-charts">
      {OVERLAYS.map((o) => (
        <Overlay key={o.series} view={view} series={o.series} width={width} />
      ))}
    </div>
  );
}
