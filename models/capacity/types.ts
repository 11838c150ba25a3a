/**
 * Inputs and outputs of the capacity model. Arrays are flat: index g * V + v (origin × variant), h for the
 * location's gemeente. Inside the model a "kind" k = v * T + t combines a variant with a target group.
 */
import type { GemeenteCode, VariantId } from '../../shared/domain';
import type { TargetGroup } from '../../shared/locations';

/** What drives the projection: need follows the trend (default), or new indications are given. */
export type Driver = 'need' | 'inflow';

export interface ModelLocation {
  /** Index of the gemeente the location is in. */
  h: number;
  /** Index of the variant of its places. */
  v: number;
  places: number;
  /** Month index the location opens (0 = the first projected month, January of the start year unless firstMonth is set; ≤ 0 = open at the start). */
  openMonth: number;
  /** Month index from which it is closed, or null. */
  closeMonth: number | null;
  /** Wlz-financed places are not available for the Wmo waiting list; they are only reported. */
  wmo: boolean;
  /** Index in CapacityInput.targetGroups (0 = algemeen); absent: algemeen. */
  t?: number;
}

export interface YearAssumptions {
  /** Inflow driver: new indications per year [V]. */
  inflowPerYear: Float64Array;
  /** Need driver: growth of need (in care + waiting) per year [V], spread over the months. */
  needGrowthPerYear?: Float64Array;
  /** Share of each variant's need in each target group [V*T], each variant summing to 1; absent: all algemeen. */
  groupShare?: Float64Array;
  /** Fraction of the waiting list leaving it without a place per year (uitval) [V]. */
  listDepartureRatePerYear?: Float64Array;
  /** Fraction of the waiting list moving to the Wlz per year [V]. */
  listWlzRatePerYear?: Float64Array;
  /** Bridging care per waiting person per day (euro). */
  waitingCostPerDay?: number;
  originShare: Float64Array; // [G] shares of inflow by gemeente of origin, sum 1
  stayMonths: Float64Array; // [V]
  independentShare: Float64Array; // [V] share of (non-Wlz) exits going to independent living
  wlzRatePerYear: Float64Array; // [V] fraction of Wmo clients in care moving to the Wlz per year
  flipShare: Float64Array; // [V] share of Wlz transfers whose place flips to Wlz financing
  wlzOutflowPerYear: number; // fraction of Wlz clients in flipped places leaving to the wijk per year
  tariffPerDay: Float64Array; // [V]
}

export interface WlzOneOff {
  yearIndex: number;
  clients: number;
  /** Variant index, or null: spread over variants by clients in care. */
  v: number | null;
}

export interface CapacityInput {
  startYear: number;
  yearCount: number;
  /** Run fewer months than yearCount × 12 (the last year is then a partial year). */
  monthCount?: number;
  inCare: Float64Array; // [G*V] December stock by origin
  waiting: Float64Array; // [G*V]
  locations: ModelLocation[];
  perYear: YearAssumptions[];
  wlzOneOffs: WlzOneOff[];
  waitingTargetMonths: number;
  allowOtherVariant: boolean;
  /** Default 'inflow' for small hand-made inputs; scenarios choose (default: need). */
  driver?: Driver;
  /** The target groups the model distinguishes, algemeen first; absent: only algemeen. */
  targetGroups?: TargetGroup[];
  /** May a client of a target group take a general place of their form when their own group's are full. */
  groupMayUseGeneral?: boolean;
  /** The December list's assumed past: mean months already waited (entries spread evenly over twice that). */
  historyMeanWaitMonths?: number;
  /** Calendar month (0 = January) of the first projected month: start anywhere in a year. */
  firstMonth?: number;
}

export interface Metrics {
  /** Clients needing BW: in care + waiting (end of period). */
  demand: number;
  inCare: number;
  /** Clients in care in a place outside their own gemeente (by gemeente of origin). */
  inCareElsewhere: number;
  waitingList: number;
  /** Realised mean wait of the people placed in the period (first come, first served); null: nobody placed. */
  waitingTimeMonths: number | null;
  /** Expected wait for someone joining the list at the end of the period; null: not placed within 50 years. */
  expectedWaitMonths: number | null;
  /** Time to clear the list at the end of the period at the period's placement rate (model 1.0's "wachttijd"). */
  clearanceMonths: number | null;
  /** Wmo places available (open, not flipped to the Wlz), end of period. */
  places: number;
  freePlaces: number;
  /** Occupied share of the Wmo places, 0..1. */
  occupancy: number;
  /**
   * The smallest number of extra places (of each form and target group, open from January of the year) with
   * which someone joining the list at the end of the year gets a place within the norm; see placesNeeded.ts.
   */
  placesNeeded: number;
  /** New indications joining the list (under the need driver: the inflow the trend requires, "benodigde instroom"). */
  inflow: number;
  placements: number;
  /** People leaving the waiting list without a place (uitval). */
  departuresUnplaced: number;
  /** People moving from the waiting list to the Wlz. */
  wlzFromList: number;
  outflowIndependent: number;
  outflowOther: number;
  wlzTransfers: number;
  /** Outflow to independent living: housing demand for the urgentie allocation. */
  outflowNeedingHome: number;
  /** Cumulative Wmo places flipped to Wlz financing since the start (never falls). */
  wmoPlacesLostToWlz: number;
  /** Cumulative flipped places that came back to the Wmo after Wlz outflow to the wijk. */
  wlzPlacesReturned: number;
  /** Clients who lost their place when a location closed (moved to the waiting list). */
  displaced: number;
  costEuro: number;
  /** Bridging care for the people waiting: waiting × days × cost per day. */
  costOfWaitingEuro: number;
}

export interface YearResult extends Metrics {
  year: number;
  byVariant: Record<VariantId, Metrics>;
  byGemeente: Record<GemeenteCode, Metrics>;
  /** Per target group the model distinguishes (algemeen always). */
  byTargetGroup: Partial<Record<TargetGroup, Metrics>>;
}

/**
 * One year as the Monte Carlo keeps it (projectLean): the region's figures, and the few breakdowns the
 * urgent-housing allocation reads. The same numbers as the full result's year (a YearResult is a LeanYear).
 */
export interface LeanYear extends Metrics {
  year: number;
  byVariant: Record<VariantId, Pick<Metrics, 'outflowNeedingHome'>>;
  byGemeente: Record<GemeenteCode, Pick<Metrics, 'outflowNeedingHome' | 'wlzPlacesReturned'>>;
}

export interface MonthResult {
  /** "2027-03" */
  month: string;
  demand: number;
  inCare: number;
  waitingList: number;
  places: number;
  inflow: number;
  placements: number;
  exits: number;
  wlzTransfers: number;
  /** Left the waiting list without a place, or to the Wlz. */
  listDepartures: number;
  /** Clients moved back to the waiting list because their location closed. */
  displaced: number;
  wmoPlacesLostToWlz: number;
  byVariant: Record<VariantId, { inCare: number; waitingList: number; places: number; placements: number }>;
}

export interface CapacityResult {
  modelVersion: string;
  driver: Driver;
  targetGroups: TargetGroup[];
  startYear: number;
  endYear: number;
  /** The December 2024 starting point. */
  start: { demand: number; inCare: number; waitingList: number; places: number };
  years: YearResult[];
  months: MonthResult[];
  /** Per year, per kind (variant × target group, k = v·T + t): the expected wait for someone joining at the year's end. */
  expectedWaitByKind: (number | null)[][];
  /** Per year, per kind: people waiting at the year's end by gemeente of origin (g·K + k). */
  waitingByCell: Float64Array[];
  /** Per year: people who joined the list in the year by gemeente of origin and kind (g·K + k). */
  inflowByCell: Float64Array[];
  /** Dutch notes on what the model had to adjust (e.g. clients without a place at the start). */
  notes: string[];
}
