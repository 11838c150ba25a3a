/**
 * Needs and gaps per gemeente, as the Uitvoeringsagenda asks: who waits (by gemeente of origin, at the latest
 * observation) and who is in care, against the Wmo places in the gemeente now and in the plan.
 */
import { GEMEENTE_CODES, gemeenteNaam, type GemeenteCode } from '../../shared/domain';
import { periodEndLabel, type Observation, type Period } from '../../shared/observations';
import type { CapacityResult } from '../capacity/types';
import { nl } from './format';
import { planValue } from './planValue';
import { ObservationTable } from './table';

export interface NeedsAndGapsRow {
  gemeente: GemeenteCode;
  /** Waiting, by gemeente of origin (observed); null: not observed for this gemeente. */
  waiting: number | null;
  /** In care, by gemeente of origin (observed); null: not observed. */
  inCare: number | null;
  /** In care + waiting: the residents who need BW; null when either is missing. */
  need: number | null;
  /** Wmo places in the gemeente at the observation. */
  placesNow: number;
  /** Wmo places in the gemeente in the plan, in `plannedYear`. */
  placesPlanned: number;
  /** The plan's waiting list for the gemeente at the same moment; null: none. */
  planWaiting: number | null;
  /** Need minus the places now: more residents than places in their own gemeente when positive. */
  gapNow: number | null;
  /** Need minus the places in the plan. */
  gapPlanned: number | null;
  sentence: string;
}

export interface NeedsAndGaps {
  /** The period of the latest observation of who waits per gemeente; null: none. */
  period: Period | null;
  plannedYear: number;
  rows: NeedsAndGapsRow[];
  notes: string[];
}

export interface PlacesPerGemeente {
  /** Wmo places per gemeente (in GEMEENTE_CODES order) open at the end of the observation's period. */
  now: readonly number[];
  /** Wmo places per gemeente in the plan (same order), in `plannedYear`. */
  planned: readonly number[];
  plannedYear: number;
}

/** The needs-and-gaps table per gemeente, from the latest observation of who waits per gemeente. */
export function needsAndGaps(observations: readonly Observation[], places: PlacesPerGemeente, plan?: CapacityResult): NeedsAndGaps {
  const t = new ObservationTable(observations);
  const notes = [...t.notes];
  let period: Period | null = null;
  for (let i = t.periods.length - 1; i >= 0 && !period; i--) if (t.gemeenten('wachtend', t.periods[i]).length) period = t.periods[i];
  if (!period) notes.push('Er is geen stand "wachtend" per gemeente in de waarnemingen: de tabel heeft alleen de plekken.');
  const rows = GEMEENTE_CODES.map((g, i): NeedsAndGapsRow => {
    const waiting = period ? t.sumOfForms('wachtend', period, g) : null;
    const inCare = period ? t.sumOfForms('inZorg', period, g) : null;
    const need = waiting !== null && inCare !== null ? waiting + inCare : null;
    const placesNow = Math.max(0, places.now[i] ?? 0);
    const placesPlanned = Math.max(0, places.planned[i] ?? 0);
    const pv = plan && period ? planValue(plan, 'wachtend', period, 'alle', g) : null;
    const planWaiting = pv && pv.value !== null ? pv.value : null;
    const name = gemeenteNaam(g);
    const parts: string[] = [];
    if (waiting !== null) parts.push(`${nl(waiting)} wachtenden uit ${name}${planWaiting !== null ? ` (plan: ${nl(planWaiting)})` : ''}`);
    if (inCare !== null) parts.push(`${nl(inCare)} in zorg`);
    parts.push(`${nl(placesNow)} Wmo-plekken in ${name}, in het plan ${nl(placesPlanned)} in ${places.plannedYear}`);
    const gapNow = need !== null ? need - placesNow : null;
    const gapPlanned = need !== null ? need - placesPlanned : null;
    const gapText = gapNow === null ? '' : gapNow > 0 ? `; ${nl(gapNow)} inwoners meer met een BW-behoefte dan plekken in de eigen gemeente` : `; genoeg plekken in de eigen gemeente voor wie in zorg is of wacht`;
    return { gemeente: g, waiting, inCare, need, placesNow, placesPlanned, planWaiting, gapNow, gapPlanned, sentence: `${name}${period ? `, ${periodEndLabel(period)}` : ''}: ${parts.join('; ')}${gapText}.` };
  });
  return { period, plannedYear: places.plannedYear, rows, notes };
}
