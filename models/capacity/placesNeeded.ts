/**
 * Extra plekken nodig: for each year, the smallest number of extra places of each form and target group, open
 * from January of that year, with which someone joining the waiting list at the end of that year gets a place
 * within the norm. Found by searching the projection (the expected wait falls as places are added), so the
 * promise holds by construction: with exactly that number it is met, with one fewer it is not.
 * Per gemeente the places are shared in proportion to who is waiting at the year's end (largest remainder),
 * so the gemeenten add up to the region, and the forms and target groups add up to the total.
 */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { largestRemainder } from '../apportion/largestRemainder';
import { Projection } from './project';
import type { CapacityInput, CapacityResult } from './types';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;
/** Beyond this many extra places of one kind the search stops: "more than" is all a College needs to know. */
export const MAX_EXTRA_PLACES = 5000;

/** The Dutch sentence shown beside the figure. */
export function placesNeededDefinition(normMonths: number): string {
  const norm = normMonths.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return `Extra plekken nodig in een jaar: het kleinste aantal extra plekken (per vorm en doelgroep, open vanaf januari van dat jaar) waarmee iemand die eind van dat jaar op de wachtlijst komt, binnen de norm van ${norm} maanden een plek krijgt.`;
}

/** The first projected month (index) of January of year index `y`. */
const januaryOf = (input: CapacityInput, y: number) => Math.max(0, 12 * y - (input.firstMonth ?? 0));

/**
 * Does someone joining kind k at the end of year y get a place within the norm, with `extra` places of that kind
 * added from January of year y? `atJanuary` is the projection up to that January (it is copied, not changed).
 */
export function meetsNorm(atJanuary: Projection, input: CapacityInput, y: number, k: number, extra: number, gemeente = 0): boolean {
  const T = atJanuary.groups.length;
  // Each try continues a copy; the copy of the try before is overwritten (a try never outlives the next).
  const p = atJanuary.clone(tries.get(atJanuary));
  tries.set(atJanuary, p);
  if (extra > 0) p.addLocation({ h: gemeente, v: Math.floor(k / T), t: k % T, places: extra, openMonth: p.m, closeMonth: null, wmo: true });
  const endOfYear = 12 * (y + 1) - (input.firstMonth ?? 0);
  p.runTo(endOfYear + Math.ceil(input.waitingTargetMonths) + 1);
  const wait = p.expectedWaitAtYearEnd(y, k);
  return wait !== null && wait !== undefined && wait <= input.waitingTargetMonths + 1e-9;
}

const tries = new WeakMap<Projection, Projection>();

/** Smallest extra places for kind k in year y (exponential then binary search); MAX_EXTRA_PLACES + 1 if not found. */
export function searchPlaces(atJanuary: Projection, input: CapacityInput, y: number, k: number, gemeente: number): number {
  const meets = (x: number) => meetsNorm(atJanuary, input, y, k, x, gemeente);
  if (meets(0)) return 0;
  let lo = 0; // fails
  let hi = 1;
  while (!meets(hi)) {
    lo = hi;
    if (hi > MAX_EXTRA_PLACES) return MAX_EXTRA_PLACES + 1;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Fills placesNeeded in every year of `result` (region, forms, gemeenten, target groups). */
export function addPlacesNeeded(input: CapacityInput, result: CapacityResult): void {
  const groups = result.targetGroups;
  const T = groups.length;
  const K = V * T;
  // One light projection walks through the years; each try starts from a copy of it in January.
  const walk = new Projection(input, false, true);
  result.years.forEach((yr, y) => {
    walk.runTo(januaryOf(input, y));
    const waiting = result.waitingByCell[y];
    const perKind = new Array<number>(K).fill(0);
    const perCell = new Float64Array(G * K);
    const inflow = result.inflowByCell[y];
    for (let k = 0; k < K; k++) {
      const weights = GEMEENTE_CODES.map((_, g) => waiting[g * K + k]);
      // Nobody of this kind joins or waits: the promise is about no one, no places are needed.
      let active = 0;
      for (let g = 0; g < G; g++) active += waiting[g * K + k] + inflow[g * K + k];
      if (active <= 1e-6) continue;
      const most = weights.indexOf(Math.max(...weights));
      perKind[k] = searchPlaces(walk, input, y, k, Math.max(0, most));
      if (perKind[k] === 0) continue;
      const split = weights.some((w) => w > 1e-9) ? largestRemainder(perKind[k], weights) : largestRemainder(perKind[k], weights.map(() => 1));
      split.forEach((n, g) => (perCell[g * K + k] = n));
    }
    yr.placesNeeded = perKind.reduce((a, b) => a + b, 0);
    VARIANT_IDS.forEach((id, v) => (yr.byVariant[id].placesNeeded = perKind.slice(v * T, v * T + T).reduce((a, b) => a + b, 0)));
    groups.forEach((name, t) => (yr.byTargetGroup[name]!.placesNeeded = VARIANT_IDS.reduce((a, _, v) => a + perKind[v * T + t], 0)));
    GEMEENTE_CODES.forEach((code, g) => {
      let n = 0;
      for (let k = 0; k < K; k++) n += perCell[g * K + k];
      yr.byGemeente[code].placesNeeded = n;
    });
  });
}
