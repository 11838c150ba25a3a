import { describe, expect, it } from 'vitest';
import { VARIANT_IDS } from '../../shared/domain';
import { projectDemand, type DemandInput } from './projectDemand';

const baseline: DemandInput = {
  baseYear: 2024,
  endYear: 2035,
  baseline: {
    allInclusive: { inCare: 193, waiting: 28 },
    modulairGeclusterd: { inCare: 88, waiting: 10 },
    modulairNabijheid: { inCare: 18, waiting: 2 },
    modulairWijk: { inCare: 52, waiting: 6 },
  },
  growthPerYear: { allInclusive: 15, modulairGeclusterd: 7.5, modulairNabijheid: 1.5, modulairWijk: 6 },
};

describe('projectDemand', () => {
  it('grows demand by exactly +30 a year from 397 (golden values from the documents)', () => {
    const p = projectDemand(baseline);
    expect(p.start).toEqual({ demand: 397, inCare: 351, waiting: 46 });
    expect(p.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(p.years[0].demand).toBe(427);
    expect(p.years.find((y) => y.year === 2030)!.demand).toBe(577);
    expect(p.years[10].demand).toBe(727);
    expect(p.years[10].byVariant.allInclusive).toBe(221 + 165);
    expect(p.years[10].waitingIfNoNewPlaces).toBe(727 - 351);
  });

  it('keeps the variant parts summing to the total and nothing negative', () => {
    const p = projectDemand({ ...baseline, growthPerYear: { ...baseline.growthPerYear, modulairNabijheid: -5 } });
    for (const y of p.years) {
      const parts = VARIANT_IDS.map((v) => y.byVariant[v]);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(y.demand, 9);
      parts.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
      expect(y.waitingIfNoNewPlaces).toBeGreaterThanOrEqual(0);
    }
    // 20 clients, −5 a year: 0 from the fourth year on, never negative.
    expect(p.years[3].byVariant.modulairNabijheid).toBe(0);
    expect(p.years[10].byVariant.modulairNabijheid).toBe(0);
  });

  it('is flat with zero growth and handles a one-year horizon', () => {
    const zero = { allInclusive: 0, modulairGeclusterd: 0, modulairNabijheid: 0, modulairWijk: 0 };
    const p = projectDemand({ ...baseline, endYear: 2025, growthPerYear: zero });
    expect(p.years).toHaveLength(1);
    expect(p.years[0].demand).toBe(397);
    expect(p.years[0].waitingIfNoNewPlaces).toBe(46);
  });

  it('rejects a horizon that ends before it starts', () => {
    expect(() => projectDemand({ ...baseline, endYear: 2024 })).toThrow(RangeError);
  });
});
