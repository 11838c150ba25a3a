/**
 * Synthetic monitoring figures (*fictief*) generated from the capacity model's rates, for tests and documentation
 * examples: never for real use. Month by month, per gemeente of origin × form, in the model's order (exits and Wlz
 * transitions from care, departures from the list, arrivals by the driver, placement in free places), with whole
 * people and seeded Poisson noise on every event. Without noise it follows the capacity model itself (same rates,
 * same steps; one target group, no flips to the Wlz, no closures, no other form) — a test holds the two together.
 *
 * The rates are known, so the estimates' intervals can be checked against the truth.
 */
import { GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS } from '../../shared/domain';
import type { Observation, ObservedForm, Period } from '../../shared/observations';
import { largestRemainder } from '../apportion/largestRemainder';
import { AI, testInput } from '../capacity/testInput';
import type { CapacityInput } from '../capacity/types';
import { streamFor } from '../uncertainty/random';
import { poisson } from './stats';
import { monthNumber, monthOf } from './table';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;

export interface SyntheticOptions {
  /** Rates, starting stock, places (locations), driver and start month, as the capacity model reads them. */
  input: CapacityInput;
  /** Months to generate from the input's first month. */
  months: number;
  /** Months per period (6: half years). */
  periodMonths?: number;
  seed: number;
  run?: number;
  /** Poisson noise on every event (default true); false: the expected path, in fractions of people. */
  noise?: boolean;
  /** Rows per gemeente of origin (default true), or for the region only. */
  byGemeente?: boolean;
  /** Rows per variant (default), per all-inclusive + modulair together, or for all forms together. */
  forms?: 'variant' | 'modulair' | 'alle';
  /** Also the starting stock, as a one-month period ending the month before the start (default true). */
  includeStart?: boolean;
}

export interface SyntheticMonth {
  month: string;
  inCare: number;
  waiting: number;
  inflow: number;
  placements: number;
  exits: number;
  wlz: number;
  uitval: number;
  wlzFromList: number;
}

export interface SyntheticData {
  observations: Observation[];
  /** Exact person-months per variant (stock at the start of each month, summed): the truth behind the exposure. */
  exposure: { inCare: number[]; waiting: number[] };
  /** Region totals per month. */
  months: SyntheticMonth[];
}

const FLOWS = ['nieuweIndicaties', 'plaatsingen', 'uitstroom', 'naarWlz', 'uitval', 'wachtlijstNaarWlz'] as const;
type Flow = (typeof FLOWS)[number];

export function syntheticObservations(o: SyntheticOptions): SyntheticData {
  const { input } = o;
  const noise = o.noise ?? true;
  const rng = streamFor(o.seed, o.run ?? 0);
  const draw = (mean: number) => (noise ? poisson(mean, rng) : Math.max(0, mean));
  const per = o.periodMonths ?? 6;
  const driver = input.driver ?? 'inflow';
  const first = monthNumber(`${input.startYear}-01`) + (input.firstMonth ?? 0);
  const inCare = Float64Array.from(input.inCare);
  const waiting = Float64Array.from(input.waiting);
  const need = new Float64Array(G * V);
  for (let i = 0; i < G * V; i++) need[i] = inCare[i] + waiting[i];
  const flows = Object.fromEntries(FLOWS.map((f) => [f, new Float64Array(G * V)])) as Record<Flow, Float64Array>;
  const exposure = { inCare: new Array<number>(V).fill(0), waiting: new Array<number>(V).fill(0) };
  const months: SyntheticMonth[] = [];
  const observations: Observation[] = [];
  const emit = (period: Period, withFlows: boolean) => emitRows(o, period, inCare, waiting, withFlows ? flows : null, observations);
  if (o.includeStart ?? true) emit({ from: monthOf(first - 1), to: monthOf(first - 1) }, false);
  let periodStart = first;

  for (let m = 0; m < o.months; m++) {
    const cal = (input.firstMonth ?? 0) + m;
    const a = input.perYear[Math.min(input.perYear.length - 1, Math.floor(cal / 12))];
    const month: SyntheticMonth = { month: monthOf(first + m), inCare: 0, waiting: 0, inflow: 0, placements: 0, exits: 0, wlz: 0, uitval: 0, wlzFromList: 0 };
    for (let v = 0; v < V; v++) {
      const exitRate = 1 / a.stayMonths[v];
      const wlzRate = a.wlzRatePerYear[v] / 12;
      const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1;
      const out = (a.listDepartureRatePerYear?.[v] ?? 0) / 12;
      const lw = (a.listWlzRatePerYear?.[v] ?? 0) / 12;
      const d = Math.min(1, out + lw);
      const outShare = out + lw > 0 ? (d * out) / (out + lw) : 0;
      const lwShare = out + lw > 0 ? (d * lw) / (out + lw) : 0;
      for (let g = 0; g < G; g++) {
        const i = g * V + v;
        exposure.inCare[v] += inCare[i];
        exposure.waiting[v] += waiting[i];
        // Exits and Wlz transitions from care.
        const e = Math.min(inCare[i], draw(inCare[i] * exitRate * scale));
        const w = Math.min(inCare[i] - e, draw(inCare[i] * wlzRate * scale));
        inCare[i] -= e + w;
        flows.uitstroom[i] += e;
        flows.naarWlz[i] += w;
        month.exits += e;
        month.wlz += w;
        // Departures from the list.
        const u = Math.min(waiting[i], draw(waiting[i] * outShare));
        const l = Math.min(waiting[i] - u, draw(waiting[i] * lwShare));
        waiting[i] -= u + l;
        flows.uitval[i] += u;
        flows.wachtlijstNaarWlz[i] += l;
        month.uitval += u;
        month.wlzFromList += l;
        // Arrivals: the given inflow, or what keeps need on its trend.
        let mean: number;
        if (driver === 'need') {
          need[i] = Math.max(0, need[i] + ((a.needGrowthPerYear?.[v] ?? 0) / 12) * a.originShare[g]);
          mean = Math.max(0, need[i] - inCare[i] - waiting[i]);
        } else mean = (a.inflowPerYear[v] / 12) * a.originShare[g];
        const arrivals = draw(mean);
        waiting[i] += arrivals;
        flows.nieuweIndicaties[i] += arrivals;
        month.inflow += arrivals;
      }
      // Placement: the free places of the form, shared over the gemeenten in proportion to who waits.
      let places = 0;
      for (const loc of input.locations) if (loc.v === v && loc.wmo && loc.openMonth <= m && (loc.closeMonth === null || m < loc.closeMonth)) places += loc.places;
      let inV = 0;
      let W = 0;
      const weights: number[] = [];
      for (let g = 0; g < G; g++) {
        inV += inCare[g * V + v];
        W += waiting[g * V + v];
        weights.push(waiting[g * V + v]);
      }
      const P = Math.min(W, Math.max(0, places - inV));
      if (P > 1e-9) {
        const shares = noise ? largestRemainder(Math.round(P), weights) : weights.map((x) => (P * x) / W);
        for (let g = 0; g < G; g++) {
          const i = g * V + v;
          const x = Math.min(shares[g], waiting[i]);
          waiting[i] -= x;
          inCare[i] += x;
          flows.plaatsingen[i] += x;
          month.placements += x;
        }
      }
    }
    for (let i = 0; i < G * V; i++) {
      month.inCare += inCare[i];
      month.waiting += waiting[i];
    }
    months.push(month);
    const endOfPeriod = (m + 1) % per === 0 || m === o.months - 1;
    if (endOfPeriod) {
      emit({ from: monthOf(periodStart), to: monthOf(first + m) }, true);
      for (const f of FLOWS) flows[f].fill(0);
      periodStart = first + m + 1;
    }
  }
  return { observations, exposure, months };
}

function formsOf(kind: SyntheticOptions['forms']): { form: ObservedForm; variants: number[] }[] {
  const mod = MODULAIR_VARIANT_IDS.map((v) => VARIANT_IDS.indexOf(v));
  if (kind === 'alle') return [{ form: 'alle', variants: VARIANT_IDS.map((_, v) => v) }];
  if (kind === 'modulair') return [{ form: 'allInclusive', variants: [0] }, { form: 'modulair', variants: mod }];
  return VARIANT_IDS.map((id, v) => ({ form: id, variants: [v] }));
}

function emitRows(o: SyntheticOptions, period: Period, inCare: Float64Array, waiting: Float64Array, flows: Record<Flow, Float64Array> | null, out: Observation[]): void {
  const gemeenten: (number | null)[] = o.byGemeente ?? true ? GEMEENTE_CODES.map((_, g) => g) : [null];
  for (const g of gemeenten) {
    for (const { form, variants } of formsOf(o.forms)) {
      const sum = (a: Float64Array) => {
        let s = 0;
        for (const v of variants) for (let h = 0; h < G; h++) if (g === null || g === h) s += a[h * V + v];
        return s;
      };
      const row = (measure: Observation['measure'], value: number) =>
        out.push({ period, gemeente: g === null ? null : GEMEENTE_CODES[g], form, targetGroup: null, measure, value });
      row('inZorg', sum(inCare));
      row('wachtend', sum(waiting));
      if (flows) for (const f of FLOWS) row(f, sum(flows[f]));
    }
  }
}

/** A *fictief* region for tests and examples: two forms with places, people in care and waiting in two gemeenten, every rate set. */
export function fictiefRegion(driver: 'need' | 'inflow' = 'inflow'): CapacityInput {
  const input = testInput({
    years: 4,
    inCare: [[0, AI, 120], [2, AI, 180], [2, 1, 90], [4, 1, 60]],
    waiting: [[0, AI, 30], [2, AI, 50], [2, 1, 20], [4, 1, 25]],
    locations: [{ h: 0, v: AI, places: 320 }, { h: 2, v: 1, places: 160 }],
    year: {
      stayMonths: [30, 24, 24, 24],
      wlzRatePerYear: [0.06, 0.03, 0.03, 0.03],
      listDepartureRatePerYear: [0.2, 0.15, 0.15, 0.15],
      listWlzRatePerYear: [0.05, 0.02, 0.02, 0.02],
      inflowPerYear: [160, 110, 0, 0],
      needGrowthPerYear: [15, 15, 0, 0],
      originShare: [0.3, 0, 0.5, 0, 0.2, 0, 0, 0],
    },
  });
  return { ...input, driver };
}
