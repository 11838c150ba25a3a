/**
 * The arithmetic floor of the capacity projection (model 2.0), for the bench: the least arithmetic that gives the
 * lean projection's yearly figures (what the Monte Carlo keeps) for an input like Basis, written as one flat loop
 * over typed arrays: no objects, no function per step, no checks, no results per cell that nobody reads.
 *
 * What it does each month is what the model must do: exits and Wlz transfers per cell, returning Wlz places,
 * departures from the list, need on its trend and the arrivals that keep it there, the placement with its own
 * gemeente first (free places per gemeente, a share per gemeente, the rest over the region), the first-come,
 * first-served queue per kind, and the cost of care and of waiting. Flows only the region's row reads are summed
 * per variant instead of per cell. At each year's end: the region's sums and the expected wait per kind.
 *
 * It covers only what Basis has (one target group, the need driver, no closing locations or one-off Wlz events,
 * no substitution of forms): `floorApplies` says whether an input is such. `floorDiffers` checks that it gives the
 * same figures as projectLean (the bench and floor.test.ts), so it cannot leave out work the figures need.
 */
import { projectLean } from '../../models/capacity/project';
import { expectedWait } from '../../models/capacity/queue';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { CapacityInput } from '../../models/capacity/types';

const G = 8;
const V = 4;
const K = V; // one target group
const HISTORY = 240;
const EPS = 1e-9;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The region's figures of one year, as the lean projection reports them. */
export interface FloorYear {
  inCare: number;
  inCareElsewhere: number;
  waitingList: number;
  places: number;
  inflow: number;
  placements: number;
  waitingTimeMonths: number | null;
  expectedWaitMonths: number | null;
  departuresUnplaced: number;
  wlzFromList: number;
  outflowIndependent: number;
  outflowOther: number;
  wlzTransfers: number;
  wmoPlacesLostToWlz: number;
  wlzPlacesReturned: number;
  costEuro: number;
  costOfWaitingEuro: number;
  /** Per gemeente: outflow needing a home, Wlz places returned; per variant: outflow needing a home. */
  independentByGemeente: number[];
  returnedByGemeente: number[];
  independentByVariant: number[];
}

export function floorApplies(input: CapacityInput): boolean {
  return (
    (input.targetGroups?.length ?? 1) === 1 &&
    input.driver === 'need' &&
    (input.firstMonth ?? 0) === 0 &&
    input.monthCount === undefined &&
    input.wlzOneOffs.length === 0 &&
    !input.allowOtherVariant &&
    input.locations.every((l) => l.closeMonth === null && l.openMonth <= 0)
  );
}

const buffers = new Map<number, Float64Array>();
/** Slices of a zeroed buffer of `size` numbers. */
function carve(size: number): (n: number) => Float64Array {
  let buffer = buffers.get(size);
  if (!buffer) buffers.set(size, (buffer = new Float64Array(size)));
  buffer.fill(0);
  let used = 0;
  return (n) => buffer.subarray(used, (used += n));
}

/** The arithmetic of one projection, flat. Arrays are per gemeente (of origin or of the place) × variant: g·K + k. */
export function floorProjection(input: CapacityInput): FloorYear[] {
  const months = input.yearCount * 12;
  const Q = HISTORY + months + 1;
  // One buffer, reused by the next projection of the same length (allocating would count against the floor).
  const take = carve(9 * G * K + 2 * G + 4 * K + K * Q + 2 * K * months);
  const inG = take(G * K);
  const wait = take(G * K);
  const need = take(G * K);
  const cap = take(G * K);
  const flipped = take(G * K);
  const occHK = take(G * K);
  const own = take(G * K); // in care in their own gemeente, ÷ ownScale[k]
  const ownScale = take(K).fill(1);
  const returned = take(G * K);
  const independent = take(G * K);
  const free = take(G);
  const rest = take(G);
  // The queues: cohorts by month of joining, per kind (amount × scale people), and what the waits read.
  const amount = take(K * Q);
  const head = new Int32Array(K);
  const end = new Int32Array(K);
  const qScale = take(K).fill(1);
  const qSum = take(K);
  const placedSeries = Array.from({ length: K }, () => take(months));
  const departSeries = Array.from({ length: K }, () => take(months));
  const inflowK = take(K);
  // The year's region flows.
  let placements = 0;
  let waitSum = 0;
  let departures = 0;
  let wlzFromList = 0;
  let other = 0;
  let wlzTransfers = 0;
  let lost = 0;
  let cost = 0;
  let waitingCost = 0;
  const ends: { m: number; ahead: Float64Array; freeK: Float64Array; inflowK: Float64Array; year: FloorYear }[] = [];

  /** Placement of kind k: own gemeente first, the rest over the region's free places. Returns how many. */
  const place = (k: number): number => {
    let W = 0;
    for (let g = 0; g < G; g++) W += wait[g * K + k];
    if (W <= EPS) return 0;
    let F = 0;
    for (let h = 0; h < G; h++) {
      const j = h * K + k;
      const f = Math.max(0, cap[j] - flipped[j] - occHK[j]);
      free[h] = f;
      F += f;
    }
    const P = Math.min(W, F);
    if (P <= EPS) return 0;
    let F2 = 0;
    const perClient = 1 / ownScale[k];
    for (let g = 0; g < G; g++) {
      const i = g * K + k;
      const w = wait[i];
      const pg = (P * w) / W;
      const f = free[g];
      const o = Math.min(pg, f);
      own[i] += o * perClient;
      occHK[i] += o;
      inG[i] += o;
      free[g] = f - o;
      F2 += f - o;
      rest[g] = pg - o;
      wait[i] = Math.max(0, w - pg);
    }
    if (F2 > EPS) {
      let R = 0;
      for (let g = 0; g < G; g++) {
        const r = rest[g];
        if (r <= EPS) continue;
        R += r;
        inG[g * K + k] += r;
      }
      for (let h = 0; h < G; h++) occHK[h * K + k] += (R * free[h]) / F2;
    }
    return P;
  };

  // The starting stock: those in care take places of their form, then the list with its assumed past.
  for (const l of input.locations) if (l.wmo) cap[l.h * K + l.v] += l.places;
  for (let i = 0; i < G * K; i++) wait[i] = input.inCare[i];
  for (let k = 0; k < K; k++) place(k);
  for (let i = 0; i < G * K; i++) wait[i] += input.waiting[i];
  const span = Math.min(HISTORY, Math.max(0, Math.round(2 * (input.historyMeanWaitMonths ?? 0) - 1)));
  for (let k = 0; k < K; k++) {
    let w = 0;
    for (let g = 0; g < G; g++) w += wait[g * K + k];
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
  for (let i = 0; i < G * K; i++) need[i] = inG[i] + wait[i];

  for (let m = 0; m < months; m++) {
    const y = Math.floor(m / 12);
    const month0 = m % 12;
    const a = input.perYear[y];
    const year = input.startYear + y;
    const days = month0 === 1 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : DAYS[month0];
    for (let k = 0; k < K; k++) {
      // Exits and Wlz transfers from care.
      let inV = 0;
      for (let g = 0; g < G; g++) inV += inG[g * K + k];
      if (inV > 0) {
        const exitRate = 1 / a.stayMonths[k];
        const wlzRate = a.wlzRatePerYear[k] / 12;
        const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1;
        const ex = exitRate * scale;
        const wl = wlzRate * scale;
        const kept = Math.max(0, 1 - ex - wl);
        const exShare = ex * a.independentShare[k];
        other += inV * ex * (1 - a.independentShare[k]);
        wlzTransfers += inV * wl;
        const wlFlip = wl * a.flipShare[k];
        for (let g = 0; g < G; g++) {
          const i = g * K + k;
          independent[i] += inG[i] * exShare;
          inG[i] *= kept;
          const flip = occHK[i] * wlFlip;
          flipped[i] += flip;
          lost += flip;
          occHK[i] *= kept;
        }
        ownScale[k] *= kept;
      }
      // Wlz clients in flipped places leave for the wijk.
      const back = a.wlzOutflowPerYear / 12;
      for (let h = 0; h < G; h++) {
        const j = h * K + k;
        const r = flipped[j] * back;
        flipped[j] -= r;
        returned[j] += r;
      }
      // Departures from the list.
      const out = a.listDepartureRatePerYear![k] / 12;
      const toWlz = a.listWlzRatePerYear![k] / 12;
      const d = Math.min(1, out + toWlz);
      departSeries[k][m] = d;
      if (d > 0) {
        let W = 0;
        for (let g = 0; g < G; g++) {
          const i = g * K + k;
          W += wait[i];
          wait[i] *= 1 - d;
        }
        departures += (W * d * out) / (out + toWlz);
        wlzFromList += (W * d * toWlz) / (out + toWlz);
        qScale[k] *= 1 - d;
      }
      // Need on its trend; arrivals keep it there.
      const growth = a.needGrowthPerYear![k] / 12;
      let x = 0;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const n = Math.max(0, need[i] + growth * a.originShare[g]);
        need[i] = n;
        const ar = Math.max(0, n - inG[i] - wait[i]);
        wait[i] += ar;
        x += ar;
      }
      inflowK[k] += x;
      if (x > 0) {
        const qi = k * Q + HISTORY + m;
        amount[qi] += x / qScale[k];
        qSum[k] += x / qScale[k];
        if (qi + 1 > k * Q + end[k]) end[k] = HISTORY + m + 1;
      }
      // Placement, and the waits of the placed (oldest first).
      const P = place(k);
      placedSeries[k][m] = P;
      placements += P;
      let left = P / qScale[k];
      let ws = 0;
      const now = HISTORY + m;
      while (left > 1e-12 && head[k] < end[k] && head[k] <= now) {
        const c = k * Q + head[k];
        const take = Math.min(amount[c], left);
        amount[c] -= take;
        qSum[k] -= take;
        left -= take;
        ws += take * (now - head[k]);
        if (amount[c] <= 1e-12) {
          qSum[k] -= amount[c];
          amount[c] = 0;
          head[k]++;
        }
      }
      if (qSum[k] < 0) qSum[k] = 0;
      waitSum += ws * qScale[k];
      // Cost of care and of waiting.
      let c = 0;
      let w = 0;
      for (let g = 0; g < G; g++) {
        c += inG[g * K + k];
        w += wait[g * K + k];
      }
      cost += c * a.tariffPerDay[k] * days;
      waitingCost += w * (a.waitingCostPerDay ?? 0) * days;
    }
    if (month0 !== 11) continue;
    // The year's end.
    const ahead = new Float64Array(K);
    const freeK = new Float64Array(K);
    let inCare = 0;
    let elsewhere = 0;
    let waitingList = 0;
    let places = 0;
    let returnedAll = 0;
    const independentByGemeente = new Array<number>(G).fill(0);
    const returnedByGemeente = new Array<number>(G).fill(0);
    const independentByVariant = new Array<number>(V).fill(0);
    for (let k = 0; k < K; k++) {
      ahead[k] = qSum[k] * qScale[k];
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        inCare += inG[i];
        elsewhere += Math.max(0, inG[i] - own[i] * ownScale[k]);
        waitingList += wait[i];
        const p = Math.max(0, cap[i] - flipped[i]);
        places += p;
        freeK[k] += Math.max(0, p - occHK[i]);
        returnedAll += returned[i];
        independentByGemeente[g] += independent[i];
        independentByVariant[k] += independent[i];
        returnedByGemeente[g] += returned[i];
      }
    }
    const outflowIndependent = independentByVariant.reduce((s, x) => s + x, 0);
    ends.push({
      m, ahead, freeK, inflowK: inflowK.slice(),
      year: {
        inCare, inCareElsewhere: elsewhere, waitingList, places, inflow: inflowK.reduce((s, x) => s + x, 0), placements,
        waitingTimeMonths: placements > 1e-9 ? waitSum / placements : waitingList < 1e-6 ? 0 : null, expectedWaitMonths: null,
        departuresUnplaced: departures, wlzFromList, outflowIndependent, outflowOther: other, wlzTransfers, wmoPlacesLostToWlz: lost,
        wlzPlacesReturned: returnedAll, costEuro: cost, costOfWaitingEuro: waitingCost, independentByGemeente, returnedByGemeente, independentByVariant,
      },
    });
    inflowK.fill(0);
    independent.fill(0);
    placements = waitSum = departures = wlzFromList = other = wlzTransfers = cost = waitingCost = 0;
  }
  // The expected wait of someone joining at each year's end: per kind, weighted by who joined that year.
  return ends.map((e) => {
    let weight = 0;
    let sum = 0;
    let longest = -Infinity;
    let unknown = false;
    for (let k = 0; k < K; k++) {
      const ew = e.ahead[k] <= 1e-9 && e.freeK[k] > 1e-9 ? 0 : expectedWait(e.ahead[k], e.m, placedSeries[k], departSeries[k], months);
      if (ew !== null) longest = Math.max(longest, ew);
      if (e.inflowK[k] <= 1e-9) continue;
      if (ew === null) unknown = true;
      else {
        weight += e.inflowK[k];
        sum += e.inflowK[k] * ew;
      }
    }
    e.year.expectedWaitMonths = unknown ? null : weight > 1e-9 ? sum / weight : longest > -Infinity ? longest : null;
    return e.year;
  });
}

/** The first figure in which the floor and projectLean differ (relative 1e-9), or null when they agree. */
export function floorDiffers(input: CapacityInput): string | null {
  if (!floorApplies(input)) return 'the arithmetic floor covers only inputs like Basis';
  const floor = floorProjection(input);
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
  for (const [i, y] of projectLean(input).entries()) {
    const f = floor[i];
    const pairs: [string, number | null, number | null][] = [
      ...GEMEENTE_CODES.flatMap((g, j): [string, number, number][] => [
        [`${g} outflowNeedingHome`, y.byGemeente[g].outflowNeedingHome, f.independentByGemeente[j]],
        [`${g} wlzPlacesReturned`, y.byGemeente[g].wlzPlacesReturned, f.returnedByGemeente[j]],
      ]),
      ...VARIANT_IDS.map((v, j): [string, number, number] => [`${v} outflowNeedingHome`, y.byVariant[v].outflowNeedingHome, f.independentByVariant[j]]),
    ];
    for (const key of Object.keys(f) as (keyof FloorYear)[]) {
      const x = f[key];
      if (!Array.isArray(x)) pairs.push([key, y[key as keyof typeof y] as number | null, x]);
    }
    for (const [name, a, b] of pairs) if (!close(a, b)) return `the floor gives another ${name} in ${y.year}: ${b} instead of ${a}`;
  }
  return null;
}
