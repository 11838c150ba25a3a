import { describe, expect, it } from 'vitest';
import { allocateUrgent, URGENT_GROUPS, type UrgentGroup, type UrgentInput } from './allocate';

const G = 8;
const groups = URGENT_GROUPS.map((g) => g.id);
const demandYear = (perGroup: Partial<Record<UrgentGroup, number[]>>) =>
  Object.fromEntries(groups.map((k) => [k, perGroup[k] ?? Array(G).fill(0)])) as Record<UrgentGroup, number[]>;

function input(over: Partial<UrgentInput> & { years?: number[] }): UrgentInput {
  const years = over.years ?? [2025, 2026];
  return {
    years,
    demand: years.map(() => demandYear({ uitstroomBW: [1, 2, 10, 1, 5, 2, 1, 2], overig: [2, 2, 6, 2, 4, 2, 2, 2] })),
    capacity: years.map(() => Array(G).fill(100)),
    rule: 'woonplaatsbeginsel',
    ownShare: 0.5,
    keyShares: Array(G).fill(1 / G),
    method: 'largest-remainder',
    normMonths: 6,
    ...over,
  };
}

function expectConsistent(years: ReturnType<typeof allocateUrgent>, capacity: number[][]) {
  let carried = 0;
  years.forEach((y, i) => {
    expect(y.homes + y.shortfall).toBe(y.demand + carried);
    expect(y.carriedIn).toBe(carried);
    carried = y.shortfall;
    y.byGemeente.forEach((g, h) => {
      // Per gemeente of origin the explanation adds up: new + carried over − housed = still waiting.
      expect(g.demand + g.carriedIn - g.housedOrigin).toBe(g.shortfall);
      expect(g.homes).toBeLessThanOrEqual(Math.floor(capacity[i][h]));
      expect(g.homes).toBe(Object.values(g.homesByGroup).reduce((a, b) => a + b, 0));
      for (const v of [g.homes, g.shortfall, g.demand, g.housedOrigin]) expect(v).toBeGreaterThanOrEqual(0);
    });
    expect(y.byGemeente.reduce((s, g) => s + g.housedOrigin, 0)).toBe(y.homes);
    expect(Object.values(y.byGroup).reduce((s, g) => s + g.homes, 0)).toBe(y.homes);
  });
}

describe('urgentie allocation', () => {
  it('woonplaatsbeginsel houses everyone in the own gemeente when capacity allows', () => {
    const inp = input({});
    const r = allocateUrgent(inp);
    expect(r[0].byGemeente.map((g) => g.homes)).toEqual([3, 4, 16, 3, 9, 4, 3, 4]);
    expect(r[0].byGemeente.map((g) => g.housedOrigin)).toEqual([3, 4, 16, 3, 9, 4, 3, 4]);
    expect(r[0].byGemeente[2].homesByGroup).toMatchObject({ uitstroomBW: 10, overig: 6 });
    expect(r[0].shortfall).toBe(0);
    // Nothing carries over: half the time between two of the 100 homes a year on offer (was 0 before model 2.0).
    expect(r[0].monthsToHome).toBeCloseTo((0.5 * 12) / 100, 12);
    expect(r[0].meetsNorm).toBe(true);
    expectConsistent(r, inp.capacity);
  });

  it('a fair-share key spreads the homes by the key, whatever the origin', () => {
    const inp = input({ rule: 'verdeelsleutel' });
    const r = allocateUrgent(inp);
    // 46 homes over 8 equal shares: 5.75 each → six get 6, two get 5 (largest remainder, earlier first on ties).
    expect(r[0].byGemeente.map((g) => g.homes)).toEqual([6, 6, 6, 6, 6, 6, 5, 5]);
    expect(r[0].homes).toBe(46);
    expect(r[0].byGemeente.map((g) => g.housedOrigin)).toEqual([3, 4, 16, 3, 9, 4, 3, 4]);
    expectConsistent(r, inp.capacity);
  });

  it('carries a shortfall over to the next year and reports the time to a home against the norm', () => {
    const capacity = [Array(G).fill(2), Array(G).fill(100)];
    const inp = input({ capacity });
    const r = allocateUrgent(inp);
    // Enschede: 16 needed, 2 homes → 14 carried over; 2026: 16 new + 14.
    expect(r[0].byGemeente[2]).toMatchObject({ homes: 2, shortfall: 14, housedOrigin: 2 });
    // First come, first served: 14 ahead, then on average half an interval between two of the 2 homes a year.
    expect(r[0].byGemeente[2].monthsToHome).toBeCloseTo((14 + 0.5) * (12 / 2), 9);
    expect(r[0].meetsNorm).toBe(false);
    expect(r[1].byGemeente[2]).toMatchObject({ homes: 30, shortfall: 0 });
    expectConsistent(r, capacity);
  });

  it('with no capacity at all nobody is housed: time to a home is undetermined, never NaN', () => {
    const capacity = [Array(G).fill(0), Array(G).fill(0)];
    const r = allocateUrgent(input({ capacity, rule: 'verdeelsleutel' }));
    expect(r[1].homes).toBe(0);
    expect(r[1].shortfall).toBe(92);
    expect(r[1].monthsToHome).toBeNull();
    expect(r[1].meetsNorm).toBe(false);
  });

  it('hybrid: half in the own gemeente, the rest by the key, within capacity', () => {
    const capacity = [[100, 100, 10, 100, 100, 100, 100, 100]];
    const inp = input({ years: [2025], capacity, rule: 'hybride', ownShare: 0.5, method: 'dhondt' });
    const r = allocateUrgent(inp);
    expect(r[0].byGemeente[2].homes).toBeLessThanOrEqual(10);
    expect(r[0].homes).toBe(46);
    expectConsistent(r, capacity);
  });

  it('turns fractional yearly demand into whole homes without losing any (running total)', () => {
    const years = [2025, 2026, 2027, 2028, 2029];
    const r = allocateUrgent(input({ years, demand: years.map(() => demandYear({ uitstroomMO: [0.4, 0, 0, 0, 0, 0, 0, 0] })) }));
    expect(r.map((y) => y.byGemeente[0].homes)).toEqual([0, 1, 0, 1, 0]);
    expect(r.reduce((s, y) => s + y.homes, 0)).toBe(2);
  });

  it('without the group detail (Monte Carlo) the shortfall and homes are the same for every rule', () => {
    for (const rule of ['woonplaatsbeginsel', 'verdeelsleutel', 'hybride'] as const) {
      const inp = input({ rule, years: [2025, 2026, 2027], capacity: [Array(G).fill(2), Array(G).fill(3), Array(G).fill(50)] });
      const full = allocateUrgent(inp);
      const lean = allocateUrgent(inp, { detail: false });
      expect(lean.map((y) => [y.shortfall, y.homes, y.demand, y.monthsToHome])).toEqual(full.map((y) => [y.shortfall, y.homes, y.demand, y.monthsToHome]));
      expect(lean.map((y) => y.byGemeente.map((g) => g.shortfall))).toEqual(full.map((y) => y.byGemeente.map((g) => g.shortfall)));
    }
  });
});
