/** Reads the demand model's input from a scenario's assumptions. */
import {
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  inZorgKey,
  modulairAandeelKey,
  wachtendKey,
  type AssumptionMap,
} from '../../shared/assumptions';
import { BASE_YEAR, GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS, type VariantId } from '../../shared/domain';
import type { DemandInput } from './projectDemand';

export const DEFAULT_END_YEAR = 2035;

function num(map: AssumptionMap, key: string): number {
  const a = map[key];
  if (!a) throw new Error(`assumption missing: ${key}`);
  return a.value;
}

/** Modulair growth is split by the shares, normalised to sum 1 (equal split when all shares are 0). */
export function modulairShares(map: AssumptionMap): Record<VariantId, number> {
  const raw = MODULAIR_VARIANT_IDS.map((v) => num(map, modulairAandeelKey(v)));
  const total = raw.reduce((a, b) => a + b, 0);
  const shares = {} as Record<VariantId, number>;
  MODULAIR_VARIANT_IDS.forEach((v, i) => {
    shares[v] = total > 0 ? raw[i] / total : 1 / MODULAIR_VARIANT_IDS.length;
  });
  return shares;
}

export function demandInputFromAssumptions(map: AssumptionMap, endYear = DEFAULT_END_YEAR): DemandInput {
  const baseline = {} as DemandInput['baseline'];
  const growthPerYear = {} as DemandInput['growthPerYear'];
  const shares = modulairShares(map);
  for (const v of VARIANT_IDS) {
    baseline[v] = {
      inCare: GEMEENTE_CODES.reduce((s, g) => s + num(map, inZorgKey(g, v)), 0),
      waiting: GEMEENTE_CODES.reduce((s, g) => s + num(map, wachtendKey(g, v)), 0),
    };
    growthPerYear[v] = v === 'allInclusive' ? num(map, GROEI_ALL_INCLUSIVE) : num(map, GROEI_MODULAIR) * shares[v];
  }
  return { baseYear: BASE_YEAR, endYear, baseline, growthPerYear };
}
