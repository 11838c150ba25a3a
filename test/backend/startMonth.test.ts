/** A scenario can start from any month's count (a monitoring measurement): the projection starts the month after. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { BEGINSTAND_JAAR, BEGINSTAND_MAAND } from '../../shared/assumptions';
import type { CapacityProjection, ScenarioSummary } from '../../shared/contract';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok } = contractCalls(() => backend);
let id: number;
beforeEach(() => {
  backend = openBackend(tempDb('start'), 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: 'Start' }).id;
});
afterEach(() => backend.close());
const project = () => ok<CapacityProjection>('projection.capacity', { scenarioId: id }).result;

describe('start month', () => {
  it('defaults to the December 2024 count and a January 2025 start', () => {
    const r = project();
    expect(r.months[0].month).toBe('2025-01');
    expect(r.years[0].year).toBe(2025);
  });

  it('a June 2026 count starts in July 2026 with the same stock; need grows by half a year\'s trend in 2026', () => {
    const base = project();
    ok('assumptions.setValue', { scenarioId: id, key: BEGINSTAND_JAAR, value: 2026 });
    ok('assumptions.setValue', { scenarioId: id, key: BEGINSTAND_MAAND, value: 6 });
    const r = project();
    expect(r.months[0].month).toBe('2026-07');
    expect(r.years[0].year).toBe(2026);
    expect(r.years.at(-1)!.year).toBe(base.years.at(-1)!.year);
    expect(r.start.demand).toBeCloseTo(base.start.demand, 9);
    // Need driver: need follows the trend from the count, +30 a year (15 + 15) → +15 over the six months of 2026.
    expect(r.years[0].demand - r.start.demand).toBeCloseTo(15, 6);
    expect(r.years[1].demand - r.years[0].demand).toBeCloseTo(30, 6);
  });

  it('a location opening in September 2026 adds its places from September when the projection starts in July', () => {
    ok('assumptions.setValue', { scenarioId: id, key: BEGINSTAND_JAAR, value: 2026 });
    ok('assumptions.setValue', { scenarioId: id, key: BEGINSTAND_MAAND, value: 6 });
    ok('locations.save', {
      scenarioId: id,
      location: { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2026-09', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'Plan', isAanname: true },
    });
    const m = project().months;
    const at = (month: string) => m.find((x) => x.month === month)!.places;
    // (Places also drift down a little as Wmo places flip to the Wlz each month.)
    expect(at('2026-09') - at('2026-08')).toBeGreaterThan(23);
    expect(Math.abs(at('2026-08') - at('2026-07'))).toBeLessThan(1);
  });

  it('a count after the horizon starts in the last year', () => {
    ok('assumptions.setValue', { scenarioId: id, key: BEGINSTAND_JAAR, value: 2059 });
    const r = project();
    expect(r.years).toHaveLength(1);
    expect(r.months[0].month).toBe('2035-12');
  });
});
