/** Builds the capacity model's input from a scenario: resolved assumptions, locations and Wlz events. */
import {
  AANDRIJVING,
  AL_GEWACHT,
  BEGINSTAND_JAAR,
  BEGINSTAND_MAAND,
  DOELGROEP_ALGEMENE_PLEK,
  OVERBRUGGING_PER_DAG,
  doelgroepAandeelKey,
  uitvalKey,
  wlzWachtlijstKey,
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
import { SPECIAL_TARGET_GROUPS, monthIndex, type Location, type TargetGroup, type WlzEvent } from '../../shared/locations';
import type { Resolved } from '../assumptions/resolve';
import { addPlacesNeeded } from './placesNeeded';
import { projectCapacity } from './project';
import type { CapacityInput, CapacityResult, YearAssumptions } from './types';

export const START_YEAR = BASE_YEAR + 1;

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
  uitval: VARIANT_IDS.map((v) => uitvalKey(v)),
  wlzWachtlijst: VARIANT_IDS.map((v) => wlzWachtlijstKey(v)),
  doelgroep: VARIANT_IDS.map((v) => SPECIAL_TARGET_GROUPS.map((t) => doelgroepAandeelKey(v, t))),
};

/** The target groups a scenario needs: algemeen, and each group with a share of need or places of its own. */
function activeGroups(r: Resolved, locations: Location[]): TargetGroup[] {
  const used = new Set<TargetGroup>(['algemeen']);
  SPECIAL_TARGET_GROUPS.forEach((t, ti) => {
    if (locations.some((l) => l.targetGroup === t) || KEY.doelgroep.some((keys) => r.series(keys[ti]).some((x) => x > 0))) used.add(t);
  });
  return ['algemeen', ...SPECIAL_TARGET_GROUPS.filter((t) => used.has(t))];
}

/**
 * Where the projection starts: the month after the starting stock's count (default: stock of December 2024, start
 * January 2025). A count in the projection's last year or later starts in that last year's December at the latest.
 */
export function startOf(r: Resolved): { year: number; firstMonth: number; skip: number } {
  const stockYear = r.series(BEGINSTAND_JAAR)[0];
  const stockMonth = r.series(BEGINSTAND_MAAND)[0];
  let year = stockMonth >= 12 ? stockYear + 1 : stockYear;
  let firstMonth = stockMonth >= 12 ? 0 : Math.max(0, stockMonth);
  const last = r.startYear + r.years.length - 1;
  if (year < r.startYear) [year, firstMonth] = [r.startYear, 0];
  if (year > last) [year, firstMonth] = [last, 11];
  return { year, firstMonth, skip: year - r.startYear };
}

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
  const groups = activeGroups(r, locations);
  const T = groups.length;
  const groupSeries = KEY.doelgroep.map((keys) => groups.slice(1).map((t) => r.series(keys[(SPECIAL_TARGET_GROUPS as readonly TargetGroup[]).indexOf(t)])));
  const uitval = S(KEY.uitval);
  const wlzFromList = S(KEY.wlzWachtlijst);
  const waitingCost = r.series(OVERBRUGGING_PER_DAG);
  const inCare = new Float64Array(G * V);
  const waiting = new Float64Array(G * V);
  for (let g = 0; g < G; g++) {
    for (let v = 0; v < V; v++) {
      inCare[g * V + v] = at(KEY.inZorg[g][v], 0);
      waiting[g * V + v] = at(KEY.wachtend[g][v], 0);
    }
  }
  const start = startOf(r);
  const perYear: YearAssumptions[] = r.years.slice(start.skip).map((_, i) => {
    const y = i + start.skip;
    const shares = modShare.map((x) => x[y]);
    const shareSum = shares.reduce((a, b) => a + b, 0);
    const weights = origin.map((x) => x[y]);
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const growth = Float64Array.from(VARIANT_IDS, (v) =>
      v === 'allInclusive' ? growthAI[y] : growthMod[y] * (shareSum > 0 ? shares[MODULAIR_VARIANT_IDS.indexOf(v)] / shareSum : 1 / MODULAIR_VARIANT_IDS.length),
    );
    // Per variant: the special groups' shares; algemeen the rest (shares over 100 % are scaled down to 100 %).
    const groupShare = new Float64Array(VARIANT_IDS.length * T);
    VARIANT_IDS.forEach((_, vi) => {
      const special = groupSeries[vi].map((x) => Math.max(0, x[y]));
      const total = special.reduce((a, b) => a + b, 0);
      const scale = total > 1 ? 1 / total : 1;
      groupShare[vi * T] = Math.max(0, 1 - total * scale);
      special.forEach((x, i) => (groupShare[vi * T + 1 + i] = x * scale));
    });
    return {
      inflowPerYear: Float64Array.from(VARIANT_IDS, (_, vi) => Math.max(0, base[vi][y] + growth[vi])),
      needGrowthPerYear: growth,
      groupShare,
      listDepartureRatePerYear: perVariant(uitval, y),
      listWlzRatePerYear: perVariant(wlzFromList, y),
      waitingCostPerDay: waitingCost[y],
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
    startYear: start.year,
    yearCount: r.years.length - start.skip,
    firstMonth: start.firstMonth,
    inCare,
    waiting,
    locations: locations.map((l) => ({
      h: GEMEENTE_CODES.indexOf(l.gemeente),
      v: VARIANT_IDS.indexOf(l.variant),
      places: l.places,
      // Months count from the first projected month (the month after the starting count).
      openMonth: monthIndex(l.opening, start.year) - start.firstMonth,
      closeMonth: l.closing ? monthIndex(l.closing, start.year) - start.firstMonth : null,
      wmo: l.financing === 'Wmo',
      t: Math.max(0, groups.indexOf(l.targetGroup)),
    })),
    perYear,
    wlzOneOffs: wlzEvents.filter((e) => e.year >= start.year).map((e) => ({ yearIndex: e.year - start.year, clients: e.clients, v: e.variant ? VARIANT_IDS.indexOf(e.variant) : null })),
    waitingTargetMonths: at(WACHTTIJD_NORM, 0),
    allowOtherVariant: at(UITWIJKEN, 0) >= 0.5,
    driver: at(AANDRIJVING, 0) >= 0.5 ? 'inflow' : 'need',
    targetGroups: groups,
    groupMayUseGeneral: at(DOELGROEP_ALGEMENE_PLEK, 0) >= 0.5,
    historyMeanWaitMonths: at(AL_GEWACHT, 0),
  };
}

/** The full projection of a resolved scenario, with the places needed per year (a search over projections). */
export function projectScenario(r: Resolved, locations: Location[], wlzEvents: WlzEvent[]): CapacityResult {
  const input = buildCapacityInput(r, locations, wlzEvents);
  const result = projectCapacity(input);
  addPlacesNeeded(input, result);
  return result;
}

