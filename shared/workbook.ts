/**
 * Writes export tables as an Excel workbook (one sheet per table, plus an info sheet) or as CSV for Dutch Excel.
 * User text never becomes a live formula. In the workbook every text is a string cell (shared string, `t="s"`),
 * which Excel does not evaluate; text that starts like a formula also gets the Text format "@", so editing the
 * cell in Excel keeps it text. It keeps its exact characters (a formula of an assumption reads as entered): an
 * apostrophe written into an .xlsx string is not Excel's hidden quote prefix but a visible character.
 * In CSV such text gets that leading apostrophe (see csv.ts), because there Excel would evaluate it.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import { DUTCH_EXCEL, startsLikeFormula, writeCsv, type CsvValue } from './csv';
import type { ColumnKind, ExportBundle, ExportTable } from './tables';

const FORMATS: Record<ColumnKind, string | undefined> = {
  tekst: undefined,
  getal: '#,##0',
  decimaal: '#,##0.0',
  fractie: '0.0%',
  euro: '€ #,##0',
};

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** A string cell; text that starts like a formula is also formatted as Text ("@"). */
export function textCell(text: string): Cell {
  return startsLikeFormula(text) ? { value: text, type: String, format: '@' } : { value: text, type: String };
}

function infoSheet(b: ExportBundle): Sheet<Blob> {
  const rows: [string, string][] = [
    ['Scenario', b.scenario.name],
    ['Status', b.scenario.status],
    ['Auteur', b.scenario.author || '—'],
    ['Laatste wijziging', b.lastChange],
    ['Modelversie', b.modelVersion],
    ['Plekkenplanner', b.appVersion],
    ['Gemaakt op', b.generatedAt],
    ...(b.info ?? []),
    ['Let op', 'Waarden met "Aanname = ja" komen niet uit een document of statistiek; zie het blad Aannames.'],
    ...b.tables.map((t): [string, string] => [`Blad "${sheetName(t.name)}"`, t.title]),
  ];
  return {
    sheet: 'Info',
    columns: [{ width: 22 }, { width: 100 }],
    data: [[{ value: 'Plekkenplanner — export', fontWeight: 'bold' }, null], ...rows.map(([k, v]): Cell[] => [{ value: k, fontWeight: 'bold', type: String }, textCell(v)])],
  };
}

function tableSheet(t: ExportTable): Sheet<Blob> {
  const header: Cell[] = t.columns.map((c) => ({ value: c.header, fontWeight: 'bold', wrap: true, type: String }));
  const body = t.rows.map((row) =>
    row.map((v, i): Cell => (typeof v === 'number' ? { value: v, type: Number, format: FORMATS[t.columns[i].kind] } : v === null ? null : textCell(v))),
  );
  return {
    sheet: sheetName(t.name),
    columns: t.columns.map((c) => ({ width: c.kind === 'tekst' ? Math.min(60, Math.max(12, c.header.length)) : Math.max(12, Math.min(24, c.header.length)) })),
    stickyRowsCount: 1,
    data: [header, ...body],
  };
}

export async function toXlsx(bundle: ExportBundle): Promise<Blob> {
  return writeXlsxFile([infoSheet(bundle), ...bundle.tables.map(tableSheet)]).toBlob();
}

const CSV_DIGITS: Record<ColumnKind, number> = { tekst: 2, getal: 0, decimaal: 2, fractie: 4, euro: 0 };

/** One table as CSV for Dutch Excel, after a few `#` lines that say what it is and where it comes from. */
export function toCsv(t: ExportTable, b: Pick<ExportBundle, 'scenario' | 'modelVersion' | 'generatedAt' | 'info'>): string {
  const rows: CsvValue[][] = [
    [`# ${t.title}`],
    [`# Scenario: ${b.scenario.name}; modelversie ${b.modelVersion}; gemaakt ${b.generatedAt}`],
    ...(b.info ?? []).map(([k, v]) => [`# ${k}: ${v}`]),
    t.columns.map((c) => c.header),
    ...t.rows,
  ];
  return writeCsv(rows, { ...DUTCH_EXCEL, digits: t.columns.map((c) => CSV_DIGITS[c.kind]) });
}
