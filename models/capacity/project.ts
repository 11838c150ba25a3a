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
import { numberSlices, valueOr0 } from '../numbers';
import { MODEL_VERSION } from '../version';
import { CohortQueue, expectedWait } from './queue';
import { FLOW_COUNT, MONTH_COLUMNS, expectedWaits, flowsOn, leanYear, monthResults, recordMonth, yearResult, yearTable, yearTableSize, type Flows, type YearTable } from './results';
import type { CapacityInput, CapacityResult, LeanYear, ModelLocation, YearAssumptions } from './types';

const G = GEMEENTE_CODES.length;
const V = VARIANT_IDS.length;
const EPS = 1e-9;
/** Months of assumed history the December list may have. */
const HISTORY_MONTHS = 240;
// Variant substitution order when allowed: modulair forms among themselves first, all-inclusive last.
const SUBSTITUTES = [[1, 2, 3], [2, 3, 0], [1, 3, 0], [1, 2, 0]];

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month0: number): number {
  if (month0 !== 1) return DAYS[month0];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Everything the monthly steps read and change. */
export interface ModelState {
  T: number;
  K: number;
  /**
   * In care per place, origin and kind at (h*G+g)*K+k, divided by occScale[k]. Only the clients in their own
   * gemeente (h = g) when `origins` is false.
   */
  occ: Float64Array;
  /**
   * Whether occ keeps where everyone's place is (h ≠ g too). Only a location that closes needs it: its clients go
   * back to the list by gemeente of origin (displace). Without closing locations places never disappear (openings
   * add places, flipped places never exceed what their clients left), so the cells across gemeenten are not kept.
   */
  origins: boolean;
  /**
   * Per kind: what one stored occ unit is worth in clients. Exits scale every cell of a kind by one factor; that
   * factor is kept here instead of touching all G·G cells each month (applied to the cells when it gets tiny).
   */
  occScale: Float64Array;
  wait: Float64Array; // g*K+k
  need: Float64Array; // g*K+k: need on its trend (need driver)
  cap: Float64Array; // open Wmo places (h,k)
  flipped: Float64Array; // Wmo places now Wlz-financed (h,k)
  lostCum: Float64Array;
  returnedCum: Float64Array;
  inG: Float64Array; // in care per origin and kind
  occHK: Float64Array; // in care per place gemeente and kind, kept in step with occ
  queues: CohortQueue[]; // per kind
  free: Float64Array;
  rest: Float64Array;
}

/** `months: false` skips the monthly results (the Monte Carlo needs only the years). */
export function projectCapacity(input: CapacityInput, options: { months?: boolean } = {}): CapacityResult {
  const p = new Projection(input, options.months ?? true);
  p.runTo(p.monthCount);
  const result = p.result();
  p.release();
  return result;
}

/**
 * The Monte Carlo's projection: the same months and the same numbers, but per year only the region's figures and
 * what the urgent-housing allocation reads (no monthly results, no objects per variant, gemeente or target group).
 */
export function projectLean(input: CapacityInput): LeanYear[] {
  const p = new Projection(input, false, false, true);
  p.runTo(p.monthCount);
  const years = p.leanYears();
  p.release();
  return years;
}

/**
 * Buffers of projections that are done, by length, for the next projection of the same size: a Monte Carlo makes
 * thousands of projections of one size, and new buffers each time cost more in collecting them than in filling them.
 */
const spare = new Map<number, Float64Array[]>();
const SPARE_PER_SIZE = 32;

/** A buffer of n zeros: a spare one when there is one. */
function zeros(n: number): Float64Array {
  const a = spare.get(n)?.pop();
  return a ? a.fill(0) : new Float64Array(n);
}

function giveBack(a: Float64Array | null): void {
  if (!a) return;
  let list = spare.get(a.length);
  if (!list) spare.set(a.length, (list = []));
  if (list.length < SPARE_PER_SIZE) list.push(a);
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
  private readonly notes: string[] = [];
  private readonly start: CapacityResult['start'];
  private readonly firstMonth: number;
  private readonly needDriver: boolean;
  /**
   * Every number the projection carries from month to month, in one buffer (a copy is one slice): the state's
   * cells, the year's flows, placements and departures per kind and month, and the year ends.
   */
  private memory: Float64Array;
  private flows!: Flows;
  /** The flows as one view (a new year clears them at once). */
  private flowCells!: Float64Array;
  private monthsInYear = 0;
  /** The months' figures (recordMonth), when kept. */
  private monthRecord: Float64Array | null;
  /** The year tables (results.ts), one after another; not in the light mode. */
  private tableBuffer: Float64Array | null;
  private tableYears: { year: number; months: number }[] = [];
  /** Placements and the departure fraction per kind and month (k·monthCount + m), with a view per kind. */
  private placed!: Float64Array;
  private departs!: Float64Array;
  private placedSeries!: Float64Array[];
  private departSeries!: Float64Array[];
  /** Per year's end: its month; what the queues and the cells held then is in `yearEndCells`. */
  private yearEnds: number[] = [];
  /** Per year's end (yearEndSize numbers each): people ahead per kind, free places per kind, the year's inflow and the waiting per cell. */
  private yearEndCells!: Float64Array;
  // Scratch arrays, reused every month (shared with copies: a month is never interrupted).
  private readonly wlzCap: Float64Array;
  private readonly placedMonth: Float64Array;
  private readonly departFraction: Float64Array;
  private readonly wlzEventPerMonth: Float64Array;
  private readonly oneOffOut: Float64Array;
  private readonly arrivals: Float64Array;
  private readonly keepPerKind: Float64Array;
  /** This month's exits and Wlz transfers from care (careExits). */
  private readonly tally: Float64Array;
  /** The buffer of the scratch arrays. */
  private readonly scratch: Float64Array;
  private released = false;

  constructor(
    private readonly input: CapacityInput,
    keepMonths = true,
    /** Only the year ends the search needs: no year or month results. */
    private readonly light = false,
    /** Year tables with only what leanYears reads (projectLean): result() is not available. */
    private readonly leanTables = false,
  ) {
    const { yearCount } = input;
    if (yearCount < 1 || input.perYear.length !== yearCount) throw new RangeError('perYear must have one entry per year');
    this.groups = input.targetGroups?.length ? input.targetGroups : ['algemeen'];
    const T = this.groups.length;
    const K = V * T;
    const firstMonth = input.firstMonth ?? 0;
    this.firstMonth = firstMonth;
    this.needDriver = (input.driver ?? 'inflow') === 'need';
    this.monthCount = Math.min(input.monthCount ?? yearCount * 12 - firstMonth, yearCount * 12 - firstMonth);
    if (this.monthCount < 1) throw new RangeError('the horizon must have at least one month');
    this.memory = zeros(memorySize(K, this.monthCount, yearCount));
    // Cells across gemeenten only when a location closes (ModelState.origins).
    const origins = input.locations.some((l) => l.wmo && l.closeMonth !== null);
    this.s = this.carve(T, K, Array.from({ length: K }, () => new CohortQueue(yearCount * 12, HISTORY_MONTHS, zeros(CohortQueue.size(yearCount * 12, HISTORY_MONTHS)))), origins);
    const s = this.s;
    s.occScale.fill(1);
    this.locations = [...input.locations];
    this.changesAt = new Set<number>();
    for (const l of this.locations) this.noteChanges(l);
    this.monthRecord = keepMonths && !light ? zeros(this.monthCount * MONTH_COLUMNS) : null;
    this.tableBuffer = light ? null : zeros(yearCount * yearTableSize(T));
    const scratch = zeros(4 * G * K + 2 * K + V + 2);
    this.scratch = scratch;
    const take = numberSlices(scratch, 'Projection scratch');
    this.wlzCap = take(G * K);
    this.placedMonth = take(G * K);
    this.oneOffOut = take(G * K);
    this.arrivals = take(G * K);
    this.departFraction = take(K);
    this.keepPerKind = take(K);
    this.wlzEventPerMonth = take(V);
    this.tally = take(2);
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
    this.start = { demand: sum(input.inCare) + sum(input.waiting), inCare: sum(s.inG), waitingList: sum(s.wait), places: sumCapacity(s.cap, s.flipped) };
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
    if (l.closeMonth !== null && l.wmo && !this.s.origins) throw new Error('a location added to a projection cannot close');
    this.locations.push(l);
    this.noteChanges(l);
    this.changesAt.add(this.m);
  }

  /** The state, flows and series as views on `memory` (this.placed etc. are set here too). */
  private carve(T: number, K: number, queues: CohortQueue[], origins: boolean): ModelState {
    const memory = this.memory;
    const take = numberSlices(memory, 'Projection memory');
    const s: ModelState = {
      T, K, origins,
      occ: take(G * G * K), occScale: take(K), wait: take(G * K), need: take(G * K), cap: take(G * K), flipped: take(G * K),
      lostCum: take(G * K), returnedCum: take(G * K), inG: take(G * K), occHK: take(G * K),
      queues, free: take(G), rest: take(G),
    };
    this.flowCells = take(FLOW_COUNT * G * K);
    this.flows = flowsOn(this.flowCells);
    const M = this.monthCount;
    this.placed = take(K * M);
    this.departs = take(K * M);
    this.placedSeries = Array.from({ length: K }, (_, k) => this.placed.subarray(k * M, (k + 1) * M));
    this.departSeries = Array.from({ length: K }, (_, k) => this.departs.subarray(k * M, (k + 1) * M));
    this.yearEndCells = take(this.input.yearCount * yearEndSize(K));
    return s;
  }

  /**
   * An independent copy that can be continued on its own. `into`: an earlier copy of this projection that is no
   * longer needed; its buffers are overwritten instead of new ones made (the places-needed search makes hundreds).
   */
  clone(into?: Projection): Projection {
    if (into && into !== this && into.memory.length === this.memory.length && into.s.K === this.s.K && into.input === this.input) {
      into.memory.set(this.memory);
      into.s.queues.forEach((q, k) => q.copyFrom(this.s.queues[k]));
      into.m = this.m;
      into.monthsInYear = this.monthsInYear;
      into.locations = [...this.locations];
      into.changesAt = new Set(this.changesAt);
      into.tableYears = [...this.tableYears];
      if (into.tableBuffer && this.tableBuffer) into.tableBuffer.set(this.tableBuffer);
      if (into.monthRecord && this.monthRecord) into.monthRecord.set(this.monthRecord);
      into.yearEnds = [...this.yearEnds];
      return into;
    }
    const c = Object.create(Projection.prototype) as Projection;
    Object.assign(c, this);
    c.memory = this.memory.slice();
    c.s = c.carve(this.s.T, this.s.K, this.s.queues.map((q) => q.clone()), this.s.origins);
    c.locations = [...this.locations];
    c.changesAt = new Set(this.changesAt);
    c.tableYears = [...this.tableYears];
    c.tableBuffer = this.tableBuffer && this.tableBuffer.slice();
    c.monthRecord = this.monthRecord && this.monthRecord.slice();
    c.yearEnds = [...this.yearEnds];
    return c;
  }

  /**
   * Hands the buffers back for the next projection (projectCapacity and projectLean, once their result holds only
   * numbers of its own). The projection and its copies' shared scratch must not be used afterwards.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    giveBack(this.memory);
    for (const q of this.s.queues) giveBack(q.buffer());
    giveBack(this.monthRecord);
    giveBack(this.tableBuffer);
    giveBack(this.scratch);
  }

  runTo(endMonth: number): this {
    const end = Math.min(endMonth, this.monthCount);
    while (this.m < end) this.step();
    return this;
  }

  /** The expected wait of someone joining kind k at the end of the year-end number `yearEnd` (as far as projected). */
  expectedWaitAtYearEnd(yearEnd: number, k: number): number | null | undefined {
    if (yearEnd >= this.yearEnds.length) return undefined;
    return this.expectedWaitOf(yearEnd, k, this.m);
  }

  /** Nobody ahead and a place free: placed at once. Otherwise first come, first served (as far as `months` are projected). */
  private expectedWaitOf(yearEnd: number, k: number, months: number): number | null {
    const o = yearEnd * yearEndSize(this.s.K);
    const ahead = this.yearEndCells[o + k];
    const free = this.yearEndCells[o + this.s.K + k];
    return ahead <= 1e-9 && free > 1e-9 ? 0 : expectedWait(ahead, this.yearEnds[yearEnd], this.placedSeries[k], this.departSeries[k], months);
  }

  /** The year's inflow (what = 0) or waiting (what = 1) per cell at year end `yearEnd`: a view. */
  private yearEndCellsOf(yearEnd: number, what: 0 | 1): Float64Array {
    const K = this.s.K;
    const o = yearEnd * yearEndSize(K) + 2 * K + what * G * K;
    return this.yearEndCells.subarray(o, o + G * K);
  }

  private step(): void {
    const { s, input, flows } = this;
    const { K } = s;
    const m = this.m;
    const cal = this.firstMonth + m;
    const y = Math.floor(cal / 12);
    const month0 = cal % 12;
    const a = input.perYear[y];
    if (month0 === 0 || m === 0) {
      this.flowCells.fill(0);
      this.monthsInYear = 0;
    }
    this.monthsInYear++;
    const { placedMonth, departFraction, oneOffOut, arrivals, tally } = this;
    placedMonth.fill(0);

    // Places only change in months a location opens or closes, so only then can clients lose theirs (flipping a
    // place never takes more than the clients leaving it free).
    let displacedMonth = 0;
    if (this.changesAt.has(m)) {
      this.capacityAt(m);
      displacedMonth = displace(s, flows.displaced, m);
    }
    if (input.wlzOneOffs.length > 0) {
      // Without one-off events both stay zero.
      oneOffOut.fill(0);
      oneOffsOfYear(input, y, s, this.wlzEventPerMonth);
    }
    careExits(s, a, this.wlzEventPerMonth, flows, oneOffOut, this.keepPerKind, tally);
    wlzReturns(s, a);
    const listDepartures = leaveList(s, a, flows, departFraction);
    const { wait, inG } = s;
    if (this.needDriver) needTrend(s, a, oneOffOut, arrivals);
    else inflowArrivals(s, a, arrivals);
    let inflowMonth = 0;
    const inflowFlow = flows.inflow;
    for (let k = 0; k < K; k++) {
      let x = 0;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const ar = arrivals[i];
        wait[i] += ar;
        inflowFlow[i] += ar;
        x += ar;
      }
      s.queues[k].arrive(m, x);
      inflowMonth += x;
    }
    placeAll(s, input, placedMonth);
    const { waitSum: waitSumFlow, placements } = flows;
    const monthCount = this.monthCount;
    for (let k = 0; k < K; k++) {
      let placedK = 0;
      for (let g = 0; g < G; g++) placedK += placedMonth[g * K + k];
      const waitSum = s.queues[k].place(m, placedK);
      // The wait of the placed is shared over their gemeenten in proportion to how many each had placed.
      const perPlaced = placedK > EPS ? waitSum / placedK : 0;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        placements[i] += placedMonth[i];
        waitSumFlow[i] += placedMonth[i] * perPlaced;
      }
      this.placed[k * monthCount + m] = placedK;
      this.departs[k * monthCount + m] = departFraction[k];
    }

    if (!this.light) {
      const days = daysInMonth(input.startYear + y, month0);
      const T = s.T;
      const cost = flows.cost;
      const waitingCost = flows.waitingCost;
      const waitingThisMonth = (a.waitingCostPerDay ?? 0) * days;
      for (let k = 0; k < K; k++) {
        const tariffThisMonth = a.tariffPerDay[Math.floor(k / T)] * days;
        for (let i = k; i < G * K; i += K) {
          cost[i] += inG[i] * tariffThisMonth;
          waitingCost[i] += wait[i] * waitingThisMonth;
        }
      }
      if (this.monthRecord) recordMonth(this.monthRecord, m, s, placedMonth, inflowMonth, tally[0], tally[1], displacedMonth, listDepartures);
    }
    if (month0 === 11 || m === this.monthCount - 1) {
      if (this.tableBuffer) {
        yearTable(s, flows, this.tableBuffer, this.tableYears.length * yearTableSize(s.T), this.leanTables);
        this.tableYears.push({ year: input.startYear + y, months: this.monthsInYear });
      }
      this.recordYearEnd(m);
    }
    this.m++;
  }

  /** What the year's end holds that the waits and the places needed read later. */
  private recordYearEnd(m: number): void {
    const { s, flows } = this;
    const K = s.K;
    const e = this.yearEndCells;
    const o = this.yearEnds.length * yearEndSize(K);
    for (let k = 0; k < K; k++) {
      e[o + k] = s.queues[k].total();
      let free = 0;
      for (let h = 0; h < G; h++) free += Math.max(0, s.cap[h * K + k] - s.flipped[h * K + k] - s.occHK[h * K + k]);
      e[o + K + k] = free;
    }
    e.set(flows.inflow, o + 2 * K);
    e.set(s.wait, o + 2 * K + G * K);
    this.yearEnds.push(m);
  }

  /** The year tables, in year order (results.ts). */
  private tables(): YearTable[] {
    const size = yearTableSize(this.s.T);
    return this.tableYears.map((t, i) => ({ year: t.year, months: t.months, sums: this.tableBuffer!, offset: i * size }));
  }

  /** Per year's end, per kind: the expected wait of someone joining then (it needs the placements after that year). */
  private expectedWaitsByKind(): (number | null)[][] {
    return this.tableYears.map((_, i) => Array.from({ length: this.s.K }, (_, k) => this.expectedWaitOf(i, k, this.monthCount)));
  }

  result(): CapacityResult {
    if (this.leanTables) throw new Error('a lean projection has only the lean years (leanYears)');
    const { input } = this;
    const T = this.groups.length;
    const expectedWaitByKind = this.expectedWaitsByKind();
    const years = this.tables().map((table, i) => yearResult(table, this.groups, expectedWaits(T, expectedWaitByKind[i], this.yearEndCellsOf(i, 0))));
    return {
      modelVersion: MODEL_VERSION,
      driver: input.driver ?? 'inflow',
      targetGroups: this.groups,
      startYear: input.startYear,
      endYear: input.startYear + input.yearCount - 1,
      start: this.start,
      years,
      months: this.monthRecord ? monthResults(this.monthRecord, this.monthCount, input.startYear, this.firstMonth) : [],
      expectedWaitByKind,
      waitingByCell: this.yearEnds.map((_, i) => this.yearEndCellsOf(i, 1).slice()),
      inflowByCell: this.yearEnds.map((_, i) => this.yearEndCellsOf(i, 0).slice()),
      notes: this.notes,
    };
  }

  /** The years as the Monte Carlo keeps them (projectLean). */
  leanYears(): LeanYear[] {
    const T = this.groups.length;
    const perKind = new Array<number | null>(this.s.K);
    return this.tables().map((table, i) => {
      for (let k = 0; k < this.s.K; k++) perKind[k] = this.expectedWaitOf(i, k, this.monthCount);
      return leanYear(table, expectedWaits(T, perKind, this.yearEndCellsOf(i, 0), true)[0]);
    });
  }
}

/** Numbers kept per year's end: people ahead and free places per kind, inflow and waiting per cell. */
const yearEndSize = (K: number) => 2 * K + 2 * G * K;

/** The size of a projection's memory (Projection.carve). */
function memorySize(K: number, months: number, years: number): number {
  return G * G * K + K + 8 * G * K + 2 * G + FLOW_COUNT * G * K + 2 * K * months + years * yearEndSize(K);
}

/**
 * Places waiting clients of kind `from` in free places of kind `to` (`placed`: per cell, who were placed).
 * Access is regional: the free places are shared over everyone waiting in proportion to how many wait per
 * gemeente (everyone waits equally long). Where they are placed prefers the client's own gemeente, then the
 * region in proportion to the places still free.
 */
function place(s: ModelState, from: number, to: number, placed: Float64Array | null): void {
  const { K, wait, free, rest, occ, occHK, inG, cap, flipped, need } = s;
  const perClient = 1 / s.occScale[to];
  let W = 0;
  for (let i = from; i < G * K; i += K) W += wait[i];
  if (W <= EPS) return;
  let F = 0;
  for (let h = 0, j = to; h < G; h++, j += K) {
    const f = Math.max(0, cap[j] - flipped[j] - occHK[j]);
    free[h] = f;
    F += f;
  }
  const P = Math.min(W, F);
  if (P <= EPS) return;
  let F2 = 0; // the places still free after everyone's own gemeente
  const perWaiting = P / W;
  for (let g = 0; g < G; g++) {
    const i = g * K + from;
    const j = g * K + to;
    const w = wait[i];
    const pg = perWaiting * w;
    const f = free[g];
    const own = Math.min(pg, f);
    occ[(g * G + g) * K + to] += own * perClient;
    occHK[j] += own;
    inG[j] += own;
    free[g] = f - own;
    F2 += f - own;
    rest[g] = pg - own;
    wait[i] = Math.max(0, w - pg);
    if (placed) placed[i] += pg;
    if (from !== to) {
      // A client placed in a place of another kind is of that kind from now on; their need moves with them.
      need[i] = Math.max(0, need[i] - pg);
      need[j] += pg;
    }
  }
  if (F2 > EPS) {
    // What is left of each gemeente's share goes to the places still free, in proportion to them: a gemeente
    // of places h takes the fraction free[h] / F2 of every rest. (A gemeente with a rest has no place left itself.)
    let R = 0;
    const perFree = 1 / F2;
    for (let h = 0; h < G; h++) free[h] *= perFree;
    for (let g = 0; g < G; g++) {
      const r = rest[g];
      if (r <= EPS) continue;
      R += r;
      inG[g * K + to] += r;
      if (!s.origins) continue;
      const stored = r * perClient;
      for (let h = 0; h < G; h++) {
        const fraction = free[h];
        if (fraction > 0) occ[(h * G + g) * K + to] += stored * fraction;
      }
    }
    for (let h = 0; h < G; h++) occHK[h * K + to] += R * free[h];
  }
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
      if (!s.origins) throw new Error('places were lost without a closing location');
      // Each origin loses the same fraction of its clients there; all of them when no place is left.
      const fraction = Math.min(1, (o - avail) / o);
      let removed = 0;
      const scale = s.occScale[k];
      for (let g = 0; g < G; g++) {
        const i = (h * G + g) * K + k;
        const inCell = occ[i] * scale;
        const x = fraction === 1 ? inCell : inCell * fraction;
        occ[i] = fraction === 1 ? 0 : Math.max(0, occ[i] - x / scale); // never below zero by rounding
        removed += x;
        const left = inG[g * K + k] - x;
        inG[g * K + k] = left > 1e-12 ? left : 0; // less than a 10¹²th of a client left: rounding, not a client
        wait[g * K + k] += x;
        displacedFlow[g * K + k] += x;
        s.queues[k].arrive(m, x);
        total += x;
      }
      occHK[h * K + k] = fraction === 1 ? 0 : Math.max(0, o - removed);
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
 * `tally` receives the month's exits and Wlz transfers; `keep` is scratch (the factor per kind).
 */
function careExits(s: ModelState, a: YearAssumptions, wlzEventPerMonth: Float64Array, f: Flows, oneOffOut: Float64Array, keep: Float64Array, tally: Float64Array): void {
  const { T, K, inG, occ, occHK, flipped, lostCum } = s;
  const { independent, other, wlz } = f;
  let exits = 0;
  let wlzTotal = 0;
  keep.fill(1);
  for (let v = 0; v < V; v++) {
    const inV = inCareOfVariant(s, v);
    if (inV <= 0) continue;
    const exitRate = 1 / a.stayMonths[v];
    const oneOff = Math.min(1, wlzEventPerMonth[v] / inV);
    const wlzRate = a.wlzRatePerYear[v] / 12 + oneOff;
    const scale = exitRate + wlzRate > 1 ? 1 / (exitRate + wlzRate) : 1; // never more leave than there are
    const ex = exitRate * scale;
    const wl = wlzRate * scale;
    const kept = Math.max(0, 1 - ex - wl);
    const share = a.independentShare[v];
    const otherShare = 1 - share;
    const flipShare = a.flipShare[v];
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      keep[k] = kept;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const o = inG[i];
        const out = o * ex;
        independent[i] += out * share;
        other[i] += out * otherShare;
        const toWlz = o * wl;
        wlz[i] += toWlz;
        if (oneOff !== 0) oneOffOut[i] += o * oneOff * scale;
        exits += out;
        wlzTotal += toWlz;
        inG[i] = o * kept;
      }
      for (let h = 0; h < G; h++) {
        const j = h * K + k;
        const flip = occHK[j] * wl * flipShare;
        flipped[j] += flip;
        lostCum[j] += flip;
        occHK[j] *= kept;
      }
    }
  }
  // Every cell of a kind by its factor (1 for the variants nobody is in care of), through occScale.
  const occScale = s.occScale;
  for (let k = 0; k < K; k++) {
    const kept = keep[k];
    if (kept === 1) continue;
    const scale = occScale[k] * kept;
    if (scale > 1e-100) occScale[k] = scale;
    else {
      for (let j = k; j < G * G * K; j += K) occ[j] *= scale;
      occScale[k] = 1;
    }
  }
  tally[0] = exits;
  tally[1] = wlzTotal;
}

/** Step 3: Wlz clients in flipped places move to the wijk (VPT/MPT): those places return to the Wmo. */
function wlzReturns(s: ModelState, a: YearAssumptions): void {
  const { flipped, returnedCum } = s;
  const perMonth = a.wlzOutflowPerYear / 12;
  for (let i = 0; i < flipped.length; i++) {
    const r = flipped[i] * perMonth;
    flipped[i] -= r;
    returnedCum[i] += r;
  }
}

/** Step 4: departures from the waiting list, without a place (uitval) or to the Wlz; returns how many left. */
function leaveList(s: ModelState, a: YearAssumptions, f: Flows, departFraction: Float64Array): number {
  const { T, K, wait } = s;
  let total = 0;
  for (let v = 0; v < V; v++) {
    const out = valueOr0(a.listDepartureRatePerYear, v) / 12;
    const wlz = valueOr0(a.listWlzRatePerYear, v) / 12;
    const d = Math.min(1, out + wlz);
    // Of everyone waiting: the fractions that leave without a place and to the Wlz, and that stay.
    const dOut = (d * out) / (out + wlz);
    const dWlz = (d * wlz) / (out + wlz);
    const keep = 1 - d;
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      departFraction[k] = d;
      if (d <= 0) continue;
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const w = wait[i];
        f.departures[i] += w * dOut;
        f.wlzFromList[i] += w * dWlz;
        total += w * d;
        wait[i] = w * keep;
      }
      s.queues[k].depart(d);
    }
  }
  return total;
}

/**
 * Step 5 (need driver): need moves along its trend, less the one-off Wlz events (they leave need and care alike);
 * `out` receives the arrivals that keep need (in care + waiting) on it.
 */
function needTrend(s: ModelState, a: YearAssumptions, oneOffOut: Float64Array, out: Float64Array): void {
  const { T, K, need, inG, wait } = s;
  const originShare = a.originShare;
  for (let v = 0; v < V; v++) {
    const growth = valueOr0(a.needGrowthPerYear, v) / 12;
    for (let t = 0; t < T; t++) {
      const k = v * T + t;
      const perGemeente = growth * (a.groupShare ? a.groupShare[k] : t === 0 ? 1 : 0);
      for (let g = 0; g < G; g++) {
        const i = g * K + k;
        const n = Math.max(0, need[i] + perGemeente * originShare[g] - oneOffOut[i]);
        need[i] = n;
        out[i] = Math.max(0, n - inG[i] - wait[i]);
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
  const { T, K, inG } = s;
  let total = 0;
  for (let g = 0; g < G; g++) for (let t = 0; t < T; t++) total += inG[g * K + v * T + t];
  return total;
}

/** "in december 2024": the month of the starting count, the month before the first projected month. */
function countMonthLabel(input: CapacityInput): string {
  const first = input.firstMonth ?? 0;
  return first === 0 ? `in december ${input.startYear - 1}` : `in ${MONTH_NAMES[first - 1]} ${input.startYear}`;
}
