/**
 * Minimal BW demand projection: demand per variant grows linearly from the December stock
 * (in care + waiting) by a yearly growth; places stay at the December stock in care.
 * The full stock-and-flow capacity model replaces this in its own module.
 */
import { VARIANT_IDS, type VariantId } from '../../shared/domain';
import { MODEL_VERSION } from '../version';

export interface DemandInput {
  /** The stock is that of December of this year; the projection starts the year after. */
  baseYear: number;
  endYear: number;
  baseline: Record<VariantId, { inCare: number; waiting: number }>;
  growthPerYear: Record<VariantId, number>;
}

export interface DemandYear {
  year: number;
  /** Clients needing a place (in care + waiting), end of year. */
  demand: number;
  byVariant: Record<VariantId, number>;
  /** Places, held at the December stock in care. */
  places: number;
  /** Waiting list if no place is added: demand above places. */
  waitingIfNoNewPlaces: number;
}

export interface DemandProjection {
  modelVersion: string;
  baseYear: number;
  start: { demand: number; inCare: number; waiting: number };
  growthPerYear: Record<VariantId, number>;
  years: DemandYear[];
}

export function projectDemand(input: DemandInput): DemandProjection {
  if (!Number.isInteger(input.baseYear) || !Number.isInteger(input.endYear) || input.endYear <= input.baseYear) {
    throw new RangeError('endYear must be an integer after baseYear');
  }
  const inCare = sum(VARIANT_IDS.map((v) => input.baseline[v].inCare));
  const waiting = sum(VARIANT_IDS.map((v) => input.baseline[v].waiting));
  const years: DemandYear[] = [];
  for (let year = input.baseYear + 1; year <= input.endYear; year++) {
    const elapsed = year - input.baseYear;
    const byVariant = {} as Record<VariantId, number>;
    for (const v of VARIANT_IDS) {
      const start = input.baseline[v].inCare + input.baseline[v].waiting;
      byVariant[v] = Math.max(0, start + input.growthPerYear[v] * elapsed);
    }
    const demand = sum(VARIANT_IDS.map((v) => byVariant[v]));
    years.push({ year, demand, byVariant, places: inCare, waitingIfNoNewPlaces: Math.max(0, demand - inCare) });
  }
  return {
    modelVersion: MODEL_VERSION,
    baseYear: input.baseYear,
    start: { demand: inCare + waiting, inCare, waiting },
    growthPerYear: { ...input.growthPerYear },
    years,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
