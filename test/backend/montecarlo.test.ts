import { describe, expect, it } from 'vitest';
import { GROEI_ALL_INCLUSIVE, GROEI_MODULAIR, tariefKey, verblijfsduurKey, wlzOvergangKey } from '../../shared/assumptions';
import type { RangeMap } from '../../shared/ranges';
import { resolveAssumptions } from '../../models/assumptions/resolve';
import { ASSUMPTION_DEFS } from '../../shared/assumptions';
import { drawCells, prepare } from '../../models/uncertainty/montecarlo';
import { evaluatePlan } from '../../models/assumptions/resolve';
import { START_YEAR, buildCapacityInput } from '../../models/capacity/fromScenario';
import { projectCapacity } from '../../models/capacity/project';
import { baselineAssumptions, baselineLocations } from '../../electron/backend/baseline';
import { Z90, draw, pert, triangular } from '../../models/uncertainty/distributions';
import { runChunk, type McSetup } from '../../models/uncertainty/montecarlo';
import { streamFor } from '../../models/uncertainty/random';
import { percentile, summarize } from '../../models/uncertainty/summary';
import { tornado } from '../../models/uncertainty/tornado';

const scenarioCells = () => Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
const scenarioLocations = () => baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));
const setup = (ranges: RangeMap): McSetup => ({ cells: scenarioCells(), ranges, locations: scenarioLocations(), wlzEvents: [] });
const growth: RangeMap = {
  [GROEI_ALL_INCLUSIVE]: { kind: 'driehoek', low: 5, high: 30, source: 'test' },
  [wlzOvergangKey('allInclusive')]: { kind: 'interval80', low: 0.02, high: 0.08, source: 'test' },
  [verblijfsduurKey('modulairWijk')]: { kind: 'pert', low: 10, high: 40, source: 'test' },
};

describe('random numbers and distributions', () => {
  it('gives the same stream for the same seed and run, another for another run', () => {
    const a = streamFor(42, 7);
    const b = streamFor(42, 7);
    const c = streamFor(42, 8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('triangular: inverse CDF at the ends and the mode; PERT mean (a + 4m + b) / 6; 80 % interval covers 8 in 10', () => {
    expect(triangular(0, 5, 10, 0)).toBe(0);
    expect(triangular(0, 5, 10, 0.5)).toBeCloseTo(5, 12);
    expect(triangular(0, 5, 10, 1)).toBe(10);
    const rng = streamFor(1, 0);
    const N = 40_000;
    let sum = 0;
    for (let i = 0; i < N; i++) sum += pert(0, 2, 10, rng);
    expect(sum / N).toBeCloseTo((0 + 4 * 2 + 10) / 6, 1);
    let inside = 0;
    const r = { kind: 'interval80' as const, low: 10, high: 20, source: '' };
    for (let i = 0; i < N; i++) {
      const x = draw(r, 15, { min: 0, max: 100 }, rng);
      if (x >= 10 && x <= 20) inside++;
    }
    expect(inside / N).toBeCloseTo(0.8, 2);
    expect(Z90).toBeCloseTo(1.28155, 5);
  });

  it('percentile interpolates like Excel PERCENTILE.INC', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 10)).toBeCloseTo(1.4, 12);
    expect(percentile([7], 90)).toBe(7);
  });
});

describe('Monte Carlo', () => {
  it('recomputing only what the ranges affect gives exactly the full resolution', () => {
    // A range on clients in care reaches the formulas through a derived sum (inZorgTotaal_allInclusive).
    const p = prepare(setup({ ...growth, 'inZorg.GM0153.allInclusive': { kind: 'driehoek', low: 80, high: 140, source: 'test' } }));
    expect(p.affected.has('instroomBasisPerJaar.allInclusive')).toBe(true); // the calibrated base inflow reads the length of stay
    expect(p.affected.has('inZorgTotaal_allInclusive')).toBe(true);
    for (const run of [0, 1, 17]) {
      const cells = drawCells(p, 99, run);
      const quick = evaluatePlan(p.plan, cells, { resolved: p.base, changed: p.ranged, affected: p.affected });
      const full = resolveAssumptions(cells, START_YEAR);
      for (const d of ASSUMPTION_DEFS) expect(Array.from(quick.series(d.key))).toEqual(Array.from(full.series(d.key)));
      expect(quick.errors).toEqual(full.errors);
    }
  });

  it('a fixed seed gives identical percentiles, however the runs are split into chunks', () => {
    const s = setup(growth);
    const one = summarize([runChunk(s, 2026, 0, 200)], 2026);
    const split = summarize([runChunk(s, 2026, 120, 200), runChunk(s, 2026, 0, 120)], 2026);
    expect(split).toEqual(one);
    const other = summarize([runChunk(s, 7, 0, 200)], 7);
    expect(other.bands.waitingList[5].p50).not.toBe(one.bands.waitingList[5].p50);
  });

  it('percentiles are ordered and probabilities lie between 0 and 1', () => {
    const sum = summarize([runChunk(setup(growth), 1, 0, 300)], 1);
    for (const m of Object.keys(sum.bands) as (keyof typeof sum.bands)[]) {
      for (const b of sum.bands[m]) {
        const xs = [b.p10, b.p25, b.p50, b.p75, b.p90].filter((x): x is number => x !== null);
        for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1] - 1e-9);
      }
    }
    for (const p of [...sum.probabilityTargetMet, ...sum.probabilityUrgentShortfall]) expect(p >= 0 && p <= 1).toBe(true);
    // More growth means more waiting: the band is wide in 2035 and the P90 is above the P10 by a lot.
    const last = sum.bands.waitingList[sum.years.length - 1];
    expect(last.p90! - last.p10!).toBeGreaterThan(50);
  });

  it('with every range collapsed to a point the bands collapse onto the deterministic result', () => {
    const cells = scenarioCells();
    const point: RangeMap = { [GROEI_ALL_INCLUSIVE]: { kind: 'interval80', low: cells[GROEI_ALL_INCLUSIVE].value, high: cells[GROEI_ALL_INCLUSIVE].value + 1e-12, source: '' } };
    const sum = summarize([runChunk(setup(point), 3, 0, 50)], 3);
    const det = projectCapacity(buildCapacityInput(resolveAssumptions(cells, START_YEAR), scenarioLocations(), []));
    det.years.forEach((y, i) => {
      const b = sum.bands.waitingList[i];
      for (const p of [b.p10, b.p25, b.p50, b.p75, b.p90]) expect(p).toBeCloseTo(y.waitingList, 6);
      expect(sum.bands.costEuro[i].p90).toBeCloseTo(y.costEuro, 2);
    });
    const empty = summarize([runChunk(setup({}), 3, 0, 10)], 3);
    expect(empty.bands.waitingList[3].p10).toBeCloseTo(det.years[3].waitingList, 9);
  });

  it('the tornado ranks a deliberately dominant assumption first', () => {
    const ranges: RangeMap = {
      [tariefKey('allInclusive')]: { kind: 'driehoek', low: 100, high: 400, source: '' }, // cost only: no effect on waiting
      [GROEI_MODULAIR]: { kind: 'driehoek', low: 14, high: 16, source: '' },
      [GROEI_ALL_INCLUSIVE]: { kind: 'driehoek', low: 0, high: 100, source: '' },
    };
    const t = tornado(setup(ranges), 2030);
    expect(t.bars.map((b) => b.key)).toEqual([GROEI_ALL_INCLUSIVE, GROEI_MODULAIR, tariefKey('allInclusive')]);
    expect(t.bars[0].waitingList.atHigh).toBeGreaterThan(t.bars[0].waitingList.atLow);
    expect(t.bars[2].swing).toBeCloseTo(0, 9);
  });
});
