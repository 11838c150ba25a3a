/**
 * projection.capacity without the places needed and the months (the effect preview beside the grid asks for it so:
 * the search over many projections is left out): the same projection, every placesNeeded 0 and marked as not
 * worked out, no months.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';
import type { CapacityProjection, ScenarioSummary } from '../../shared/contract';
import type { CapacityResult } from '../../models/capacity/types';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);

beforeEach(() => {
  backend = openBackend(tempDb('placesNeededOnRequest'), 'test', FIXED_NOW);
});
afterEach(() => backend.close());

/** The result with every places-needed figure set to 0 (region, forms, gemeenten, target groups). */
function withoutPlacesNeeded(r: CapacityResult): CapacityResult {
  const copy = structuredClone(r);
  for (const y of copy.years) {
    y.placesNeeded = 0;
    for (const m of [...Object.values(y.byVariant), ...Object.values(y.byGemeente), ...Object.values(y.byTargetGroup)]) if (m) m.placesNeeded = 0;
  }
  return copy;
}

describe('projection.capacity with and without the places needed', () => {
  it('is the same projection; only the places needed are left out, and it says so', () => {
    const id = ok<ScenarioSummary[]>('scenario.list', {})[0].id;
    // More growth, so places are needed in later years and leaving them out shows.
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, value: 40 });
    const full = ok<CapacityProjection>('projection.capacity', { scenarioId: id });
    const asked = ok<CapacityProjection>('projection.capacity', { scenarioId: id, placesNeeded: true });
    const quick = ok<CapacityProjection>('projection.capacity', { scenarioId: id, placesNeeded: false });
    expect(full.placesNeeded).toBe(true);
    expect(quick.placesNeeded).toBe(false);
    expect(asked).toEqual(full);
    expect(full.result.years.some((y) => y.placesNeeded > 0)).toBe(true);
    expect(quick.result).toEqual(withoutPlacesNeeded(full.result));
    expect({ ...quick, result: null, placesNeeded: null }).toEqual({ ...full, result: null, placesNeeded: null });
    // What the effect preview asks for: no months either.
    const preview = ok<CapacityProjection>('projection.capacity', { scenarioId: id, placesNeeded: false, months: false });
    expect(full.result.months.length).toBeGreaterThan(100);
    expect(preview.result).toEqual({ ...withoutPlacesNeeded(full.result), months: [] });
  });

  it('refuses anything but true or false for placesNeeded and months', () => {
    const id = ok<ScenarioSummary[]>('scenario.list', {})[0].id;
    fails('projection.capacity', { scenarioId: id, placesNeeded: 'nee' });
    fails('projection.capacity', { scenarioId: id, months: 1 });
  });
});
