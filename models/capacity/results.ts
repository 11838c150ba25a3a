/**
 * From the model's stocks and flows to the figures people read: per month, and per year for the region, each
 * variant, each gemeente of origin and each target group. Every figure is summed from the same cells
 * (gemeente × kind), so the parts always add up to the whole.
 */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { TargetGroup } from '../../shared/locations';
import type { ModelState } from './project';
import type { Metrics, MonthResult, YearResult } from './types';

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

/** Metrics while they are being summed: the sum behind the mean wait rides along. */
interface Acc extends Metrics {
  waitSum: number;
}

function empty(): Acc {
  return {
    demand: 0, inCare: 0, inCareElsewhere: 0, waitingList: 0, waitingTimeMonths: null, expectedWaitMonths: null, clearanceMonths: null,
    places: 0, freePlaces: 0, occupancy: 0, placesNeeded: 0, inflow: 0, placements: 0, departuresUnplaced: 0, wlzFromList: 0,
    outflowIndependent: 0, outflowOther: 0, wlzTransfers: 0, outflowNeedingHome: 0, wmoPlacesLostToWlz: 0, wlzPlacesReturned: 0,
    displaced: 0, costEuro: 0, costOfWaitingEuro: 0, waitSum: 0,
  };
}

/** Adds one cell (gemeente of origin g, kind k) to each of `to`; place-side figures belong to the gemeente of the places (h = g). */
function addCell(to: Acc[], s: ModelState, f: Flows, g: number, k: number): void {
  const i = g * s.K + k;
  let inCare = 0;
  for (let h = 0; h < G; h++) inCare += s.occ[(h * G + g) * s.K + k];
  const elsewhere = Math.max(0, inCare - s.occ[(g * G + g) * s.K + k]);
  const places = Math.max(0, s.cap[i] - s.flipped[i]);
  for (const m of to) {
    m.inCare += inCare;
    m.inCareElsewhere += elsewhere;
    m.waitingList += s.wait[i];
    m.inflow += f.inflow[i];
    m.placements += f.placements[i];
    m.departuresUnplaced += f.departures[i];
    m.wlzFromList += f.wlzFromList[i];
    m.outflowIndependent += f.independent[i];
    m.outflowOther += f.other[i];
    m.wlzTransfers += f.wlz[i];
    m.displaced += f.displaced[i];
    m.costEuro += f.cost[i];
    m.costOfWaitingEuro += f.waitingCost[i];
    m.waitSum += f.waitSum[i];
    m.places += places;
    m.wmoPlacesLostToWlz += s.lostCum[i];
    m.wlzPlacesReturned += s.returnedCum[i];
  }
}

function finish(m: Acc, months: number): Metrics {
  const perMonth = m.placements / months;
  const demand = m.inCare + m.waitingList;
  return {
    demand,
    inCare: m.inCare,
    inCareElsewhere: m.inCareElsewhere,
    waitingList: m.waitingList,
    waitingTimeMonths: m.placements > 1e-9 ? m.waitSum / m.placements : m.waitingList < 1e-6 ? 0 : null,
    expectedWaitMonths: null,
    clearanceMonths: m.waitingList < 1e-6 ? 0 : perMonth > 1e-9 ? m.waitingList / perMonth : null,
    places: m.places,
    freePlaces: Math.max(0, m.places - m.inCare),
    occupancy: m.places > 0 ? Math.min(1, m.inCare / m.places) : 0,
    placesNeeded: 0,
    inflow: m.inflow,
    placements: m.placements,
    departuresUnplaced: m.departuresUnplaced,
    wlzFromList: m.wlzFromList,
    outflowIndependent: m.outflowIndependent,
    outflowOther: m.outflowOther,
    wlzTransfers: m.wlzTransfers,
    outflowNeedingHome: m.outflowIndependent,
    wmoPlacesLostToWlz: m.wmoPlacesLostToWlz,
    wlzPlacesReturned: m.wlzPlacesReturned,
    displaced: m.displaced,
    costEuro: m.costEuro,
    costOfWaitingEuro: m.costOfWaitingEuro,
  };
}

export function yearResult(s: ModelState, groups: TargetGroup[], year: number, monthsInYear: number, f: Flows): YearResult {
  const { T } = s;
  const region = empty();
  const byVariant = VARIANT_IDS.map(() => empty());
  const byGemeente = GEMEENTE_CODES.map(() => empty());
  const byGroup = groups.map(() => empty());
  const to: Acc[] = [region, region, region, region];
  for (let g = 0; g < G; g++) {
    to[2] = byGemeente[g];
    for (let v = 0; v < V; v++) {
      to[1] = byVariant[v];
      for (let t = 0; t < T; t++) {
        to[3] = byGroup[t];
        addCell(to, s, f, g, v * T + t);
      }
    }
  }
  return {
    year,
    ...finish(region, monthsInYear),
    byVariant: Object.fromEntries(VARIANT_IDS.map((id, v) => [id, finish(byVariant[v], monthsInYear)])) as YearResult['byVariant'],
    byGemeente: Object.fromEntries(GEMEENTE_CODES.map((code, g) => [code, finish(byGemeente[g], monthsInYear)])) as YearResult['byGemeente'],
    byTargetGroup: Object.fromEntries(groups.map((name, t) => [name, finish(byGroup[t], monthsInYear)])),
  };
}

/**
 * The expected wait for someone joining at the end of the year, per kind, combined as the mean over the kinds
 * weighted by who joined the list that year; unknown (null) when some of them would never be placed.
 */
export function fillExpectedWaits(yr: YearResult, groups: TargetGroup[], perKind: (number | null)[], inflow: Float64Array): void {
  const T = groups.length;
  const K = V * T;
  const acc = () => ({ w: 0, sum: 0, unknown: false, fallback: [] as number[] });
  const region = acc();
  const variants = VARIANT_IDS.map(acc);
  const gemeenten = GEMEENTE_CODES.map(acc);
  const byGroup = groups.map(acc);
  for (let g = 0; g < G; g++) {
    for (let v = 0; v < V; v++) {
      for (let t = 0; t < T; t++) {
        const k = v * T + t;
        const weight = inflow[g * K + k];
        const ew = perKind[k];
        for (const a of [region, variants[v], gemeenten[g], byGroup[t]]) {
          if (ew !== null) a.fallback.push(ew);
          if (weight <= 1e-9) continue;
          if (ew === null) a.unknown = true;
          else {
            a.w += weight;
            a.sum += weight * ew;
          }
        }
      }
    }
  }
  // Nobody joined: the wait a joiner would have, the longest over the kinds that can be placed.
  const value = (a: ReturnType<typeof acc>) => (a.unknown ? null : a.w > 1e-9 ? a.sum / a.w : a.fallback.length ? Math.max(...a.fallback) : null);
  yr.expectedWaitMonths = value(region);
  VARIANT_IDS.forEach((id, v) => (yr.byVariant[id].expectedWaitMonths = value(variants[v])));
  GEMEENTE_CODES.forEach((code, g) => (yr.byGemeente[code].expectedWaitMonths = value(gemeenten[g])));
  groups.forEach((name, t) => (yr.byTargetGroup[name]!.expectedWaitMonths = value(byGroup[t])));
}

export function monthResult(
  s: ModelState, year: number, month0: number, placed: Float64Array, inflow: number, exits: number, wlz: number, displaced: number, listDepartures: number,
): MonthResult {
  const { T, K } = s;
  const byVariant = {} as MonthResult['byVariant'];
  let inCare = 0;
  let waitingList = 0;
  let places = 0;
  let placements = 0;
  let lost = 0;
  VARIANT_IDS.forEach((id, v) => {
    let c = 0;
    let w = 0;
    let p = 0;
    let pl = 0;
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      for (let g = 0; g < G; g++) {
        c += s.inG[g * K + k];
        w += s.wait[g * K + k];
        p += Math.max(0, s.cap[g * K + k] - s.flipped[g * K + k]);
        pl += placed[g * K + k];
        lost += s.lostCum[g * K + k];
      }
    }
    byVariant[id] = { inCare: c, waitingList: w, places: p, placements: pl };
    inCare += c;
    waitingList += w;
    places += p;
    placements += pl;
  });
  return {
    month: `${year}-${String(month0 + 1).padStart(2, '0')}`,
    demand: inCare + waitingList, inCare, waitingList, places, inflow, placements, exits, wlzTransfers: wlz, listDepartures, displaced,
    wmoPlacesLostToWlz: lost, byVariant,
  };
}
