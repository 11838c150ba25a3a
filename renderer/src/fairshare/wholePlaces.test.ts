import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilityFairShare } from '../../../models/fairshare/facilities';
import { METHODS, wholeFacility, wholePlaces } from './wholePlaces';

describe('whole places on the Fair share tab', () => {
  it('every method sums exactly to the total, where rounding each gemeente does not', () => {
    const shares = [0.06, 0.065, 0.393, 0.059, 0.202, 0.086, 0.057, 0.078];
    const rounded = shares.map((s) => Math.round(s * 193)).reduce((a, b) => a + b, 0);
    expect(rounded).not.toBe(193);
    for (const m of METHODS) expect(wholePlaces(193, shares, m)!.reduce((a, b) => a + b, 0)).toBe(193);
  });

  it('holds for any total and any weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.constantFrom(...METHODS), (total, w, m) => {
        const seats = wholePlaces(total, w, m)!;
        expect(seats.reduce((a, b) => a + b, 0)).toBe(total);
        expect(seats.every((s) => Number.isInteger(s) && s >= 0)).toBe(true);
      }),
    );
  });

  it('gives null when no gemeente has a share', () => {
    expect(wholePlaces(10, [0, 0, 0], 'dhondt')).toBeNull();
    expect(wholePlaces(0, [0, 0, 0], 'dhondt')).toEqual([0, 0, 0]);
  });

  it('deviations from the whole norm add up to zero; what has to move is the sum of the surpluses', () => {
    const f = facilityFairShare([0, 0, 120, 0, 48, 0, 0, 25], [0.06, 0.065, 0.393, 0.059, 0.202, 0.086, 0.057, 0.078]);
    const w = wholeFacility(f, 'largest-remainder');
    expect(w.rows.reduce((s, r) => s + r.norm, 0)).toBe(193);
    expect(w.rows.reduce((s, r) => s + r.deviation, 0)).toBe(0);
    expect(w.toMove).toBe(w.rows.filter((r) => r.deviation > 0).reduce((s, r) => s + r.deviation, 0));
  });
});
