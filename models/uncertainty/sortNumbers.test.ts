/** The radix sort of the bands gives exactly Float64Array.prototype.sort's order, bit for bit (−0, ±Infinity, ties). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNumbers } from './sortNumbers';

const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe('sortNumbers', () => {
  it('sorts as Float64Array.prototype.sort does (property, arrays large enough for the radix sort)', () => {
    const number = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, Infinity, -Infinity, 1, -1, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE),
      fc.integer({ min: -50, max: 50 }),
    );
    fc.assert(
      fc.property(fc.array(number, { minLength: 512, maxLength: 3000 }), (xs) => {
        const expected = Float64Array.from(xs).sort();
        const values = Float64Array.from(xs);
        expect(sortNumbers(values)).toBe(values);
        expect(same(values, expected)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('sorts a view into a larger buffer without touching the rest', () => {
    const buffer = new Float64Array(2000).map((_, i) => Math.sin(i) * 1000);
    const before = buffer.slice();
    const view = buffer.subarray(500, 1500);
    const expected = view.slice().sort();
    sortNumbers(view);
    expect(same(view, expected)).toBe(true);
    expect(same(buffer.subarray(0, 500), before.subarray(0, 500))).toBe(true);
    expect(same(buffer.subarray(1500), before.subarray(1500))).toBe(true);
  });
});
