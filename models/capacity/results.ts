/**
 * From the model's stocks and flows to the figures people read: per month, and per year for the region, each
 * variant, each gemeente of origin and each target group. Every figure is summed from the same cells
 * (gemeente × kind), so the parts always add up to the whole.
 *
 * At each year's end the cells are summed once into a year table (typed numbers, one row per region, variant,
 * gemeente and target group); the objects people read are made from it only when they are asked for: all of
 * them for the full result, the region and the few breakdowns the Monte Carlo needs for the lean one.
 */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { TargetGroup } from '../../shared/locations';
import type { ModelState } from './project';
import type { LeanYear, Metrics, MonthResult, YearResult } from './types';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;

/** Flow accumulators per year, by gemeente of origin and kind (g·K+k). */
export interface Flows {
  inflow: Float64Array;
  placements: Float64Array;
  independent: Float64Array;
  other: Float64Array;
  wlz: Float64Array;
  displaced: Float64Array;
  cost: Float64Array;
  departures: Float64Array;
  wlzFromList: Float64Array;
  waitingCost: Float64Array;
  /** Sum over the people placed of the months they waited. */
  waitSum: Float64Array;
}

/** The flows as views on one buffer (`buffer`, FLOW_COUNT × cells), so a new year clears them, and a copy copies them, at once. */
export function flowsOn(buffer: Float64Array): Flows {
  const n = buffer.length / FLOW_COUNT;
  const view = (j: number) => buffer.subarray(j * n, (j + 1) * n);
  return {
    inflow: view(0), placements: view(1), independent: view(2), other: view(3), wlz: view(4), displaced: view(5),
    cost: view(6), departures: view(7), wlzFromList: view(8), waitingCost: view(9), waitSum: view(10),
  };
}
export const FLOW_COUNT = 11;

// The columns of a year table: sums over the cells of a row.
const IN_CARE = 0;
const ELSEWHERE = 1;
const WAITING = 2;
const INFLOW = 3;
const PLACEMENTS = 4;
const DEPARTURES = 5;
const WLZ_FROM_LIST = 6;
const INDEPENDENT = 7;
const OTHER = 8;
const WLZ = 9;
const DISPLACED = 10;
const COST = 11;
const WAITING_COST = 12;
const WAIT_SUM = 13;
const PLACES = 14;
const LOST = 15;
const RETURNED = 16;
const COLUMNS = 17;

/** The rows of a year table: the region, then each variant, each gemeente of origin and each target group. */
export const rowOfVariant = (v: number) => 1 + v;
export const rowOfGemeente = (g: number) => 1 + V + g;
export const rowOfGroup = (t: number) => 1 + V + G + t;
const rowCount = (T: number) => 1 + V + G + T;
/** Numbers in one year table. */
export const yearTableSize = (T: number) => rowCount(T) * COLUMNS;

/** One year's end: the cells summed into the rows they belong to, at `offset` in `sums`. */
export interface YearTable {
  year: number;
  months: number;
  sums: Float64Array;
  offset: number;
}

const cell = new Float64Array(COLUMNS);

/**
 * Sums every cell (gemeente of origin g, kind k) into its rows, in `out` from `offset` (yearTableSize numbers,
 * zero); place-side figures belong to the gemeente of the places (h = g). `lean`: only what leanYear reads (the
 * region's row; per variant and gemeente the columns it names), summed in the same order, so the same numbers.
 */
export function yearTable(s: ModelState, f: Flows, out: Float64Array, offset: number, lean = false): void {
  const { T, K, occ, occScale, inG, wait, cap, flipped, lostCum, returnedCum } = s;
  for (let g = 0; g < G; g++) {
    const gRow = offset + rowOfGemeente(g) * COLUMNS;
    for (let v = 0; v < V; v++) {
      const vRow = offset + rowOfVariant(v) * COLUMNS;
      for (let t = 0; t < T; t++) {
        const k = v * T + t;
        const i = g * K + k;
        const inCare = inG[i];
        cell[IN_CARE] = inCare;
        cell[ELSEWHERE] = Math.max(0, inCare - occ[(g * G + g) * K + k] * occScale[k]);
        cell[WAITING] = wait[i];
        cell[INFLOW] = f.inflow[i];
        cell[PLACEMENTS] = f.placements[i];
        cell[DEPARTURES] = f.departures[i];
        cell[WLZ_FROM_LIST] = f.wlzFromList[i];
        cell[INDEPENDENT] = f.independent[i];
        cell[OTHER] = f.other[i];
        cell[WLZ] = f.wlz[i];
        cell[DISPLACED] = f.displaced[i];
        cell[COST] = f.cost[i];
        cell[WAITING_COST] = f.waitingCost[i];
        cell[WAIT_SUM] = f.waitSum[i];
        cell[PLACES] = Math.max(0, cap[i] - flipped[i]);
        cell[LOST] = lostCum[i];
        cell[RETURNED] = returnedCum[i];
        if (lean) {
          for (let c = 0; c < COLUMNS; c++) out[offset + c] += cell[c];
          out[vRow + INDEPENDENT] += cell[INDEPENDENT];
          out[gRow + INDEPENDENT] += cell[INDEPENDENT];
          out[gRow + RETURNED] += cell[RETURNED];
          continue;
        }
        const tRow = offset + rowOfGroup(t) * COLUMNS;
        for (let c = 0; c < COLUMNS; c++) {
          const x = cell[c];
          out[offset + c] += x;
          out[vRow + c] += x;
          out[gRow + c] += x;
          out[tRow + c] += x;
        }
      }
    }
  }
}

/** The figures of one row of a year table (the expected wait comes from the queues: expectedWaits). */
function metricsOf(table: YearTable, row: number, expectedWaitMonths: number | null): Metrics {
  const m = table.sums;
  const o = table.offset + row * COLUMNS;
  const inCare = m[o + IN_CARE];
  const waitingList = m[o + WAITING];
  const placements = m[o + PLACEMENTS];
  const places = m[o + PLACES];
  const perMonth = placements / table.months;
  return {
    demand: inCare + waitingList,
    inCare,
    inCareElsewhere: m[o + ELSEWHERE],
    waitingList,
    waitingTimeMonths: placements > 1e-9 ? m[o + WAIT_SUM] / placements : waitingList < 1e-6 ? 0 : null,
    expectedWaitMonths,
    clearanceMonths: waitingList < 1e-6 ? 0 : perMonth > 1e-9 ? waitingList / perMonth : null,
    places,
    freePlaces: Math.max(0, places - inCare),
    occupancy: places > 0 ? Math.min(1, inCare / places) : 0,
    placesNeeded: 0,
    inflow: m[o + INFLOW],
    placements,
    departuresUnplaced: m[o + DEPARTURES],
    wlzFromList: m[o + WLZ_FROM_LIST],
    outflowIndependent: m[o + INDEPENDENT],
    outflowOther: m[o + OTHER],
    wlzTransfers: m[o + WLZ],
    outflowNeedingHome: m[o + INDEPENDENT],
    wmoPlacesLostToWlz: m[o + LOST],
    wlzPlacesReturned: m[o + RETURNED],
    displaced: m[o + DISPLACED],
    costEuro: m[o + COST],
    costOfWaitingEuro: m[o + WAITING_COST],
  };
}

/**
 * The expected wait for someone joining at the end of the year, per row: the mean over the kinds weighted by who
 * joined the list that year; unknown (null) when some of them would never be placed. `regionOnly`: only the
 * first row (the region), worked out the same way.
 */
export function expectedWaits(T: number, perKind: (number | null)[], inflow: Float64Array, regionOnly = false): (number | null)[] {
  const K = V * T;
  const R = regionOnly ? 1 : rowCount(T);
  if (waits.length < 3 * R) waits = new Float64Array(3 * R);
  // Per row: the weight, the weighted sum, and (nobody joined) the longest wait over the kinds that can be placed.
  waits.fill(0, 0, 2 * R).fill(-Infinity, 2 * R, 3 * R);
  const unknown = new Array<boolean>(R).fill(false);
  const rows = regionOnly ? [0] : [0, 0, 0, 0];
  for (let g = 0; g < G; g++) {
    for (let v = 0; v < V; v++) {
      for (let t = 0; t < T; t++) {
        const k = v * T + t;
        const weight = inflow[g * K + k];
        const ew = perKind[k];
        if (!regionOnly) {
          rows[1] = rowOfVariant(v);
          rows[2] = rowOfGemeente(g);
          rows[3] = rowOfGroup(t);
        }
        for (const r of rows) {
          if (ew !== null) waits[2 * R + r] = Math.max(waits[2 * R + r], ew);
          if (weight <= 1e-9) continue;
          if (ew === null) unknown[r] = true;
          else {
            waits[r] += weight;
            waits[R + r] += weight * ew;
          }
        }
      }
    }
  }
  const out = new Array<number | null>(R);
  for (let r = 0; r < R; r++) {
    const w = waits[r];
    const longest = waits[2 * R + r];
    out[r] = unknown[r] ? null : w > 1e-9 ? waits[R + r] / w : longest > -Infinity ? longest : null;
  }
  return out;
}
let waits = new Float64Array(0);

/** A year as people read it: the region, each variant, each gemeente of origin and each target group. */
export function yearResult(table: YearTable, groups: TargetGroup[], expected: (number | null)[]): YearResult {
  const byVariant = {} as YearResult['byVariant'];
  const byGemeente = {} as YearResult['byGemeente'];
  const byTargetGroup: YearResult['byTargetGroup'] = {};
  for (let v = 0; v < V; v++) byVariant[VARIANT_IDS[v]] = metricsOf(table, rowOfVariant(v), expected[rowOfVariant(v)]);
  for (let g = 0; g < G; g++) byGemeente[GEMEENTE_CODES[g]] = metricsOf(table, rowOfGemeente(g), expected[rowOfGemeente(g)]);
  for (let t = 0; t < groups.length; t++) byTargetGroup[groups[t]] = metricsOf(table, rowOfGroup(t), expected[rowOfGroup(t)]);
  return { year: table.year, ...metricsOf(table, 0, expected[0]), byVariant, byGemeente, byTargetGroup };
}

/**
 * A year as the Monte Carlo keeps it: the region, and what the urgent-housing allocation reads per variant and
 * gemeente (all a lean year table holds: yearTable with `lean`).
 */
export function leanYear(table: YearTable, expectedWaitMonths: number | null): LeanYear {
  const m = table.sums;
  const byVariant = {} as LeanYear['byVariant'];
  const byGemeente = {} as LeanYear['byGemeente'];
  for (let v = 0; v < V; v++) byVariant[VARIANT_IDS[v]] = { outflowNeedingHome: m[table.offset + rowOfVariant(v) * COLUMNS + INDEPENDENT] };
  for (let g = 0; g < G; g++) {
    const o = table.offset + rowOfGemeente(g) * COLUMNS;
    byGemeente[GEMEENTE_CODES[g]] = { outflowNeedingHome: m[o + INDEPENDENT], wlzPlacesReturned: m[o + RETURNED] };
  }
  // The region's figures with the year and breakdowns added (copying them into a new object, as yearResult
  // does to keep `year` first for the JSON, costs the Monte Carlo more than the rest of this function).
  const year = metricsOf(table, 0, expectedWaitMonths) as LeanYear;
  year.year = table.year;
  year.byVariant = byVariant;
  year.byGemeente = byGemeente;
  return year;
}

// The columns of a month record.
const M_IN_CARE = 0;
const M_WAITING = 1;
const M_PLACES = 2;
const M_INFLOW = 3;
const M_PLACEMENTS = 4;
const M_EXITS = 5;
const M_WLZ = 6;
const M_DEPARTURES = 7;
const M_DISPLACED = 8;
const M_LOST = 9;
const M_VARIANT = 10; // then per variant: in care, waiting, places, placements
export const MONTH_COLUMNS = M_VARIANT + 4 * V;

/** Records month `m`'s figures in `out` (MONTH_COLUMNS numbers a month); the objects are made by monthResults. */
export function recordMonth(
  out: Float64Array, m: number, s: ModelState, placed: Float64Array, inflow: number, exits: number, wlz: number, displaced: number, listDepartures: number,
): void {
  const { T, K, inG, wait, cap, flipped, lostCum } = s;
  const o = m * MONTH_COLUMNS;
  let inCare = 0;
  let waitingList = 0;
  let places = 0;
  let placements = 0;
  let lost = 0;
  for (let v = 0; v < V; v++) {
    let c = 0;
    let w = 0;
    let p = 0;
    let pl = 0;
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        c += inG[i];
        w += wait[i];
        p += Math.max(0, cap[i] - flipped[i]);
        pl += placed[i];
        lost += lostCum[i];
      }
    }
    const ov = o + M_VARIANT + 4 * v;
    out[ov] = c;
    out[ov + 1] = w;
    out[ov + 2] = p;
    out[ov + 3] = pl;
    inCare += c;
    waitingList += w;
    places += p;
    placements += pl;
  }
  out[o + M_IN_CARE] = inCare;
  out[o + M_WAITING] = waitingList;
  out[o + M_PLACES] = places;
  out[o + M_INFLOW] = inflow;
  out[o + M_PLACEMENTS] = placements;
  out[o + M_EXITS] = exits;
  out[o + M_WLZ] = wlz;
  out[o + M_DEPARTURES] = listDepartures;
  out[o + M_DISPLACED] = displaced;
  out[o + M_LOST] = lost;
}

const monthLabels = new Map<number, string>();
/** "2027-03" for calendar month index y·12 + month0. */
function monthLabel(year: number, month0: number): string {
  const key = year * 12 + month0;
  let label = monthLabels.get(key);
  if (label === undefined) monthLabels.set(key, (label = `${year}-${String(month0 + 1).padStart(2, '0')}`));
  return label;
}

/** The month objects of `count` recorded months, the first being calendar month `firstMonth` of `startYear`. */
export function monthResults(record: Float64Array, count: number, startYear: number, firstMonth: number): MonthResult[] {
  const out = new Array<MonthResult>(count);
  for (let m = 0; m < count; m++) {
    const o = m * MONTH_COLUMNS;
    const cal = firstMonth + m;
    const byVariant = {} as MonthResult['byVariant'];
    for (let v = 0; v < V; v++) {
      const ov = o + M_VARIANT + 4 * v;
      byVariant[VARIANT_IDS[v]] = { inCare: record[ov], waitingList: record[ov + 1], places: record[ov + 2], placements: record[ov + 3] };
    }
    const inCare = record[o + M_IN_CARE];
    const waitingList = record[o + M_WAITING];
    out[m] = {
      month: monthLabel(startYear + Math.floor(cal / 12), cal % 12),
      demand: inCare + waitingList,
      inCare,
      waitingList,
      places: record[o + M_PLACES],
      inflow: record[o + M_INFLOW],
      placements: record[o + M_PLACEMENTS],
      exits: record[o + M_EXITS],
      wlzTransfers: record[o + M_WLZ],
      listDepartures: record[o + M_DEPARTURES],
      displaced: record[o + M_DISPLACED],
      wmoPlacesLostToWlz: record[o + M_LOST],
      byVariant,
    };
  }
  return out;
}
