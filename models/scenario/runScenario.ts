/**
 * One scenario run: resolve the assumptions → project capacity → allocate urgent housing → fair share of the
 * places. Every handler, the export, the compare view, the CLI and the Monte Carlo go through this one function,
 * so they show the same figures. Pure (no I/O) and lazy: each part is computed when first asked for, and once, so
 * a caller pays only for what it uses.
 */
import type { AssumptionMap, KeyId } from '../../shared/assumptions';
import type { VariantId } from '../../shared/domain';
import type { Location, WlzEvent } from '../../shared/locations';
import { ApportionError } from '../apportion/apportion';
import { resolveAssumptions, type CellInput, type FormulaCache, type Resolved } from '../assumptions/resolve';
import { buildCapacityInput, START_YEAR, type ModelLocationsMemo } from '../capacity/fromScenario';
import { addPlacesNeeded } from '../capacity/placesNeeded';
import { projectCapacity, projectLean } from '../capacity/project';
import type { CapacityResult, LeanYear, YearResult } from '../capacity/types';
import { facilityFairShare, placesAt, type FacilityFairShare } from '../fairshare/facilities';
import { keyInputsFrom } from '../fairshare/fromScenario';
import { keyShares, type KeyShares } from '../fairshare/keys';
import { allocateUrgent, type UrgentYear } from '../urgentie/allocate';
import { urgentInputFrom, type UrgentBasis, type UrgentSettings } from '../urgentie/fromScenario';
import { urgentShortfalls } from '../urgentie/shortfall';
import { reportingYearOf } from './reportingYear';

export interface ScenarioInput {
  cells: Record<string, CellInput>;
  locations: Location[];
  wlzEvents: WlzEvent[];
}

/** The run's input from stored or imported data: each assumption's number or formula, the locations and events. */
export function scenarioInput(data: { assumptions: AssumptionMap; locations: Location[]; wlzEvents: WlzEvent[] }): ScenarioInput {
  const cells: Record<string, CellInput> = {};
  for (const a of Object.values(data.assumptions)) cells[a.key] = { value: a.value, formula: a.formula };
  return { cells, locations: data.locations, wlzEvents: data.wlzEvents };
}

/** Places per gemeente by month and variant, worked out once for a set of locations (the Monte Carlo shares one). */
export type PlacesMemo = Map<string, number[]>;

export interface RunOptions {
  cache?: FormulaCache;
  /** The places needed per year: a search over many projections (default true; the Monte Carlo leaves it out). */
  placesNeeded?: boolean;
  /** Results per month (default true). */
  months?: boolean;
  /** The urgentie allocation with its per-gemeente detail (default true). */
  urgentDetail?: boolean;
  /** Assumptions already resolved from these cells (the Monte Carlo resolves only what a draw changed). */
  resolved?: Resolved;
  /** Shared between runs with the same locations. */
  placesMemo?: PlacesMemo;
  /** Shared between runs with the same locations: the locations as the capacity model reads them. */
  locationsMemo?: ModelLocationsMemo;
  /**
   * Only the yearly figures the Monte Carlo keeps (capacityYears, and urgent housing from them): the projection
   * is the same, but makes no objects per month, variant, gemeente or target group. capacity() still works.
   */
  lean?: boolean;
  /** What urgent housing takes from the assumptions alone (urgentBasis), when the caller already has it. */
  urgentBasis?: UrgentBasis;
}

export type UrgentOutcome = { ok: true; settings: UrgentSettings; years: UrgentYear[] } | { ok: false; settings: UrgentSettings; message: string };

/** Fair share of the Wmo places open in December of a year against a key's shares of that year. */
export type FairShareOutcome = { ok: true; date: string; shares: number[]; facility: FacilityFairShare } | { ok: false; date: string; message: string };

export interface ScenarioRun {
  input: ScenarioInput;
  resolved: Resolved;
  /** Per assumption key: why its formula or value could not be used (the stored value was used instead). */
  errors: Record<string, string>;
  /** The year the headline figures, the comparison and the report are about: the setting, within the projection. */
  reportingYear: number;
  capacity(): CapacityResult;
  /** The region's figures per year and what urgent housing reads: capacity().years, or (lean) only those. */
  capacityYears(): LeanYear[];
  /** The capacity figures of a year (a year outside the projection: the nearest year in it). */
  capacityAt(year: number): YearResult;
  urgent(): UrgentOutcome;
  /**
   * Urgent housing's shortfall per year of capacityYears() (NaN where it cannot be worked out): urgent().years'
   * shortfall, or (lean) the shortfall only (models/urgentie/shortfall.ts).
   */
  urgentShortfall(): number[];
  /** A key's shares per gemeente with the key inputs of a year (default: the first year). */
  shares(key: KeyId, year?: number): KeyShares;
  /** Wmo places per gemeente open in December of a year, for one variant or all. */
  placesAt(year: number, variant: VariantId | 'alle'): number[];
  /** Fair share in December of a year (default: the reporting year). */
  fairShare(key: KeyId, variant: VariantId | 'alle', year?: number): FairShareOutcome;
}

export function scenarioRun(input: ScenarioInput, options: RunOptions = {}): ScenarioRun {
  const resolved = options.resolved ?? resolveAssumptions(input.cells, START_YEAR, options.cache);
  const years = resolved.years;
  const yearIndex = (year: number) => Math.min(Math.max(0, year - resolved.startYear), years.length - 1);
  const memo = options.placesMemo ?? new Map<string, number[]>();
  let capacity: CapacityResult | undefined;
  let lean: LeanYear[] | undefined;
  let urgent: UrgentOutcome | undefined;

  const run: ScenarioRun = {
    input,
    resolved,
    errors: resolved.errors,
    reportingYear: reportingYearOf(resolved),
    capacity() {
      if (!capacity) {
        const capacityInput = buildCapacityInput(resolved, input.locations, input.wlzEvents, options.locationsMemo);
        capacity = projectCapacity(capacityInput, { months: options.months ?? true });
        if (options.placesNeeded ?? true) addPlacesNeeded(capacityInput, capacity);
      }
      return capacity;
    },
    capacityYears() {
      if (capacity || !options.lean) return run.capacity().years;
      return (lean ??= projectLean(buildCapacityInput(resolved, input.locations, input.wlzEvents, options.locationsMemo)));
    },
    capacityAt(year) {
      const all = run.capacity().years;
      return all[Math.min(Math.max(0, year - all[0].year), all.length - 1)];
    },
    urgent() {
      return (urgent ??= urgentOutcome(resolved, run.capacityYears(), options.urgentDetail ?? true, options.urgentBasis));
    },
    urgentShortfall() {
      const n = run.capacityYears().length;
      const per = (f: (y: number) => number | undefined) => Array.from({ length: n }, (_, y) => f(y) ?? NaN);
      if (urgent || !options.lean) {
        const u = run.urgent();
        return per((y) => (u.ok ? u.years[y]?.shortfall : NaN));
      }
      const shortfall = urgentShortfallOnly(resolved, run.capacityYears(), options.urgentBasis);
      return per((y) => shortfall?.[y]);
    },
    shares: (key, year = resolved.startYear) => keyShares(keyInputsFrom(resolved, yearIndex(year)), key),
    placesAt(year, variant) {
      const id = `${year}|${variant}`;
      let places = memo.get(id);
      if (!places) memo.set(id, (places = placesAt(input.locations, `${year}-12`, variant)));
      return places;
    },
    fairShare(key, variant, year = run.reportingYear) {
      const date = `${year}-12`;
      const s = run.shares(key, year);
      return s.ok ? { ok: true, date, shares: s.shares, facility: facilityFairShare(run.placesAt(year, variant), s.shares) } : { ok: false, date, message: s.message };
    },
  };
  return run;
}

function urgentOutcome(resolved: Resolved, years: LeanYear[], detail: boolean, basis?: UrgentBasis): UrgentOutcome {
  const u = urgentInputFrom(resolved, { years }, {}, basis);
  if (!u.ok) return { ok: false, settings: u.settings, message: u.message };
  try {
    return { ok: true, settings: u.settings, years: allocateUrgent(u.input, { detail }) };
  } catch (e) {
    if (e instanceof ApportionError) return { ok: false, settings: u.settings, message: e.message };
    throw e;
  }
}

/** The shortfall per year only (null where urgentOutcome would not be ok). */
function urgentShortfallOnly(resolved: Resolved, years: LeanYear[], basis?: UrgentBasis): number[] | null {
  const u = urgentInputFrom(resolved, { years }, {}, basis);
  if (!u.ok) return null;
  try {
    return urgentShortfalls(u.input);
  } catch (e) {
    if (e instanceof ApportionError) return null;
    throw e;
  }
}
