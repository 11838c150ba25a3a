/** The headless projection output: a JSON object or a CSV table of the yearly figures. */
import { PLAIN_CSV, writeCsv, type CsvValue } from '../../shared/csv';
import { GEMEENTEN, VARIANTS } from '../../shared/domain';
import type { AllocationResult, ScenarioSummary } from '../../shared/contract';
import type { CapacityResult, Metrics } from '../../models/capacity/types';
import { OUTPUT_METRICS } from '../../shared/metrics';

const FIELDS = OUTPUT_METRICS.map((m) => m.id);

/** What the output names of the scenario: a stored one, or one read from a file (no id, no last change). */
export type ProjectionSource = Pick<ScenarioSummary, 'name' | 'status'> & { id: number | null; updatedAt: string | null };

const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const pick = (m: Metrics) => Object.fromEntries(FIELDS.map((f) => [f, round(m[f])]));

export function projectionJson(scenario: ProjectionSource, r: CapacityResult, description: { nl: string; en: string }, reportingYear: number) {
  return {
    modelVersion: r.modelVersion,
    scenario: { id: scenario.id, name: scenario.name, status: scenario.status, lastChange: scenario.updatedAt },
    description,
    startYear: r.startYear,
    endYear: r.endYear,
    /** The year the app's headline figures, comparison and report are about. */
    reportingYear,
    driver: r.driver === 'need' ? 'behoefte' : 'instroom',
    targetGroups: r.targetGroups,
    notes: r.notes,
    years: r.years.map((y) => ({
      year: y.year,
      ...pick(y),
      byVariant: Object.fromEntries(VARIANTS.map((v) => [v.id, pick(y.byVariant[v.id])])),
      byGemeente: Object.fromEntries(GEMEENTEN.map((g) => [g.naam, pick(y.byGemeente[g.code])])),
      byTargetGroup: Object.fromEntries(Object.entries(y.byTargetGroup).map(([t, m]) => [t, pick(m!)])),
    })),
  };
}

/** One row per year and level: the region, each variant, each gemeente, each target group. Comma-separated, decimal point. */
export function projectionCsv(scenario: ProjectionSource, r: CapacityResult): string {
  const rows: CsvValue[][] = [['scenario', 'modelVersion', 'year', 'level', 'name', ...FIELDS]];
  const row = (year: number, level: string, name: string, m: Metrics) => [scenario.name, r.modelVersion, year, level, name, ...FIELDS.map((f) => round(m[f]))];
  for (const y of r.years) {
    rows.push(row(y.year, 'regio', 'regio', y));
    for (const v of VARIANTS) rows.push(row(y.year, 'vorm', v.label, y.byVariant[v.id]));
    for (const g of GEMEENTEN) rows.push(row(y.year, 'gemeente', g.naam, y.byGemeente[g.code]));
    for (const [t, m] of Object.entries(y.byTargetGroup)) rows.push(row(y.year, 'doelgroep', t, m!));
  }
  return writeCsv(rows, PLAIN_CSV);
}

/** One row per gemeente: share, exact quota and whole seats. */
export function allocationCsv(a: AllocationResult): string {
  const rows: CsvValue[][] = [['gemeente', 'share', 'quota', 'seats', 'method', 'key', 'total']];
  for (const x of a.allocation) rows.push([x.gemeente, x.share, x.quota, x.seats, a.method, a.key, a.total]);
  return writeCsv(rows, { ...PLAIN_CSV, digits: [undefined, 6, 4] });
}
