/**
 * Estimates from the monitoring figures, each with an 80 % interval, beside the scenario's current assumption:
 * - length of stay per form: exits per person-month in care (stay = 1 / rate), and the Wlz transitions from care
 *   as their own rate per year;
 * - uitval and Wlz transitions from the waiting list per year (departures per person-month waiting × 12);
 * - new indications per year and their trend; the growth of need (in care + waiting) per year;
 * - the shares of the gemeenten of origin.
 * Counts are Poisson with exact (Garwood) intervals; exposure is person-months from the stocks at the period ends
 * (the mean of start and end × months; the start from the period before, or from the flows when every flow is
 * observed, or else the end alone). Shares are binomial (Wilson). Trends are least squares with a t interval.
 * What the data cannot support is absent, with the reason; nothing is invented.
 */
import {
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  herkomstKey,
  instroomBasisKey,
  uitvalKey,
  verblijfsduurKey,
  wlzOvergangKey,
  wlzWachtlijstKey,
} from '../../shared/assumptions';
import { GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS, gemeenteNaam, type GemeenteCode, type VariantId } from '../../shared/domain';
import { OBSERVATION_MEASURES, periodMonths, type MeasureId, type Observation, type ObservedForm, type Period } from '../../shared/observations';
import { capital, count, formLabel, nl } from './format';
import { currentInflow, type CurrentValues } from './scenarioValues';
import { linearTrend, poissonInterval, shareInterval } from './stats';
import { ObservationTable, monthNumber, variantsOf } from './table';

export type EstimateKind = 'verblijfsduur' | 'wlzOvergang' | 'uitval' | 'wlzWachtlijst' | 'instroom' | 'instroomTrend' | 'groei' | 'herkomst';

/** How an estimate sets its keys: the same value on each, split over them (a count, by the current values), or none. */
export type ApplyRule = 'each' | 'split' | 'none';

export interface EstimateBasis {
  /** What was counted: exits, departures, new indications, or the gemeente's count for a share. */
  count: number;
  /** Person-months (rates), months (inflow), the total count (shares); null for a trend. */
  exposure: number | null;
  /** Dutch: what the exposure is. */
  exposureUnit: string;
  /** Some exposure came from the end stock alone (no stock at the start of the period). */
  approximate: boolean;
  /** Trends: the number of points the line goes through. */
  points?: number;
}

export interface Estimate {
  /** Stable id, e.g. "verblijfsduur.allInclusive", "herkomst.GM0153". */
  id: string;
  kind: EstimateKind;
  /** The form the data came from (null: not per form, e.g. shares of origin). */
  form: ObservedForm | null;
  gemeente: GemeenteCode | null;
  /** The assumption keys it would set (none for a trend that is only shown). */
  keys: string[];
  apply: ApplyRule;
  value: number;
  low: number;
  high: number;
  /** Dutch unit of value/low/high. */
  unit: string;
  /** The scenario's current value on the same scale (null: unknown). */
  current: number | null;
  basis: EstimateBasis;
  periods: Period[];
  /** Dutch label, e.g. "Gemiddelde verblijfsduur, all-inclusive". */
  label: string;
  /** One Dutch sentence with the value, its interval and what it rests on. */
  sentence: string;
}

export interface AbsentEstimate {
  id: string;
  kind: EstimateKind;
  form: ObservedForm | null;
  gemeente: GemeenteCode | null;
  keys: string[];
  label: string;
  /** Dutch: why the data cannot support it. */
  reason: string;
}

export interface Estimates {
  estimates: Estimate[];
  absent: AbsentEstimate[];
  /** From the first to the last period the estimates rest on (null: none). */
  span: Period | null;
  notes: string[];
}

const measureLabel = (m: MeasureId) => OBSERVATION_MEASURES.find((x) => x.id === m)!.label.toLowerCase();
const pct = (x: number) => `${nl(x * 100, 1)} %`;
/** "+3,2", "−1,5", "0". */
const signed = (x: number) => (Math.abs(x) < 0.05 ? '0' : `${x > 0 ? '+' : '−'}${nl(Math.abs(x), 1)}`);
const idOf = (kind: string, form: ObservedForm | null) => (form ? `${kind}.${form}` : kind);

/**
 * Which forms the data of a measure allow, covering the variants: every variant on its own when each has data;
 * otherwise all-inclusive and the modulaire forms (on their own, or together); otherwise all forms together.
 */
function formGroups(has: (f: ObservedForm) => boolean): { groups: ObservedForm[]; missing: VariantId[] } {
  let groups: ObservedForm[];
  if (VARIANT_IDS.every(has)) groups = [...VARIANT_IDS];
  else {
    groups = [];
    if (has('allInclusive')) groups.push('allInclusive');
    if (MODULAIR_VARIANT_IDS.every(has)) groups.push(...MODULAIR_VARIANT_IDS);
    else if (has('modulair')) groups.push('modulair');
    if (!groups.length && has('alle')) groups = ['alle'];
  }
  const covered = new Set(groups.flatMap(variantsOf));
  return { groups, missing: VARIANT_IDS.filter((v) => !covered.has(v)) };
}

interface RateData {
  events: number;
  exposure: number;
  periods: Period[];
  approximate: boolean;
}

/** The stock at the start of a period when only its end is known: end minus what came in plus what went out. */
function startFromFlows(t: ObservationTable, stock: 'inZorg' | 'wachtend', p: Period, form: ObservedForm, end: number): number | null {
  const v = (m: MeasureId) => t.value(m, p, form, null);
  const [inn, ...outs] = stock === 'inZorg' ? [v('plaatsingen'), v('uitstroom'), v('naarWlz')] : [v('nieuweIndicaties'), v('plaatsingen'), v('uitval'), v('wachtlijstNaarWlz')];
  if (inn === null || outs.some((x) => x === null)) return null;
  const start = end - inn + outs.reduce((a: number, b) => a + (b ?? 0), 0);
  return start >= 0 ? start : null;
}

/** Events and person-months of exposure over the periods with both observed. */
function rateData(t: ObservationTable, event: MeasureId, stock: 'inZorg' | 'wachtend', form: ObservedForm): RateData {
  const out: RateData = { events: 0, exposure: 0, periods: [], approximate: false };
  for (const p of t.periods) {
    const ev = t.value(event, p, form, null);
    const end = t.value(stock, p, form, null);
    if (ev === null || end === null) continue;
    const prev = t.previous(p);
    let start = prev ? t.value(stock, prev, form, null) : null;
    if (start === null) start = startFromFlows(t, stock, p, form, end);
    if (start === null) out.approximate = true;
    out.events += ev;
    out.exposure += periodMonths(p) * (start === null ? end : (start + end) / 2);
    out.periods.push(p);
  }
  return out;
}

interface RateSpec {
  kind: 'verblijfsduur' | 'wlzOvergang' | 'uitval' | 'wlzWachtlijst';
  event: MeasureId;
  stock: 'inZorg' | 'wachtend';
  key: (v: VariantId) => string;
  label: string;
  /** What was counted: one, many. */
  what: [string, string];
}

const RATES: RateSpec[] = [
  { kind: 'verblijfsduur', event: 'uitstroom', stock: 'inZorg', key: verblijfsduurKey, label: 'Gemiddelde verblijfsduur', what: ['vertrek uit zorg', 'vertrekken uit zorg'] },
  { kind: 'wlzOvergang', event: 'naarWlz', stock: 'inZorg', key: wlzOvergangKey, label: 'Overgang uit zorg naar de Wlz per jaar', what: ['overgang naar de Wlz', 'overgangen naar de Wlz'] },
  { kind: 'uitval', event: 'uitval', stock: 'wachtend', key: uitvalKey, label: 'Uitval van de wachtlijst per jaar', what: ['persoon die zonder plek van de lijst ging', 'mensen die zonder plek van de lijst gingen'] },
  { kind: 'wlzWachtlijst', event: 'wachtlijstNaarWlz', stock: 'wachtend', key: wlzWachtlijstKey, label: 'Overgang van de wachtlijst naar de Wlz per jaar', what: ['overgang van de lijst naar de Wlz', 'overgangen van de lijst naar de Wlz'] },
];

function meanOf(keys: string[], current: CurrentValues): number | null {
  const xs = keys.map((k) => current[k]).filter((x): x is number => Number.isFinite(x));
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

function rateEstimates(t: ObservationTable, spec: RateSpec, current: CurrentValues, out: Estimates): void {
  const stockWord = spec.stock === 'inZorg' ? 'in zorg' : 'wachtend';
  const data = new Map<ObservedForm, RateData>();
  const get = (f: ObservedForm) => {
    if (!data.has(f)) data.set(f, rateData(t, spec.event, spec.stock, f));
    return data.get(f)!;
  };
  const { groups, missing } = formGroups((f) => get(f).exposure > 0);
  for (const form of groups) {
    const d = get(form);
    const keys = variantsOf(form).map(spec.key);
    const label = `${spec.label}, ${formLabel(form)}`;
    const id = idOf(spec.kind, form);
    const ci = poissonInterval(d.events);
    const basis: EstimateBasis = { count: d.events, exposure: d.exposure, exposureUnit: `persoonsmaanden ${stockWord}`, approximate: d.approximate };
    const cur = meanOf(keys, current);
    const rests = `uit ${count(d.events, ...spec.what)} op ${nl(d.exposure)} persoonsmaanden ${stockWord}${d.approximate ? ' (blootstelling deels benaderd)' : ''}`;
    if (spec.kind === 'verblijfsduur') {
      if (d.events === 0) {
        out.absent.push({
          id, kind: spec.kind, form, gemeente: null, keys, label,
          reason: `Geen uitstroom gezien in ${nl(d.exposure)} persoonsmaanden in zorg: de verblijfsduur is dan waarschijnlijk langer dan ${nl(d.exposure / ci.high)} maanden, maar niet te schatten.`,
        });
        continue;
      }
      const value = d.exposure / d.events;
      const low = d.exposure / ci.high;
      const high = d.exposure / ci.low;
      out.estimates.push({
        id, kind: spec.kind, form, gemeente: null, keys, apply: 'each', value, low, high, unit: 'maanden', current: cur, basis, periods: d.periods, label,
        sentence: `${label}: ${nl(value, 1)} maanden (80 %-interval ${nl(low, 1)} tot ${nl(high, 1)}), ${rests}${cur !== null ? `; in het scenario nu ${nl(cur, 1)} maanden` : ''}.`,
      });
    } else {
      const value = (12 * d.events) / d.exposure;
      const low = (12 * ci.low) / d.exposure;
      const high = (12 * ci.high) / d.exposure;
      out.estimates.push({
        id, kind: spec.kind, form, gemeente: null, keys, apply: 'each', value, low, high, unit: 'fractie per jaar', current: cur, basis, periods: d.periods, label,
        sentence: `${label}: ${pct(value)} (80 %-interval ${pct(low)} tot ${pct(high)}), ${rests}${cur !== null ? `; in het scenario nu ${pct(cur)}` : ''}.`,
      });
    }
  }
  for (const v of missing) {
    const anyEvents = t.rows.some((r) => r.measure === spec.event);
    const anyStock = t.rows.some((r) => r.measure === spec.stock);
    const reason = !anyEvents
      ? `Geen waarnemingen van "${measureLabel(spec.event)}".`
      : !anyStock
        ? `Geen stand "${measureLabel(spec.stock)}" om de persoonsmaanden uit te rekenen.`
        : `Geen periode met zowel "${measureLabel(spec.event)}" als de stand "${measureLabel(spec.stock)}" voor deze vorm, of niemand ${stockWord}.`;
    out.absent.push({ id: idOf(spec.kind, v), kind: spec.kind, form: v, gemeente: null, keys: [spec.key(v)], label: `${spec.label}, ${formLabel(v)}`, reason });
  }
}

interface CountData {
  count: number;
  months: number;
  periods: Period[];
  perPeriod: { x: number; y: number }[];
}

function inflowData(t: ObservationTable, form: ObservedForm): CountData {
  const out: CountData = { count: 0, months: 0, periods: [], perPeriod: [] };
  for (const p of t.periods) {
    const n = t.value('nieuweIndicaties', p, form, null);
    if (n === null) continue;
    const m = periodMonths(p);
    out.count += n;
    out.months += m;
    out.periods.push(p);
    out.perPeriod.push({ x: (monthNumber(p.from) + m / 2) / 12, y: (12 * n) / m });
  }
  return out;
}

function inflowEstimates(t: ObservationTable, current: CurrentValues, out: Estimates): void {
  const data = new Map<ObservedForm, CountData>();
  const get = (f: ObservedForm) => {
    if (!data.has(f)) data.set(f, inflowData(t, f));
    return data.get(f)!;
  };
  const { groups, missing } = formGroups((f) => get(f).months > 0);
  for (const form of groups) {
    const d = get(form);
    const variants = variantsOf(form);
    const keys = variants.map(instroomBasisKey);
    const label = `Nieuwe indicaties per jaar, ${formLabel(form)}`;
    const ci = poissonInterval(d.count);
    const scale = 12 / d.months;
    const value = d.count * scale;
    const known = keys.some((k) => Number.isFinite(current[k]));
    const cur = known ? variants.reduce((s, v) => s + currentInflow(current, v), 0) : null;
    out.estimates.push({
      id: idOf('instroom', form), kind: 'instroom', form, gemeente: null, keys, apply: 'split', value, low: ci.low * scale, high: ci.high * scale,
      unit: 'nieuwe indicaties per jaar', current: cur, basis: { count: d.count, exposure: d.months, exposureUnit: 'maanden', approximate: false }, periods: d.periods, label,
      sentence: `${label}: ${nl(value, 1)} (80 %-interval ${nl(ci.low * scale, 1)} tot ${nl(ci.high * scale, 1)}), uit ${count(d.count, 'nieuwe indicatie', 'nieuwe indicaties')} in ${count(d.months, 'maand', 'maanden')}${cur !== null ? `; in het scenario nu ${nl(cur, 1)} per jaar (basisinstroom + groei)` : ''}.`,
    });
    const trendLabel = `Trend in de nieuwe indicaties, ${formLabel(form)}`;
    const tr = d.count > 0 ? linearTrend(d.perPeriod.map((q) => q.x), d.perPeriod.map((q) => q.y)) : null;
    if (!tr) {
      const reason = d.count === 0 ? 'Geen nieuwe indicaties gezien: er is geen trend.' : `Voor een trend zijn minstens drie perioden nodig; er ${d.periods.length === 1 ? 'is er één' : `zijn er ${nl(d.periods.length)}`}.`;
      out.absent.push({ id: idOf('instroomTrend', form), kind: 'instroomTrend', form, gemeente: null, keys: [], label: trendLabel, reason });
    } else {
      const dir = signed;
      out.estimates.push({
        id: idOf('instroomTrend', form), kind: 'instroomTrend', form, gemeente: null, keys: [], apply: 'none', value: tr.slope, low: tr.low, high: tr.high,
        unit: 'nieuwe indicaties per jaar, verandering per jaar', current: null, basis: { count: d.count, exposure: null, exposureUnit: 'perioden', approximate: false, points: tr.n }, periods: d.periods,
        label: trendLabel,
        sentence: `${trendLabel}: ${dir(tr.slope)} per jaar per jaar (80 %-interval ${dir(tr.low)} tot ${dir(tr.high)}), een rechte lijn door ${nl(tr.n)} perioden. Dit is geen aanname van het scenario; het laat zien of de instroom stijgt of daalt.`,
      });
    }
  }
  for (const v of missing) {
    out.absent.push({ id: idOf('instroom', v), kind: 'instroom', form: v, gemeente: null, keys: [instroomBasisKey(v)], label: `Nieuwe indicaties per jaar, ${formLabel(v)}`, reason: 'Geen nieuwe indicaties voor deze vorm in de waarnemingen.' });
  }
}

/** Growth of need (in care + waiting at the period ends) per year: the need driver's "groei per jaar". */
function growthEstimates(t: ObservationTable, current: CurrentValues, out: Estimates): void {
  const points = (form: ObservedForm) => {
    const xs: number[] = [];
    const ys: number[] = [];
    const periods: Period[] = [];
    for (const p of t.periods) {
      const c = t.value('inZorg', p, form, null);
      const w = t.value('wachtend', p, form, null);
      if (c === null || w === null) continue;
      xs.push((monthNumber(p.to) + 1) / 12);
      ys.push(c + w);
      periods.push(p);
    }
    return { xs, ys, periods };
  };
  const targets: { form: ObservedForm; keys: string[] }[] = [];
  const ai = points('allInclusive');
  const mod = points('modulair');
  if (ai.xs.length >= 3 || mod.xs.length >= 3) {
    targets.push({ form: 'allInclusive', keys: [GROEI_ALL_INCLUSIVE] }, { form: 'modulair', keys: [GROEI_MODULAIR] });
  } else targets.push({ form: 'alle', keys: [GROEI_ALL_INCLUSIVE, GROEI_MODULAIR] });
  for (const { form, keys } of targets) {
    const label = `Groei van de behoefte (in zorg + wachtend) per jaar, ${formLabel(form)}`;
    const { xs, ys, periods } = points(form);
    const tr = linearTrend(xs, ys);
    if (!tr) {
      out.absent.push({ id: idOf('groei', form), kind: 'groei', form, gemeente: null, keys, label, reason: `Voor de groei zijn minstens drie perioden met zowel "in zorg" als "wachtend" nodig; er ${xs.length === 1 ? 'is er één' : `zijn er ${nl(xs.length)}`}.` });
      continue;
    }
    const known = keys.filter((k) => Number.isFinite(current[k]));
    const cur = known.length ? known.reduce((s, k) => s + current[k], 0) : null;
    out.estimates.push({
      id: idOf('groei', form), kind: 'groei', form, gemeente: null, keys, apply: keys.length > 1 ? 'split' : 'each', value: tr.slope, low: tr.low, high: tr.high,
      unit: 'mensen per jaar', current: cur, basis: { count: Math.round(ys[ys.length - 1]), exposure: null, exposureUnit: 'standen', approximate: false, points: tr.n }, periods, label,
      sentence: `${label}: ${signed(tr.slope)} per jaar (80 %-interval ${signed(tr.low)} tot ${signed(tr.high)}), een rechte lijn door ${nl(tr.n)} standen${cur !== null ? `; in het scenario nu ${signed(cur)}` : ''}.`,
    });
  }
}

/** Shares of origin from the new indications by gemeente; without those, from who waits by gemeente at the latest. */
function originEstimates(t: ObservationTable, current: CurrentValues, out: Estimates): void {
  const counts = new Float64Array(GEMEENTE_CODES.length);
  const periods: Period[] = [];
  let source: 'instroom' | 'wachtend' | null = null;
  // A share of origin needs every gemeente's count in the same period: a gemeente that was not measured is not 0.
  let partial = false;
  const complete = (m: 'nieuweIndicaties' | 'wachtend', p: Period) => GEMEENTE_CODES.every((g) => t.sumOfForms(m, p, g) !== null);
  for (const p of t.periods) {
    if (!t.gemeenten('nieuweIndicaties', p).length) continue;
    if (!complete('nieuweIndicaties', p)) {
      partial = true;
      continue;
    }
    GEMEENTE_CODES.forEach((g, i) => (counts[i] += t.sumOfForms('nieuweIndicaties', p, g)!));
    periods.push(p);
  }
  if (periods.length) source = 'instroom';
  else {
    const p = [...t.periods].reverse().find((x) => t.gemeenten('wachtend', x).length && complete('wachtend', x));
    if (p) {
      GEMEENTE_CODES.forEach((g, i) => (counts[i] = t.sumOfForms('wachtend', p, g)!));
      periods.push(p);
      source = 'wachtend';
    } else if (t.periods.some((x) => t.gemeenten('wachtend', x).length)) partial = true;
  }
  const n = counts.reduce((a, b) => a + b, 0);
  const weights = GEMEENTE_CODES.map((g) => current[herkomstKey(g)]);
  const wsum = weights.reduce((a: number, b) => a + (Number.isFinite(b) ? b : 0), 0);
  GEMEENTE_CODES.forEach((g, i) => {
    const label = `Aandeel ${gemeenteNaam(g)} in de herkomst van nieuwe cliënten`;
    const id = `herkomst.${g}`;
    if (!source || n <= 0) {
      const reason = source
        ? 'De aantallen per gemeente tellen op tot 0.'
        : partial
          ? 'Niet alle acht gemeenten zijn in dezelfde periode gemeten; een aandeel in de herkomst vraagt het aantal van elke gemeente.'
          : 'Geen nieuwe indicaties of wachtenden per gemeente in de waarnemingen.';
      out.absent.push({ id, kind: 'herkomst', form: null, gemeente: g, keys: [herkomstKey(g)], label, reason });
      return;
    }
    const ci = shareInterval(counts[i], n);
    const value = counts[i] / n;
    const cur = wsum > 0 && Number.isFinite(weights[i]) ? weights[i] / wsum : null;
    const what = source === 'instroom' ? 'nieuwe indicaties' : 'wachtenden (stand; er zijn geen nieuwe indicaties per gemeente)';
    out.estimates.push({
      id, kind: 'herkomst', form: null, gemeente: g, keys: [herkomstKey(g)], apply: 'each', value, low: ci.low, high: ci.high, unit: 'aandeel',
      current: cur, basis: { count: counts[i], exposure: n, exposureUnit: source === 'instroom' ? 'nieuwe indicaties in de regio' : 'wachtenden in de regio', approximate: source === 'wachtend' },
      periods, label,
      sentence: `${capital(gemeenteNaam(g))}: ${pct(value)} van de ${what} (80 %-interval ${pct(ci.low)} tot ${pct(ci.high)}), ${nl(counts[i])} van ${nl(n)}${cur !== null ? `; in het scenario nu ${pct(cur)}` : ''}.`,
    });
  });
  if (source && partial) out.notes.push('Perioden waarin niet alle acht gemeenten gemeten zijn, tellen niet mee voor de herkomst.');
}

/** All estimates the observations support, beside the scenario's current values (key → value). */
export function estimateFromObservations(observations: readonly Observation[], current: CurrentValues = {}): Estimates {
  const t = new ObservationTable(observations);
  const out: Estimates = { estimates: [], absent: [], span: null, notes: [...t.notes] };
  for (const spec of RATES) rateEstimates(t, spec, current, out);
  inflowEstimates(t, current, out);
  growthEstimates(t, current, out);
  originEstimates(t, current, out);
  const used = out.estimates.flatMap((e) => e.periods);
  if (used.length) {
    const from = used.reduce((a, p) => (monthNumber(p.from) < monthNumber(a) ? p.from : a), used[0].from);
    const to = used.reduce((a, p) => (monthNumber(p.to) > monthNumber(a) ? p.to : a), used[0].to);
    out.span = { from, to };
  }
  if (!t.rows.length) out.notes.push('Er zijn geen bruikbare waarnemingen: er is niets te schatten.');
  return out;
}
