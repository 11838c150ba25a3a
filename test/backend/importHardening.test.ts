/** Scenario files that used to hang the backend or slip through: refused with a Dutch message naming the field, nothing stored. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { freeImportName } from '../../electron/backend/scenarioFile';
import { GROEI_ALL_INCLUSIVE, inZorgKey } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
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
