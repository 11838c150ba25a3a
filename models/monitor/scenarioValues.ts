/**
 * A scenario's current assumption values as the monitor compares and adopts them: one number per key (the value in
 * the first projection year), and the inflow and need growth per form worked out as the capacity model does.
 */
import {
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  instroomBasisKey,
  modulairAandeelKey,
  type AssumptionMap,
} from '../../shared/assumptions';
import { MODULAIR_VARIANT_IDS, type VariantId } from '../../shared/domain';

/** Assumption key → its current value (for a formula: its value in the first projection year). */
export type CurrentValues = Record<string, number>;

export function currentValues(map: AssumptionMap): CurrentValues {
  const out: CurrentValues = {};
  for (const a of Object.values(map)) if (Number.isFinite(a.value)) out[a.key] = a.value;
  return out;
}

/** The need growth per year the model gives a variant (all-inclusive its own; modulair split by the modulair shares). */
export function currentGrowth(c: CurrentValues, v: VariantId): number {
  if (v === 'allInclusive') return c[GROEI_ALL_INCLUSIVE] ?? 0;
  const shares = MODULAIR_VARIANT_IDS.map((m) => c[modulairAandeelKey(m)] ?? 0);
  const sum = shares.reduce((a, b) => a + b, 0);
  const share = sum > 0 ? shares[MODULAIR_VARIANT_IDS.indexOf(v)] / sum : 1 / MODULAIR_VARIANT_IDS.length;
  return (c[GROEI_MODULAIR] ?? 0) * share;
}

/** The new indications per year the model gives a variant under the inflow driver: base inflow + growth, at least 0. */
export function currentInflow(c: CurrentValues, v: VariantId): number {
  return Math.max(0, (c[instroomBasisKey(v)] ?? 0) + currentGrowth(c, v));
}
