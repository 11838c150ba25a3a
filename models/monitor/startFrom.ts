/**
 * "Start vanaf de laatste meting": the starting stock (in care and waiting per gemeente of origin × form) and the
 * start month from the latest observation, as assumption edits for a new scenario. Counts for more forms or for the
 * region are split in proportion to the scenario's current stock (see stock.ts), in whole clients that add up to
 * each count (largest remainders).
 */
import { inZorgKey, wachtendKey } from '../../shared/assumptions';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { periodEndLabel, type Observation, type Period } from '../../shared/observations';
import type { AssumptionEdit } from './adopt';
import { monthLabel } from './format';
import type { CurrentValues } from './scenarioValues';
import { stockAt, type StockCells } from './stock';
import { ObservationTable, monthNumber, monthOf, periodId } from './table';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;

export interface StartMonth {
  /** Calendar year of the first projected month (CapacityInput.startYear). */
  year: number;
  /** Its month, 0 = January (CapacityInput.firstMonth). */
  firstMonth: number;
  /** "2026-07" */
  month: string;
  /** "juli 2026" */
  label: string;
}

export type StartFromLatest =
  | { ok: true; period: Period; start: StartMonth; edits: AssumptionEdit[]; notes: string[] }
  | { ok: false; reason: string };

/** The first month after a period: where a projection from its end stock starts. */
export function startAfter(period: Period): StartMonth {
  const month = monthOf(monthNumber(period.to) + 1);
  return { year: Number(month.slice(0, 4)), firstMonth: Number(month.slice(5, 7)) - 1, month, label: monthLabel(month) };
}

/** The scenario's current stock as model arrays [G*V]. */
export function currentStock(current: CurrentValues): { inCare: Float64Array; waiting: Float64Array } {
  const inCare = new Float64Array(G * V);
  const waiting = new Float64Array(G * V);
  GEMEENTE_CODES.forEach((g, gi) =>
    VARIANT_IDS.forEach((v, vi) => {
      inCare[gi * V + vi] = Math.max(0, current[inZorgKey(g, v)] ?? 0);
      waiting[gi * V + vi] = Math.max(0, current[wachtendKey(g, v)] ?? 0);
    }),
  );
  return { inCare, waiting };
}

/** The starting stock and month of a new scenario from the latest observation of who is in care and waiting. */
export function startFromLatest(observations: readonly Observation[], current: CurrentValues, fileName: string): StartFromLatest {
  const t = new ObservationTable(observations);
  const both = [...t.periods].reverse().find((p) => t.forms('inZorg', p).length && t.forms('wachtend', p).length);
  const latestIn = t.latest('inZorg');
  const latestWait = t.latest('wachtend');
  const period = both ?? [latestIn, latestWait].filter((p): p is Period => !!p).sort((a, b) => monthNumber(b.to) - monthNumber(a.to))[0];
  if (!period) return { ok: false, reason: 'Er is geen stand "in zorg" of "wachtend" in de waarnemingen: er is geen meting om vanaf te starten.' };
  const notes = [...t.notes];
  const later = [latestIn, latestWait].filter((p): p is Period => !!p && periodId(p) !== periodId(period) && monthNumber(p.to) > monthNumber(period.to));
  if (later.length) notes.push(`De laatste meting met zowel "in zorg" als "wachtend" is van ${periodEndLabel(period)}; een latere meting heeft maar één van beide en is niet gebruikt.`);
  const stock = stockAt(t, period, currentStock(current), { whole: true });
  notes.push(...stock.notes);
  const source = `Stand ${periodEndLabel(period)} uit de monitor (${fileName})`;
  const edits: AssumptionEdit[] = [];
  const add = (cells: StockCells, key: typeof inZorgKey, what: string) => {
    if (!cells.observed) {
      notes.push(`${what} is niet gemeten ${periodEndLabel(period)}: de huidige stand blijft.`);
      return;
    }
    GEMEENTE_CODES.forEach((g, gi) =>
      VARIANT_IDS.forEach((v, vi) => {
        const i = gi * V + vi;
        if (cells.source[i] === 'kept') return;
        edits.push({ key: key(g, v), value: Math.max(0, Math.round(cells.values[i])), source: cells.source[i] === 'split' ? `${source}; verdeeld naar rato van de huidige stand` : source });
      }),
    );
  };
  add(stock.inCare, inZorgKey, 'In zorg');
  add(stock.waiting, wachtendKey, 'Wachtend');
  const start = startAfter(period);
  const [countYear] = period.to.split('-').map(Number);
  if (countYear < 2024 || countYear > 2059) return { ok: false, reason: `De laatste meting is van ${periodEndLabel(period)}; een beginstand kan tussen december 2024 en 2059 liggen.` };
  notes.push(`De projectie begint in ${start.label}, met de stand van ${periodEndLabel(period)} als beginstand.`);
  return { ok: true, period, start, edits, notes };
}
