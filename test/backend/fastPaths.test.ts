/**
 * The fast paths give the figures of the full path, exactly: the Monte Carlo's lean projection against the full
 * result (on Basis and on random inputs), a copy of a projection (the places-needed search tries its places on
 * copies) against the original, and a whole Monte Carlo run against the full scenario run with the same cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineAssumptions, baselineLocations, baselineRanges } from '../../electron/backend/baseline';
import { inwonersKey, verhuringenKey } from '../../shared/assumptions';
import type { RangeMap } from '../../shared/ranges';
import { scenarioRun } from '../../models/scenario/runScenario';
import { drawCells, prepare, runOnce } from '../../models/uncertainty/montecarlo';
import { GEMEENTE_CODES, VARIANT_IDS } from '../../shared/domain';
import { SPECIAL_TARGET_GROUPS } from '../../shared/locations';
import { resolveAssumptions } from '../../models/assumptions/resolve';
import { buildCapacityInput, START_YEAR } from '../../models/capacity/fromScenario';
import { Projection, projectCapacity, projectLean } from '../../models/capacity/project';
import { G, V, testInput, yearAssumptions } from '../../models/capacity/testInput';
import type { CapacityInput, LeanYear, Metrics, YearResult } from '../../models/capacity/types';

const basisInput = () => {
  const cells = Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const locations = baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));
  return buildCapacityInput(resolveAssumptions(cells, START_YEAR), locations, []);
};

/** The lean year holds exactly the full year's region figures and the breakdowns urgent housing reads. */
function expectSameYears(lean: LeanYear[], full: YearResult[]) {
  expect(lean.length).toBe(full.length);
  lean.forEach((l, y) => {
    const f = full[y];
    const { byVariant, byGemeente, byTargetGroup, ...region } = f;
    expect(byTargetGroup).toBeDefined();
    const { byVariant: lv, byGemeente: lg, ...leanRegion } = l;
    expect(leanRegion).toEqual(region as Metrics & { year: number });
    for (const v of VARIANT_IDS) expect(lv[v].outflowNeedingHome).toBe(byVariant[v].outflowNeedingHome);
    for (const g of GEMEENTE_CODES) {
      expect(lg[g].outflowNeedingHome).toBe(byGemeente[g].outflowNeedingHome);
      expect(lg[g].wlzPlacesReturned).toBe(byGemeente[g].wlzPlacesReturned);
    }
  });
}

/** A random model input: one to four target groups, stocks, locations opening and closing, every rate drawn. */
const randomInput = fc
  .record({
    years: fc.integer({ min: 1, max: 4 }),
    T: fc.integer({ min: 1, max: 4 }),
    need: fc.boolean(),
    other: fc.boolean(),
    general: fc.boolean(),
    firstMonth: fc.integer({ min: 0, max: 11 }),
    stock: fc.array(fc.tuple(fc.integer({ min: 0, max: G - 1 }), fc.integer({ min: 0, max: V - 1 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 40 })), { maxLength: 10 }),
    locations: fc.array(
      fc.record({
        h: fc.integer({ min: 0, max: G - 1 }),
        v: fc.integer({ min: 0, max: V - 1 }),
        t: fc.integer({ min: 0, max: 3 }),
        places: fc.integer({ min: 0, max: 60 }),
        openMonth: fc.integer({ min: -1, max: 30 }),
        closeMonth: fc.option(fc.integer({ min: 1, max: 48 })),
        wmo: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    rates: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
    oneOff: fc.option(fc.record({ clients: fc.integer({ min: 0, max: 30 }), v: fc.option(fc.integer({ min: 0, max: V - 1 })) })),
    history: fc.double({ min: 0, max: 12, noNaN: true }),
    norm: fc.integer({ min: 1, max: 9 }),
  })
  .map((x): CapacityInput => {
    const r = x.rates;
    const groups = (['algemeen', ...SPECIAL_TARGET_GROUPS] as const).slice(0, x.T);
    const groupShare = new Float64Array(V * x.T);
    for (let v = 0; v < V; v++) for (let t = 0; t < x.T; t++) groupShare[v * x.T + t] = 1 / x.T;
    const base = testInput({
      years: x.years,
      inCare: x.stock.map(([g, v, n]) => [g, v, n]),
      waiting: x.stock.map(([g, v, , n]) => [g, v, n]),
      locations: x.locations.map((l) => ({ ...l, t: Math.min(l.t, x.T - 1), closeMonth: l.closeMonth === null ? null : Math.max(l.openMonth + 1, l.closeMonth) })),
      allowOtherVariant: x.other,
    });
    return {
      ...base,
      driver: x.need ? 'need' : 'inflow',
      targetGroups: [...groups],
      groupMayUseGeneral: x.general,
      firstMonth: x.firstMonth,
      historyMeanWaitMonths: x.history,
      waitingTargetMonths: x.norm,
      wlzOneOffs: x.oneOff ? [{ yearIndex: 0, clients: x.oneOff.clients, v: x.oneOff.v }] : [],
      perYear: Array.from({ length: x.years }, (_, y) => ({
        ...yearAssumptions({
          inflowPerYear: [60 * r[0], 40 * r[1], 10 * r[2], 20 * r[3]],
          needGrowthPerYear: [30 * r[4] - 5, 10 * r[5], 5 * r[1], 8 * r[2]],
          stayMonths: [12 + 60 * r[6], 12 + 40 * r[7], 20, 30],
          wlzRatePerYear: 0.1 * r[8],
          flipShare: r[9],
          wlzOutflowPerYear: 0.3 * r[10],
          listDepartureRatePerYear: 0.3 * r[11],
          listWlzRatePerYear: 0.05 * r[y % 12],
          tariffPerDay: [200, 150, 120, 100],
          waitingCostPerDay: 30,
          originShare: GEMEENTE_CODES.map((_, g) => 1 + ((g * 7 + y) % 5)).map((w, _, all) => w / all.reduce((a, b) => a + b, 0)),
        }),
        groupShare,
      })),
    };
  });

describe('the lean projection (Monte Carlo) gives the full projection’s figures', () => {
  it('on Basis: every region figure, and the exits and returned places per variant and gemeente, identical', () => {
    const input = basisInput();
    expectSameYears(projectLean(input), projectCapacity(input).years);
    expectSameYears(projectLean(input), projectCapacity(input, { months: false }).years);
  });

  it('on random inputs (property)', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        expectSameYears(projectLean(input), projectCapacity(input).years);
      }),
      { numRuns: 150 },
    );
  });

  it('without a closing location the cells across gemeenten are not kept, and no figure changes (property)', () => {
    fc.assert(
      fc.property(randomInput, (input) => {
        const open = { ...input, locations: input.locations.map((l) => ({ ...l, closeMonth: null })) };
        // A location that closes only after the horizon makes the projection keep every cell, and changes nothing else.
        const beyond = { ...open, locations: [...open.locations, { h: 0, v: 0, t: 0, places: 0, openMonth: 0, closeMonth: 100_000, wmo: true }] };
        expect(projectCapacity(open)).toEqual(projectCapacity(beyond));
      }),
      { numRuns: 100 },
    );
  });

  it('a copy half-way continues exactly as the original would have', () => {
    fc.assert(
      fc.property(randomInput, fc.double({ min: 0, max: 1, noNaN: true }), (input, at) => {
        const p = new Projection(input);
        p.runTo(Math.floor(at * p.monthCount));
        const copy = p.clone().runTo(p.monthCount).result();
        expect(copy).toEqual(projectCapacity(input));
        // …and running the copy leaves the original where it was.
        expect(p.runTo(p.monthCount).result()).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });
});

describe('on the same random inputs', () => {
  it('no figure is ever negative, per year or per month, at any level (closing locations, flips, target groups)', () => {
    const negatives = (x: unknown, path: string, out: string[]) => {
      if (typeof x === 'number') {
        if (x < 0) out.push(`${path} = ${x}`);
      } else if (x && typeof x === 'object' && !ArrayBuffer.isView(x)) {
        for (const [k, v] of Object.entries(x)) negatives(v, `${path}.${k}`, out);
      }
      return out;
    };
    fc.assert(
      fc.property(randomInput, (input) => {
        const r = projectCapacity(input);
        expect(negatives(r.years, 'years', negatives(r.months, 'months', []))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a Monte Carlo run gives the full scenario run’s figures for the same drawn cells', () => {
  const cells = () => Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const locations = baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));

  /** Returns the runs' fair-share indices. */
  function expectSameAsFull(ranges: RangeMap, runs: number[]): number[] {
    const p = prepare({ cells: cells(), ranges, locations, wlzEvents: [] });
    return runs.map((r) => {
      const drawn = drawCells(p, 2026, r);
      const once = runOnce(p, drawn);
      const full = scenarioRun({ cells: drawn, locations, wlzEvents: [] }, { placesNeeded: false });
      expectSameYears(once.capacity.years, full.capacity().years);
      const urgent = full.urgent();
      expect(urgent.ok).toBe(true);
      if (urgent.ok) expect(once.urgentShortfall).toEqual(urgent.years.map((y) => y.shortfall));
      const fair = full.fairShare('inwoners', 'alle', p.reportingYear);
      expect(once.fairShareIndex).toBe(fair.ok ? fair.facility.index : NaN);
      return once.fairShareIndex;
    });
  }

  it('with Basis’s ranges (urgent housing’s basis and the fair-share index worked out once)', () => {
    expect(new Set(expectSameAsFull(baselineRanges(), [0, 1, 2, 17, 123])).size).toBe(1);
  });

  it('with ranges that reach the key inputs and the lettings (those parts worked out in every run)', () => {
    const ranges: RangeMap = {
      ...baselineRanges(),
      [inwonersKey('GM0153')]: { kind: 'driehoek', low: 150_000, high: 170_000, source: 'test' },
      [verhuringenKey('GM0164')]: { kind: 'pert', low: 300, high: 900, source: 'test' },
    };
    expect(new Set(expectSameAsFull(ranges, [0, 5, 44])).size).toBe(3);
  });

  it('the sensitivity analysis (one range at a time) too', () => {
    const p = prepare({ cells: cells(), ranges: baselineRanges(), locations, wlzEvents: [] });
    const key = p.ranged[0];
    const changed = { ...p.setup.cells, [key]: { value: p.setup.ranges[key].high, formula: null } };
    const once = runOnce(p, changed, [key]);
    const full = scenarioRun({ cells: changed, locations, wlzEvents: [] }, { placesNeeded: false });
    expectSameYears(once.capacity.years, full.capacity().years);
  });
});
