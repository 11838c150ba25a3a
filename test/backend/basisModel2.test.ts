/** Basis under model 2.0, through the backend as the app runs it: need +30 a year exactly, whatever the places. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { CapacityProjection, ScenarioSummary } from '../../shared/contract';
import { VARIANT_IDS } from '../../shared/domain';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok } = contractCalls(() => backend);
beforeAll(() => {
  backend = openBackend(tempDb('basis2'), 'test', FIXED_NOW);
});
afterAll(() => backend.close());

describe('Basis — ongewijzigd beleid under model 2.0', () => {
  it('need is 397 + 30 a year, every year; with ample places the need is the same and nobody waits', () => {
    const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
    const before = ok<CapacityProjection>('projection.capacity', { scenarioId: basis.id }).result;
    before.years.forEach((y, i) => expect(y.demand).toBeCloseTo(397 + 30 * (i + 1), 6));
    const ample = ok<ScenarioSummary>('scenario.create', { name: 'Ruim voldoende plekken' }).id;
    for (const variant of VARIANT_IDS) {
      ok('locations.save', {
        scenarioId: ample,
        location: { name: `Ruim ${variant}`, gemeente: 'GM0153', variant, places: 2000, opening: '2025-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: '', isAanname: true },
      });
    }
    const after = ok<CapacityProjection>('projection.capacity', { scenarioId: ample }).result;
    after.years.forEach((y, i) => {
      expect(y.demand).toBeCloseTo(before.years[i].demand, 6);
      expect(y.waitingList).toBeLessThan(1e-6);
      expect(y.placesNeeded).toBe(0);
      expect(y.expectedWaitMonths).toBe(0);
    });
    expect(after.years.at(-1)!.demand).toBeCloseTo(727, 6);
  });

  it('explains the figures it shows: notes are empty, the places needed add up per gemeente and form', () => {
    const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
    const p = ok<CapacityProjection>('projection.capacity', { scenarioId: basis.id });
    expect(p.errors).toEqual({});
    for (const y of p.result.years) {
      expect(Object.values(y.byGemeente).reduce((s, m) => s + m.placesNeeded, 0)).toBe(y.placesNeeded);
      expect(Object.values(y.byVariant).reduce((s, m) => s + m.placesNeeded, 0)).toBe(y.placesNeeded);
      expect(y.waitingTimeMonths).not.toBeNull();
    }
  });
});
