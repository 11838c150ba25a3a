/**
 * Fair share of facilities: norm places per gemeente (total × key share) against the actual places of the
 * locations open at a date, and the fair-share index: the share of places that would have to move to match the
 * norm (half the sum of absolute share differences; 0 % = perfectly even).
 */
import { GEMEENTE_CODES, type VariantId } from '../../shared/domain';
import { monthIndex, type Location } from '../../shared/locations';

export interface FairShareRow {
  actual: number;
  norm: number;
  /** actual − norm, in places. */
  deviation: number;
  /** deviation ÷ norm (null when the norm is 0). */
  deviationPct: number | null;
}

export interface FacilityFairShare {
  total: number;
  rows: FairShareRow[];
  /** 0..1 */
  index: number;
}

/** Wmo places per gemeente open in month yyyymm, for one variant or all. */
export function placesAt(locations: Location[], yyyymm: string, variant: VariantId | 'alle'): number[] {
  const m = monthIndex(yyyymm, 2000);
  const out = GEMEENTE_CODES.map(() => 0);
  for (const l of locations) {
    if (l.financing !== 'Wmo' || (variant !== 'alle' && l.variant !== variant)) continue;
    if (monthIndex(l.opening, 2000) > m || (l.closing && monthIndex(l.closing, 2000) <= m)) continue;
    out[GEMEENTE_CODES.indexOf(l.gemeente)] += l.places;
  }
  return out;
}

export function fairShareIndex(actual: number[], shares: number[]): number {
  const total = actual.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return actual.reduce((s, a, i) => s + Math.abs(a / total - shares[i]), 0) / 2;
}

export function facilityFairShare(actual: number[], shares: number[]): FacilityFairShare {
  const total = actual.reduce((a, b) => a + b, 0);
  const rows = actual.map((a, i) => {
    const norm = total * shares[i];
    return { actual: a, norm, deviation: a - norm, deviationPct: norm > 0 ? (a - norm) / norm : null };
  });
  return { total, rows, index: fairShareIndex(actual, shares) };
}
