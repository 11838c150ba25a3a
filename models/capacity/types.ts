/** Inputs and outputs of the capacity model. Arrays are flat: index g * V + v (origin × variant), h for location gemeente. */
import type { GemeenteCode, VariantId } from '../../shared/domain';

export interface ModelLocation {
  /** Index of the gemeente the location is in. */
  h: number;
  /** Index of the variant of its places. */
  v: number;
  places: number;
  /** Month index the location opens (0 = January of the start year; ≤ 0 = open at the start). */
  openMonth: number;
  /** Month index from which it is closed, or null. */
  closeMonth: number | null;
  /** Wlz-financed places are not available for the Wmo waiting list; they are only reported. */
  wmo: boolean;
}

export interface YearAssumptions {
  inflowPerYear: Float64Array; // [V] new indications per year
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
}

export interface Metrics {
  /** Clients needing BW: in care + waiting (end of period). */
  demand: number;
  inCare: number;
  /** Clients in care in a place outside their own gemeente (by gemeente of origin). */
  inCareElsewhere: number;
  waitingList: number;
  /** Little's law: waiting list ÷ placements per month; null when nobody is placed while people wait. */
  waitingTimeMonths: number | null;
  /** Wmo places available (open, not flipped to the Wlz), end of period. */
  places: number;
  freePlaces: number;
  /** Occupied share of the Wmo places, 0..1. */
  occupancy: number;
  /** Extra Wmo places needed so the waiting list is at most the norm × monthly inflow. */
  placesNeeded: number;
  inflow: number;
  placements: number;
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
}

export interface YearResult extends Metrics {
  year: number;
  byVariant: Record<VariantId, Metrics>;
  byGemeente: Record<GemeenteCode, Metrics>;
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
  /** Clients moved back to the waiting list because their location closed. */
  displaced: number;
  wmoPlacesLostToWlz: number;
  byVariant: Record<VariantId, { inCare: number; waitingList: number; places: number; placements: number }>;
}

export interface CapacityResult {
  modelVersion: string;
  startYear: number;
  endYear: number;
  /** The December 2024 starting point. */
  start: { demand: number; inCare: number; waitingList: number; places: number };
  years: YearResult[];
  months: MonthResult[];
  /** Dutch notes on what the model had to adjust (e.g. clients without a place at the start). */
  notes: string[];
}
