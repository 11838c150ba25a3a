/**
 * Monte Carlo of the capacity model and what depends on it. Each run draws every ranged assumption, resolves
 * what the draws change (formulas see the drawn values) and goes through the one scenario run
 * (models/scenario/runScenario.ts): capacity, urgent housing and the fair-share index of the reporting year.
 * A chunk of runs is pure and deterministic for (seed, run numbers): workers run chunks.
 */
import { WACHTTIJD_NORM, assumptionDef } from '../../shared/assumptions';
import type { Location, WlzEvent } from '../../shared/locations';
import { UNCERTAINTY_METRICS, type UncertaintyMetricId } from '../../shared/metrics';
import type { RangeMap } from '../../shared/ranges';
import { dependentsOf, evaluatePlan, planResolve, type CellInput, type FormulaCache, type Resolved, type ResolvePlan } from '../assumptions/resolve';
import { START_YEAR, type ModelLocationsMemo } from '../capacity/fromScenario';
import type { LeanYear } from '../capacity/types';
import { scenarioRun, type PlacesMemo } from '../scenario/runScenario';
import { urgentBasis, type UrgentBasis } from '../urgentie/fromScenario';
import { reportingYearOf } from '../scenario/reportingYear';
import { draw } from './distributions';
import { streamFor } from './random';

export interface McSetup {
  cells: Record<string, CellInput>;
  ranges: RangeMap;
  locations: Location[];
  wlzEvents: WlzEvent[];
}

/** The capacity figures kept of every run: those shared/metrics.ts flags `uncertainty`. */
const CAPACITY_METRICS: readonly UncertaintyMetricId[] = UNCERTAINTY_METRICS.map((m) => m.id);
/** The per-year results kept of every run: the capacity figures, and the urgent-housing shortfall. */
export const MC_METRICS = [...CAPACITY_METRICS, 'urgentShortfall'] as const;
export type McMetric = UncertaintyMetricId | 'urgentShortfall';

export interface McChunk {
  from: number;
  to: number;
  years: number[];
  /** The year of the fair-share index (the scenario's reporting year). */
  reportingYear: number;
  /** metric → runs × years, row-major (run r, year y at r·Y + y). Undetermined waiting time is +Infinity. */
  values: Record<McMetric, Float64Array>;
  /** Per run: 1 when the waiting-time target was met that year (runs × years). */
  targetMet: Uint8Array;
  fairShareIndex: Float64Array;
  /** Runs in which a formula could not be evaluated with the drawn values (its stored value was used). */
  runsWithFormulaProblems: number;
}

export interface RunOutcome {
  /** The region's capacity figures per year (the lean projection: no months, no breakdowns). */
  capacity: { years: LeanYear[] };
  urgentShortfall: number[];
  fairShareIndex: number;
  norm: Float64Array;
  problems: boolean;
}

/** What every run of a setup shares: the resolve plan, the deterministic resolution, what the ranges affect. */
export interface Prepared {
  setup: McSetup;
  plan: ResolvePlan;
  base: Resolved;
  ranged: string[];
  affected: Set<string>;
  /** The fair-share index is taken in December of this year in every run (the deterministic reporting year). */
  reportingYear: number;
  placesMemo: PlacesMemo;
  locationsMemo: ModelLocationsMemo;
  /** What urgent housing takes from the assumptions alone, per run (the same in every run when no range reaches it). */
  urgentBasis: (r: Resolved) => UrgentBasis;
  /** The fair-share index (key inwoners, all forms, December of the reporting year), per run (idem). */
  fairShareIndex: (r: Resolved) => number;
}

/**
 * A part of every run that reads only assumptions no range reaches (directly or through formulas) comes out the
 * same in every run: it is worked out once, on the deterministic resolution, with a resolution that notes what
 * is read. If any of that can change between runs, it is worked out in every run instead.
 */
export function sameInEveryRun<T>(base: Resolved, changing: Set<string>, compute: (r: Resolved) => T): (r: Resolved) => T {
  const read = new Set<string>();
  const value = compute({ ...base, series: (key) => (read.add(key), base.series(key)) });
  for (const key of read) if (changing.has(key)) return compute;
  return () => value;
}

export function prepare(setup: McSetup, cache: FormulaCache = new Map()): Prepared {
  const plan = planResolve(setup.cells, START_YEAR, cache);
  const ranged = Object.keys(setup.ranges)
    .filter((k) => setup.cells[k] && !setup.cells[k].formula && assumptionDef(k))
    .sort();
  const base = evaluatePlan(plan, setup.cells);
  const affected = dependentsOf(plan, ranged);
  const changing = new Set([...ranged, ...affected]);
  const reportingYear = reportingYearOf(base);
  const placesMemo: PlacesMemo = new Map();
  return {
    setup, plan, base, ranged, affected, reportingYear, placesMemo, locationsMemo: new Map(),
    urgentBasis: sameInEveryRun(base, changing, (r) => urgentBasis(r)),
    fairShareIndex: sameInEveryRun(base, changing, (r) => fairShareIndexOf(setup, r, reportingYear, placesMemo)),
  };
}

/** The fair-share index of the places against the key inwoners, all forms, in December of `year`. */
function fairShareIndexOf(setup: McSetup, resolved: Resolved, year: number, placesMemo: PlacesMemo): number {
  const fair = scenarioRun({ cells: setup.cells, locations: setup.locations, wlzEvents: setup.wlzEvents }, { resolved, placesMemo }).fairShare('inwoners', 'alle', year);
  return fair.ok ? fair.facility.index : NaN;
}

/** One run with the given cells (only `changed` differ from the setup): capacity, urgent shortfall, fair-share index. */
export function runOnce(p: Prepared, cells: Record<string, CellInput>, changed: string[] = p.ranged): RunOutcome {
  const resolved = evaluatePlan(p.plan, cells, { resolved: p.base, changed, affected: changed === p.ranged ? p.affected : dependentsOf(p.plan, changed) });
  // Parts that no range reaches are shared with the setup's own resolution; other changed cells (the tornado's) are not.
  const shared = changed === p.ranged || changed.every((k) => p.ranged.includes(k));
  const run = scenarioRun(
    { cells, locations: p.setup.locations, wlzEvents: p.setup.wlzEvents },
    { resolved, placesNeeded: false, months: false, urgentDetail: false, placesMemo: p.placesMemo, locationsMemo: p.locationsMemo, lean: true, urgentBasis: shared ? p.urgentBasis(resolved) : undefined },
  );
  const capacity = { years: run.capacityYears() };
  return {
    capacity,
    urgentShortfall: run.urgentShortfall(),
    fairShareIndex: shared ? p.fairShareIndex(resolved) : fairShareIndexOf(p.setup, resolved, p.reportingYear, p.placesMemo),
    norm: resolved.series(WACHTTIJD_NORM),
    problems: Object.keys(resolved.errors).length > 0,
  };
}

/** The cells of run `run`: every ranged assumption drawn from its range. */
export function drawCells(p: Prepared, seed: number, run: number): Record<string, CellInput> {
  const rng = streamFor(seed, run);
  const cells = { ...p.setup.cells };
  for (const key of p.ranged) cells[key] = { value: draw(p.setup.ranges[key], p.setup.cells[key].value, assumptionDef(key)!, rng), formula: null };
  return cells;
}

export function runChunk(setup: McSetup, seed: number, from: number, to: number, onProgress?: (done: number) => void, cache: FormulaCache = new Map()): McChunk {
  return runPrepared(prepare(setup, cache), seed, from, to, onProgress);
}

/** Runs `from` to `to` of a prepared setup (a worker prepares once and runs several parts of a job). */
export function runPrepared(p: Prepared, seed: number, from: number, to: number, onProgress?: (done: number) => void): McChunk {
  const n = to - from;
  let years: number[] = [];
  let Y = 0;
  const values = {} as Record<McMetric, Float64Array>;
  let targetMet = new Uint8Array(0);
  const fairShareIndex = new Float64Array(n);
  let problems = 0;
  for (let k = 0; k < n; k++) {
    const out = runOnce(p, drawCells(p, seed, from + k));
    if (k === 0) {
      years = out.capacity.years.map((y) => y.year);
      Y = years.length;
      for (const m of MC_METRICS) values[m] = new Float64Array(n * Y);
      targetMet = new Uint8Array(n * Y);
    }
    out.capacity.years.forEach((yr, y) => {
      const i = k * Y + y;
      for (const m of CAPACITY_METRICS) values[m][i] = yr[m] ?? Infinity;
      values.urgentShortfall[i] = out.urgentShortfall[y];
      targetMet[i] = yr.waitingTimeMonths !== null && yr.waitingTimeMonths <= out.norm[y] ? 1 : 0;
    });
    fairShareIndex[k] = out.fairShareIndex;
    if (out.problems) problems++;
    if (onProgress && ((k + 1) % 50 === 0 || k + 1 === n)) onProgress(k + 1);
  }
  return { from, to, years, reportingYear: p.reportingYear, values, targetMet, fairShareIndex, runsWithFormulaProblems: problems };
}
