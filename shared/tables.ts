/** Tables for export (Excel, CSV and the report): plain rows with typed columns, built by the backend. */

export type ColumnKind = 'tekst' | 'getal' | 'decimaal' | 'fractie' | 'euro';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
}

export type ExportCell = string | number | null;

export interface ExportTable {
  /** Sheet and file name part: short, no special characters ("Aannames"). */
  name: string;
  /** One line that says what the table holds. */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

export interface ExportBundle {
  scenario: { id: number; name: string; status: string; author: string; updatedAt: string };
  modelVersion: string;
  appVersion: string;
  generatedAt: string;
  /** The newest entry of the change history, so a printed number can be traced. */
  lastChange: string;
  tables: ExportTable[];
  /** Extra lines for the Info sheet (e.g. the seed and number of runs of a Monte Carlo). */
  info?: [string, string][];
}

/** A safe file-name part for a scenario name. */
export function fileNamePart(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'scenario';
}
