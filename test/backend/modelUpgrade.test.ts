/** A model-1.0 database with scenarios in it, opened by model 2.0: every value and source kept, new assumptions added. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { AANDRIJVING, AL_GEWACHT, DOELGROEP_ALGEMENE_PLEK, GROEI_ALL_INCLUSIVE, OVERBRUGGING_PER_DAG, doelgroepAandeelKey, uitvalKey, wlzWachtlijstKey } from '../../shared/assumptions';
import type { CapacityProjection, ScenarioData, ScenarioSummary } from '../../shared/contract';
import { VARIANT_IDS } from '../../shared/domain';
import { SPECIAL_TARGET_GROUPS } from '../../shared/locations';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

const NEW_KEYS = [
  AANDRIJVING, AL_GEWACHT, DOELGROEP_ALGEMENE_PLEK, OVERBRUGGING_PER_DAG,
  ...VARIANT_IDS.flatMap((v) => [uitvalKey(v), wlzWachtlijstKey(v), ...SPECIAL_TARGET_GROUPS.map((t) => doelgroepAandeelKey(v, t))]),
];

describe('upgrade from model 1.0', () => {
  it('keeps every value and source of existing scenarios and adds the new assumptions with their default and a note', () => {
    const file = tempDb('upgrade');
    let backend = openBackend(file, 'test', FIXED_NOW);
    let calls = contractCalls(() => backend);
    const id = calls.ok<ScenarioSummary>('scenario.create', { name: 'Haaksbergen 24' }).id;
    calls.ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 18 });
    calls.ok('assumptions.setSource', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, source: 'Prognose projectgroep 2026', isAanname: false });
    const before = calls.ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions;
    backend.close();

    // Make it a model-1.0 database: the assumptions model 2.0 added are not there.
    const raw = new Database(file);
    const del = raw.prepare('DELETE FROM assumption WHERE key = ?');
    for (const key of NEW_KEYS) del.run(key);
    expect((raw.prepare('SELECT count(*) AS n FROM assumption WHERE key = ?').get(AANDRIJVING) as { n: number }).n).toBe(0);
    raw.close();

    backend = openBackend(file, 'test', FIXED_NOW);
    calls = contractCalls(() => backend);
    const after = calls.ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions;
    for (const [key, a] of Object.entries(before)) {
      if (NEW_KEYS.includes(key)) continue;
      expect(after[key], key).toEqual(a);
    }
    expect(after[GROEI_ALL_INCLUSIVE]).toMatchObject({ value: 18, source: 'Prognose projectgroep 2026', isAanname: false });
    for (const key of NEW_KEYS) {
      expect(after[key], key).toBeDefined();
      expect(after[key].source, key).toMatch(/toegevoegd bij een update/);
    }
    expect(after[AANDRIJVING].value).toBe(0);
    expect(after[uitvalKey('allInclusive')].value).toBe(0.1);
    const p = calls.ok<CapacityProjection>('projection.capacity', { scenarioId: id });
    expect(p.result.modelVersion).toBe('2.0.0');
    expect(p.errors).toEqual({});
    // Need follows the scenario's own trend: 397 + (18 + 15) a year.
    p.result.years.forEach((y, i) => expect(y.demand).toBeCloseTo(397 + 33 * (i + 1), 6));
    backend.close();
  });
});
