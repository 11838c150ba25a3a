/** Exports cannot attack Excel: user text from a real scenario reaches CSV (app and CLI) and .xlsx as text only. */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { main } from '../../electron/cli/plan';
import { GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
import type { ExportBundle } from '../../shared/tables';
import { toCsv, toXlsx } from '../../shared/workbook';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

const NAME = '=HYPERLINK("https://example.com","klik")';
const LOCATION = '@SUM(1+1)';
const SOURCE = 'Notitie\r\n=cmd|\' /C calc\'!A0';
const FORMULA = '=20 * 1,01 ^ t';

let backend: Backend;
let db: string;
const { ok } = contractCalls(() => backend);
let id: number;
beforeEach(() => {
  db = tempDb('export-injection');
  backend = openBackend(db, 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: NAME }).id;
  ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: FORMULA });
  ok('locations.save', {
    scenarioId: id,
    location: { name: LOCATION, gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'LVB', source: SOURCE, isAanname: true },
  });
});
afterEach(() => backend.close());

const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
const DANGEROUS_START = /^[=+@\t\r\n]|^-(?!\d+(?:[.,]\d+)?$)/;

describe('exports of a scenario with formula-like text', () => {
  it('app CSV: the assumption formula, the location name and a two-line source are text on one line', () => {
    const b = ok<ExportBundle>('export.tables', { scenarioId: id });
    for (const t of b.tables) {
      const csv = toCsv(t, b);
      const rows = parse(csv, ';');
      expect(csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')).toHaveLength(rows.length);
      for (const cell of rows.flat()) expect(cell).not.toMatch(DANGEROUS_START);
    }
    const aannames = parse(toCsv(b.tables.find((t) => t.name === 'Aannames')!, b), ';');
    expect(aannames.find((r) => r[0] === GROEI_ALL_INCLUSIVE)?.[4]).toBe(`'${FORMULA}`);
    const locaties = parse(toCsv(b.tables.find((t) => t.name === 'Locaties')!, b), ';');
    expect(locaties.find((r) => r[0] === `'${LOCATION}`)?.[8]).toBe("Notitie =cmd|' /C calc'!A0");
  });

  it('xlsx: no formulas anywhere, the formula of the assumption is a string', async () => {
    const b = ok<ExportBundle>('export.tables', { scenarioId: id });
    const files = unzipSync(new Uint8Array(await (await toXlsx(b)).arrayBuffer()));
    const sheets = Object.keys(files).filter((n) => n.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBe(b.tables.length + 1);
    for (const n of sheets) expect(strFromU8(files[n])).not.toMatch(/<f[\s>/]/);
    const strings = strFromU8(files['xl/sharedStrings.xml']);
    expect(strings).toContain(`<t>${FORMULA.replace(/&/g, '&amp;')}</t>`);
    expect(strings).toContain(`<t>${LOCATION}</t>`);
  });

  it('CLI CSV: the scenario name is neutralised on every row, and numbers stay plain', () => {
    backend.close();
    const out = `${db}.csv`;
    const r = main(['run', '--scenario', NAME, '--format', 'csv', '--db', db, '--out', out]);
    backend = openBackend(db, 'test', FIXED_NOW);
    expect(r.code).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    const rows = parse(csv, ',');
    expect(csv.trimEnd().split('\n')).toHaveLength(rows.length);
    // Per year: the region, 4 forms, 8 gemeenten and each target group in the scenario (algemeen and the location's).
    const groups = new Set(rows.slice(1).filter((row) => row[3] === 'doelgroep').map((row) => row[4]));
    expect(groups.has('algemeen')).toBe(true);
    expect(rows).toHaveLength(1 + 11 * (13 + groups.size));
    for (const row of rows.slice(1)) {
      expect(row[0]).toBe(`'${NAME}`);
      expect(row.slice(5).every((x) => x === '' || /^-?\d+(\.\d+)?$/.test(x))).toBe(true);
    }
  });
});
