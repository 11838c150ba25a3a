import { describe, expect, it } from 'vitest';
import { apportion, ApportionError, METHODS } from './apportion';

describe('apportionment methods', () => {
  it("D'Hondt and Sainte-Laguë on the textbook example (A 100.000, B 80.000, C 30.000, D 20.000; 8 seats)", () => {
    const votes = [100_000, 80_000, 30_000, 20_000];
    expect(apportion(8, votes, 'dhondt')).toEqual([4, 3, 1, 0]);
    expect(apportion(8, votes, 'sainte-lague')).toEqual([3, 3, 1, 1]);
    expect(apportion(8, votes, 'largest-remainder')).toEqual([3, 3, 1, 1]);
  });

  it("D'Hondt reproduces the 2021 Tweede Kamer seat allocation (150 seats, parties with a seat)", () => {
    // Kiesraad, proces-verbaal uitslag Tweede Kamerverkiezing 17 maart 2021: geldige stemmen per lijst met zetels.
    const parties: [string, number, number][] = [
      ['VVD', 2_279_130, 34],
      ['D66', 1_565_861, 24],
      ['PVV', 1_124_482, 17],
      ['CDA', 990_601, 15],
      ['SP', 623_371, 9],
      ['PvdA', 597_192, 9],
      ['GL', 537_308, 8],
      ['FvD', 523_083, 8],
      ['PvdD', 399_750, 6],
      ['CU', 351_275, 5],
      ['Volt', 252_480, 3],
      ['JA21', 246_620, 3],
      ['SGP', 215_249, 3],
      ['DENK', 211_237, 3],
      ['50PLUS', 106_702, 1],
      ['BBB', 104_319, 1],
      ['BIJ1', 87_238, 1],
    ];
    expect(apportion(150, parties.map((p) => p[1]), 'dhondt')).toEqual(parties.map((p) => p[2]));
  });

  it('Hamilton shows the Alabama paradox: C loses a seat when the house grows from 10 to 11', () => {
    expect(apportion(10, [6, 6, 2], 'largest-remainder')).toEqual([4, 4, 2]);
    expect(apportion(11, [6, 6, 2], 'largest-remainder')).toEqual([5, 5, 1]);
  });

  it('always sums to the total; Hamilton stays within quota', () => {
    const weights = [24_632, 26_741, 161_741, 24_360, 83_051, 35_438, 23_380, 31_794];
    const sum = weights.reduce((a, b) => a + b, 0);
    for (const method of METHODS) {
      for (const total of [0, 1, 7, 30, 99, 397]) {
        const seats = apportion(total, weights, method);
        expect(seats.reduce((a, b) => a + b, 0)).toBe(total);
        if (method === 'largest-remainder') {
          seats.forEach((s, i) => {
            expect(s).toBeGreaterThanOrEqual(Math.floor((total * weights[i]) / sum));
            expect(s).toBeLessThanOrEqual(Math.ceil((total * weights[i]) / sum));
          });
        }
      }
    }
  });

  it('respects caps and moves the rest to the others', () => {
    const weights = [10, 70, 20];
    for (const method of METHODS) {
      const seats = apportion(20, weights, method, [undefined, 5, undefined]);
      expect(seats[1]).toBe(5);
      expect(seats.reduce((a, b) => a + b, 0)).toBe(20);
    }
    expect(apportion(20, weights, 'largest-remainder', [undefined, 5, undefined])).toEqual([5, 5, 10]);
    expect(apportion(20, weights, 'dhondt', [undefined, 5, undefined])).toEqual([5, 5, 10]);
  });

  it('refuses infeasible caps with a clear Dutch message', () => {
    expect(() => apportion(10, [1, 1, 1], 'dhondt', [3, 3, 3])).toThrow(ApportionError);
    expect(() => apportion(10, [1, 1, 1], 'dhondt', [3, 3, 3])).toThrow(/maxima zijn samen 9, minder dan het totaal 10/);
    expect(() => apportion(5, [0, 1], 'sainte-lague', [undefined, 2])).toThrow(/maximaal 2 plaatsen/);
    expect(() => apportion(2.5, [1], 'dhondt')).toThrow(/heel getal/);
  });

  it('breaks ties deterministically: larger weight first, then the earlier position', () => {
    expect(apportion(1, [5, 5, 5], 'dhondt')).toEqual([1, 0, 0]);
    expect(apportion(2, [5, 5, 5], 'sainte-lague')).toEqual([1, 1, 0]);
    expect(apportion(1, [5, 5, 5], 'largest-remainder')).toEqual([1, 0, 0]);
    expect(apportion(3, [4, 4, 8], 'dhondt')).toEqual([1, 0, 2]);
  });
});
