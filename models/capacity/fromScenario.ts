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
import { numberSlices } from '../numbers';
import { addPlacesNeeded } from './placesNeeded';
import { projectCapacity } from './project';
import type { CapacityInput, CapacityResult, ModelLocation, YearAssumptions } from './types';

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

/** The model's locations by start year and target groups, for one list of locations (the Monte Carlo's runs share one). */
export type ModelLocationsMemo = Map<string, ModelLocation[]>;

/** Location months count from the first projected month (the month after the starting count). */
function modelLocations(locations: Location[], startYear: number, firstMonth: number, groups: TargetGroup[], memo?: ModelLocationsMemo): ModelLocation[] {
  const key = `${startYear}|${firstMonth}|${groups.join('|')}`;
  let out = memo?.get(key);
  if (!out) {
    out = locations.map((l) => ({
      h: GEMEENTE_CODES.indexOf(l.gemeente),
      v: VARIANT_IDS.indexOf(l.variant),
      places: l.places,
      openMonth: monthIndex(l.opening, startYear) - firstMonth,
      closeMonth: l.closing ? monthIndex(l.closing, startYear) - firstMonth : null,
      wmo: l.financing === 'Wmo',
      t: Math.max(0, groups.indexOf(l.targetGroup)),
    }));
    if (!memo) return out;
    memo.set(key, out);
  }
  // A copy per input: the model's input is the caller's to change.
  return out.map((l) => ({ ...l }));
}

/** `memo`: shared by calls with the same list of locations (they are converted once). */
export function buildCapacityInput(r: Resolved, locations: Location[], wlzEvents: WlzEvent[], memo?: ModelLocationsMemo): CapacityInput {
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
  const groups = activeGroups(r, locations);
  const T = groups.length;
  const start = startOf(r);
  // Every year's numbers in one buffer (a Monte Carlo builds this input in every run).
  const years = r.years.length - start.skip;
  // Per year 9 arrays per variant, the group shares and the origin shares; the stocks in care and waiting.
  const take = numberSlices(years * (9 * V + V * T + G) + 2 * G * V, 'buildCapacityInput');
  const perVariant = (series: Float64Array[], y: number) => {
    const out = take(V);
    for (let v = 0; v < V; v++) out[v] = series[v][y];
    return out;
  };
  const groupSeries = KEY.doelgroep.map((keys) => groups.slice(1).map((t) => r.series(keys[(SPECIAL_TARGET_GROUPS as readonly TargetGroup[]).indexOf(t)])));
  const uitval = S(KEY.uitval);
  const wlzFromList = S(KEY.wlzWachtlijst);
  const waitingCost = r.series(OVERBRUGGING_PER_DAG);
  const inCare = take(G * V);
  const waiting = take(G * V);
  for (let g = 0; g < G; g++) {
    for (let v = 0; v < V; v++) {
      inCare[g * V + v] = at(KEY.inZorg[g][v], 0);
      waiting[g * V + v] = at(KEY.wachtend[g][v], 0);
    }
  }
  const aiIndex = VARIANT_IDS.indexOf('allInclusive');
  const modulairIndex = VARIANT_IDS.map((v) => MODULAIR_VARIANT_IDS.indexOf(v));
  const perYear: YearAssumptions[] = r.years.slice(start.skip).map((_, i) => {
    const y = i + start.skip;
    let shareSum = 0;
    for (const x of modShare) shareSum += x[y];
    let weightSum = 0;
    for (const x of origin) weightSum += x[y];
    const growth = take(V);
    for (let v = 0; v < V; v++) {
      growth[v] = v === aiIndex ? growthAI[y] : growthMod[y] * (shareSum > 0 ? modShare[modulairIndex[v]][y] / shareSum : 1 / MODULAIR_VARIANT_IDS.length);
    }
    // Per variant: the special groups' shares; algemeen the rest (shares over 100 % are scaled down to 100 %).
    const groupShare = take(V * T);
    for (let v = 0; v < V; v++) {
      let total = 0;
      for (const x of groupSeries[v]) total += Math.max(0, x[y]);
      const scale = total > 1 ? 1 / total : 1;
      groupShare[v * T] = Math.max(0, 1 - total * scale);
      groupSeries[v].forEach((x, i) => (groupShare[v * T + 1 + i] = Math.max(0, x[y]) * scale));
    }
    const inflowPerYear = take(V);
    for (let v = 0; v < V; v++) inflowPerYear[v] = Math.max(0, base[v][y] + growth[v]);
    const originShare = take(G);
    for (let g = 0; g < G; g++) originShare[g] = weightSum > 0 ? origin[g][y] / weightSum : 1 / G;
    return {
      inflowPerYear,
      needGrowthPerYear: growth,
      groupShare,
      listDepartureRatePerYear: perVariant(uitval, y),
      listWlzRatePerYear: perVariant(wlzFromList, y),
      waitingCostPerDay: waitingCost[y],
      originShare,
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
    locations: modelLocations(locations, start.year, start.firstMonth, groups, memo),
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

