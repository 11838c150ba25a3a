/** Scenario files: export → import round trip, and refusal of malformed or newer files with nothing stored. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
import { FIXED_NOW, tempDb } from './tempFiles';

let a: Backend;
let b: Backend;
function ok<T>(backend: Backend, channel: string, input: unknown): T {
  const r = backend.call(channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as T;
}
function fails(backend: Backend, channel: string, input: unknown) {
  const r = backend.call(channel, input);
  if (r.ok) throw new Error(`expected ${channel} to fail`);
  return r.error;
}
beforeEach(() => {
  a = openBackend(tempDb('export'), 'test', FIXED_NOW);
  b = openBackend(tempDb('import'), 'test', FIXED_NOW);
});
afterEach(() => {
  a.close();
  b.close();
});

function richScenario(): number {
  const id = ok<ScenarioSummary>(a, 'scenario.create', { name: 'Haaksbergen 24' }).id;
  ok(a, 'scenario.update', { id, description: 'Met een nieuwe locatie', author: 'Projectgroep', tags: ['locaties'] });
  ok(a, 'assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=15 * 1,02 ^ (jaar - 2025)' });
  ok(a, 'assumptions.setSource', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, source: 'Eigen prognose', isAanname: true });
  ok(a, 'locations.save', { scenarioId: id, location: { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: '2033-06', financing: 'Wmo', targetGroup: 'LVB', source: 'Plan', isAanname: true } });
  ok(a, 'wlzEvents.save', { scenarioId: id, event: { year: 2027, clients: 40, variant: 'allInclusive', source: 'Scenario' } });
  return id;
}

const strip = (json: string) => {
  const f = JSON.parse(json);
  delete f.exportedAt;
  return f;
};

describe('scenario files', () => {
  it('round-trips exactly: export → import elsewhere → export gives the same file', () => {
    const id = richScenario();
    const first = ok<{ fileName: string; json: string }>(a, 'scenario.export', { id });
    expect(first.fileName).toBe('Haaksbergen-24.plekkenplanner.json');
    const imported = ok<ScenarioSummary>(b, 'scenario.import', { fileName: first.fileName, json: first.json });
    expect(imported).toMatchObject({ name: 'Haaksbergen 24', description: 'Met een nieuwe locatie', tags: ['locaties'], status: 'concept' });
    const second = ok<{ json: string }>(b, 'scenario.export', { id: imported.id });
    expect(strip(second.json)).toEqual(strip(first.json));
    // The projections agree too.
    const pa = ok<{ result: unknown }>(a, 'projection.capacity', { scenarioId: id }).result;
    const pb = ok<{ result: unknown }>(b, 'projection.capacity', { scenarioId: imported.id }).result;
    expect(pb).toEqual(pa);
  });

  it('never overwrites: importing into the same database makes a new scenario with a free name', () => {
    const id = richScenario();
    const f = ok<{ fileName: string; json: string }>(a, 'scenario.export', { id });
    const again = ok<ScenarioSummary>(a, 'scenario.import', f);
    expect(again.name).toBe('Haaksbergen 24 (geïmporteerd)');
    expect(ok<ScenarioSummary>(a, 'scenario.import', f).name).toBe('Haaksbergen 24 (geïmporteerd 2)');
    expect(ok<ScenarioSummary[]>(a, 'scenario.list', {})).toHaveLength(4);
  });

  it.each([
    ['not JSON', 'dit is geen json', /geen geldig JSON-bestand/],
    ['another JSON', '{"hallo": 1}', /geen Plekkenplanner-scenario/],
    ['a newer version', null, /nieuwere versie van Plekkenplanner \(bestandsversie 3/],
    ['a negative count', null, /mag niet negatief zijn/],
    ['an unknown assumption', null, /onbekende aanname “vliegtuigen”/],
    ['a broken formula', null, /De formule klopt niet/],
    ['a bad location', null, /Locatie 1, plekken/],
  ])('refuses %s and stores nothing', (_what, text, message) => {
    const id = richScenario();
    const file = JSON.parse(ok<{ json: string }>(a, 'scenario.export', { id }).json);
    if (_what === 'a newer version') file.schemaVersion = 3;
    if (_what === 'a negative count') file.assumptions.find((x: { key: string }) => x.key === 'inZorg.GM0147.allInclusive').value = -4;
    if (_what === 'an unknown assumption') file.assumptions.push({ key: 'vliegtuigen', value: 1, formula: null, source: '', isAanname: true });
    if (_what === 'a broken formula') file.assumptions.find((x: { key: string }) => x.key === GROEI_ALL_INCLUSIVE).formula = '=15 * (';
    if (_what === 'a bad location') file.locations[0].places = -1;
    const before = ok<ScenarioSummary[]>(b, 'scenario.list', {});
    const error = fails(b, 'scenario.import', { fileName: 'x.json', json: text ?? JSON.stringify(file) });
    expect(error.message).toMatch(message);
    expect(ok<ScenarioSummary[]>(b, 'scenario.list', {})).toEqual(before);
  });

  it('imports a file from an older version that lacks newer assumptions, filling in the baseline', () => {
    const id = richScenario();
    const file = JSON.parse(ok<{ json: string }>(a, 'scenario.export', { id }).json);
    file.assumptions = file.assumptions.filter((x: { key: string }) => !x.key.startsWith('urgentie.'));
    file.schemaVersion = 1; // before ranges existed
    delete file.ranges;
    const s = ok<ScenarioSummary>(b, 'scenario.import', { fileName: 'oud.json', json: JSON.stringify(file) });
    const data = ok<{ assumptions: Record<string, { source: string }> }>(b, 'scenario.data', { scenarioId: s.id });
    expect(data.assumptions['urgentie.regel'].source).toMatch(/^Standaardwaarde \(ontbrak in het bestand\)/);
    expect(ok<{ ranges: Record<string, unknown> }>(b, 'scenario.data', { scenarioId: s.id }).ranges).toEqual({});
  });
});
