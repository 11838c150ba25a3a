/** Formulas in assumption cells, locations and Wlz events through the contract, and upgrading an older database. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { migrate } from '../../electron/backend/db';
import { MIGRATIONS } from '../../electron/backend/migrations';
import { APPLICATION_ID } from '../../electron/backend/db';
import { ASSUMPTION_DEFS, GROEI_ALL_INCLUSIVE, GROEI_MODULAIR, verblijfsduurKey } from '../../shared/assumptions';
import type { CapacityProjection, ScenarioData, ScenarioSummary } from '../../shared/contract';
import type { Location } from '../../shared/locations';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let id: number;

const data = () => ok<ScenarioData>('scenario.data', { scenarioId: id });
const projection = () => ok<CapacityProjection>('projection.capacity', { scenarioId: id }).result;

beforeEach(() => {
  backend = openBackend(tempDb('formulas'), 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: 'Proef' }).id;
});
afterEach(() => backend.close());

describe('formulas in assumption cells', () => {
  it('stores a Dutch formula over year and named inputs and uses it per year', () => {
    const v = ok<{ value: number; formula: string }>('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=15 * 1,02 ^ (jaar - 2025)' });
    expect(v.formula).toBe('=15 * 1,02 ^ (jaar - 2025)');
    expect(v.value).toBe(15);
    const base = projection();
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_MODULAIR, formula: '=groeiPerJaar_allInclusive' });
    expect(data().assumptions[GROEI_MODULAIR].value).toBe(15);
    // A formula that reads another one follows it when that one changes.
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 20 });
    expect(data().assumptions[GROEI_MODULAIR].value).toBe(20);
    expect(projection().years[3].demand).toBeGreaterThan(base.years[3].demand);
  });

  it.each([
    ['=15 *', /De formule klopt niet/],
    ['=onbekend * 2', /Onbekende naam "onbekend"/],
    ['=groeiPerJaar_allInclusive', /Kringverwijzing/],
    ['=-5', /mag niet negatief zijn|minimaal/],
    ['=1 / 0', /geen eindig getal/],
    ['=import("fs")', /Dit onderdeel mag niet|Onbekende functie/],
    ['=cos(1)', /Onbekende functie "cos"/],
  ])('refuses %s with a Dutch message and keeps the last valid value', (formula, message) => {
    const before = data();
    const key = formula.includes('groeiPerJaar_allInclusive') ? GROEI_ALL_INCLUSIVE : verblijfsduurKey('allInclusive');
    const error = fails('assumptions.setValue', { scenarioId: id, key, formula });
    expect(error.message).toMatch(message);
    expect(data()).toEqual(before);
  });

  it('refuses a change that breaks another formula (a cycle through two cells, a negative result in a later year)', () => {
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_MODULAIR, formula: '=groeiPerJaar_allInclusive' });
    expect(fails('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=groeiPerJaar_modulair + 1' }).message).toMatch(/Kringverwijzing/);
    const error = fails('assumptions.setValue', { scenarioId: id, key: 'tariefPerDag.allInclusive', formula: '=200 - 30 * (jaar - 2025)' });
    expect(error.message).toMatch(/mag niet negatief zijn \(in 2032\)/);
    expect(projection().years.every((y) => Number.isFinite(y.costEuro))).toBe(true);
  });
});

describe('locations and Wlz events', () => {
  const haaksbergen: Omit<Location, 'id'> = {
    name: 'Nieuwe locatie Haaksbergen',
    gemeente: 'GM0158',
    variant: 'allInclusive',
    places: 24,
    opening: '2027-01',
    closing: null,
    financing: 'Wmo',
    targetGroup: 'algemeen',
    source: 'Plan projectgroep BW-voorzieningen',
    isAanname: true,
  };

  it('seeds existing places equal to the clients in care, concentrated in Enschede, Hengelo and Oldenzaal', () => {
    const locs = data().locations;
    expect(locs.reduce((s, l) => s + l.places, 0)).toBe(351);
    const ai = locs.filter((l) => l.variant === 'allInclusive');
    expect(ai.map((l) => l.gemeente).sort()).toEqual(['GM0153', 'GM0164', 'GM0173']);
    expect(locs.every((l) => l.isAanname && l.source.startsWith('Aanname'))).toBe(true);
  });

  it('adds 24 all-inclusive places in Haaksbergen in 2027: more placements, a shorter waiting list from then on', () => {
    const before = projection();
    const { changeId, ...saved } = ok<Location & { changeId: number | null }>('locations.save', { scenarioId: id, location: haaksbergen });
    expect(changeId).toBeGreaterThan(0);
    expect(saved).toMatchObject({ ...haaksbergen, id: expect.any(Number) });
    const after = projection();
    expect(after.years[1].waitingList).toBeCloseTo(before.years[1].waitingList, 9);
    expect(before.years[2].byVariant.allInclusive.waitingList - after.years[2].byVariant.allInclusive.waitingList).toBeGreaterThan(20);
    // Haaksbergen's places grow by the 24 (less the few that flip to the Wlz during 2027).
    const added = after.years[2].byGemeente.GM0158.places - before.years[2].byGemeente.GM0158.places;
    expect(added).toBeGreaterThan(23);
    expect(added).toBeLessThanOrEqual(24);
    // Model 2.0: a place for a target group takes only that group. Nobody in Basis needs a verslaving place,
    // so such a location leaves the general waiting list as it was.
    ok('locations.save', { scenarioId: id, location: { ...saved, targetGroup: 'verslaving/multiproblematiek' } });
    expect(projection().years[2].byVariant.allInclusive.waitingList).toBeCloseTo(before.years[2].byVariant.allInclusive.waitingList, 6);
    ok('locations.save', { scenarioId: id, location: { ...saved, places: 12 } });
    expect(projection().years[2].byGemeente.GM0158.places - before.years[2].byGemeente.GM0158.places).toBeLessThanOrEqual(12);
    ok('locations.delete', { scenarioId: id, id: saved.id });
    expect(projection().years[2].waitingList).toBeCloseTo(before.years[2].waitingList, 9);
  });

  it('refuses invalid locations in Dutch and stores nothing', () => {
    const count = data().locations.length;
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, places: -3 } }).message).toMatch(/mag niet negatief/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, places: 2.5 } }).message).toMatch(/hele getallen/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, opening: '2027-13' } }).message).toMatch(/jjjj-mm/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, gemeente: 'GM0363' } }).message).toMatch(/acht gemeenten/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, closing: '2026-06' } }).message).toMatch(/sluitingsdatum moet na de openingsdatum/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, name: '' } }).message).toMatch(/naam/);
    expect(fails('locations.save', { scenarioId: id, location: { ...haaksbergen, id: 99999 } })).toMatchObject({ code: 'NIET_GEVONDEN' });
    expect(data().locations).toHaveLength(count);
  });

  it('a one-off Wlz event of 100 clients in 2026 shows as transfers that year and loses Wmo places', () => {
    const before = projection();
    ok('wlzEvents.save', { scenarioId: id, event: { year: 2026, clients: 100, variant: null, source: 'Scenario: tweede Wlz-golf' } });
    const after = projection();
    // 100 more, less a little: those who left no longer make the regular 3 % transfer later that year.
    const extra = after.years[1].wlzTransfers - before.years[1].wlzTransfers;
    expect(extra).toBeGreaterThan(98);
    expect(extra).toBeLessThanOrEqual(100);
    expect(after.years[1].wmoPlacesLostToWlz).toBeGreaterThan(before.years[1].wmoPlacesLostToWlz + 40);
    expect(fails('wlzEvents.save', { scenarioId: id, event: { year: 2020, clients: 1, variant: null, source: '' } }).message).toMatch(/2025 of later/);
  });

  it('copies locations and events when duplicating', () => {
    ok('locations.save', { scenarioId: id, location: haaksbergen });
    ok('wlzEvents.save', { scenarioId: id, event: { year: 2027, clients: 10, variant: 'allInclusive', source: 'x' } });
    const copy = ok<ScenarioSummary>('scenario.duplicate', { id, name: 'Kopie' });
    const d = ok<ScenarioData>('scenario.data', { scenarioId: copy.id });
    expect(d.locations.map(({ id: _id, ...l }) => l)).toEqual(data().locations.map(({ id: _id, ...l }) => l));
    expect(d.wlzEvents).toHaveLength(1);
  });
});

describe('upgrading a database from the first version', () => {
  it('adds the new assumptions and the existing places to old scenarios, keeping their values', () => {
    const file = tempDb('upgrade');
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, MIGRATIONS.slice(0, 1), () => 'x');
    old.prepare("INSERT INTO scenario (name, status, created_at, updated_at) VALUES ('Oud', 'concept', 'x', 'x')").run();
    old.prepare("INSERT INTO assumption (scenario_id, key, value, source, is_aanname) VALUES (1, 'groeiPerJaar.allInclusive', 40, 'eigen', 0)").run();
    old.prepare("INSERT INTO app_meta (key, value) VALUES ('baseline_seeded', 'x')").run();
    old.close();
    const b = openBackend(file, 'test', FIXED_NOW);
    const r = b.call('scenario.data', { scenarioId: 1 });
    b.close();
    if (!r.ok) throw new Error(r.error.message);
    const d = r.data as ScenarioData;
    expect(d.assumptions[GROEI_ALL_INCLUSIVE]).toMatchObject({ value: 40, source: 'eigen', isAanname: false });
    expect(Object.keys(d.assumptions)).toHaveLength(ASSUMPTION_DEFS.length);
    expect(d.assumptions[verblijfsduurKey('allInclusive')].source).toMatch(/^Standaardwaarde, toegevoegd bij een update/);
    expect(d.locations.reduce((s, l) => s + l.places, 0)).toBe(351);
  });
});
