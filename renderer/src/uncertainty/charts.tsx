/** Charts of the uncertainty analysis: fan charts (P10–P90, P25–P75, median), chances per year, and the tornado. */
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { McResult } from '../../../shared/contract';
import { formatNumber } from '../../../shared/numberFormat';
import type { Tornado } from '../../../models/uncertainty/tornado';
import { textWidth } from '../common/textWidth';
import { chartName } from '../common/chartName';

const AXIS = { fill: '#1d2733', fontSize: 12 };
const BAND = '#0072B2';

interface FanProps {
  r: McResult;
  metric: 'waitingList' | 'waitingTimeMonths';
  format: (v: number) => string;
  norm?: number;
  /** Fixed size for print and slides; by default the chart fills its container. */
  width?: number;
  height?: number;
  fontSize?: number;
}

export function FanChart({ r, metric, format, norm, width, height = 300, fontSize = 12 }: FanProps) {
  const data = r.years.map((year, y) => {
    const b = r.bands[metric][y];
    return {
      year: String(year),
      outer: b.p10 !== null && b.p90 !== null ? [b.p10, b.p90] : null,
      inner: b.p25 !== null && b.p75 !== null ? [b.p25, b.p75] : null,
      median: b.p50,
      det: r.deterministic[metric][y],
    };
  });
  const axis = { ...AXIS, fontSize };
  const chart = (
      <ComposedChart data={data} width={width} height={width ? height : undefined} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName(metric === 'waitingList' ? 'hoeveel mensen wachten, in 8 en in 5 van de 10 toekomsten.' : 'hoe lang mensen wachten, in 8 en in 5 van de 10 toekomsten.')}>
        <CartesianGrid stroke="#d9dee5" vertical={false} />
        <XAxis dataKey="year" tick={axis} />
        <YAxis tick={axis} width={fontSize * 4.5} tickFormatter={(v: number) => formatNumber(v)} />
        <Tooltip
          formatter={(v) => (Array.isArray(v) ? `${format(Number(v[0]))} – ${format(Number(v[1]))}` : v === null || v === undefined ? 'onbepaald' : format(Number(v))) as string}
          labelFormatter={(l) => `Eind ${l}`}
        />
        <Legend wrapperStyle={{ fontSize }} />
        <Area dataKey="outer" name="8 van de 10 toekomsten (P10–P90)" stroke="none" fill={BAND} fillOpacity={0.18} isAnimationActive={false} />
        <Area dataKey="inner" name="de helft van de toekomsten (P25–P75)" stroke="none" fill={BAND} fillOpacity={0.35} isAnimationActive={false} />
        <Line dataKey="median" name="mediaan" stroke="#1d2733" strokeWidth={3} dot={false} isAnimationActive={false} />
        <Line dataKey="det" name="zonder onzekerheid" stroke="#D55E00" strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        {norm !== undefined && <ReferenceLine y={norm} stroke="#009E73" strokeWidth={2} label={{ value: `norm ${formatNumber(norm, 1)} mnd`, fill: '#006b4f', position: 'insideTopRight' }} />}
      </ComposedChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}

/** The chance per year for one question: that the waiting time stays within the norm, or of an urgent-housing shortfall. */
export function ChanceChart({ r, which }: { r: McResult; which: 'target' | 'urgent' }) {
  const p = which === 'target' ? r.probabilityTargetMet : r.probabilityUrgentShortfall;
  const data = r.years.map((year, y) => ({ year: String(year), chance: Math.round(p[y] * 100) }));
  const name = which === 'target' ? 'kans: wachttijd binnen de norm' : 'kans: tekort urgente huisvesting';
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }} {...chartName(which === 'target' ? 'de kans per jaar dat de wachttijd binnen de norm blijft.' : 'de kans per jaar op een tekort aan urgente huisvesting.')}>
        <CartesianGrid stroke="#d9dee5" vertical={false} />
        <XAxis dataKey="year" tick={AXIS} />
        <YAxis tick={AXIS} width={48} domain={[0, 100]} tickFormatter={(v: number) => `${v} %`} />
        <Tooltip formatter={(v) => `${v} %`} labelFormatter={(l) => `In ${l}`} />
        <Bar dataKey="chance" name={name} fill={which === 'target' ? '#009E73' : '#D55E00'} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

const LABEL_WIDTH = 340;
const LINE_HEIGHT = 15;

/** A label split over lines that fit `width` at the axis font, between words (never cut off). */
export function wrapLabel(label: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const measureAxis = (text: string) => textWidth(text, `${AXIS.fontSize}px ${typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily}`);

function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrapLabel(payload?.value ?? '', LABEL_WIDTH - 12, measureAxis);
  const top = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fill={AXIS.fill} fontSize={AXIS.fontSize} dominantBaseline="middle">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? top : LINE_HEIGHT}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** One row per ranged assumption: how far the measure moves with the assumption at its low and at its high end. Labels wrap; none is cut off. */
export function TornadoChart({ t, metric }: { t: Tornado; metric: 'waitingList' | 'waitingTime' }) {
  const base = metric === 'waitingList' ? t.base.waitingList : t.base.waitingTime;
  const value = (b: Tornado['bars'][number], end: 'atLow' | 'atHigh') => (metric === 'waitingList' ? b.waitingList[end] : b.waitingTime[end]);
  const rows = t.bars
    .map((b) => {
      const lo = value(b, 'atLow');
      const hi = value(b, 'atHigh');
      return { label: b.label, full: b.label, low: lo === null || base === null ? 0 : lo - base, high: hi === null || base === null ? 0 : hi - base };
    })
    .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low))
    .slice(0, 12);
  const unit = metric === 'waitingList' ? 'wachtenden' : 'maanden';
  const fmt = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(v, metric === 'waitingList' ? 0 : 1)}`;
  const rowHeights = rows.map((r) => Math.max(34, wrapLabel(r.label, LABEL_WIDTH - 12, measureAxis).length * LINE_HEIGHT + 10));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 70 + rowHeights.reduce((a, b) => a + b, 0))}>
      <BarChart data={rows} layout="vertical" stackOffset="sign" margin={{ top: 8, right: 24, left: 8, bottom: 0 }} {...chartName(metric === 'waitingList' ? 'hoeveel de wachtlijst verschuift met elke aanname op laag en op hoog.' : 'hoeveel de wachttijd verschuift met elke aanname op laag en op hoog.')}>
        <CartesianGrid stroke="#d9dee5" horizontal={false} />
        <XAxis type="number" tick={AXIS} tickFormatter={fmt} />
        <YAxis type="category" dataKey="label" tick={<WrappedTick />} width={LABEL_WIDTH} interval={0} />
        <Tooltip formatter={(v) => `${fmt(Number(v))} ${unit}`} />
        <Legend />
        <ReferenceLine x={0} stroke="#1d2733" />
        <Bar dataKey="low" name="aanname op laag" stackId="s" fill="#E69F00" isAnimationActive={false} />
        <Bar dataKey="high" name="aanname op hoog" stackId="s" fill="#0072B2" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
