/**
 * Whole places on the Fair share tab. A key gives each gemeente a share, so its norm is a fraction of a place;
 * rounding each gemeente on its own does not add up (375 places became 374 or 376). Every whole-number distribution
 * on this tab comes from one apportionment method (models/apportion), chosen on the tab, so each column sums to its
 * total exactly.
 */
import type { FacilityFairShare, FairShareRow } from '../../../models/fairshare/facilities';
import { apportion, ApportionError, METHOD_LABELS, METHODS, type Method } from '../../../models/apportion/apportion';

export { METHOD_LABELS, METHODS, type Method };
export const DEFAULT_METHOD: Method = 'largest-remainder';

/** The method's name inside a sentence ("in hele plekken met grootste overschot (Hamilton)"). */
export function methodInSentence(m: Method): string {
  return m === 'largest-remainder' ? 'grootste overschot (Hamilton)' : METHOD_LABELS[m];
}

/** What each method does, in words a beleidsmedewerker reads (after "<method>: "). */
export const METHOD_HELP: Record<Method, string> = {
  'largest-remainder': 'elke gemeente krijgt eerst het hele deel van haar norm; de overgebleven plekken gaan naar de grootste resten.',
  'sainte-lague': 'plek voor plek naar het hoogste gemiddelde (delers 1, 3, 5, …): evenwichtig voor grote en kleine gemeenten.',
  dhondt: "plek voor plek naar het hoogste gemiddelde (delers 1, 2, 3, …): iets gunstiger voor grote gemeenten.",
};

/** Whole places per gemeente that add up exactly to `total`, or null when the key gives nobody a share. */
export function wholePlaces(total: number, weights: readonly number[], method: Method): number[] | null {
  const t = Math.max(0, Math.round(total));
  try {
    return apportion(t, weights, method);
  } catch (e) {
    if (e instanceof ApportionError) return null;
    throw e;
  }
}

export interface WholeFairShare extends FacilityFairShare {
  /** Places that would have to move to match the whole-place norm: the sum of the surpluses. */
  toMove: number;
}

/** The facility fair share with the norm in whole places (same shape, so a map or a chart takes either). */
export function wholeFacility(f: FacilityFairShare, method: Method): WholeFairShare {
  const norms = wholePlaces(f.total, f.rows.map((r) => r.norm), method) ?? f.rows.map((r) => Math.round(r.norm));
  const rows: FairShareRow[] = f.rows.map((r, i) => {
    const norm = norms[i];
    const deviation = r.actual - norm;
    return { actual: r.actual, norm, deviation, deviationPct: norm > 0 ? deviation / norm : null };
  });
  return { ...f, rows, toMove: rows.reduce((s, r) => s + Math.max(0, r.deviation), 0) };
}
