/** The backend through its one entry point (dispatch), on a temporary SQLite file: what both transports see. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { BASELINE_NAME } from '../../electron/backend/baseline';
import { ASSUMPTION_DEFS, GROEI_ALL_INCLUSIVE, inwonersKey, inZorgKey, wachtendKey } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import type { CapacityProjection, ScenarioData } from '../../shared/contract';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let file: string;

const assumptionsOf = (scenarioId: number) => ok<ScenarioData>('scenario.data', { scenarioId }).assumptions;
const baselineId = () => ok<ScenarioSummary[]>('scenario.list', {}).find((s) => s.name === BASELINE_NAME)!.id;

beforeEach(() => {
  file = tempDb('handlers');
  backend = openBackend(file, 'test', FIXED_NOW);
});
afterEach(() => backend.close());

describe('the seeded baseline', () => {
  it('holds 397 indications: 351 in care and 46 waiting, over 8 gemeenten and 4 variants', () => {
    const a = assumptionsOf(baselineId());
    const sum = (keyOf: (g: (typeof GEMEENTE_CODES)[number], v: (typeof VARIANT_IDS)[number]) => string) =>
      GEMEENTE_CODES.reduce((s, g) => s + VARIANT_IDS.reduce((t, v) => t + a[keyOf(g, v)].value, 0), 0);
    expect(sum(inZorgKey)).toBe(351);
    expect(sum(wachtendKey)).toBe(46);
    expect(GEMEENTE_CODES.reduce((s, g) => s + a[inwonersKey(g)].value, 0)).toBe(411_137);
    expect(a[GROEI_ALL_INCLUSIVE].value).toBe(15);
  });

  it('gives every assumption a source, and marks the split over variants and gemeenten as aanname', () => {
    const a = assumptionsOf(baselineId());
    expect(Object.keys(a).sort()).toEqual(ASSUMPTION_DEFS.map((d) => d.key).sort());
    expect(a['herkomstGewicht.GM0153']).toMatchObject({ formula: '=inwoners_Enschede', value: 161_741 });
    // Calibration formula: 193 in care × (12/60 + 0,03) = 44,39 a year.
    expect(a['instroomBasisPerJaar.allInclusive'].value).toBeCloseTo(193 * (12 / 60 + 0.03), 9);
    for (const v of Object.values(a)) expect(v.source.length).toBeGreaterThan(20);
    expect(a[inZorgKey('GM0153', 'allInclusive')].isAanname).toBe(true);
    expect(a[inZorgKey('GM0153', 'allInclusive')].source).toMatch(/^Aanname/);
    expect(a[inwonersKey('GM0153')]).toMatchObject({ value: 161_741, isAanname: false });
    expect(a[inwonersKey('GM0153')].source).toMatch(/CBS/);
    expect(a[GROEI_ALL_INCLUSIVE].source).toMatch(/15 modulair en 15 all-inclusive/);
  });

  it('is seeded once: a reopened database keeps one baseline, and a deleted baseline stays deleted', () => {
    backend.close();
    backend = openBackend(file, 'test', FIXED_NOW);
    expect(ok<ScenarioSummary[]>('scenario.list', {})).toHaveLength(1);
    ok('scenario.delete', { id: baselineId() });
    backend.close();
    backend = openBackend(file, 'test', FIXED_NOW);
    expect(ok<ScenarioSummary[]>('scenario.list', {})).toEqual([]);
  });

  it('projects the baseline: 397 at the start, places full, demand growing about +30 a year, no NaN', () => {
    const p = ok<CapacityProjection>('projection.capacity', { scenarioId: baselineId() });
    expect(p.errors).toEqual({});
    expect(p.result.start).toEqual({ demand: 397, inCare: expect.closeTo(351, 9), waitingList: expect.closeTo(46, 9), places: 351 });
    expect(p.result.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    const y2025 = p.result.years[0];
    // Calibrated inflow replaces exits at the start, so demand grows by about the +30 of the documents
    // (a little more: places flipped to the Wlz no longer produce exits).
    expect(y2025.demand - 397).toBeGreaterThan(29);
    expect(y2025.demand - 397).toBeLessThan(33);
    expect(y2025.byVariant.allInclusive.inflow).toBeGreaterThan(15);
    expect(JSON.stringify(p.result)).not.toMatch(/NaN|Infinity/);
    expect(p.description.nl).toMatch(/wie het eerst komt, het eerst maalt/);
  });
});

describe('scenarios', () => {
  it('creates from the baseline, duplicates with all values, renames and deletes', () => {
    const created = ok<ScenarioSummary>('scenario.create', { name: '  Haaksbergen 24 plekken ' });
    expect(created).toMatchObject({ name: 'Haaksbergen 24 plekken', status: 'concept', createdAt: '2026-11-23T10:00:00.000Z' });
    ok('assumptions.setValue', { scenarioId: created.id, key: inZorgKey('GM0158', 'allInclusive'), value: 35 });
    const copy = ok<ScenarioSummary>('scenario.duplicate', { id: created.id, name: 'Kopie' });
    expect(assumptionsOf(copy.id)[inZorgKey('GM0158', 'allInclusive')].value).toBe(35);
    expect(ok<ScenarioSummary>('scenario.rename', { id: copy.id, name: 'Variant B' }).name).toBe('Variant B');
    ok('scenario.delete', { id: copy.id });
    expect(ok<ScenarioSummary[]>('scenario.list', {}).map((s) => s.name)).toEqual(['Basis — ongewijzigd beleid', 'Haaksbergen 24 plekken']);
    expect(fails('scenario.data', { scenarioId: copy.id })).toMatchObject({ code: 'NIET_GEVONDEN' });
  });

  it('refuses a duplicate name (case-insensitive) and an empty name, in Dutch', () => {
    expect(fails('scenario.create', { name: 'basis — ONGEWIJZIGD beleid' }).message).toMatch(/Er is al een scenario met de naam/);
    expect(fails('scenario.create', { name: '   ' }).message).toMatch(/Geef het scenario een naam/);
    expect(fails('scenario.rename', { id: 999, name: 'x' })).toMatchObject({ code: 'NIET_GEVONDEN' });
    expect(ok<ScenarioSummary[]>('scenario.list', {})).toHaveLength(1);
  });
});

describe('assumption edits', () => {
  it('stores a valid value, marks it aanname and names the old value', () => {
    const id = baselineId();
    const v = ok<{ value: number; isAanname: boolean; source: string }>('assumptions.setValue', { scenarioId: id, key: inwonersKey('GM0147'), value: 25_000 });
    expect(v).toMatchObject({ value: 25_000, isAanname: true });
    expect(v.source).toContain('was 24.632');
    const s = ok<{ source: string; isAanname: boolean }>('assumptions.setSource', { scenarioId: id, key: inwonersKey('GM0147'), source: 'CBS 1-1-2026', isAanname: false });
    expect(s).toMatchObject({ source: 'CBS 1-1-2026', isAanname: false });
  });

  it.each([
    [{ key: inwonersKey('GM0147'), value: -1 }, /mag niet negatief zijn/],
    [{ key: inZorgKey('GM0147', 'allInclusive'), value: 2.5 }, /alleen hele getallen/],
    [{ key: 'modulairAandeel.modulairWijk', value: 1.5 }, /maximaal 1/],
    [{ key: 'bestaat.niet', value: 1 }, /Onbekende aanname/],
    [{ key: inwonersKey('GM0147'), value: '12' }, /Geef een getal/],
    [{ key: inwonersKey('GM0147'), value: null }, /Geef een getal/],
    [{ key: inwonersKey('GM0147'), value: 1, extra: true }, /onbekend veld: “extra”/],
  ])('rejects %j and stores nothing', (input, message) => {
    const id = baselineId();
    const before = assumptionsOf(id);
    const error = fails('assumptions.setValue', { scenarioId: id, ...input });
    expect(error.message).toMatch(message);
    expect(assumptionsOf(id)).toEqual(before);
    expect(ok<ScenarioSummary[]>('scenario.list', {})[0].updatedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it.each([
    // A type message used to apply to every check: -1 and 0,5 "moest een getal zijn".
    ['scenario.delete', { id: -1 }, 'Nummer moet groter dan 0 zijn.'],
    ['scenario.delete', { id: 0.5 }, 'Nummer moet een heel getal zijn.'],
    ['scenario.delete', { id: 'x' }, 'Het scenarionummer moet een getal zijn.'],
    ['scenario.delete', {}, 'Het scenarionummer moet een getal zijn.'],
    // Years without a thousands separator, and one sentence per field.
    ['fairShare.view', { scenarioId: 1, key: 'inwoners', variant: 'alle', year: 2000 }, 'Jaar moet minstens 2024 zijn.'],
    ['uncertainty.tornado', { scenarioId: 1, year: 1999.5 }, 'Jaar moet een heel getal zijn.'],
    // zod's safe-integer bound never shows ("moet minstens -9.007.199.254.740.991 zijn").
    ['history.restore', { scenarioId: 1, entryId: -1e20 }, 'Wijziging moet een heel getal zijn.'],
    ['fairShare.allocate', { scenarioId: 1, total: 1e308, key: 'inwoners', method: 'dhondt' }, 'Het totaal moet een heel getal zijn.'],
    // Gemeenten by name, not code or position.
    ['fairShare.allocate', { scenarioId: 1, total: 10, key: 'inwoners', method: 'dhondt', max: { GM0153: -1 } }, 'Maximum voor Enschede moet minstens 0 zijn.'],
    ['fairShare.suggest', { scenarioId: 1, key: 'inwoners', variant: 'allInclusive', year: 2027, places: 24, minPerLocation: 1, max: [null, null, -1, null, null, null, null, null] }, 'Maximum voor Enschede mag niet negatief zijn.'],
    // The field is named for control characters, whatever the field.
    ['scenario.update', { id: 1, description: '', author: 'a\tb', tags: [] }, 'Auteur mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten.'],
    ['scenario.update', { id: 1, description: '', author: '', tags: ['ok', 'x\ny'] }, 'Label 2 mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten.'],
    ['scenario.create', { name: 'Rechts\u202Enaar links' }, 'Naam mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten.'],
    ['scenario.create', { name: '\u200D\u0301' }, 'Geef het scenario een naam met minstens één zichtbaar teken.'],
    // A number or a formula: in Dutch, and naming the field that is wrong.
    ['assumptions.setValue', { scenarioId: 1, key: [], value: 1 }, 'Aanname moet tekst zijn.'],
    ['assumptions.setValue', { scenarioId: 1, key: [] }, 'Geef een getal of een formule. Aanname moet tekst zijn.'],
    ['assumptions.setValue', { scenarioId: 1, key: 'inwoners.GM0147' }, 'Geef een getal of een formule.'],
    ['assumptions.setValue', { scenarioId: 1, key: 'inwoners.GM0147', value: 1, formula: '=1' }, 'Geef een getal of een formule, niet allebei.'],
    ['assumptions.setValue', { scenarioId: 1, key: 'inwoners.GM0147', formula: 12 }, 'Formule moet tekst zijn.'],
  ])('%s %j says %j', (channel, input, message) => {
    expect(fails(channel, input).message).toBe(message);
  });

  it('never shows a control character of a channel name in its message', () => {
    expect(fails('scenario.\u202Edrop\u2028x', {}).message).toBe('Onbekende opdracht “scenario. drop x”.');
  });

  it('rejects unknown channels and malformed payloads', () => {
    expect(fails('scenario.drop', {})).toMatchObject({ code: 'ONBEKEND_KANAAL' });
    expect(fails('scenario.delete', { id: 'alles' })).toMatchObject({ code: 'ONGELDIGE_INVOER' });
    expect(fails('scenario.delete', [])).toMatchObject({ code: 'ONGELDIGE_INVOER' });
    expect(fails('assumptions.setSource', { scenarioId: baselineId(), key: inwonersKey('GM0147'), source: '', isAanname: true }).message).toMatch(/Geef een bron/);
    expect(ok<ScenarioSummary[]>('scenario.list', {})).toHaveLength(1);
  });
});
