import { describe, expect, it } from 'vitest';
import type { Location } from '../../shared/locations';
import { facilityFairShare, fairShareIndex, placesAt } from './facilities';
import { checkWeights, keyShares, type KeyInputs } from './keys';
import { suggestPlacement } from './suggest';

const loc = (gemeente: Location['gemeente'], places: number, opening = '2024-01', closing: string | null = null, over: Partial<Location> = {}): Location => ({
  id: 1, name: 'x', gemeente, variant: 'allInclusive', places, opening, closing, financing: 'Wmo', targetGroup: 'algemeen', source: '', isAanname: true, ...over,
});

const inputs: KeyInputs = {
  values: {
    inwoners: [1, 1, 2, 0, 0, 0, 0, 0],
    inwoners18: [1, 1, 1, 1, 0, 0, 0, 0],
    socialeHuur: [0, 0, 0, 0, 1, 1, 1, 1],
    verhuringen: [1, 0, 0, 0, 0, 0, 0, 0],
    herkomst: [0, 0, 0, 0, 0, 0, 0, 0],
    ethos: [3, 1, 0, 0, 0, 0, 0, 0],
  },
  weightsPct: { inwoners: 50, inwoners18: 0, socialeHuur: 50, verhuringen: 0, herkomst: 0, ethos: 0 },
};

describe('distribution keys', () => {
  it('turn values into shares summing to 1', () => {
    const r = keyShares(inputs, 'inwoners');
    expect(r).toEqual({ ok: true, shares: [0.25, 0.25, 0.5, 0, 0, 0, 0, 0] });
  });
  it('mix the base keys by weights summing to 100 %', () => {
    const r = keyShares(inputs, 'mix');
    expect(r.ok && r.shares).toEqual([0.125, 0.125, 0.25, 0, 0.125, 0.125, 0.125, 0.125]);
  });
  it('refuse weights that do not sum to 100 % or are negative, and keys without values', () => {
    expect(checkWeights({ ...inputs.weightsPct, ethos: 10 })).toMatch(/tellen op tot 110 %/);
    expect(checkWeights({ ...inputs.weightsPct, inwoners: -50, socialeHuur: 150 })).toMatch(/niet negatief/);
    expect(keyShares(inputs, 'herkomst')).toEqual({ ok: false, message: expect.stringMatching(/geen waarden boven 0/) });
  });
});

describe('facility fair share', () => {
  it('counts Wmo places open at a date, including planned ones, excluding closed ones', () => {
    const locations = [loc('GM0153', 100), loc('GM0164', 20, '2027-01'), loc('GM0147', 10, '2024-01', '2026-01'), loc('GM0173', 5, '2024-01', null, { financing: 'Wlz' })];
    expect(placesAt(locations, '2025-12', 'alle')).toEqual([10, 0, 100, 0, 0, 0, 0, 0]);
    expect(placesAt(locations, '2027-12', 'allInclusive')).toEqual([0, 0, 100, 0, 20, 0, 0, 0]);
    expect(placesAt(locations, '2027-12', 'modulairWijk')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('compares actual with norm places; the index is the share of places that would have to move', () => {
    const shares = [0.25, 0.25, 0.5, 0, 0, 0, 0, 0];
    const r = facilityFairShare([0, 0, 100, 0, 0, 0, 0, 0], shares);
    expect(r.rows[0]).toEqual({ actual: 0, norm: 25, deviation: -25, deviationPct: -1 });
    expect(r.rows[2]).toEqual({ actual: 100, norm: 50, deviation: 50, deviationPct: 1 });
    expect(r.rows[3].deviationPct).toBeNull();
    expect(r.index).toBeCloseTo(0.5, 12);
    expect(fairShareIndex([25, 25, 50, 0, 0, 0, 0, 0], shares)).toBeCloseTo(0, 12);
    expect(fairShareIndex([0, 0, 0, 0, 0, 0, 0, 0], shares)).toBe(0);
  });
});

describe('placement suggestion', () => {
  const shares = [0.25, 0.25, 0.5, 0, 0, 0, 0, 0];
  const none = { min: Array(8).fill(0), max: Array(8).fill(1000) };

  it('puts new places where the gemeenten are furthest below their norm', () => {
    // 100 in Enschede, norm after +100: 50/50/100 → all 100 new places go to the first two.
    const r = suggestPlacement(100, [0, 0, 100, 0, 0, 0, 0, 0], shares, none);
    expect(r).toMatchObject({ ok: true, places: [50, 50, 0, 0, 0, 0, 0, 0], deviationAfter: 0 });
  });

  it('respects a minimum location size and exclusions (maximum 0)', () => {
    const r = suggestPlacement(20, [0, 0, 100, 0, 0, 0, 0, 0], shares, { min: Array(8).fill(12), max: [0, 1000, 1000, 0, 0, 0, 0, 0] });
    expect(r.ok && r.places).toEqual([0, 20, 0, 0, 0, 0, 0, 0]);
    const split = suggestPlacement(30, [0, 0, 100, 0, 0, 0, 0, 0], shares, { min: Array(8).fill(12), max: Array(8).fill(1000) });
    expect(split.ok && split.places.filter((x) => x > 0).every((x) => x >= 12)).toBe(true);
    expect(split.ok && split.places.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('says so when no placement fits the limits', () => {
    const r = suggestPlacement(10, [0, 0, 0, 0, 0, 0, 0, 0], shares, { min: Array(8).fill(12), max: Array(8).fill(1000) });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/geen verdeling van 10 plekken mogelijk/) });
    expect(suggestPlacement(0, [0, 0, 0, 0, 0, 0, 0, 0], shares, none).ok).toBe(false);
  });
});
