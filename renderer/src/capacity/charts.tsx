/** The capacity charts: one question each, the same colour per variant everywhere, nl-NL numbers. */
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { GEMEENTEN, VARIANTS, type GemeenteCode } from '../../../shared/domain';
import { formatNumber } from '../../../shared/numberFormat';
import type { CapacityResult, YearResult } from '../../../models/capacity/types';
import { cloneElement } from 'react';
import { chartName } from '../common/chartName';
import { VARIANT_COLORS } from './variantColors';
import { focusBand } from '../focus/focusBand';

const AXIS = { fill: '#1d2733', fontSize: 13 };
const whole = (v: unknown) => formatNumber(Math.round(Number(v)));
const oneDecimal = (v: unknown) => (v === null || v === undefined ? 'onbepaald' : `${formatNumber(Number(v), 1)} mnd`);
const HEIGHT = 300;

/**
 * The parts every chart here shares — grid, x axis, y axis with nl-NL numbers, tooltip, legend — as elements to
 * place inside the chart (Recharts wants them as its own children, not wrapped in a component).
 */
function axes({ xKey = 'year', yFormat = whole, tooltip = whole, keepLegendOrder = false, xTick = AXIS, yLabel }: { xKey?: string; yFormat?: (v: number) => string; tooltip?: (v: unknown) => string; keepLegendOrder?: boolean; xTick?: typeof AXIS; yLabel?: string } = {}) {
  return [
    <CartesianGrid key="grid" stroke="#d9dee5" vertical={false} />,
    <XAxis key="x" dataKey={xKey} tick={xTick} interval={xKey === 'year' ? undefined : 0} />,
    <YAxis key="y" tickFormatter={yFormat} tick={AXIS} width={52} label={yLabel ? { value: yLabel, angle: -90, position: 'insideLeft', fill: '#1d2733' } : undefined} />,
    <Tooltip key="tooltip" formatter={tooltip} />,
    <Legend key="legend" itemSorter={keepLegendOrder ? null : undefined} />,
  ];
}
const MARGIN = { top: 8, right: 16, left: 8, bottom: 0 };

/** Each chart's size, and its name: the question it answers (the title of its figure). */
function Frame({ label, children }: { label: string; children: React.ReactElement<object> }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      {cloneElement(children, chartName(label))}
    </ResponsiveContainer>
  );
}

export function WaitingListChart({ r, label }: { r: CapacityResult; label: string }) {
  const data = r.years.map((y) => ({ year: String(y.year), ...Object.fromEntries(VARIANTS.map((v) => [v.id, y.byVariant[v.id].waitingList])) }));
  return (
    <Frame label={label}>
      <AreaChart data={data} margin={MARGIN}>
        {axes({ keepLegendOrder: true })}
        {VARIANTS.map((v) => (
          <Area key={v.id} dataKey={v.id} name={v.label} stackId="w" stroke={VARIANT_COLORS[v.id]} fill={VARIANT_COLORS[v.id]} fillOpacity={0.75} isAnimationActive={false} />
        ))}
      </AreaChart>
    </Frame>
  );
}

export function WaitingTimeChart({ r, normMonths, label }: { r: CapacityResult; normMonths: number; label: string }) {
  const data = r.years.map((y) => ({
    year: String(y.year),
    region: y.waitingTimeMonths,
    ...Object.fromEntries(VARIANTS.map((v) => [v.id, y.byVariant[v.id].waitingTimeMonths])),
  }));
  return (
    <Frame label={label}>
      <LineChart data={data} margin={MARGIN}>
        {axes({ yFormat: (v) => formatNumber(v), tooltip: oneDecimal, keepLegendOrder: true, yLabel: 'maanden' })}
        <Line dataKey="region" name="Regio" stroke="#1d2733" strokeWidth={2} strokeDasharray="2 4" dot={false} isAnimationActive={false} />
        <ReferenceLine y={normMonths} stroke="#b00020" strokeDasharray="6 4" label={{ value: `norm ${formatNumber(normMonths, 1)} mnd`, fill: '#b00020', position: 'insideTopRight' }} />
        {VARIANTS.map((v, i) => (
          <Line key={v.id} dataKey={v.id} name={v.label} stroke={VARIANT_COLORS[v.id]} strokeWidth={3} strokeDasharray={['', '8 3', '3 3', '12 4 3 4'][i]} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    </Frame>
  );
}

export function DemandPlacesChart({ r, label }: { r: CapacityResult; label: string }) {
  const data = [
    { year: String(r.startYear - 1), demand: r.start.demand, inCare: r.start.inCare, places: r.start.places },
    ...r.years.map((y) => ({ year: String(y.year), demand: y.demand, inCare: y.inCare, places: y.places })),
  ];
  return (
    <Frame label={label}>
      <LineChart data={data} margin={MARGIN}>
        {axes()}
        <Line dataKey="demand" name="Vraag (in zorg + wachtend)" stroke="#154273" strokeWidth={3} dot={false} isAnimationActive={false} />
        <Line dataKey="places" name="Wmo-plekken" stroke="#1d2733" strokeWidth={3} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        <Line dataKey="inCare" name="In zorg" stroke="#009E73" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

export function GemeenteChart({ y, label, focus }: { y: YearResult; label: string; focus?: GemeenteCode | null }) {
  const data = GEMEENTEN.map((g) => ({ gemeente: g.naam, waiting: y.byGemeente[g.code].waitingList, places: y.byGemeente[g.code].places }));
  return (
    <Frame label={label}>
      <BarChart data={data} margin={MARGIN}>
        {axes({ xKey: 'gemeente', xTick: { ...AXIS, fontSize: 12 } })}
        {focusBand(GEMEENTEN.find((g) => g.code === focus)?.naam)}
        <Bar dataKey="waiting" name={`Wachtend (herkomst), eind ${y.year}`} fill="#D55E00" isAnimationActive={false} />
        <Bar dataKey="places" name={`Wmo-plekken in de gemeente, eind ${y.year}`} fill="#56B4E9" stroke="#1d2733" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/** One gemeente over the years: its waiting list and clients in care (origin) against the Wmo places in the gemeente. */
export function GemeenteTrendChart({ r, code, label }: { r: CapacityResult; code: GemeenteCode; label: string }) {
  const data = r.years.map((y) => ({ year: String(y.year), waiting: y.byGemeente[code].waitingList, inCare: y.byGemeente[code].inCare, places: y.byGemeente[code].places }));
  return (
    <Frame label={label}>
      <LineChart data={data} margin={MARGIN}>
        {axes({ keepLegendOrder: true })}
        <Line dataKey="waiting" name="Wachtend (herkomst)" stroke="#D55E00" strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
        <Line dataKey="inCare" name="In zorg (herkomst)" stroke="#009E73" strokeWidth={3} strokeDasharray="8 3" dot={false} isAnimationActive={false} />
        <Line dataKey="places" name="Wmo-plekken in de gemeente" stroke="#1d2733" strokeWidth={3} strokeDasharray="3 3" dot={false} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

export function PlacesNeededChart({ r, label }: { r: CapacityResult; label: string }) {
  const data = r.years.map((y) => ({ year: String(y.year), ...Object.fromEntries(VARIANTS.map((v) => [v.id, y.byVariant[v.id].placesNeeded])) }));
  return (
    <Frame label={label}>
      <BarChart data={data} margin={MARGIN}>
        {axes({ keepLegendOrder: true })}
        {VARIANTS.map((v) => (
          <Bar key={v.id} dataKey={v.id} name={v.label} stackId="n" fill={VARIANT_COLORS[v.id]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}

export function WlzChart({ r, label }: { r: CapacityResult; label: string }) {
  const data = r.years.map((y) => ({ year: String(y.year), lost: y.wmoPlacesLostToWlz, returned: y.wlzPlacesReturned, transfers: y.wlzTransfers }));
  return (
    <Frame label={label}>
      <LineChart data={data} margin={MARGIN}>
        {axes()}
        <Line dataKey="lost" name="Plekken omgeklapt naar de Wlz (opgeteld)" stroke="#D55E00" strokeWidth={3} dot={false} isAnimationActive={false} />
        <Line dataKey="returned" name="Teruggekomen na uitstroom naar de wijk (opgeteld)" stroke="#009E73" strokeWidth={3} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        <Line dataKey="transfers" name="Cliënten naar de Wlz in het jaar" stroke="#7f7f7f" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

/** Who joins the waiting list and who leaves it, per year: the flows behind the waiting list. */
export function ListFlowsChart({ r, label }: { r: CapacityResult; label: string }) {
  const data = r.years.map((y) => ({ year: String(y.year), inflow: y.inflow, placements: y.placements, uitval: y.departuresUnplaced, wlz: y.wlzFromList }));
  return (
    <Frame label={label}>
      <BarChart data={data} margin={MARGIN}>
        {axes({ keepLegendOrder: true, yLabel: 'mensen per jaar' })}
        <Bar dataKey="inflow" name={r.driver === 'need' ? 'Nieuwe indicaties (benodigde instroom)' : 'Nieuwe indicaties'} fill="#1d4f91" isAnimationActive={false} />
        <Bar dataKey="placements" name="Plaatsingen" fill="#2a9d8f" isAnimationActive={false} />
        <Bar dataKey="uitval" name="Uitval zonder plek" fill="#e9a23b" isAnimationActive={false} />
        <Bar dataKey="wlz" name="Van de wachtlijst naar de Wlz" fill="#8e5a9b" isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
