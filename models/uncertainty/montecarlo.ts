/**
 * Monte Carlo of the capacity model and what depends on it. Each run draws every ranged assumption, resolves
 * all assumptions (formulas see the drawn values), projects capacity, allocates urgent housing and computes the
 * fair-share index. A chunk of runs is pure and deterministic for (seed, run numbers): workers run chunks.
 */
import { WACHTTIJD_NORM, assumptionDef } from '../../shared/assumptions';
import type { Location, WlzEvent } from '../../shared/locations';
import type { RangeMap } from '../../shared/ranges';
import { dependentsOf, evaluatePlan, planResolve, type CellInput, type FormulaCache, type Resolved, type ResolvePlan } from '../assumptions/resolve';
import { buildCapacityInput, START_YEAR } from '../capacity/fromScenario';
import { projectCapacity } from '../capacity/project';
import type { CapacityResult } from '../capacity/types';
import { facilityFairShare, placesAt } from '../fairshare/facilities';
import { keyInputsFrom } from '../fairshare/fromScenario';
import { keyShares } from '../fairshare/keys';
import { allocateUrgent } from '../urgentie/allocate';
import { urgentInputFrom } from '../urgentie/fromScenario';
import { draw } from './distributions';
import { streamFor } from './random';

export interface McSetup {
  cells: Record<string, CellInput>;
  ranges: RangeMap;
  locations: Location[];
  wlzEvents: WlzEvent[];
}

/** The per-year results kept of every run. */
export const MC_METRICS = ['waitingList', 'waitingTimeMonths', 'expectedWaitMonths', 'places', 'costEuro', 'costOfWaitingEuro', 'urgentShortfall'] as const;
export type McMetric = (typeof MC_METRICS)[number];

export const FAIR_SHARE_MONTH = '2030-12';

export interface McChunk {
  from: number;
  to: number;
  years: number[];
  /** metric → runs × years, row-major (run r, year y at r·Y + y). Undetermined waiting time is +Infinity. */
  values: Record<McMetric, Float64Array>;
  /** Per run: 1 when the waiting-time target was met that year (runs × years). */
  targetMet: Uint8Array;
  fairShareIndex: Float64Array;
  /** Runs in which a formula could not be evaluated with the drawn values (its stored value was used). */
  runsWithFormulaProblems: number;
}

export interface RunOutcome {
  capacity: CapacityResult;
  urgentShortfall: number[];
  fairShareIndex: number;
  norm: number[];
  problems: boolean;
}

/** What every run of a setup shares: the resolve plan, the deterministic resolution, what the ranges affect. */
export interface Prepared {
  setup: McSetup;
  plan: ResolvePlan;
  base: Resolved;
  ranged: string[];
  affected: Set<string>;
  places2030: number[];
}

export function prepare(setup: McSetup, cache: FormulaCache = new Map()): Prepared {
  const plan = planResolve(setup.cells, START_YEAR, cache);
  const ranged = Object.keys(setup.ranges)
    .filter((k) => setup.cells[k] && !setup.cells[k].formula && assumptionDef(k))
    .sort();
  return { setup, plan, base: evaluatePlan(plan, setup.cells), ranged, affected: dependentsOf(plan, ranged), places2030: placesAt(setup.locations, FAIR_SHARE_MONTH, 'alle') };
}

/** One projection with the given cells (only the ranged ones differ from the setup): capacity, urgent shortfall, fair-share index. */
export function runOnce(p: Prepared, cells: Record<string, CellInput>, changed: string[] = p.ranged): RunOutcome {
  const r = evaluatePlan(p.plan, cells, { resolved: p.base, changed, affected: changed === p.ranged ? p.affected : dependentsOf(p.plan, changed) });
  const capacity = projectCapacity(buildCapacityInput(r, p.setup.locations, p.setup.wlzEvents), { months: false });
  const u = urgentInputFrom(r, capacity);
  const urgent = u.ok ? allocateUrgent(u.input, { detail: false }) : null;
  const shares = keyShares(keyInputsFrom(r), 'inwoners');
  return {
    capacity,
    urgentShortfall: capacity.years.map((_, y) => urgent?.[y]?.shortfall ?? NaN),
    fairShareIndex: shares.ok ? facilityFairShare(p.places2030, shares.shares).index : NaN,
    norm: Array.from(r.series(WACHTTIJD_NORM)),
    problems: Object.keys(r.errors).length > 0,
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
  const p = prepare(setup, cache);
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
      values.waitingList[i] = yr.waitingList;
      values.waitingTimeMonths[i] = yr.waitingTimeMonths ?? Infinity;
      values.places[i] = yr.places;
      values.expectedWaitMonths[i] = yr.expectedWaitMonths ?? Infinity;
      values.costOfWaitingEuro[i] = yr.costOfWaitingEuro;
      values.costEuro[i] = yr.costEuro;
      values.urgentShortfall[i] = out.urgentShortfall[y];
      targetMet[i] = yr.waitingTimeMonths !== null && yr.waitingTimeMonths <= out.norm[y] ? 1 : 0;
    });
    fairShareIndex[k] = out.fairShareIndex;
    if (out.problems) problems++;
    if (onProgress && ((k + 1) % 50 === 0 || k + 1 === n)) onProgress(k + 1);
  }
  return { from, to, years, values, targetMet, fairShareIndex, runsWithFormulaProblems: problems };
}
