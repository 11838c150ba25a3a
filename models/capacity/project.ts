/**
 * The BW capacity model (2.0): a monthly stock-and-flow projection per gemeente of origin (g), gemeente of the
 * place (h) and kind k (a variant with a target group). Clients in care sit in occ[h][g][k]; the waiting list
 * in wait[g][k], and per kind in a first-come-first-served cohort queue for the waiting times.
 *
 * Each month, in this order (one function each, below):
 *   1. locations open and close; clients whose place disappears go back to the list;
 *   2. exits from care (exponential stay: no outflow cliff) and Wmo→Wlz transfers (places may flip to the Wlz);
 *   3. Wlz clients in flipped places leave for the wijk: those places return to the Wmo;
 *   4. people leave the waiting list without a place (uitval) or to the Wlz;
 *   5. arrivals: under the need driver exactly what keeps need (in care + waiting) on its trend; under the
 *      inflow driver the given new indications;
 *   6. placement: free places are shared over everyone waiting (regional access, own gemeente first), own kind
 *      first, then a general place (if allowed) and another form (if allowed);
 *   7. cost of care and of bridging care for those waiting.
 */
import { GEMEENTE_CODES, MONTH_NAMES, VARIANT_IDS } from '../../shared/domain';
import type { TargetGroup } from '../../shared/locations';
import { MODEL_VERSION } from '../version';
import { CohortQueue, expectedWait } from './queue';
import { fillExpectedWaits, monthResult, yearResult, type Flows } from './results';
import type { CapacityInput, CapacityResult, ModelLocation, MonthResult, YearAssumptions, YearResult } from './types';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;
const EPS = 1e-9;
/** Months of assumed history the December list may have. */
const HISTORY_MONTHS = 240;
// Variant substitution order when allowed: modulair forms among themselves first, all-inclusive last.
const SUBSTITUTES = [[1, 2, 3], [2, 3, 0], [1, 3, 0], [1, 2, 0]];

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month0: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month0 === 1 && leap ? 29 : DAYS[month0];
}

/** Everything the monthly steps read and change. */
export interface ModelState {
  T: number;
  K: number;
  occ: Float64Array; // (h*G+g)*K+k
  wait: Float64Array; // g*K+k
  need: Float64Array; // g*K+k: need on its trend (need driver)
  cap: Float64Array; // open Wmo places (h,k)
  flipped: Float64Array; // Wmo places now Wlz-financed (h,k)
  lostCum: Float64Array;
  returnedCum: Float64Array;
  inG: Float64Array; // in care per origin and kind, kept in step with occ
  occHK: Float64Array; // in care per place gemeente and kind, kept in step with occ
  queues: CohortQueue[]; // per kind
  free: Float64Array;
  rest: Float64Array;
}

const newFlows = (n: number): Flows => ({
  inflow: new Float64Array(n), placements: new Float64Array(n), independent: new Float64Array(n), other: new Float64Array(n),
  wlz: new Float64Array(n), displaced: new Float64Array(n), cost: new Float64Array(n), departures: new Float64Array(n),
  wlzFromList: new Float64Array(n), waitingCost: new Float64Array(n), waitSum: new Float64Array(n),
});

/** `months: false` skips the monthly results (the Monte Carlo needs only the years). */
export function projectCapacity(input: CapacityInput, options: { months?: boolean } = {}): CapacityResult {
  const p = new Projection(input, options.months ?? true);
  p.runTo(p.monthCount);
  return p.result();
}

/**
 * One projection, month by month. It can be copied half-way (clone) and continued with an extra location: the
 * search for the places needed starts each try in January of the year instead of at the start.
 */
export class Projection {
  readonly monthCount: number;
  readonly groups: TargetGroup[];
  /** Next month to project. */
  m = 0;
  private s: ModelState;
  private locations: ModelLocation[];
  private changesAt: Set<number>;
  private readonly wlzCap: Float64Array;
  private readonly notes: string[] = [];
  private readonly start: CapacityResult['start'];
  private years: YearResult[] = [];
  private months: MonthResult[] = [];
  private flows: Flows;
  private monthsInYear = 0;
  private placedSeries: Float64Array[];
  private departSeries: Float64Array[];
  private yearEnds: { m: number; ahead: Float64Array; free: Float64Array; inflow: Float64Array; waiting: Float64Array }[] = [];
  // Scratch arrays, reused every month.
  private readonly placedMonth: Float64Array;
  private readonly placedPerKind: Float64Array;
  private readonly departFraction: Float64Array;
  private readonly wlzEventPerMonth = new Float64Array(V);
  private readonly oneOffOut: Float64Array;
  private readonly arrivals: Float64Array;

  constructor(
    private readonly input: CapacityInput,
    private readonly keepMonths = true,
    /** Only the year ends the search needs: no year or month results. */
    private readonly light = false,
  ) {
    const { yearCount } = input;
    if (yearCount < 1 || input.perYear.length !== yearCount) throw new RangeError('perYear must have one entry per year');
    this.groups = input.targetGroups?.length ? input.targetGroups : ['algemeen'];
    const T = this.groups.length;
    const K = V * T;
    const firstMonth = input.firstMonth ?? 0;
    this.monthCount = Math.min(input.monthCount ?? yearCount * 12 - firstMonth, yearCount * 12 - firstMonth);
    if (this.monthCount < 1) throw new RangeError('the horizon must have at least one month');
    const s: ModelState = {
      T, K,
      occ: new Float64Array(G * G * K), wait: new Float64Array(G * K), need: new Float64Array(G * K),
      cap: new Float64Array(G * K), flipped: new Float64Array(G * K), lostCum: new Float64Array(G * K), returnedCum: new Float64Array(G * K),
      inG: new Float64Array(G * K), occHK: new Float64Array(G * K),
      queues: Array.from({ length: K }, () => new CohortQueue(yearCount * 12, HISTORY_MONTHS)),
      free: new Float64Array(G), rest: new Float64Array(G),
    };
    this.s = s;
    this.locations = [...input.locations];
    this.changesAt = new Set<number>();
    for (const l of this.locations) this.noteChanges(l);
    this.wlzCap = new Float64Array(G * K);
    this.flows = newFlows(G * K);
    this.placedSeries = Array.from({ length: K }, () => new Float64Array(this.monthCount));
    this.departSeries = Array.from({ length: K }, () => new Float64Array(this.monthCount));
    this.placedMonth = new Float64Array(G * K);
    this.placedPerKind = new Float64Array(K);
    this.departFraction = new Float64Array(K);
    this.oneOffOut = new Float64Array(G * K);
    this.arrivals = new Float64Array(G * K);

    // The starting stock. In care: each client of a form takes a place of that form (target group of the
    // place, own gemeente first); waiting: split over the target groups by the first year's shares.
    this.capacityAt(0);
    const share0 = input.perYear[0].groupShare;
    for (let g = 0; g < G; g++) {
      for (let v = 0; v < V; v++) {
        let capV = 0;
        for (let t = 0; t < T; t++) for (let h = 0; h < G; h++) capV += s.cap[h * K + v * T + t];
        for (let t = 0; t < T; t++) {
          let capT = 0;
          for (let h = 0; h < G; h++) capT += s.cap[h * K + v * T + t];
          const careShare = capV > 0 ? capT / capV : t === 0 ? 1 : 0;
          s.wait[g * K + v * T + t] += input.inCare[g * V + v] * careShare;
        }
      }
    }
    for (let k = 0; k < K; k++) place(s, k, k, null);
    const stillWaiting = sum(s.wait);
    if (stillWaiting > 0.5) {
      this.notes.push(
        `${Math.round(stillWaiting)} cliënten die ${countMonthLabel(input)} in zorg waren, passen niet in de plekken van de locaties; het model zet ze op de wachtlijst. Controleer de locaties.`,
      );
    }
    for (let g = 0; g < G; g++) {
      for (let v = 0; v < V; v++) {
        for (let t = 0; t < T; t++) s.wait[g * K + v * T + t] += input.waiting[g * V + v] * (share0 ? share0[v * T + t] : t === 0 ? 1 : 0);
      }
    }
    for (let k = 0; k < K; k++) {
      let w = 0;
      for (let g = 0; g < G; g++) w += s.wait[g * K + k];
      s.queues[k].seed(w, input.historyMeanWaitMonths ?? 0);
    }
    for (let i = 0; i < G * K; i++) s.need[i] = s.inG[i] + s.wait[i];
    this.start = { demand: sum(input.inCare) + sum(input.waiting), inCare: sum(s.occ), waitingList: sum(s.wait), places: sumCapacity(s.cap, s.flipped) };
  }

  private noteChanges(l: ModelLocation): void {
    this.changesAt.add(l.openMonth);
    if (l.closeMonth !== null) this.changesAt.add(l.closeMonth);
  }

  private kindOf(l: ModelLocation): number {
    const T = this.s.T;
    return l.v * T + Math.min(T - 1, Math.max(0, l.t ?? 0));
  }

  private capacityAt(m: number): void {
    const { s, wlzCap } = this;
    s.cap.fill(0);
    wlzCap.fill(0);
    for (const l of this.locations) {
      if (l.openMonth <= m && (l.closeMonth === null || m < l.closeMonth)) (l.wmo ? s.cap : wlzCap)[l.h * s.K + this.kindOf(l)] += l.places;
    }
    for (let i = 0; i < s.cap.length; i++) if (s.flipped[i] > s.cap[i]) s.flipped[i] = s.cap[i];
  }

  /** A location added from month `this.m` on (for the search of the places needed). */
  addLocation(l: ModelLocation): void {
    this.locations.push(l);
    this.noteChanges(l);
    this.changesAt.add(this.m);
  }

  /** An independent copy that can be continued on its own. */
  clone(): Projection {
    const c = Object.create(Projection.prototype) as Projection;
    Object.assign(c, this);
    const s = this.s;
    c.s = {
      ...s,
      occ: s.occ.slice(), wait: s.wait.slice(), need: s.need.slice(), cap: s.cap.slice(), flipped: s.flipped.slice(),
      lostCum: s.lostCum.slice(), returnedCum: s.returnedCum.slice(), inG: s.inG.slice(), occHK: s.occHK.slice(),
      queues: s.queues.map((q) => q.clone()), free: s.free.slice(), rest: s.rest.slice(),
    };
    c.locations = [...this.locations];
    c.changesAt = new Set(this.changesAt);
    c.years = [...this.years];
    c.months = [...this.months];
    c.flows = Object.fromEntries(Object.entries(this.flows).map(([k, a]) => [k, a.slice()])) as unknown as Flows;
    c.placedSeries = this.placedSeries.map((a) => a.slice());
    c.departSeries = this.departSeries.map((a) => a.slice());
    c.yearEnds = [...this.yearEnds];
    return c;
  }

  runTo(endMonth: number): this {
    while (this.m < Math.min(endMonth, this.monthCount)) this.step();
    return this;
  }

  /** The expected wait of someone joining kind k at the end of the year-end number `yearEnd` (as far as projected). */
  expectedWaitAtYearEnd(yearEnd: number, k: number): number | null | undefined {
    const e = this.yearEnds[yearEnd];
    if (!e) return undefined;
    return e.ahead[k] <= 1e-9 && e.free[k] > 1e-9 ? 0 : expectedWait(e.ahead[k], e.m, this.placedSeries[k], this.departSeries[k], this.m);
  }

  private step(): void {
    const { s, input, flows } = this;
    const { K } = s;
    const m = this.m;
    const cal = (input.firstMonth ?? 0) + m;
    const y = Math.floor(cal / 12);
    const month0 = cal % 12;
    const a = input.perYear[y];
    if (month0 === 0 || m === 0) {
      for (const arr of Object.values(flows)) arr.fill(0);
      this.monthsInYear = 0;
    }
    this.monthsInYear++;
    const { placedMonth, placedPerKind, departFraction, oneOffOut, arrivals } = this;
    placedMonth.fill(0);
    placedPerKind.fill(0);

    if (this.changesAt.has(m)) this.capacityAt(m); // places only change in months a location opens or closes
    const displacedMonth = displace(s, flows.displaced, m);
    oneOffOut.fill(0);
    oneOffsOfYear(input, y, s, this.wlzEventPerMonth);
    const { exits, wlz } = careExits(s, a, this.wlzEventPerMonth, flows, oneOffOut);
    wlzReturns(s, a);
    const listDepartures = leaveList(s, a, flows, departFraction);
    if ((input.driver ?? 'inflow') === 'need') {
      needTrend(s, a, oneOffOut);
      for (let i = 0; i < G * K; i++) arrivals[i] = Math.max(0, s.need[i] - s.inG[i] - s.wait[i]);
    } else {
      inflowArrivals(s, a, arrivals);
    }
    let inflowMonth = 0;
    for (let k = 0; k < K; k++) {
      let x = 0;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        s.wait[i] += arrivals[i];
        flows.inflow[i] += arrivals[i];
        x += arrivals[i];
      }
      s.queues[k].arrive(m, x);
      inflowMonth += x;
    }
    placeAll(s, input, placedMonth);
    for (let k = 0; k < K; k++) {
      for (let g = 0; g < G; g++) placedPerKind[k] += placedMonth[g * K + k];
      const waitSum = s.queues[k].place(m, placedPerKind[k]);
      // The wait of the placed is shared over their gemeenten in proportion to how many each had placed.
      if (placedPerKind[k] > EPS) for (let g = 0; g < G; g++) flows.waitSum[g * K + k] += (waitSum * placedMonth[g * K + k]) / placedPerKind[k];
      this.placedSeries[k][m] = placedPerKind[k];
      this.departSeries[k][m] = departFraction[k];
    }
    for (let i = 0; i < G * K; i++) flows.placements[i] += placedMonth[i];

    if (!this.light) {
      const days = daysInMonth(input.startYear + y, month0);
      const T = s.T;
      for (let g = 0; g < G; g++) {
        for (let v = 0; v < V; v++) {
          for (let t = 0; t < T; t++) {
            const i = g * K + v * T + t;
            flows.cost[i] += s.inG[i] * a.tariffPerDay[v] * days;
            flows.waitingCost[i] += s.wait[i] * (a.waitingCostPerDay ?? 0) * days;
          }
        }
      }
      if (this.keepMonths) this.months.push(monthResult(s, input.startYear + y, month0, placedMonth, inflowMonth, exits, wlz, displacedMonth, listDepartures));
    }
    if (month0 === 11 || m === this.monthCount - 1) {
      if (!this.light) this.years.push(yearResult(s, this.groups, input.startYear + y, this.monthsInYear, flows));
      this.yearEnds.push({ m, ahead: Float64Array.from(s.queues, (q) => q.total()), free: freePerKind(s), inflow: flows.inflow.slice(), waiting: s.wait.slice() });
    }
    this.m++;
  }

  result(): CapacityResult {
    const { input, s } = this;
    // Expected waits need the placements after each year's end: worked out once the whole projection is known.
    const expectedWaitByKind = this.years.map((yr, i) => {
      const { m, ahead, free, inflow } = this.yearEnds[i];
      // Nobody ahead and a place free: placed at once. Otherwise first come, first served.
      const perKind = Array.from({ length: s.K }, (_, k) =>
        ahead[k] <= 1e-9 && free[k] > 1e-9 ? 0 : expectedWait(ahead[k], m, this.placedSeries[k], this.departSeries[k], this.monthCount),
      );
      fillExpectedWaits(yr, this.groups, perKind, inflow);
      return perKind;
    });
    return {
      modelVersion: MODEL_VERSION,
      driver: input.driver ?? 'inflow',
      targetGroups: this.groups,
      startYear: input.startYear,
      endYear: input.startYear + input.yearCount - 1,
      start: this.start,
      years: this.years,
      months: this.months,
      expectedWaitByKind,
      waitingByCell: this.yearEnds.map((e) => e.waiting),
      inflowByCell: this.yearEnds.map((e) => e.inflow),
      notes: this.notes,
    };
  }
}

/**
 * Places waiting clients of kind `from` in free places of kind `to`; returns the number placed.
 * Access is regional: the free places are shared over everyone waiting in proportion to how many wait per
 * gemeente (everyone waits equally long). Where they are placed prefers the client's own gemeente, then the
 * region in proportion to the places still free.
 */
export function place(s: ModelState, from: number, to: number, placed: Float64Array | null): number {
  const { K, wait, free, rest, occ, occHK, inG } = s;
  let W = 0;
  let F = 0;
  for (let g = 0; g < G; g++) W += wait[g * K + from];
  if (W <= EPS) return 0;
  for (let h = 0; h < G; h++) {
    free[h] = Math.max(0, s.cap[h * K + to] - s.flipped[h * K + to] - occHK[h * K + to]);
    F += free[h];
  }
  const P = Math.min(W, F);
  if (P <= EPS) return 0;
  for (let g = 0; g < G; g++) {
    const pg = (P * wait[g * K + from]) / W;
    const own = Math.min(pg, free[g]);
    occ[(g * G + g) * K + to] += own;
    occHK[g * K + to] += own;
    inG[g * K + to] += own;
    free[g] -= own;
    rest[g] = pg - own;
    wait[g * K + from] = Math.max(0, wait[g * K + from] - pg);
    if (placed) placed[g * K + from] += pg;
    if (from !== to) {
      // A client placed in a place of another kind is of that kind from now on; their need moves with them.
      s.need[g * K + from] = Math.max(0, s.need[g * K + from] - pg);
      s.need[g * K + to] += pg;
    }
  }
  let F2 = 0;
  for (let h = 0; h < G; h++) F2 += free[h];
  if (F2 > EPS) {
    for (let g = 0; g < G; g++) {
      if (rest[g] <= EPS) continue;
      for (let h = 0; h < G; h++) {
        if (free[h] <= 0) continue;
        const x = (rest[g] * free[h]) / F2;
        occ[(h * G + g) * K + to] += x;
        occHK[h * K + to] += x;
        inG[g * K + to] += x;
      }
    }
  }
  return P;
}

/** Step 6: own kind first; then a general place of the same form (if allowed); then another form (if allowed). */
function placeAll(s: ModelState, input: CapacityInput, placed: Float64Array): void {
  const { T, K } = s;
  for (let k = 0; k < K; k++) place(s, k, k, placed);
  const general = input.groupMayUseGeneral ?? false;
  if (general) for (let v = 0; v < V; v++) for (let t = 1; t < T; t++) place(s, v * T + t, v * T, placed);
  if (input.allowOtherVariant) {
    for (let v = 0; v < V; v++) {
      for (const u of SUBSTITUTES[v]) {
        for (let t = 0; t < T; t++) {
          place(s, v * T + t, u * T + t, placed);
          if (general && t > 0) place(s, v * T + t, u * T, placed);
        }
      }
    }
  }
}

/** Step 1: where a location closed (or a place flipped), its clients go back to the waiting list. */
function displace(s: ModelState, displacedFlow: Float64Array, m: number): number {
  const { K, occ, occHK, inG, wait } = s;
  let total = 0;
  for (let h = 0; h < G; h++) {
    for (let k = 0; k < K; k++) {
      const avail = s.cap[h * K + k] - s.flipped[h * K + k];
      const o = occHK[h * K + k];
      if (o <= avail + EPS) continue;
      const excess = o - avail;
      let removed = 0;
      for (let g = 0; g < G; g++) {
        const i = (h * G + g) * K + k;
        const x = Math.min(occ[i], (occ[i] * excess) / o);
        occ[i] -= x;
        removed += x;
        inG[g * K + k] -= x;
        wait[g * K + k] += x;
        displacedFlow[g * K + k] += x;
        s.queues[k].arrive(m, x);
        total += x;
      }
      occHK[h * K + k] = o - removed;
    }
  }
  return total;
}

/** One-off Wlz events of the year, spread over its 12 months, per variant (or by clients in care). */
function oneOffsOfYear(input: CapacityInput, y: number, s: ModelState, perMonth: Float64Array): void {
  perMonth.fill(0);
  for (const e of input.wlzOneOffs) {
    if (e.yearIndex !== y) continue;
    const x = e.clients / 12;
    if (e.v !== null) perMonth[e.v] += x;
    else {
      const total = sum(s.inG);
      if (total > 0) for (let v = 0; v < V; v++) perMonth[v] += (x * inCareOfVariant(s, v)) / total;
    }
  }
}

/**
 * Step 2: exits and Wmo→Wlz transfers. The hazards are the same for every client of a variant, so a month
 * scales every cell of that variant by one factor; flows follow from the sums per origin (g) and place (h).
 */
function careExits(s: ModelState, a: YearAssumptions, wlzEventPerMonth: Float64Array, f: Flows, oneOffOut: Float64Array): { exits: number; wlz: number } {
  const { T, K, inG, occ, occHK } = s;
  let exits = 0;
  let wlzTotal = 0;
  for (let v = 0; v < V; v++) {
    const inV = inCareOfVariant(s, v);
    if (inV <= 0) continue;
    const exitRate = 1 / a.stayMonths[v];
    const oneOff = Math.min(1, wlzEventPerMonth[v] / inV);
    const wlzRate = a.wlzRatePerYear[v] / 12 + oneOff;
    const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1; // never more leave than there are
    const ex = exitRate * scale;
    const wl = wlzRate * scale;
    const keep = Math.max(0, 1 - ex - wl);
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const o = inG[i];
        f.independent[i] += o * ex * a.independentShare[v];
        f.other[i] += o * ex * (1 - a.independentShare[v]);
        f.wlz[i] += o * wl;
        oneOffOut[i] += o * oneOff * scale;
        exits += o * ex;
        wlzTotal += o * wl;
        inG[i] = o * keep;
      }
      for (let h = 0; h < G; h++) {
        const flip = occHK[h * K + k] * wl * a.flipShare[v];
        s.flipped[h * K + k] += flip;
        s.lostCum[h * K + k] += flip;
        occHK[h * K + k] *= keep;
        for (let g = 0; g < G; g++) occ[(h * G + g) * K + k] *= keep;
      }
    }
  }
  return { exits, wlz: wlzTotal };
}

/** Step 3: Wlz clients in flipped places move to the wijk (VPT/MPT): those places return to the Wmo. */
function wlzReturns(s: ModelState, a: YearAssumptions): void {
  for (let i = 0; i < s.flipped.length; i++) {
    const r = (s.flipped[i] * a.wlzOutflowPerYear) / 12;
    s.flipped[i] -= r;
    s.returnedCum[i] += r;
  }
}

/** Step 4: departures from the waiting list, without a place (uitval) or to the Wlz; returns how many left. */
function leaveList(s: ModelState, a: YearAssumptions, f: Flows, departFraction: Float64Array): number {
  const { T, K, wait } = s;
  let total = 0;
  for (let v = 0; v < V; v++) {
    const out = (a.listDepartureRatePerYear?.[v] ?? 0) / 12;
    const wlz = (a.listWlzRatePerYear?.[v] ?? 0) / 12;
    const d = Math.min(1, out + wlz);
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      departFraction[k] = d;
      if (d <= 0) continue;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const w = wait[i];
        f.departures[i] += (w * d * out) / (out + wlz);
        f.wlzFromList[i] += (w * d * wlz) / (out + wlz);
        total += w * d;
        wait[i] = w * (1 - d);
      }
      s.queues[k].depart(d);
    }
  }
  return total;
}

/** Step 5 (need driver): need moves along its trend, less the one-off Wlz events (they leave need and care alike). */
function needTrend(s: ModelState, a: YearAssumptions, oneOffOut: Float64Array): void {
  const { T, K } = s;
  for (let v = 0; v < V; v++) {
    const growth = (a.needGrowthPerYear?.[v] ?? 0) / 12;
    for (let t = 0; t < T; t++) {
      const share = a.groupShare ? a.groupShare[v * T + t] : t === 0 ? 1 : 0;
      for (let g = 0; g < G; g++) {
        const i = g * K + v * T + t;
        s.need[i] = Math.max(0, s.need[i] + growth * a.originShare[g] * share - oneOffOut[i]);
      }
    }
  }
}

/** Step 5 (inflow driver): the given new indications, by gemeente of origin and target group. */
function inflowArrivals(s: ModelState, a: YearAssumptions, out: Float64Array): void {
  const { T, K } = s;
  for (let v = 0; v < V; v++) {
    const perMonth = a.inflowPerYear[v] / 12;
    for (let t = 0; t < T; t++) {
      const share = a.groupShare ? a.groupShare[v * T + t] : t === 0 ? 1 : 0;
      for (let g = 0; g < G; g++) out[g * K + v * T + t] = perMonth * a.originShare[g] * share;
    }
  }
}

/** Free Wmo places per kind, over all gemeenten. */
function freePerKind(s: ModelState): Float64Array {
  const out = new Float64Array(s.K);
  for (let h = 0; h < G; h++) for (let k = 0; k < s.K; k++) out[k] += Math.max(0, s.cap[h * s.K + k] - s.flipped[h * s.K + k] - s.occHK[h * s.K + k]);
  return out;
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

function sumCapacity(cap: Float64Array, flipped: Float64Array): number {
  let s = 0;
  for (let i = 0; i < cap.length; i++) s += Math.max(0, cap[i] - flipped[i]);
  return s;
}

function inCareOfVariant(s: ModelState, v: number): number {
  let total = 0;
  for (let g = 0; g < G; g++) for (let t = 0; t < s.T; t++) total += s.inG[g * s.K + v * s.T + t];
  return total;
}

/** "in december 2024": the month of the starting count, the month before the first projected month. */
function countMonthLabel(input: CapacityInput): string {
  const first = input.firstMonth ?? 0;
  return first === 0 ? `in december ${input.startYear - 1}` : `in ${MONTH_NAMES[first - 1]} ${input.startYear}`;
}
