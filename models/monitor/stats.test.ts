import { describe, expect, it } from 'vitest';
import { gammaCdf, gammaQuantile, linearTrend, normalQuantile, poisson, poissonInterval, shareInterval, tQuantile } from './stats';
import { streamFor } from '../uncertainty/random';

describe('statistics for the monitor', () => {
  it('normal and t quantiles match the tables', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 5);
    expect(normalQuantile(0.1)).toBeCloseTo(-1.281552, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(tQuantile(0.9, 1)).toBeCloseTo(3.0777, 3);
    expect(tQuantile(0.9, 2)).toBeCloseTo(1.8856, 3);
    expect(tQuantile(0.9, 3)).toBeCloseTo(1.6377, 2);
    expect(tQuantile(0.9, 10)).toBeCloseTo(1.3722, 3);
  });

  it('gamma quantiles are the chi-square table halved', () => {
    // χ²(0,90; 2) = 4,60517 → Γ(1) P90 = 2,302585 = −ln 0,1.
    expect(gammaQuantile(0.9, 1)).toBeCloseTo(2.302585, 5);
    // χ²(0,10; 24) = 15,659 and χ²(0,90; 26) = 35,563.
    expect(gammaQuantile(0.1, 12)).toBeCloseTo(15.659 / 2, 3);
    expect(gammaQuantile(0.9, 13)).toBeCloseTo(35.563 / 2, 3);
    // χ²(0,10; 200) = 174,835.
    expect(gammaQuantile(0.1, 100)).toBeCloseTo(174.835 / 2, 2);
    for (const a of [0.5, 3, 40, 900]) for (const p of [0.1, 0.5, 0.9]) expect(gammaCdf(a, gammaQuantile(p, a))).toBeCloseTo(p, 9);
  });

  it('Garwood intervals for Poisson counts, also for zero', () => {
    expect(poissonInterval(0)).toEqual({ low: 0, high: expect.closeTo(2.302585, 5) });
    const ten = poissonInterval(10);
    // χ²(0,10; 20)/2 = 12,443/2 and χ²(0,90; 22)/2 = 30,813/2.
    expect(ten.low).toBeCloseTo(6.2215, 3);
    expect(ten.high).toBeCloseTo(15.4065, 3);
  });

  it('Wilson intervals for shares stay within 0..1', () => {
    const s = shareInterval(45, 60);
    expect(s.low).toBeCloseTo(0.6724, 3);
    expect(s.high).toBeCloseTo(0.8143, 3);
    expect(shareInterval(0, 50).low).toBe(0);
    expect(shareInterval(50, 50).high).toBe(1);
    expect(shareInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('a straight line through exact points has the exact slope and a zero-width interval', () => {
    const tr = linearTrend([1, 2, 3, 4], [10, 13, 16, 19])!;
    expect(tr.slope).toBeCloseTo(3, 12);
    expect(tr.high - tr.low).toBeCloseTo(0, 9);
    expect(linearTrend([1, 2], [1, 2])).toBeNull();
    expect(linearTrend([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  it('Poisson draws have the right mean and variance', () => {
    const rng = streamFor(1, 0);
    for (const mean of [0.7, 12, 80]) {
      const n = 20_000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const x = poisson(mean, rng);
        s += x;
        s2 += x * x;
      }
      const m = s / n;
      expect(m).toBeCloseTo(mean, 0);
      expect((s2 / n - m * m) / mean).toBeGreaterThan(0.93);
      expect((s2 / n - m * m) / mean).toBeLessThan(1.07);
    }
    expect(poisson(0, rng)).toBe(0);
    expect(poisson(-1, rng)).toBe(0);
  });
});
