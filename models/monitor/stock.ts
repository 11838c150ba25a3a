/**
 * The stock in care and waiting per gemeente of origin × form at the end of an observed period. Counts for all
 * modulaire forms or all forms together are split over the forms, and counts for the region over the gemeenten
 * without a count of their own, in proportion to a reference stock (the scenario's current one); what is not
 * observed keeps the reference value. The notes say what was split how.
 */
import { GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS, gemeenteNaam } from '../../shared/domain';
import type { ObservedForm, Period } from '../../shared/observations';
import { largestRemainder } from '../apportion/largestRemainder';
import { formLabel } from './format';
import { ObservationTable, variantsOf } from './table';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;

/** How a cell got its value: observed, split from a count for more forms or gemeenten, or kept from the reference. */
export type CellSource = 'direct' | 'split' | 'kept';

export interface StockCells {
  /** [G*V], index g·V + v. */
  values: Float64Array;
  source: CellSource[];
  observed: boolean;
}

export interface ObservedStock {
  period: Period;
  inCare: StockCells;
  waiting: StockCells;
  notes: string[];
}

/** Shares of `total` over `weights` (equal when the weights are all zero); whole people by largest remainders. */
function spread(total: number, weights: number[], whole: boolean): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  if (whole) return largestRemainder(Math.round(total), w);
  const wsum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (total * x) / wsum);
}

/** One gemeente's (or the region's) values per variant from its rows: variants, then 'modulair', then 'alle'. */
function fillForms(get: (f: ObservedForm) => number | null, weight: (v: number) => number, said: Set<string>, what: string, whole: boolean): { values: (number | null)[]; split: boolean[] } {
  const values: (number | null)[] = VARIANT_IDS.map((v) => get(v));
  const split = VARIANT_IDS.map(() => false);
  const pool = (form: 'modulair' | 'alle', members: number[]) => {
    const total = get(form);
    if (total === null) return;
    const open = members.filter((v) => values[v] === null);
    if (!open.length) return;
    const given = members.filter((v) => values[v] !== null).reduce((s, v) => s + (values[v] as number), 0);
    const rest = Math.max(0, total - given);
    if (total < given) said.add(`${what}: het aantal voor ${form === 'modulair' ? 'alle modulaire vormen' : 'alle vormen'} is kleiner dan de som van de vormen apart; de rest is op 0 gezet.`);
    const weights = open.map(weight);
    if (rest > 0 && weights.every((w) => w <= 0)) said.add(`${what}: het scenario heeft nu niemand in de vormen waarover een samengeteld aantal verdeeld moet worden; gelijk verdeeld.`);
    spread(rest, weights, whole).forEach((x, i) => {
      values[open[i]] = x;
      split[open[i]] = true;
    });
    said.add(
      form === 'modulair'
        ? `${what}: aantallen voor alle modulaire vormen samen zijn over de modulaire vormen verdeeld naar rato van de huidige stand in het scenario.`
        : `${what}: aantallen voor alle vormen samen zijn over de vormen verdeeld naar rato van de huidige stand in het scenario.`,
    );
  };
  pool('modulair', MODULAIR_VARIANT_IDS.map((v) => VARIANT_IDS.indexOf(v)));
  pool('alle', VARIANT_IDS.map((_, v) => v));
  return { values, split };
}

function stockCells(t: ObservationTable, measure: 'inZorg' | 'wachtend', period: Period, reference: Float64Array, said: Set<string>, whole: boolean): StockCells {
  const what = measure === 'inZorg' ? 'In zorg' : 'Wachtend';
  const values = Float64Array.from(reference);
  const source: CellSource[] = new Array(G * V).fill('kept');
  const withRows = new Set(t.gemeenten(measure, period));
  GEMEENTE_CODES.forEach((g, gi) => {
    if (!withRows.has(g)) return;
    const r = fillForms((f) => t.own(measure, period, f, g), (v) => reference[gi * V + v], said, what, whole);
    r.values.forEach((x, v) => {
      if (x === null) return;
      values[gi * V + v] = x;
      source[gi * V + v] = r.split[v] ? 'split' : 'direct';
    });
  });
  // The region's rows: what they count beyond the cells already known goes to the cells not yet known, per variant,
  // then for all modulaire forms, then for all forms, in proportion to the reference stock.
  const regionSplitTo = new Set<string>();
  const regionForms: ObservedForm[] = [...VARIANT_IDS, 'modulair', 'alle'];
  for (const form of regionForms) {
    const total = t.own(measure, period, form, null);
    if (total === null) continue;
    const vs = variantsOf(form).map((v) => VARIANT_IDS.indexOf(v));
    const cells = GEMEENTE_CODES.flatMap((_, gi) => vs.map((v) => gi * V + v));
    const open = cells.filter((i) => source[i] === 'kept');
    if (!open.length) continue;
    const given = cells.reduce((sum, i) => sum + (source[i] === 'kept' ? 0 : values[i]), 0);
    if (total < given) said.add(`${what}: het regionale aantal voor ${formLabel(form)} is kleiner dan de som van de gemeenten; de rest is op 0 gezet.`);
    const weights = open.map((i) => reference[i]);
    if (total > given && weights.every((w) => w <= 0)) said.add(`${what}: het scenario heeft nu niemand in de gemeenten en vormen waarover het regionale aantal voor ${formLabel(form)} verdeeld moet worden; gelijk verdeeld.`);
    spread(Math.max(0, total - given), weights, whole).forEach((x, k) => {
      values[open[k]] = x;
      source[open[k]] = 'split';
      if (x > 0) regionSplitTo.add(gemeenteNaam(GEMEENTE_CODES[Math.floor(open[k] / V)]));
    });
  }
  if (regionSplitTo.size) said.add(`${what}: regionale aantallen zijn verdeeld over de gemeenten zonder eigen aantal (${[...regionSplitTo].join(', ')}), naar rato van de huidige stand in het scenario.`);
  const kept = source.filter((s) => s === 'kept').length;
  const observed = kept < G * V;
  if (observed && kept) said.add(`${what}: voor ${kept} van de ${G * V} combinaties van gemeente en vorm is niets waargenomen; daar blijft de huidige stand.`);
  return { values, source, observed };
}

/**
 * The stock at the end of `period`, split where needed in proportion to the reference stock ([G*V] each). With
 * `whole`, every split count is shared out in whole people (largest remainders), so each count is kept exactly.
 */
export function stockAt(table: ObservationTable, period: Period, reference: { inCare: Float64Array; waiting: Float64Array }, opts: { whole?: boolean } = {}): ObservedStock {
  const said = new Set<string>();
  const whole = opts.whole ?? false;
  const inCare = stockCells(table, 'inZorg', period, reference.inCare, said, whole);
  const waiting = stockCells(table, 'wachtend', period, reference.waiting, said, whole);
  return { period, inCare, waiting, notes: [...said] };
}
