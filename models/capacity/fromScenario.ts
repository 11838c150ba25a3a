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

/** The keys the model reads, worked out once (not per year and run). */
const KEY = {
  inZorg: GEMEENTE_CODES.map((g) => VARIANT_IDS.map((v) => inZorgKey(g, v))),
  wachtend: GEMEENTE_CODES.map((g) => VARIANT_IDS.map((v) => wachtendKey(g, v))),
  modulairAandeel: MODULAIR_VARIANT_IDS.map((v) => modulairAandeelKey(v)),
  herkomst: GEMEENTE_CODES.map((g) => herkomstKey(g)),
  instroomBasis: VARIANT_IDS.map((v) => instroomBasisKey(v)),
  verblijfsduur: VARIANT_IDS.map((v) => verblijfsduurKey(v)),
  zelfstandig: VARIANT_IDS.map((v) => zelfstandigKey(v)),
  wlzOvergang: VARIANT_IDS.map((v) => wlzOvergangKey(v)),
  wlzOmklap: VARIANT_IDS.map((v) => wlzOmklapKey(v)),
  tarief: VARIANT_IDS.map((v) => tariefKey(v)),
};

export function buildCapacityInput(r: Resolved, locations: Location[], wlzEvents: WlzEvent[]): CapacityInput {
  const G = GEMEENTE_CODES.length;
  const V = VARIANT_IDS.length;
  // Each series is looked up once; the years index into it.
  const S = (keys: string[]) => keys.map((k) => r.series(k));
  const at = (key: string, y: number) => r.series(key)[y];
  const stay = S(KEY.verblijfsduur);
  const independent = S(KEY.zelfstandig);
  const wlzRate = S(KEY.wlzOvergang);
  const flip = S(KEY.wlzOmklap);
  const tariff = S(KEY.tarief);
  const base = S(KEY.instroomBasis);
  const modShare = S(KEY.modulairAandeel);
  const origin = S(KEY.herkomst);
  const growthAI = r.series(GROEI_ALL_INCLUSIVE);
  const growthMod = r.series(GROEI_MODULAIR);
  const wlzOut = r.series(WLZ_UITSTROOM_WIJK);
  const perVariant = (series: Float64Array[], y: number) => Float64Array.from(series, (x) => x[y]);
  const inCare = new Float64Array(G * V);
  const waiting = new Float64Array(G * V);
  for (let g = 0; g < G; g++) {
    for (let v = 0; v < V; v++) {
      inCare[g * V + v] = at(KEY.inZorg[g][v], 0);
      waiting[g * V + v] = at(KEY.wachtend[g][v], 0);
    }
  }
  const perYear: YearAssumptions[] = r.years.map((_, y) => {
    const shares = modShare.map((x) => x[y]);
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const weights = origin.map((x) => x[y]);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    return {
      inflowPerYear: Float64Array.from(VARIANT_IDS, (v, vi) => {
        const growth =
          v === 'allInclusive'
            ? growthAI[y]
            : growthMod[y] * (shareSum > 0 ? shares[MODULAIR_VARIANT_IDS.indexOf(v)] / shareSum : 1 / MODULAIR_VARIANT_IDS.length);
        return Math.max(0, base[vi][y] + growth);
      }),
      originShare: Float64Array.from(weights, (w) => (weightSum > 0 ? w / weightSum : 1 / G)),
      stayMonths: perVariant(stay, y),
      independentShare: perVariant(independent, y),
      wlzRatePerYear: perVariant(wlzRate, y),
      flipShare: perVariant(flip, y),
      wlzOutflowPerYear: wlzOut[y],
      tariffPerDay: perVariant(tariff, y),
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

