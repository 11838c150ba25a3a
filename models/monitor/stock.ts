/**
 * The stock in care and waiting per gemeente of origin × form at the end of an observed period. Counts for all
 * modulaire forms or all forms together are split over the forms, and counts for the region over the gemeenten
 * without a count of their own, in proportion to a reference stock (the scenario's current one); what is not
 * observed keeps the reference value. The notes say what was split how.
 */
import { GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS, gemeenteNaam } from '../../shared/domain';
import type { ObservedForm, Period } from '../../shared/observations';
import { ObservationTable } from './table';

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

/** Shares of `total` over `weights` (equal when the weights are all zero). */
function spread(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
}

/** One gemeente's (or the region's) values per variant from its rows: variants, then 'modulair', then 'alle'. */
function fillForms(get: (f: ObservedForm) => number | null, weight: (v: number) => number, said: Set<string>, what: string): { values: (number | null)[]; split: boolean[] } {
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
    if (weights.every((w) => w <= 0)) said.add(`${what}: het scenario heeft nu niemand in de vormen waarover een samengeteld aantal verdeeld moet worden; gelijk verdeeld.`);
    spread(rest, weights).forEach((x, i) => {
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

function stockCells(t: ObservationTable, measure: 'inZorg' | 'wachtend', period: Period, reference: Float64Array, said: Set<string>): StockCells {
  const what = measure === 'inZorg' ? 'In zorg' : 'Wachtend';
  const values = Float64Array.from(reference);
  const source: CellSource[] = new Array(G * V).fill('kept');
  const withRows = new Set(t.gemeenten(measure, period));
  GEMEENTE_CODES.forEach((g, gi) => {
    if (!withRows.has(g)) return;
    const r = fillForms((f) => t.own(measure, period, f, g), (v) => reference[gi * V + v], said, what);
    r.values.forEach((x, v) => {
      if (x === null) return;
      values[gi * V + v] = x;
      source[gi * V + v] = r.split[v] ? 'split' : 'direct';
    });
  });
  const region = fillForms(
    (f) => t.own(measure, period, f, null),
    (v) => GEMEENTE_CODES.reduce((s, _, gi) => s + reference[gi * V + v], 0),
    said,
    what,
  );
  const regionSplitTo = new Set<string>();
  region.values.forEach((total, v) => {
    if (total === null) return;
    const open = GEMEENTE_CODES.map((_, gi) => gi).filter((gi) => source[gi * V + v] === 'kept');
    if (!open.length) return;
    const given = GEMEENTE_CODES.reduce((s, _, gi) => s + (source[gi * V + v] === 'kept' ? 0 : values[gi * V + v]), 0);
    spread(Math.max(0, total - given), open.map((gi) => reference[gi * V + v])).forEach((x, i) => {
      values[open[i] * V + v] = x;
      source[open[i] * V + v] = 'split';
      regionSplitTo.add(gemeenteNaam(GEMEENTE_CODES[open[i]]));
    });
  });
  if (regionSplitTo.size) said.add(`${what}: regionale aantallen zijn verdeeld over de gemeenten zonder eigen aantal (${[...regionSplitTo].join(', ')}), naar rato van de huidige stand in het scenario.`);
  const kept = source.filter((s) => s === 'kept').length;
  const observed = kept < G * V;
  if (observed && kept) said.add(`${what}: voor ${kept} van de ${G * V} combinaties van gemeente en vorm is niets waargenomen; daar blijft de huidige stand.`);
  return { values, source, observed };
}

/** The stock at the end of `period`, split where needed in proportion to the reference stock ([G*V] each). */
export function stockAt(table: ObservationTable, period: Period, reference: { inCare: Float64Array; waiting: Float64Array }): ObservedStock {
  const said = new Set<string>();
  const inCare = stockCells(table, 'inZorg', period, reference.inCare, said);
  const waiting = stockCells(table, 'wachtend', period, reference.waiting, said);
  return { period, inCare, waiting, notes: [...said] };
}
