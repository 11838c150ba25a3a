/** Builds the capacity model's input from a scenario: resolved assumptions, locations and Wlz events. */
import {
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  UITWIJKEN,
  WACHTTIJD_NORM,
  WLZ_UITSTROOM_WIJK,
  herkomstKey,
  inZorgKey,
  instroomBasisKey,
  modulairAandeelKey,
  tariefKey,
  verblijfsduurKey,
  wachtendKey,
  wlzOmklapKey,
  wlzOvergangKey,
  zelfstandigKey,
} from '../../shared/assumptions';
import { BASE_YEAR, GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS } from '../../shared/domain';
import { monthIndex, type Location, type WlzEvent } from '../../shared/locations';
import { resolveAssumptions, type CellInput, type FormulaCache, type Resolved } from '../assumptions/resolve';
import { projectCapacity } from './project';
import type { CapacityInput, CapacityResult, YearAssumptions } from './types';

export const START_YEAR = BASE_YEAR + 1;

export interface ScenarioData {
  assumptions: Record<string, CellInput>;
  locations: Location[];
  wlzEvents: WlzEvent[];
}

export function buildCapacityInput(r: Resolved, locations: Location[], wlzEvents: WlzEvent[]): CapacityInput {
  const G = GEMEENTE_CODES.length;
  const V = VARIANT_IDS.length;
  const at = (key: string, y: number) => r.series(key)[y];
  const inCare = new Float64Array(G * V);
  const waiting = new Float64Array(G * V);
  GEMEENTE_CODES.forEach((g, gi) =>
    VARIANT_IDS.forEach((v, vi) => {
      inCare[gi * V + vi] = at(inZorgKey(g, v), 0);
      waiting[gi * V + vi] = at(wachtendKey(g, v), 0);
    }),
  );
  const perYear: YearAssumptions[] = r.years.map((_, y) => {
    const shares = MODULAIR_VARIANT_IDS.map((v) => at(modulairAandeelKey(v), y));
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const weights = GEMEENTE_CODES.map((g) => at(herkomstKey(g), y));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    return {
      inflowPerYear: Float64Array.from(VARIANT_IDS, (v) => {
        const growth =
          v === 'allInclusive'
            ? at(GROEI_ALL_INCLUSIVE, y)
            : at(GROEI_MODULAIR, y) * (shareSum > 0 ? shares[MODULAIR_VARIANT_IDS.indexOf(v)] / shareSum : 1 / MODULAIR_VARIANT_IDS.length);
        return Math.max(0, at(instroomBasisKey(v), y) + growth);
      }),
      originShare: Float64Array.from(weights, (w) => (weightSum > 0 ? w / weightSum : 1 / G)),
      stayMonths: Float64Array.from(VARIANT_IDS, (v) => at(verblijfsduurKey(v), y)),
      independentShare: Float64Array.from(VARIANT_IDS, (v) => at(zelfstandigKey(v), y)),
      wlzRatePerYear: Float64Array.from(VARIANT_IDS, (v) => at(wlzOvergangKey(v), y)),
      flipShare: Float64Array.from(VARIANT_IDS, (v) => at(wlzOmklapKey(v), y)),
      wlzOutflowPerYear: at(WLZ_UITSTROOM_WIJK, y),
      tariffPerDay: Float64Array.from(VARIANT_IDS, (v) => at(tariefKey(v), y)),
    };
  });
  return {
    startYear: r.startYear,
    yearCount: r.years.length,
    inCare,
    waiting,
    locations: locations.map((l) => ({
      h: GEMEENTE_CODES.indexOf(l.gemeente),
      v: VARIANT_IDS.indexOf(l.variant),
      places: l.places,
      openMonth: monthIndex(l.opening, r.startYear),
      closeMonth: l.closing ? monthIndex(l.closing, r.startYear) : null,
      wmo: l.financing === 'Wmo',
    })),
    perYear,
    wlzOneOffs: wlzEvents.map((e) => ({ yearIndex: e.year - r.startYear, clients: e.clients, v: e.variant ? VARIANT_IDS.indexOf(e.variant) : null })),
    waitingTargetMonths: at(WACHTTIJD_NORM, 0),
    allowOtherVariant: at(UITWIJKEN, 0) >= 0.5,
  };
}

export interface ScenarioRun {
  result: CapacityResult;
  /** Per assumption key: why its formula or value could not be used (the stored value was used instead). */
  errors: Record<string, string>;
}

export function runScenario(data: ScenarioData, cache?: FormulaCache): ScenarioRun {
  const r = resolveAssumptions(data.assumptions, START_YEAR, cache);
  return { result: projectCapacity(buildCapacityInput(r, data.locations, data.wlzEvents)), errors: r.errors };
}

