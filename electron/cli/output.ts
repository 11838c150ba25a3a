/** The headless projection output: a JSON object or a CSV table of the yearly figures. */
import { GEMEENTEN, VARIANTS } from '../../shared/domain';
import type { AllocationResult, ScenarioSummary } from '../../shared/contract';
import type { CapacityResult, Metrics } from '../../models/capacity/types';

const FIELDS = [
  'demand', 'inCare', 'waitingList', 'waitingTimeMonths', 'places', 'placesNeeded', 'costEuro', 'inflow', 'placements',
  'outflowNeedingHome', 'wlzTransfers', 'wmoPlacesLostToWlz', 'freePlaces', 'inCareElsewhere',
] as const satisfies readonly (keyof Metrics)[];

const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const pick = (m: Metrics) => Object.fromEntries(FIELDS.map((f) => [f, round(m[f])]));

export function projectionJson(scenario: ScenarioSummary, r: CapacityResult, description: { nl: string; en: string }) {
  return {
    modelVersion: r.modelVersion,
    scenario: { id: scenario.id, name: scenario.name, status: scenario.status, lastChange: scenario.updatedAt },
    description,
    startYear: r.startYear,
    endYear: r.endYear,
    notes: r.notes,
    years: r.years.map((y) => ({
      year: y.year,
      ...pick(y),
      byVariant: Object.fromEntries(VARIANTS.map((v) => [v.id, pick(y.byVariant[v.id])])),
      byGemeente: Object.fromEntries(GEMEENTEN.map((g) => [g.naam, pick(y.byGemeente[g.code])])),
    })),
  };
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per year and level: the region, each variant, each gemeente. Comma-separated, decimal point. */
export function projectionCsv(scenario: ScenarioSummary, r: CapacityResult): string {
  const lines = [['scenario', 'modelVersion', 'year', 'level', 'name', ...FIELDS].join(',')];
  const row = (year: number, level: string, name: string, m: Metrics) =>
    [scenario.name, r.modelVersion, year, level, name, ...FIELDS.map((f) => round(m[f]))].map(csvCell).join(',');
  for (const y of r.years) {
    lines.push(row(y.year, 'regio', 'regio', y));
    for (const v of VARIANTS) lines.push(row(y.year, 'vorm', v.label, y.byVariant[v.id]));
    for (const g of GEMEENTEN) lines.push(row(y.year, 'gemeente', g.naam, y.byGemeente[g.code]));
  }
  return lines.join('\n') + '\n';
}

/** One row per gemeente: share, exact quota and whole seats. */
export function allocationCsv(a: AllocationResult): string {
  const lines = ['gemeente,share,quota,seats,method,key,total'];
  for (const x of a.allocation) lines.push([x.gemeente, x.share.toFixed(6), x.quota.toFixed(4), x.seats, a.method, a.key, a.total].map(csvCell).join(','));
  return lines.join('\n') + '\n';
}
