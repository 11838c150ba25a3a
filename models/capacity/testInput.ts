/** A small hand-checkable model input for tests and benchmarks: everything zero unless a test sets it. */
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { CapacityInput, ModelLocation, YearAssumptions } from './types';

export const G = GEMEENTE_CODES.length;
export const V = VARIANT_IDS.length;
export const AI = 0;
export const BORNE = 0;
export const HAAKSBERGEN = GEMEENTE_CODES.indexOf('GM0158');

export function yearAssumptions(over: Partial<Record<keyof YearAssumptions, number | number[]>> = {}): YearAssumptions {
  const arr = (k: keyof YearAssumptions, n: number, dflt: number) => {
    const x = over[k];
    return Float64Array.from({ length: n }, (_, i) => (Array.isArray(x) ? x[i] : typeof x === 'number' ? x : dflt));
  };
  return {
    inflowPerYear: arr('inflowPerYear', V, 0),
    originShare: over.originShare ? arr('originShare', G, 0) : Float64Array.from({ length: G }, (_, i) => (i === 0 ? 1 : 0)),
    stayMonths: arr('stayMonths', V, 50),
    independentShare: arr('independentShare', V, 0.5),
    wlzRatePerYear: arr('wlzRatePerYear', V, 0),
    flipShare: arr('flipShare', V, 0),
    wlzOutflowPerYear: typeof over.wlzOutflowPerYear === 'number' ? over.wlzOutflowPerYear : 0,
    tariffPerDay: arr('tariffPerDay', V, 0),
    needGrowthPerYear: arr('needGrowthPerYear', V, 0),
    listDepartureRatePerYear: arr('listDepartureRatePerYear', V, 0),
    listWlzRatePerYear: arr('listWlzRatePerYear', V, 0),
    waitingCostPerDay: typeof over.waitingCostPerDay === 'number' ? over.waitingCostPerDay : 0,
  };
}

export function testInput(opts: {
  years?: number;
  inCare?: [g: number, v: number, n: number][];
  waiting?: [g: number, v: number, n: number][];
  locations?: Partial<ModelLocation>[];
  year?: Parameters<typeof yearAssumptions>[0];
  allowOtherVariant?: boolean;
}): CapacityInput {
  const years = opts.years ?? 3;
  const stock = (list: [number, number, number][] = []) => {
    const a = new Float64Array(G * V);
    for (const [g, v, n] of list) a[g * V + v] = n;
    return a;
  };
  return {
    startYear: 2025,
    yearCount: years,
    inCare: stock(opts.inCare),
    waiting: stock(opts.waiting),
    locations: (opts.locations ?? []).map((l) => ({ h: 0, v: 0, places: 0, openMonth: -1, closeMonth: null, wmo: true, ...l })),
    perYear: Array.from({ length: years }, () => yearAssumptions(opts.year)),
    wlzOneOffs: [],
    waitingTargetMonths: 3,
    allowOtherVariant: opts.allowOtherVariant ?? false,
  };
}
