/** The reporting year: the setting, as a whole year within the projection (a year past the end counts as the last year). */
import { EINDJAAR, RAPPORTAGEJAAR, RAPPORTAGEJAAR_STANDAARD } from '../../shared/assumptions';
import type { Resolved } from '../assumptions/resolve';
import { BASE_YEAR } from '../../shared/domain';

/** The first projected year (as START_YEAR in capacity/fromScenario; not imported from there, so the renderer can use this file without the formula engine). */
const START_YEAR = BASE_YEAR + 1;

/** `wanted` clamped to the projection years; a missing or unusable value gives the default. */
export function clampReportingYear(wanted: number | undefined, firstYear: number, lastYear: number): number {
  const year = wanted !== undefined && Number.isFinite(wanted) && wanted > 0 ? Math.round(wanted) : RAPPORTAGEJAAR_STANDAARD;
  return Math.min(Math.max(year, firstYear), Math.max(firstYear, lastYear));
}

/** The reporting year of resolved assumptions (0 in the series means the scenario has no such assumption yet). */
export function reportingYearOf(r: Resolved): number {
  return clampReportingYear(r.series(RAPPORTAGEJAAR)[0], r.years[0], r.years[r.years.length - 1]);
}

/**
 * The projection years and the reporting year from stored values, before any run (the renderer's default year
 * pickers): the same rule as the resolve (first year START_YEAR, last year the setting) and as reportingYearOf.
 */
export function yearsFromValues(values: Partial<Record<string, { value: number }>>): { years: number[]; reportingYear: number } {
  const last = Math.max(START_YEAR, Math.round(values[EINDJAAR]?.value ?? START_YEAR + 10));
  const years = Array.from({ length: last - START_YEAR + 1 }, (_, i) => START_YEAR + i);
  return { years, reportingYear: clampReportingYear(values[RAPPORTAGEJAAR]?.value, START_YEAR, last) };
}
