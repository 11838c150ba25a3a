/**
 * Backtest: start the model at an earlier observation (its stock in care and waiting, the month after it) with the
 * rates estimated from the monitor, project to the latest observation, and measure how far each driver's
 * projection is from what happened: the mean absolute error per measure, for the need driver and the inflow
 * driver side by side ("de instroomvariant zat er gemiddeld 4 naast, de behoeftevariant 9").
 */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { OBSERVATION_MEASURES, periodEndLabel, type MeasureId, type Observation, type Period } from '../../shared/observations';
import { projectCapacity } from '../capacity/project';
import type { CapacityInput, CapacityResult, Driver, YearAssumptions } from '../capacity/types';
import { estimateFromObservations, type Estimates } from './estimate';
import { nl } from './format';
import { planValue } from './planValue';
import { startAfter, type StartMonth } from './startFrom';
import { stockAt } from './stock';
import { ObservationTable, monthNumber, periodId, variantsOf } from './table';

const V = VARIANT_IDS.length;
/** The counts a backtest compares (the mean wait depends on the assumed past of the list: left out). */
const COMPARED: MeasureId[] = ['inZorg', 'wachtend', 'nieuweIndicaties', 'plaatsingen', 'uitstroom', 'naarWlz', 'uitval', 'wachtlijstNaarWlz'];

export interface MeasureError {
  measure: MeasureId;
  label: string;
  meanAbsoluteError: number;
  points: number;
}

export interface DriverFit {
  driver: Driver;
  /** Mean absolute error over every compared observation; null: nothing to compare. */
  meanAbsoluteError: number | null;
  points: number;
  byMeasure: MeasureError[];
  /** The projection itself (for a chart of the backtest). */
  result: CapacityResult;
}

export type Backtest =
  | { ok: true; startPeriod: Period; endPeriod: Period; start: StartMonth; need: DriverFit; inflow: DriverFit; better: Driver | null; sentence: string; notes: string[] }
  | { ok: false; reason: string };

const driverWord: Record<Driver, string> = { need: 'de behoeftevariant', inflow: 'de instroomvariant' };

/**
 * The input moved to start in `start` and run to `endMonth` ("YYYY-MM"): years, locations' months and one-off Wlz
 * events follow. Location months count from the first projected month, as the model reads them.
 */
export function rebaseInput(input: CapacityInput, start: StartMonth, endMonth: string): CapacityInput {
  const oldFirst = monthNumber(`${input.startYear}-01`) + (input.firstMonth ?? 0);
  const newFirst = monthNumber(start.month);
  const shift = newFirst - oldFirst;
  const yearShift = start.year - input.startYear;
  const endYear = Number(endMonth.slice(0, 4));
  const yearCount = Math.max(1, endYear - start.year + 1);
  const copy = (a: YearAssumptions): YearAssumptions => {
    const out = { ...a };
    for (const [k, x] of Object.entries(a)) if (x instanceof Float64Array) (out as unknown as Record<string, Float64Array>)[k] = x.slice();
    return out;
  };
  return {
    ...input,
    startYear: start.year,
    firstMonth: start.firstMonth,
    yearCount,
    monthCount: Math.max(1, monthNumber(endMonth) - newFirst + 1),
    perYear: Array.from({ length: yearCount }, (_, y) => copy(input.perYear[Math.min(input.perYear.length - 1, Math.max(0, y + yearShift))])),
    locations: input.locations.map((l) => ({ ...l, openMonth: l.openMonth - shift, closeMonth: l.closeMonth === null ? null : l.closeMonth - shift })),
    wlzOneOffs: input.wlzOneOffs.map((e) => ({ ...e, yearIndex: e.yearIndex - yearShift })).filter((e) => e.yearIndex >= 0 && e.yearIndex < yearCount),
  };
}

/** Splits `total` over the variants `vs` in proportion to `weights` (equal when they are not all of one sign). */
function splitOver(target: Float64Array, vs: number[], total: number): void {
  const w = vs.map((v) => target[v]);
  const same = w.every((x) => x >= 0) || w.every((x) => x <= 0);
  const sum = same ? w.reduce((a, b) => a + Math.abs(b), 0) : 0;
  vs.forEach((v, i) => (target[v] = sum > 0 ? (total * Math.abs(w[i])) / sum : total / vs.length));
}

/** The estimates put into every year of the input: stay, Wlz and list rates, inflow, need growth, origin shares. */
export function applyEstimates(input: CapacityInput, estimates: Estimates): { input: CapacityInput; applied: string[] } {
  const applied: string[] = [];
  const perYear = input.perYear.map((a) => ({ ...a, inflowPerYear: a.inflowPerYear.slice(), needGrowthPerYear: (a.needGrowthPerYear ?? new Float64Array(V)).slice(), stayMonths: a.stayMonths.slice(), wlzRatePerYear: a.wlzRatePerYear.slice(), listDepartureRatePerYear: (a.listDepartureRatePerYear ?? new Float64Array(V)).slice(), listWlzRatePerYear: (a.listWlzRatePerYear ?? new Float64Array(V)).slice(), originShare: a.originShare.slice() }));
  const origin = new Float64Array(GEMEENTE_CODES.length);
  let originSeen = false;
  for (const e of estimates.estimates) {
    const vs = e.form ? variantsOf(e.form).map((v) => VARIANT_IDS.indexOf(v)) : [];
    if (e.kind === 'herkomst' && e.gemeente) {
      origin[GEMEENTE_CODES.indexOf(e.gemeente)] = e.value;
      originSeen = true;
      continue;
    }
    if (!vs.length || e.apply === 'none') continue;
    for (const a of perYear) {
      if (e.kind === 'verblijfsduur') for (const v of vs) a.stayMonths[v] = Math.max(1, e.value);
      else if (e.kind === 'wlzOvergang') for (const v of vs) a.wlzRatePerYear[v] = e.value;
      else if (e.kind === 'uitval') for (const v of vs) a.listDepartureRatePerYear[v] = e.value;
      else if (e.kind === 'wlzWachtlijst') for (const v of vs) a.listWlzRatePerYear[v] = e.value;
      else if (e.kind === 'instroom') splitOver(a.inflowPerYear, vs, e.value);
      else if (e.kind === 'groei') splitOver(a.needGrowthPerYear, vs, e.value);
    }
    applied.push(e.label);
  }
  const sum = origin.reduce((x, y) => x + y, 0);
  if (originSeen && sum > 0) {
    for (const a of perYear) a.originShare = Float64Array.from(origin, (x) => x / sum);
    applied.push('Herkomst van nieuwe cliënten');
  }
  return { input: { ...input, perYear }, applied };
}

function fit(table: ObservationTable, periods: Period[], result: CapacityResult): Omit<DriverFit, 'driver'> {
  const byMeasure: MeasureError[] = [];
  let total = 0;
  let points = 0;
  for (const measure of COMPARED) {
    let sum = 0;
    let n = 0;
    for (const p of periods) {
      const observed = table.value(measure, p, 'alle', null);
      if (observed === null) continue;
      const plan = planValue(result, measure, p, 'alle', null);
      if (plan.value === null) continue;
      sum += Math.abs(observed - plan.value);
      n++;
    }
    if (!n) continue;
    byMeasure.push({ measure, label: OBSERVATION_MEASURES.find((m) => m.id === measure)!.label, meanAbsoluteError: sum / n, points: n });
    total += sum;
    points += n;
  }
  return { meanAbsoluteError: points ? total / points : null, points, byMeasure, result };
}

/**
 * Projects from the end of `startPeriod` (default: the earliest period with both stocks observed) to the latest
 * observation, once per driver, with the rates from `estimates` (default: estimated from the same observations).
 */
export function backtest(observations: readonly Observation[], input: CapacityInput, opts: { startPeriod?: Period; estimates?: Estimates } = {}): Backtest {
  const t = new ObservationTable(observations);
  const hasStock = (p: Period) => t.value('inZorg', p, 'alle', null) !== null && t.value('wachtend', p, 'alle', null) !== null;
  const startPeriod = opts.startPeriod ? t.periods.find((p) => periodId(p) === periodId(opts.startPeriod!)) : t.periods.find(hasStock);
  if (!startPeriod || !hasStock(startPeriod)) return { ok: false, reason: 'Er is geen meting met zowel "in zorg" als "wachtend" (voor alle vormen, in de regio) om vanaf te starten.' };
  const after = t.periods.filter((p) => monthNumber(p.from) > monthNumber(startPeriod.to));
  if (!after.length) return { ok: false, reason: `Na ${periodEndLabel(startPeriod)} is er geen meting meer om de projectie mee te vergelijken.` };
  const endPeriod = after[after.length - 1];
  const start = startAfter(startPeriod);
  const estimates = opts.estimates ?? estimateFromObservations(observations);
  const stock = stockAt(t, startPeriod, { inCare: input.inCare, waiting: input.waiting });
  const rebased = rebaseInput({ ...input, inCare: stock.inCare.values, waiting: stock.waiting.values }, start, endPeriod.to);
  const { input: estimated, applied } = applyEstimates(rebased, estimates);
  const run = (driver: Driver): DriverFit => ({ driver, ...fit(t, after, projectCapacity({ ...estimated, driver })) });
  const need = run('need');
  const inflow = run('inflow');
  const notes = [...t.notes, ...stock.notes];
  notes.push(applied.length ? `Overgenomen uit de schattingen: ${applied.join('; ')}. De rest komt uit het scenario.` : 'Er waren geen schattingen: alle aannames komen uit het scenario.');
  const a = inflow.meanAbsoluteError;
  const b = need.meanAbsoluteError;
  const better: Driver | null = a === null || b === null || Math.abs(a - b) < 1e-9 ? null : a < b ? 'inflow' : 'need';
  const span = `Vanaf de stand van ${periodEndLabel(startPeriod)} doorgerekend tot ${periodEndLabel(endPeriod)} (${nl(inflow.points)} vergelijkingen)`;
  let sentence: string;
  if (a === null || b === null) sentence = `${span}: er is niets om te vergelijken.`;
  else {
    const [first, second] = better === 'need' ? [need, inflow] : [inflow, need];
    sentence = `${span}: ${driverWord[first.driver]} zat er gemiddeld ${nl(first.meanAbsoluteError!)} naast, ${driverWord[second.driver]} ${nl(second.meanAbsoluteError!)}.`;
    const close = Math.abs(a - b) <= 0.05 * Math.max(a, b);
    const Better = better ? `${driverWord[better].charAt(0).toUpperCase()}${driverWord[better].slice(1)}` : '';
    sentence += !better ? ' Beide passen even goed.' : close ? ` ${Better} past net iets beter; het verschil is klein.` : ` ${Better} past het best bij deze cijfers.`;
  }
  return { ok: true, startPeriod, endPeriod, start, need, inflow, better, sentence, notes };
}
