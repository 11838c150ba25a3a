/** Writes export tables as an Excel workbook (one sheet per table, plus an info sheet) or as CSV for Dutch Excel. */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { ColumnKind, ExportBundle, ExportCell, ExportTable } from './tables';

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
    data: [[{ value: 'Plekkenplanner — export', fontWeight: 'bold' }, null], ...rows.map(([k, v]) => [{ value: k, fontWeight: 'bold' as const }, v])],
  };
}

function tableSheet(t: ExportTable): Sheet<Blob> {
  const header: Cell[] = t.columns.map((c) => ({ value: c.header, fontWeight: 'bold', wrap: true }));
  const body = t.rows.map((row) =>
    row.map((v, i): Cell => (typeof v === 'number' ? { value: v, type: Number, format: FORMATS[t.columns[i].kind] } : v === null ? null : { value: v, type: String })),
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

function csvCell(v: ExportCell, kind: ColumnKind): string {
  if (v === null) return '';
  if (typeof v === 'number') {
    const digits = kind === 'getal' || kind === 'euro' ? 0 : kind === 'fractie' ? 4 : 2;
    return v.toFixed(digits).replace('.', ',');
  }
  return /[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV as Dutch Excel reads it: semicolons, decimal commas, UTF-8 with BOM, no thousands separators. */
export function toCsv(t: ExportTable, b: Pick<ExportBundle, 'scenario' | 'modelVersion' | 'generatedAt' | 'info'>): string {
  const lines = [
    `# ${t.title}`,
    `# Scenario: ${b.scenario.name}; modelversie ${b.modelVersion}; gemaakt ${b.generatedAt}`,
    ...(b.info ?? []).map(([k, v]) => `# ${k}: ${v}`),
    t.columns.map((c) => csvCell(c.header, 'tekst')).join(';'),
    ...t.rows.map((r) => r.map((v, i) => csvCell(v, t.columns[i].kind)).join(';')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
