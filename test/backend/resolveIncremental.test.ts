/**
 * Resolving only what a draw changes (evaluatePlan with a base, as the Monte Carlo does) gives every series and
 * every error of a full resolution of the drawn cells, bit for bit — also when the base is itself incremental.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineAssumptions, baselineRanges } from '../../electron/backend/baseline';
import { dependentsOf, evaluatePlan, resolveAssumptions, type CellInput, type Resolved } from '../../models/assumptions/resolve';
import { START_YEAR } from '../../models/capacity/fromScenario';
import { ASSUMPTION_DEFS, DERIVED_SUMS, inwonersKey, verhuringenKey } from '../../shared/assumptions';
import { GEMEENTE_CODES } from '../../shared/domain';
import { drawCells, prepare } from '../../models/uncertainty/montecarlo';
import type { RangeMap } from '../../shared/ranges';

const cells = () => Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }])) as Record<string, CellInput>;
/** Basis's ranges, and ranges on inputs that formulas read (inwoners → herkomst, verhuringen → urgent capacity). */
const ranges: RangeMap = {
  ...baselineRanges(),
  ...Object.fromEntries(GEMEENTE_CODES.map((g) => [inwonersKey(g), { kind: 'driehoek', low: 20_000, high: 170_000, source: 'test' }])),
  [verhuringenKey('GM0164')]: { kind: 'pert', low: 300, high: 900, source: 'test' },
};

function expectSameResolution(a: Resolved, b: Resolved, keys: string[]) {
  expect(a.years).toEqual(b.years);
  expect(a.errors).toEqual(b.errors);
  for (const key of keys) expect([key, Array.from(a.series(key))]).toEqual([key, Array.from(b.series(key))]);
}

const allKeys = [...ASSUMPTION_DEFS.map((d) => d.key), ...DERIVED_SUMS.map((d) => d.name)];

describe('an incremental resolution', () => {
  it('equals the full resolution of the drawn cells (property over runs)', () => {
    const p = prepare({ cells: cells(), ranges, locations: [], wlzEvents: [] });
    expect(p.affected.size).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (run, seed) => {
        const drawn = drawCells(p, seed, run);
        const once = evaluatePlan(p.plan, drawn, { resolved: p.base, changed: p.ranged, affected: p.affected });
        expectSameResolution(once, resolveAssumptions(drawn, START_YEAR), allKeys);
      }),
      { numRuns: 40 },
    );
  });

  it('on an incremental base (a second change read through the first), leaving the first as it was', () => {
    const start = cells();
    const p = prepare({ cells: start, ranges, locations: [], wlzEvents: [] });
    const first = drawCells(p, 7, 1);
    const r1 = evaluatePlan(p.plan, first, { resolved: p.base, changed: p.ranged, affected: p.affected });
    // A second change on top of the first: one key more, read through the first resolution.
    const key = inwonersKey('GM0153');
    const second = { ...first, [key]: { value: 1, formula: null } };
    const r2 = evaluatePlan(p.plan, second, { resolved: r1, changed: [key], affected: dependentsOf(p.plan, [key]) });
    expectSameResolution(r2, resolveAssumptions(second, START_YEAR), allKeys);
    // The first resolution is untouched by the second.
    expectSameResolution(r1, resolveAssumptions(first, START_YEAR), allKeys);
  });
});
