import { describe, expect, it } from 'vitest';
import { largestRemainder } from './largestRemainder';

describe('largestRemainder (Hamilton)', () => {
  it('gives each part its floor and the leftovers to the largest remainders', () => {
    // Quotas 4.29, 2.86, 2.86 (total 10, weights 3/2/2): floors 4,2,2; two left → the two .86 remainders.
    expect(largestRemainder(10, [3, 2, 2])).toEqual([4, 3, 3]);
  });

  it('splits the 193 all-inclusive clients of the baseline by population, summing to 193', () => {
    const inwoners = [24_632, 26_741, 161_741, 24_360, 83_051, 35_438, 23_380, 31_794];
    const seats = largestRemainder(193, inwoners);
    expect(seats).toEqual([12, 12, 76, 11, 39, 17, 11, 15]);
    expect(seats.reduce((a, b) => a + b, 0)).toBe(193);
  });

  it('stays within quota (floor or ceiling of the exact share)', () => {
    const weights = [7, 1, 13, 5, 9, 0.5, 3];
    for (let total = 0; total <= 60; total++) {
      const seats = largestRemainder(total, weights);
      const sum = weights.reduce((a, b) => a + b, 0);
      expect(seats.reduce((a, b) => a + b, 0)).toBe(total);
      seats.forEach((s, i) => {
        const quota = (total * weights[i]) / sum;
        expect(s).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(s).toBeLessThanOrEqual(Math.ceil(quota));
      });
    }
  });

  it('breaks exact ties deterministically by position', () => {
    expect(largestRemainder(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(largestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  it('rejects bad input', () => {
    expect(() => largestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => largestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => largestRemainder(3, [0, 0])).toThrow(RangeError);
    expect(() => largestRemainder(3, [1, -1])).toThrow(RangeError);
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
  });
});
