/**
 * The arithmetic floor of the capacity projection (model 2.0), for the bench: the least arithmetic we found that
 * gives the lean projection's yearly figures (what the Monte Carlo keeps) for an input like Basis. One function,
 * flat: typed arrays in local variables (kind-major, k·G + g), one pass over the gemeenten per step group and kind
 * and month, sums carried from month to month instead of summed again, one division per kind and month instead of
 * one per cell, no objects until the year figures are handed out.
 *
 * What it does each month is what the model must do: exits and Wlz transfers per cell, returning Wlz places,
 * departures from the list, need on its trend and the arrivals that keep it there, the placement with its own
 * gemeente first (free places per gemeente, a share per gemeente, the rest over the region), the first-come,
 * first-served queue per kind, and the cost of care and of waiting. Flows only the region's row reads are summed per
 * variant instead of per cell. At each year's end: the region's sums and the expected wait per kind.
 *
 * It covers only what Basis has (`floorApplies`). `floorDiffers` checks that it gives the same figures as
 * projectLean (the bench and floor.test.ts), so it cannot leave out work the figures need. A review found this
 * form ≈ 1.8× faster than a first, plainer one (a closure for the placement, a pass per step, a division per cell).
 */
import { projectLean } from '../../models/capacity/project';
import { expectedWait } from '../../models/capacity/queue';
import type { CapacityInput, LeanYear } from '../../models/capacity/types';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';

const G = 8;
const K = 4; // the four variants, one target group
const HISTORY = 240;
const EPS = 1e-9;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The region's figures the floor gives per year: the lean projection's (LeanYear) of the same names. */
const REGION = [
  'inCare', 'inCareElsewhere', 'waitingList', 'places', 'inflow', 'placements', 'waitingTimeMonths', 'expectedWaitMonths',
  'departuresUnplaced', 'wlzFromList', 'outflowIndependent', 'outflowOther', 'wlzTransfers', 'wmoPlacesLostToWlz',
  'wlzPlacesReturned', 'costEuro', 'costOfWaitingEuro',
] as const satisfies readonly (keyof LeanYear)[];
const R = REGION.length;
/** Numbers per year in the flat result: the region, per gemeente BW exits needing a home and Wlz places returned, per variant those exits. */
const PER_YEAR = R + 2 * G + K;

export type FloorYear = Record<(typeof REGION)[number], number | null> & {
  independentByGemeente: number[];
  returnedByGemeente: number[];
  independentByVariant: number[];
};

/** Whether the floor computes this input as the model does: Basis-like, and no month in which everyone leaves. */
export function floorApplies(input: CapacityInput): boolean {
  return (
    (input.targetGroups?.length ?? 1) === 1 &&
    input.driver === 'need' &&
    (input.firstMonth ?? 0) === 0 &&
    (input.monthCount ?? input.yearCount * 12) === input.yearCount * 12 &&
    input.wlzOneOffs.length === 0 &&
    !input.allowOtherVariant &&
    input.locations.every((l) => l.closeMonth === null && l.openMonth <= 0) &&
    input.perYear.every(
      (a) =>
        (!a.groupShare || a.groupShare.every((x) => x === 1)) &&
        a.stayMonths.every((s, k) => 1 / s + a.wlzRatePerYear[k] / 12 < 1) &&
        VARIANT_IDS.every((_, k) => ((a.listDepartureRatePerYear?.[k] ?? 0) + (a.listWlzRatePerYear?.[k] ?? 0)) / 12 < 1),
    )
  );
}

/** Buffers by number of months, reused (allocating each time would count against the floor). */
const buffers = new Map<number, Float64Array>();

/** The yearly figures, flat (PER_YEAR numbers a year; expected wait and waiting time NaN where the model has null). */
function floorFlat(input: CapacityInput): Float64Array {
  const years = input.yearCount;
  const months = years * 12;
  const Q = HISTORY + months + 1;
  const cells = G * K;
  const size = 10 * cells + 2 * G + 3 * K + K * Q + 2 * K * months + 3 * K * years + years * PER_YEAR;
  let buffer = buffers.get(months);
  if (!buffer) buffers.set(months, (buffer = new Float64Array(size)));
  buffer.fill(0);
  let used = 0;
  const take = (n: number) => buffer.subarray(used, (used += n));
  const inG = take(cells);
  const wait = take(cells);
  const need = take(cells);
  const cap = take(cells);
  const flipped = take(cells);
  const occHK = take(cells);
  const own = take(cells); // in care in their own gemeente, ÷ ownScale[k]
  const returned = take(cells);
  const independent = take(cells);
  const growth = take(cells); // need's growth per cell and month, this year
  const free = take(G);
  const rest = take(G);
  const ownScale = take(K).fill(1);
  const qScale = take(K).fill(1);
  const qSum = take(K);
  const amount = take(K * Q); // the queues: cohorts by month of joining, amount × qScale people
  const placedSeries = take(K * months);
  const departSeries = take(K * months);
  const yearEnd = take(3 * K * years); // per year and kind: people ahead, free places, the year's inflow
  const out = take(years * PER_YEAR);
  const head = new Int32Array(K);
  const end = new Int32Array(K);
  const careSum = [0, 0, 0, 0]; // per kind: in care and waiting at the end of the month before
  const waitSum = [0, 0, 0, 0];
  const inflowK = [0, 0, 0, 0];

  // The starting stock: those in care take places of their form, then the list with its assumed past.
  for (const l of input.locations) if (l.wmo) cap[l.v * G + l.h] += l.places;
  for (let g = 0; g < G; g++) for (let k = 0; k < K; k++) wait[k * G + g] = input.inCare[g * K + k];
  for (let k = 0; k < K; k++) {
    const b = k * G;
    let W = 0;
    let F = 0;
    for (let g = 0; g < G; g++) {
      W += wait[b + g];
      free[g] = Math.max(0, cap[b + g]);
      F += free[g];
    }
    const P = Math.min(W, F);
    if (W > EPS && P > EPS) placeShare(b, P / W, inG, wait, occHK, own, free, rest, 1);
  }
  for (let g = 0; g < G; g++) for (let k = 0; k < K; k++) wait[k * G + g] += input.waiting[g * K + k];
  const span = Math.min(HISTORY, Math.max(0, Math.round(2 * (input.historyMeanWaitMonths ?? 0) - 1)));
  for (let k = 0; k < K; k++) {
    let w = 0;
    let c = 0;
    for (let g = 0; g < G; g++) {
      const i = k * G + g;
      w += wait[i];
      c += inG[i];
      need[i] = inG[i] + wait[i];
    }
    careSum[k] = c;
    waitSum[k] = w;
    head[k] = end[k] = HISTORY;
    if (w <= 0) continue;
    if (span === 0) {
      amount[k * Q + HISTORY] = w;
      end[k] = HISTORY + 1;
    } else {
      for (let j = 1; j <= span; j++) amount[k * Q + HISTORY - j] += w / span;
      head[k] = HISTORY - span;
    }
    qSum[k] = w;
  }

  let placements = 0;
  let waitedSum = 0;
  let departures = 0;
  let wlzFromList = 0;
  let other = 0;
  let wlzTransfers = 0;
  let lost = 0;
  let cost = 0;
  let waitingCost = 0;
  for (let y = 0; y < years; y++) {
    const a = input.perYear[y];
    const year = input.startYear + y;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const back = a.wlzOutflowPerYear / 12;
    const waitingPerDay = a.waitingCostPerDay ?? 0;
    for (let k = 0; k < K; k++) {
      const perMonth = a.needGrowthPerYear![k] / 12;
      for (let g = 0; g < G; g++) growth[k * G + g] = perMonth * a.originShare[g];
    }
    for (let month0 = 0; month0 < 12; month0++) {
      const m = y * 12 + month0;
      const days = month0 === 1 && leap ? 29 : DAYS[month0];
      for (let k = 0; k < K; k++) {
        const b = k * G;
        // Exits and Wlz transfers from care, returning Wlz places, the free places: one pass.
        const inV = careSum[k];
        let ex = 0;
        let wl = 0;
        let kept = 1;
        if (inV > 0) {
          const exitRate = 1 / a.stayMonths[k];
          const wlzRate = a.wlzRatePerYear[k] / 12;
          const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1;
          ex = exitRate * scale;
          wl = wlzRate * scale;
          kept = Math.max(0, 1 - ex - wl);
          other += inV * ex * (1 - a.independentShare[k]);
          wlzTransfers += inV * wl;
          ownScale[k] *= kept;
        }
        const exShare = ex * a.independentShare[k];
        const wlFlip = wl * a.flipShare[k];
        let F = 0;
        let care = 0;
        for (let g = 0; g < G; g++) {
          const i = b + g;
          independent[i] += inG[i] * exShare;
          const c = inG[i] * kept;
          inG[i] = c;
          care += c;
          const o = occHK[i];
          const flip = o * wlFlip;
          lost += flip;
          let f = flipped[i] + flip;
          const r = f * back;
          f -= r;
          flipped[i] = f;
          returned[i] += r;
          occHK[i] = o * kept;
          free[g] = Math.max(0, cap[i] - f - o * kept);
          F += free[g];
        }
        // Departures from the list, need on its trend, the arrivals that keep it there: one pass.
        const out1 = a.listDepartureRatePerYear![k] / 12;
        const toWlz = a.listWlzRatePerYear![k] / 12;
        const d = Math.min(1, out1 + toWlz);
        departSeries[k * months + m] = d;
        if (d > 0) {
          departures += (waitSum[k] * d * out1) / (out1 + toWlz);
          wlzFromList += (waitSum[k] * d * toWlz) / (out1 + toWlz);
          qScale[k] *= 1 - d;
        }
        const keep = 1 - d;
        let x = 0;
        let W = 0;
        for (let g = 0; g < G; g++) {
          const i = b + g;
          const w = wait[i] * keep;
          const n = Math.max(0, need[i] + growth[i]);
          need[i] = n;
          const ar = Math.max(0, n - inG[i] - w);
          wait[i] = w + ar;
          W += w + ar;
          x += ar;
        }
        inflowK[k] += x;
        const qs = qScale[k];
        if (x > 0) {
          amount[k * Q + HISTORY + m] += x / qs;
          qSum[k] += x / qs;
          if (HISTORY + m + 1 > end[k]) end[k] = HISTORY + m + 1;
        }
        // Placement: own gemeente first, the rest over the region.
        let P = 0;
        if (W > EPS) {
          P = Math.min(W, F);
          if (P > EPS) {
            care += placeShare(b, P / W, inG, wait, occHK, own, free, rest, 1 / ownScale[k]);
            W -= P;
          } else P = 0;
        }
        placedSeries[k * months + m] = P;
        placements += P;
        // The queue: the placed are the oldest.
        let left = P / qs;
        let waited = 0;
        let h = head[k];
        const now = HISTORY + m;
        let sum = qSum[k];
        while (left > 1e-12 && h < end[k] && h <= now) {
          const c = k * Q + h;
          const take1 = Math.min(amount[c], left);
          const remaining = amount[c] - take1;
          sum -= take1;
          left -= take1;
          waited += take1 * (now - h);
          if (remaining <= 1e-12) {
            sum -= remaining;
            amount[c] = 0;
            h++;
          } else amount[c] = remaining;
        }
        head[k] = h;
        qSum[k] = sum < 0 ? 0 : sum;
        waitedSum += waited * qs;
        cost += care * a.tariffPerDay[k] * days;
        waitingCost += W * waitingPerDay * days;
        careSum[k] = care;
        waitSum[k] = W;
      }
    }
    // The year's end.
    const o = y * PER_YEAR;
    let inCare = 0;
    let elsewhere = 0;
    let waitingList = 0;
    let places = 0;
    let returnedAll = 0;
    let independentAll = 0;
    let inflow = 0;
    for (let k = 0; k < K; k++) {
      let freeK = 0;
      let independentK = 0;
      for (let g = 0; g < G; g++) {
        const i = k * G + g;
        inCare += inG[i];
        elsewhere += Math.max(0, inG[i] - own[i] * ownScale[k]);
        waitingList += wait[i];
        const p = Math.max(0, cap[i] - flipped[i]);
        places += p;
        freeK += Math.max(0, p - occHK[i]);
        returnedAll += returned[i];
        out[o + R + G + g] += returned[i];
        independentK += independent[i];
        out[o + R + g] += independent[i];
      }
      out[o + R + 2 * G + k] = independentK;
      independentAll += independentK;
      yearEnd[y * 3 * K + k] = qSum[k] * qScale[k];
      yearEnd[y * 3 * K + K + k] = freeK;
      yearEnd[y * 3 * K + 2 * K + k] = inflowK[k];
      inflow += inflowK[k];
      inflowK[k] = 0;
    }
    const region = [inCare, elsewhere, waitingList, places, inflow, placements, placements > 1e-9 ? waitedSum / placements : waitingList < 1e-6 ? 0 : NaN, NaN,
      departures, wlzFromList, independentAll, other, wlzTransfers, lost, returnedAll, cost, waitingCost];
    for (let j = 0; j < R; j++) out[o + j] = region[j];
    independent.fill(0);
    placements = waitedSum = departures = wlzFromList = other = wlzTransfers = cost = waitingCost = 0;
  }
  // The expected wait of someone joining at each year's end (the model's own expectedWait), weighted by who joined.
  const placedOf = Array.from({ length: K }, (_, k) => placedSeries.subarray(k * months, (k + 1) * months));
  const departOf = Array.from({ length: K }, (_, k) => departSeries.subarray(k * months, (k + 1) * months));
  for (let y = 0; y < years; y++) {
    const e = y * 3 * K;
    let weight = 0;
    let sum = 0;
    let longest = -Infinity;
    let unknown = false;
    for (let k = 0; k < K; k++) {
      const ahead = yearEnd[e + k];
      const ew = ahead <= 1e-9 && yearEnd[e + K + k] > 1e-9 ? 0 : expectedWait(ahead, y * 12 + 11, placedOf[k], departOf[k], months);
      if (ew !== null) longest = Math.max(longest, ew);
      const joined = yearEnd[e + 2 * K + k];
      if (joined <= 1e-9) continue;
      if (ew === null) unknown = true;
      else {
        weight += joined;
        sum += joined * ew;
      }
    }
    out[y * PER_YEAR + 7] = unknown ? NaN : weight > 1e-9 ? sum / weight : longest > -Infinity ? longest : NaN;
  }
  return out;
}

/**
 * Placement of a share `PW` of everyone waiting in kind b/G: own gemeente first (its free places), the rest over
 * the region's places still free. `perClient`: what one placed client adds to `own`. Returns how many were placed.
 */
function placeShare(
  b: number, PW: number, inG: Float64Array, wait: Float64Array, occHK: Float64Array, own: Float64Array, free: Float64Array, rest: Float64Array, perClient: number,
): number {
  let F2 = 0;
  let placed = 0;
  for (let g = 0; g < G; g++) {
    const i = b + g;
    const w = wait[i];
    const pg = PW * w;
    const f = free[g];
    const o = Math.min(pg, f);
    own[i] += o * perClient;
    occHK[i] += o;
    inG[i] += o;
    placed += o;
    free[g] = f - o;
    F2 += f - o;
    rest[g] = pg - o;
    wait[i] = Math.max(0, w - pg);
  }
  if (F2 > EPS) {
    let restAll = 0;
    for (let g = 0; g < G; g++) {
      const r = rest[g];
      if (r <= EPS) continue;
      restAll += r;
      inG[b + g] += r;
    }
    placed += restAll;
    const perFree = restAll / F2;
    for (let h = 0; h < G; h++) occHK[b + h] += perFree * free[h];
  }
  return placed;
}

/** The floor's figures per year, as objects (the check reads them; the bench times this). */
export function floorProjection(input: CapacityInput): FloorYear[] {
  const flat = floorFlat(input);
  const numberOrNull = (x: number) => (x !== x ? null : x);
  const years: FloorYear[] = [];
  for (let y = 0; y < input.yearCount; y++) {
    const o = y * PER_YEAR;
    const part = (from: number, n: number) => {
      const xs = new Array<number>(n);
      for (let j = 0; j < n; j++) xs[j] = flat[o + from + j];
      return xs;
    };
    years.push({
      inCare: flat[o], inCareElsewhere: flat[o + 1], waitingList: flat[o + 2], places: flat[o + 3], inflow: flat[o + 4], placements: flat[o + 5],
      waitingTimeMonths: numberOrNull(flat[o + 6]), expectedWaitMonths: numberOrNull(flat[o + 7]), departuresUnplaced: flat[o + 8], wlzFromList: flat[o + 9],
      outflowIndependent: flat[o + 10], outflowOther: flat[o + 11], wlzTransfers: flat[o + 12], wmoPlacesLostToWlz: flat[o + 13], wlzPlacesReturned: flat[o + 14],
      costEuro: flat[o + 15], costOfWaitingEuro: flat[o + 16],
      independentByGemeente: part(R, G), returnedByGemeente: part(R + G, G), independentByVariant: part(R + 2 * G, K),
    });
  }
  return years;
}

/** The first figure in which the floor and projectLean differ (relative 1e-9), or null when they agree. */
export function floorDiffers(input: CapacityInput): string | null {
  if (!floorApplies(input)) return 'the arithmetic floor covers only inputs like Basis';
  const floor = floorProjection(input);
  const lean = projectLean(input);
  if (floor.length !== lean.length) return `the floor gives ${floor.length} years instead of ${lean.length}`;
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
  for (const [i, y] of lean.entries()) {
    const f = floor[i];
    const pairs: [string, number | null, number | null][] = [
      ...REGION.map((key): [string, number | null, number | null] => [key, y[key], f[key]]),
      ...GEMEENTE_CODES.flatMap((g, j): [string, number, number][] => [
        [`${g} outflowNeedingHome`, y.byGemeente[g].outflowNeedingHome, f.independentByGemeente[j]],
        [`${g} wlzPlacesReturned`, y.byGemeente[g].wlzPlacesReturned, f.returnedByGemeente[j]],
      ]),
      ...VARIANT_IDS.map((v, j): [string, number, number] => [`${v} outflowNeedingHome`, y.byVariant[v].outflowNeedingHome, f.independentByVariant[j]]),
    ];
    for (const [name, a, b] of pairs) if (!close(a, b)) return `the floor gives another ${name} in ${y.year}: ${b} instead of ${a}`;
  }
  return null;
}
