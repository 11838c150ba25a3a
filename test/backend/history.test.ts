/** Scenario lifecycle and change history through the contract. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { GROEI_ALL_INCLUSIVE, inwonersKey } from '../../shared/assumptions';
import type { ChangeEntry, ScenarioData, ScenarioSummary } from '../../shared/contract';
import type { Location } from '../../shared/locations';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let id: number;
const history = () => ok<ChangeEntry[]>('history.list', { scenarioId: id });
const value = (key: string) => ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions[key];

beforeEach(() => {
  backend = openBackend(tempDb('history'), 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: 'Variant A' }).id;
});
afterEach(() => backend.close());

describe('scenario metadata and adoption', () => {
  it('stores description, author and tags', () => {
    const s = ok<ScenarioSummary>('scenario.update', { id, description: 'Extra plekken in Haaksbergen', author: 'J. Jansen (Hengelo)', tags: ['projectgroep', 'locaties', 'locaties'] });
    expect(s).toMatchObject({ description: 'Extra plekken in Haaksbergen', author: 'J. Jansen (Hengelo)', tags: ['projectgroep', 'locaties'], status: 'concept', adoptedAt: null });
  });

  it('an adopted scenario refuses every change through the contract, and cannot be deleted', () => {
    const adopted = ok<ScenarioSummary>('scenario.adopt', { id });
    expect(adopted).toMatchObject({ status: 'vastgesteld', adoptedAt: '2026-11-23T10:00:00.000Z' });
    const before = ok<ScenarioData>('scenario.data', { scenarioId: id });
    const refused = [
      fails('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 20 }),
      fails('assumptions.setSource', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, source: 'x', isAanname: true }),
      fails('locations.delete', { scenarioId: id, id: before.locations[0].id }),
      fails('wlzEvents.save', { scenarioId: id, event: { year: 2026, clients: 10, variant: null, source: '' } }),
      fails('scenario.rename', { id, name: 'Nieuw' }),
      fails('scenario.update', { id, description: 'x', author: '', tags: [] }),
      fails('scenario.adopt', { id }),
      fails('scenario.delete', { id }),
      fails('history.restore', { scenarioId: id, entryId: history()[0].id }),
    ];
    for (const e of refused) expect(e.message).toMatch(/vastgesteld/);
    expect(ok<ScenarioData>('scenario.data', { scenarioId: id })).toEqual(before);
    // Duplicating is the way to change it.
    const copy = ok<ScenarioSummary>('scenario.duplicate', { id, name: 'Variant A (bewerkbaar)' });
    expect(copy.status).toBe('concept');
    ok('assumptions.setValue', { scenarioId: copy.id, key: GROEI_ALL_INCLUSIVE, value: 20 });
  });
});

describe('change history', () => {
  it('records every change with time, old → new value and reason', () => {
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 20, reason: 'Nieuwe prognose 2026' });
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=20 * 1,01 ^ t' });
    ok('assumptions.setSource', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, source: 'Prognose Cimot 2026', isAanname: false });
    const { changeId: _made, ...loc } = ok<Location & { changeId: number | null }>('locations.save', { scenarioId: id, location: { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'LVB', source: '', isAanname: true } });
    ok('locations.save', { scenarioId: id, location: { ...loc, places: 30 } });
    ok('locations.delete', { scenarioId: id, id: loc.id });
    ok('scenario.rename', { id, name: 'Variant B' });
    const h = history();
    expect(h.map((e) => [e.kind, e.target])).toEqual([
      ['scenario', 'name'],
      ['locatie', String(loc.id)],
      ['locatie', String(loc.id)],
      ['locatie', String(loc.id)],
      ['bron', GROEI_ALL_INCLUSIVE],
      ['waarde', GROEI_ALL_INCLUSIVE],
      ['waarde', GROEI_ALL_INCLUSIVE],
      ['scenario', 'aangemaakt'],
    ]);
    expect(h[6]).toMatchObject({ oldValue: { value: 15, formula: null }, newValue: { value: 20, formula: null }, reason: 'Nieuwe prognose 2026', at: '2026-11-23T10:00:00.000Z', label: 'Groei vraag all-inclusive' });
    expect(h[5]).toMatchObject({ oldValue: { value: 20, formula: null }, newValue: { value: 20, formula: '=20 * 1,01 ^ t' } });
    expect(h[1]).toMatchObject({ oldValue: { places: 30 }, newValue: null });
    expect(h[0]).toMatchObject({ oldValue: 'Variant A', newValue: 'Variant B' });
    // A reason can be added afterwards; invalid input never reaches the log.
    expect(ok<ChangeEntry>('history.setReason', { scenarioId: id, entryId: h[0].id, reason: 'Overleg 12 november' }).reason).toBe('Overleg 12 november');
    fails('assumptions.setValue', { scenarioId: id, key: inwonersKey('GM0147'), value: -1 });
    expect(history()).toHaveLength(h.length);
  });

  it('restores an earlier value, and the restore can itself be undone (undo/redo)', () => {
    const first = ok<{ changeId: number }>('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 20 });
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 25 });
    const undo = ok<{ entryId: number }>('history.restore', { scenarioId: id, entryId: first.changeId });
    expect(value(GROEI_ALL_INCLUSIVE).value).toBe(15);
    expect(history()[0].reason).toMatch(/^Teruggezet naar de situatie van vóór/);
    ok('history.restore', { scenarioId: id, entryId: undo.entryId });
    expect(value(GROEI_ALL_INCLUSIVE).value).toBe(25);
  });

  it('session undo/redo: an edit, a location and an event each say their change; undo puts value and source back', () => {
    const original = value(inwonersKey('GM0147'));
    expect(original.isAanname).toBe(false);
    const edit = ok<{ changeId: number }>('assumptions.setValue', { scenarioId: id, key: inwonersKey('GM0147'), value: 30_000 });
    expect(value(inwonersKey('GM0147')).isAanname).toBe(true);
    const undo = ok<{ entryId: number }>('history.restore', { scenarioId: id, entryId: edit.changeId, reason: 'Ongedaan gemaakt' });
    expect(value(inwonersKey('GM0147'))).toEqual(original);
    const redo = ok<{ entryId: number }>('history.restore', { scenarioId: id, entryId: undo.entryId, reason: 'Opnieuw gedaan' });
    expect(value(inwonersKey('GM0147')).value).toBe(30_000);
    ok('history.restore', { scenarioId: id, entryId: redo.entryId });
    expect(value(inwonersKey('GM0147'))).toEqual(original);

    const loc = ok<Location & { changeId: number }>('locations.save', { scenarioId: id, location: { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'LVB', source: '', isAanname: true } });
    expect(loc.changeId).toBe(history()[0].id);
    ok('history.restore', { scenarioId: id, entryId: loc.changeId });
    expect(ok<ScenarioData>('scenario.data', { scenarioId: id }).locations.some((l) => l.name === 'Nieuw')).toBe(false);
    const ev = ok<{ changeId: number; id: number }>('wlzEvents.save', { scenarioId: id, event: { year: 2027, clients: 10, variant: null, source: '' } });
    expect(ok<{ changeId: number }>('wlzEvents.delete', { scenarioId: id, id: ev.id }).changeId).toBe(history()[0].id);
    // Saving the same value again makes no change, so there is nothing to undo.
    expect(ok<{ changeId: number | null }>('assumptions.setValue', { scenarioId: id, key: inwonersKey('GM0147'), value: original.value }).changeId).toBeNull();
  });

  it('restores a deleted location', () => {
    const locs = ok<ScenarioData>('scenario.data', { scenarioId: id }).locations;
    ok('locations.delete', { scenarioId: id, id: locs[0].id });
    ok('history.restore', { scenarioId: id, entryId: history()[0].id });
    const after = ok<ScenarioData>('scenario.data', { scenarioId: id }).locations;
    expect(after.map(({ id: _i, ...l }) => l)).toEqual(locs.map(({ id: _i, ...l }) => l));
  });
});
