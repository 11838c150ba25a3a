/** Excel/CSV export of a scenario and the import of key inputs per gemeente (preview, per-row errors, all or nothing). */
import readXlsxFile from 'read-excel-file/universal';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { ASSUMPTION_DEFS, ethosKey, inwonersKey, socialeHuurKey } from '../../shared/assumptions';
import type { ChangeEntry, KeyImportPreview, ScenarioData, ScenarioSummary } from '../../shared/contract';
import { parseCsv, readKeyTable } from '../../shared/keyImport';
import type { ExportBundle } from '../../shared/tables';
import { toCsv, toXlsx } from '../../shared/workbook';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let id: number;
beforeEach(() => {
  backend = openBackend(tempDb('export'), 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: 'Export' }).id;
});
afterEach(() => backend.close());

describe('export.tables', () => {
  it('holds every assumption with its source, and the yearly results the projection gives', () => {
    const b = ok<ExportBundle>('export.tables', { scenarioId: id });
    expect(b.modelVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(b.lastChange).toContain('Scenario aangemaakt');
    const names = b.tables.map((t) => t.name);
    expect(names).toEqual(['Capaciteit per jaar', 'Per vorm', 'Wachtlijst per gemeente', 'Fair share', 'Urgentie', 'Locaties', 'Wlz-overgangen', 'Aannames']);
    const aannames = b.tables.find((t) => t.name === 'Aannames')!;
    expect(aannames.rows).toHaveLength(ASSUMPTION_DEFS.length);
    for (const r of aannames.rows) expect(String(r[5]).length).toBeGreaterThan(0);
    const cap = b.tables[0];
    const proj = ok<{ result: { years: { year: number; waitingList: number }[] } }>('projection.capacity', { scenarioId: id }).result;
    expect(cap.rows.map((r) => r[0])).toEqual(proj.years.map((y) => String(y.year)));
    expect(cap.rows.map((r) => r[3])).toEqual(proj.years.map((y) => y.waitingList));
    // Per-gemeente waiting lists sum to the regional one.
    const perG = b.tables[2];
    perG.rows.forEach((r, i) => expect((r.slice(1) as number[]).reduce((a, x) => a + x, 0)).toBeCloseTo(cap.rows[i][3] as number, 6));
    // Fair-share shares sum to 1 per key.
    const fair = b.tables[3];
    for (let k = 1; k <= 6; k++) expect(fair.rows.reduce((a, r) => a + ((r[k] as number | null) ?? 0), 0)).toBeCloseTo(1, 9);
  });

  it('writes an Excel workbook that reads back with the same sheets and numbers', async () => {
    const b = ok<ExportBundle>('export.tables', { scenarioId: id });
    const sheets = await readXlsxFile(await toXlsx(b));
    expect(sheets.map((s) => s.sheet)).toEqual(['Info', ...b.tables.map((t) => t.name)]);
    const info = sheets[0].data;
    expect(info.find((r) => r[0] === 'Modelversie')?.[1]).toBe(b.modelVersion);
    expect(info.find((r) => r[0] === 'Scenario')?.[1]).toBe('Export');
    const aannames = sheets.find((s) => s.sheet === 'Aannames')!.data;
    expect(aannames[0]).toEqual(b.tables[7].columns.map((c) => c.header));
    const enschede = aannames.find((r) => r[0] === inwonersKey('GM0153'))!;
    expect(enschede[3]).toBe(161_741);
    expect(String(enschede[5])).toMatch(/CBS/);
    const cap = sheets[1].data;
    expect(cap[1][3]).toBeCloseTo(b.tables[0].rows[0][3] as number, 9);
  });

  it('writes CSV for Dutch Excel: semicolons, decimal commas, quoted text, BOM', () => {
    const csv = toCsv(
      { name: 'T', title: 'Test', columns: [{ header: 'Naam', kind: 'tekst' }, { header: 'Waarde', kind: 'decimaal' }, { header: 'Aandeel', kind: 'fractie' }], rows: [['a;b "c"', 1234.5, 0.25], ['x', null, 1]] },
      { scenario: { id: 1, name: 'S', status: 'concept', author: '', updatedAt: '' }, modelVersion: '1.0.0', generatedAt: 'nu' },
    );
    expect(csv.startsWith('\uFEFF# Test')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines[2]).toBe('Naam;Waarde;Aandeel');
    expect(lines[3]).toBe('"a;b ""c""";1234,50;0,2500');
    expect(lines[4]).toBe('x;;1,0000');
    expect(parseCsv(csv)[1]).toEqual(['a;b "c"', '1234,50', '0,2500']);
  });
});

const GOOD = [
  'Gemeente;Inwoners;Sociale huurwoningen;ETHOS-telling',
  'Borne;"24.100";3.950;12',
  'GM0153;162.000;31.600;310',
  'Hengelo;;;105',
  'Totaal regio;999;999;999',
].join('\n');

describe('key inputs import', () => {
  it('reads names and CBS codes, Dutch numbers, leaves empty cells and totals alone, and lists missing gemeenten', () => {
    const k = readKeyTable(parseCsv(GOOD));
    expect(k.errors).toEqual([]);
    expect(k.columns).toEqual(['inwoners', 'socialeHuur', 'ethos']);
    expect(k.rows.map((r) => [r.line, r.gemeente, r.values])).toEqual([
      [2, 'GM0147', { inwoners: 24_100, socialeHuur: 3_950, ethos: 12 }],
      [3, 'GM0153', { inwoners: 162_000, socialeHuur: 31_600, ethos: 310 }],
      [4, 'GM0164', { ethos: 105 }],
    ]);
    expect(k.missing).toEqual(['Dinkelland', 'Haaksbergen', 'Hof van Twente', 'Losser', 'Oldenzaal']);
  });

  it('reads a CBS StatLine export: "Regio\'s" column, a sep= line, spaces as thousands separators', () => {
    const k = readKeyTable(parseCsv(['sep=;', '"Regio\'s";"Bevolking op 1 januari 2024"', '"Enschede";"161 741"', '"Losser";"23 380"'].join('\r\n')));
    expect(k.errors).toEqual([]);
    expect(k.rows.map((r) => [r.gemeente, r.values.inwoners])).toEqual([
      ['GM0153', 161_741],
      ['GM0168', 23_380],
    ]);
  });

  it('previews, then stores all values in one step with source and history', () => {
    const rows = parseCsv(GOOD);
    const p = ok<KeyImportPreview>('keyInputs.preview', { scenarioId: id, rows });
    expect(p.clean).toBe(true);
    expect(p.changes.find((c) => c.key === inwonersKey('GM0153'))).toMatchObject({ oldValue: 161_741, newValue: 162_000 });
    const before = ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions;
    expect(before[ethosKey('GM0164')].value).toBe(101);
    expect(ok<{ changed: number }>('keyInputs.apply', { scenarioId: id, fileName: 'sleutels.csv', rows })).toEqual({ changed: p.changes.length });
    const after = ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions;
    expect(after[inwonersKey('GM0153')]).toMatchObject({ value: 162_000, isAanname: false });
    expect(after[inwonersKey('GM0153')].source).toContain('sleutels.csv');
    expect(after[ethosKey('GM0164')].value).toBe(105);
    expect(after[inwonersKey('GM0164')]).toEqual(before[inwonersKey('GM0164')]);
    const h = ok<ChangeEntry[]>('history.list', { scenarioId: id });
    expect(h.filter((e) => e.kind === 'waarde' && e.reason === 'Import uit sleutels.csv')).toHaveLength(p.changes.length);
  });

  it('reports every bad row and stores nothing', () => {
    const rows = parseCsv(['Gemeente,Inwoners,Sociale huur', 'Borne,-5,100', 'Amsterdam,900000,1', 'Losser,veel,2', 'Borne,1,1'].join('\n'));
    const p = ok<KeyImportPreview>('keyInputs.preview', { scenarioId: id, rows });
    expect(p.clean).toBe(false);
    expect(p.import.rows.map((r) => r.errors.join(' | '))).toEqual([
      'Inwoners Borne: mag niet negatief zijn.',
      '"Amsterdam" is geen van de acht gemeenten.',
      'Inwoners: "veel" is geen getal. Gebruik cijfers en een komma voor decimalen, bijvoorbeeld 1.234,5.',
      'Borne staat al op regel 2.',
    ]);
    const before = ok<ScenarioData>('scenario.data', { scenarioId: id });
    expect(fails('keyInputs.apply', { scenarioId: id, fileName: 'fout.csv', rows }).message).toContain('er is niets opgeslagen');
    expect(ok<ScenarioData>('scenario.data', { scenarioId: id })).toEqual(before);
    expect(ok<ChangeEntry[]>('history.list', { scenarioId: id })).toHaveLength(1);
  });

  it('refuses a file without a header, and an adopted scenario', () => {
    expect(readKeyTable([['Borne', 1]]).errors[0]).toContain('Geen kopregel');
    expect(readKeyTable([['Gemeente', 'Postcode']]).errors[0]).toContain('Geen bekende kolom');
    ok('scenario.adopt', { id });
    const rows = parseCsv('Gemeente;Sociale huurwoningen\nBorne;4000');
    expect(fails('keyInputs.apply', { scenarioId: id, fileName: 'x.csv', rows }).message).toContain('vastgesteld');
    expect(ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions[socialeHuurKey('GM0147')].value).not.toBe(4000);
  });

  it('refuses oversized payloads with a Dutch message', () => {
    const rows = Array.from({ length: 1001 }, () => ['Borne', 1]);
    expect(fails('keyInputs.preview', { scenarioId: id, rows }).message).toContain('meer dan 1.000 regels');
  });
});
