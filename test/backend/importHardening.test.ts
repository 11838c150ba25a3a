/** Scenario files that used to hang the backend or slip through: refused with a Dutch message naming the field, nothing stored. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { freeImportName } from '../../electron/backend/scenarioFile';
import { GROEI_ALL_INCLUSIVE, inZorgKey } from '../../shared/assumptions';
import { contract, type ScenarioData, type ScenarioSummary } from '../../shared/contract';
import { NAME_MAX_CHARS } from '../../shared/validation';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
beforeEach(() => {
  backend = openBackend(tempDb('import-hardening'), 'test', FIXED_NOW);
});
afterEach(() => backend.close());

// A scenario file as parsed JSON, spoiled field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FileJson = Record<string, any>;

const basisId = () => ok<ScenarioSummary[]>('scenario.list', {})[0].id;
const exported = (id: number) => JSON.parse(ok<{ json: string }>('scenario.export', { id }).json);
const importFile = (file: unknown) => backend.call('scenario.import', { fileName: 'test.json', json: JSON.stringify(file) });

describe('importing scenario files', () => {
  it('keeps names unique within 80 characters, in bounded time (an 80-character name used to loop forever)', () => {
    const name = 'Scenario met een heel lange naam die precies tachtig tekens lang is, geen meer!!';
    expect(name).toHaveLength(80);
    const id = ok<ScenarioSummary>('scenario.create', { name }).id;
    const file = exported(id);
    const names = [1, 2, 3].map(() => ok<ScenarioSummary>('scenario.import', { fileName: 'lang.json', json: JSON.stringify(file) }).name);
    expect(names[0]).toMatch(/ \(geïmporteerd\)$/);
    expect(names[1]).toMatch(/ \(geïmporteerd 2\)$/);
    expect(names[2]).toMatch(/ \(geïmporteerd 3\)$/);
    for (const n of names) expect([...n].length).toBeLessThanOrEqual(80);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('finds a free name in as many tries as there are names, and says so when there are too many copies', () => {
    const taken = new Set(['a']);
    let tries = 0;
    const free = freeImportName('a', (c) => (tries++, taken.has(c)));
    expect(free).toBe('a (geïmporteerd)');
    expect(tries).toBe(2);
    expect(() => freeImportName('b', () => true)).toThrow(/te veel geïmporteerde kopieën/);
  });

  it.each([
    ['an impossible adoption date', (f: FileJson) => ((f.scenario.status = 'vastgesteld'), (f.scenario.adoptedAt = 'x')), /datum van vaststelling/],
    ['an adopted scenario without a date', (f: FileJson) => ((f.scenario.status = 'vastgesteld'), (f.scenario.adoptedAt = null)), /Een vastgesteld scenario heeft een datum/],
    ['an impossible export date', (f: FileJson) => (f.exportedAt = '2026-13-45T99:99:99Z'), /Exportdatum/],
    ['a location that closes before it opens', (f: FileJson) => ((f.locations[0].opening = '2030-01'), (f.locations[0].closing = '2028-01')), /Locatie 1, sluiting: De sluiting moet na de opening liggen/],
    ['a duplicate range key', (f: FileJson) => f.ranges.push({ ...f.ranges[0] }), /staat twee keer in het bestand/],
    ['half clients in a Wlz event', (f: FileJson) => f.wlzEvents.push({ year: 2027, clients: 10.5, variant: null, source: '' }), /Wlz-gebeurtenis 1, cliënten: Alleen hele cliënten/],
    ['a name with a line break', (f: FileJson) => (f.scenario.name = 'Twee\nregels'), /stuurtekens/],
    ['a formula that gives half clients', (f: FileJson) => {
      const a = f.assumptions.find((x: { key: string }) => x.key === inZorgKey('GM0147', 'allInclusive'));
      a.formula = '=10,5';
    }, /alleen hele getallen \(cliënten\); de formule geeft 10,5/],
  ])('refuses %s with a Dutch message naming the field, and stores nothing', (_what, spoil, message) => {
    const file = exported(basisId());
    spoil(file);
    const before = ok<ScenarioSummary[]>('scenario.list', {});
    const r = importFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(message);
    expect(r.error.message).toMatch(/Er is niets opgeslagen/);
    expect(r.error.message).not.toMatch(/\b(expected|received|Invalid|key|string|undefined|verwacht|ontving)\b/);
    expect(ok<ScenarioSummary[]>('scenario.list', {})).toEqual(before);
  });
});

describe('dates, names, labels and sources in scenario files (review of the hardening)', () => {
  const codePoints = (text: string) => [...text].length;

  it.each([
    '2026-02-30',
    '2026-02-31T10:00:00Z',
    '2026-02-29',
    '2026-01-01T24:00',
    '2026-01-01T23:60:00Z',
    '2026-06-30T23:59:60Z',
    '2026-11-25T10:00:00+25:00',
    '0000-01-01',
    '9999-12-31T00:00:00Z',
    '1999-12-31',
    '2026-13-45T99:99:99Z',
    'x',
    '',
  ])('refuses the export date %j with one sentence (V8 rolled impossible dates over)', (date) => {
    const file = exported(basisId());
    file.exportedAt = date;
    const r = importFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/Exportdatum moet een bestaande datum tussen 2000 en 2100 zijn/);
    expect(r.error.message.match(/Exportdatum/g)).toHaveLength(1);
  });

  it.each(['2024-02-29', '2026-11-25', '2026-11-25T10:00', '2026-11-25T23:59:59.999Z', '2026-11-25T10:00:00+01:00', '2100-12-31T00:00:00Z'])(
    'accepts the real date %j',
    (date) => {
      const file = exported(basisId());
      file.scenario.status = 'vastgesteld';
      file.scenario.adoptedAt = date;
      file.exportedAt = date;
      expect(importFile(file).ok).toBe(true);
    },
  );

  it.each([
    ['U+0085 (next line)', '\u0085'],
    ['U+2028 (line separator)', '\u2028'],
    ['U+2029 (paragraph separator)', '\u2029'],
    ['U+202E (right-to-left override)', '\u202E'],
    ['U+202A (left-to-right embedding)', '\u202A'],
    ['U+2066 (left-to-right isolate)', '\u2066'],
    ['U+2069 (pop directional isolate)', '\u2069'],
    ['U+200B (zero-width space)', '\u200B'],
    ['U+200E (left-to-right mark)', '\u200E'],
    ['U+200F (right-to-left mark)', '\u200F'],
    ['U+009F (C1 control)', '\u009F'],
  ])('refuses %s in names, labels and authors, in the app and in files', (_name, c) => {
    const text = `Naam${c}x`;
    expect(fails('scenario.create', { name: text }).message).toMatch(/^Naam mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten\.$/);
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Stuurtekens' }).id;
    expect(fails('scenario.update', { id, description: '', author: text, tags: [] }).message).toMatch(/^Auteur mag geen tabs/);
    expect(fails('scenario.update', { id, description: '', author: '', tags: [text] }).message).toMatch(/^Label 1 mag geen tabs/);
    const location = { name: text, gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'LVB', source: '', isAanname: true };
    expect(fails('locations.save', { scenarioId: id, location }).message).toMatch(/^Locatie, naam mag geen tabs/);
    for (const spoil of [
      (f: FileJson) => (f.scenario.name = text),
      (f: FileJson) => (f.scenario.author = text),
      (f: FileJson) => (f.scenario.tags = ['goed', text]),
      (f: FileJson) => (f.locations[0].name = text),
    ]) {
      const file = exported(basisId());
      spoil(file);
      const r = importFile(file);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/^Het scenariobestand klopt niet\. (Scenario, naam|Scenario, auteur|Scenario, label 2|Locatie 1, naam) mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten\. Er is niets opgeslagen\.$/);
    }
  });

  it('keeps the zero-width joiner of emoji, but refuses names without a visible character', () => {
    expect(ok<ScenarioSummary>('scenario.create', { name: 'Gezin 👩‍👩‍👧‍👦' }).name).toBe('Gezin 👩‍👩‍👧‍👦');
    for (const name of ['\u200D', '\u200D\u200D', '\u0301', '\u00AD', '\u2060', ' \u3164 ']) {
      expect(fails('scenario.create', { name }).message, JSON.stringify(name)).toMatch(/zichtbaar teken/);
    }
    const file = exported(basisId());
    file.scenario.name = '\u200D';
    const r = importFile(file);
    expect(!r.ok && r.error.message).toMatch(/Scenario, naam moet minstens één zichtbaar teken bevatten\./);
  });

  it('trims labels in files and refuses empty and duplicate ones', () => {
    const file = exported(basisId());
    file.scenario.tags = ['  locaties ', 'wonen'];
    expect(ok<ScenarioSummary>('scenario.import', { fileName: 'labels.json', json: JSON.stringify(file) }).tags).toEqual(['locaties', 'wonen']);
    file.scenario.tags = ['locaties', '   '];
    const empty = importFile(file);
    expect(!empty.ok && empty.error.message).toMatch(/Scenario, label 2 mag niet leeg zijn\./);
    file.scenario.tags = ['locaties', 'wonen', ' locaties'];
    const twice = importFile(file);
    expect(!twice.ok && twice.error.message).toMatch(/Scenario, label 3: “locaties” staat twee keer in de labels\./);
  });

  it('imports the app’s own export with a source it wrote itself beyond the editor’s 500 characters', () => {
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Lange bron' }).id;
    const formula = `=${'0 + '.repeat(124)} 15`;
    expect(formula).toHaveLength(500);
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula });
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 16 });
    const source = ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions[GROEI_ALL_INCLUSIVE].source;
    expect(source.length).toBeGreaterThan(500);
    const again = ok<ScenarioSummary>('scenario.import', { fileName: 'lang.json', json: ok<{ json: string }>('scenario.export', { id }).json });
    expect(ok<ScenarioData>('scenario.data', { scenarioId: again.id }).assumptions[GROEI_ALL_INCLUSIVE].source).toBe(source);
  });

  it('has one limit for names, counted in code points as zod counts, in the app, in files and for import names', () => {
    expect(NAME_MAX_CHARS).toBe(80);
    const longest = '👩'.repeat(NAME_MAX_CHARS);
    expect(fails('scenario.create', { name: `${longest}!` }).message).toBe(`Een scenarionaam is hoogstens ${NAME_MAX_CHARS} tekens.`);
    const id = ok<ScenarioSummary>('scenario.create', { name: longest }).id;
    const copy = ok<ScenarioSummary>('scenario.import', { fileName: 'emoji.json', json: JSON.stringify(exported(id)) }).name;
    expect(copy).toBe(`${'👩'.repeat(NAME_MAX_CHARS - 15)} (geïmporteerd)`);
    expect(contract['scenario.rename'].input.safeParse({ id, name: copy }).success).toBe(true);
  });

  it('shortens an import name by whole graphemes, never splitting an emoji or an accent', () => {
    const family = '👩‍👩‍👧‍👦'; // 7 code points, one grapheme
    const taken = () => true;
    const once = (name: string) => freeImportName(name, (c) => c === name || !taken());
    const withFamily = `${'x'.repeat(62)}${family}yy`;
    expect(once(withFamily)).toBe(`${'x'.repeat(62)} (geïmporteerd)`);
    const withAccent = `${'x'.repeat(64)}e\u0301zz`;
    expect(once(withAccent)).toBe(`${'x'.repeat(64)} (geïmporteerd)`);
    const fits = `${'x'.repeat(58)}${family}yy`;
    expect(once(fits)).toBe(`${'x'.repeat(58)}${family} (geïmporteerd)`);
    for (const name of [withFamily, withAccent, fits]) expect(codePoints(once(name))).toBeLessThanOrEqual(NAME_MAX_CHARS);
  });
});

describe('whole numbers and formulas', () => {
  it('refuses a formula giving half clients (it used to skip the whole-number check)', () => {
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Formules' }).id;
    const e = fails('assumptions.setValue', { scenarioId: id, key: inZorgKey('GM0147', 'allInclusive'), formula: '=10,5' });
    expect(e.message).toMatch(/alleen hele getallen \(cliënten\); de formule geeft 10,5\. Rond af met round/);
    expect(ok('assumptions.setValue', { scenarioId: id, key: inZorgKey('GM0147', 'allInclusive'), formula: '=round(10,5)' })).toMatchObject({ value: 11 });
  });

  it('says that max(1,2) is one decimal number instead of silently taking 1,2', () => {
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Komma' }).id;
    const e = fails('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=max(1,2)' });
    expect(e.message).toMatch(/max\(…\) heeft minstens twee getallen nodig, gescheiden door een puntkomma/);
    expect(ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=max(1,2; 20)' })).toMatchObject({ value: 20 });
  });

  it('refuses control characters in names and half clients in Wlz events', () => {
    expect(fails('scenario.create', { name: 'Tab\there' }).message).toMatch(/stuurtekens/);
    expect(fails('scenario.create', { name: 'NUL\u0000' }).message).toMatch(/stuurtekens/);
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Wlz' }).id;
    expect(fails('wlzEvents.save', { scenarioId: id, event: { year: 2027, clients: 2.5, variant: null, source: '' } }).message).toMatch(/alleen hele getallen/);
  });
});

describe('whole numbers through a dependency', () => {
  it('refuses a change that makes a whole-number assumption fractional through its formula (found by review)', () => {
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Afhankelijk' }).id;
    ok('assumptions.setValue', { scenarioId: id, key: 'inwoners.GM0147', formula: '=groeiPerJaar_allInclusive * 1' });
    const e = fails('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 15.5 });
    expect(e.message).toMatch(/Deze wijziging maakt "Inwoners Borne" ongeldig: Inwoners Borne: alleen hele getallen \(inwoners\); de formule geeft 15,5/);
    // The scenario's own export still imports.
    const file = ok<{ json: string }>('scenario.export', { id }).json;
    expect(ok<ScenarioSummary>('scenario.import', { fileName: 'x.json', json: file }).name).toMatch(/geïmporteerd/);
  });
});
