import { describe, expect, it } from 'vitest';
import { baselineAssumptions, baselineLocations } from '../../electron/backend/baseline';
import { resolveAssumptions } from '../../models/assumptions/resolve';
import { buildCapacityInput, START_YEAR } from '../../models/capacity/fromScenario';
import { GROEI_ALL_INCLUSIVE, uitvalKey, verblijfsduurKey } from '../../shared/assumptions';
import { VARIANT_IDS } from '../../shared/domain';
import { floorApplies, floorDiffers, floorProjection } from './floor';

/** The bench's arithmetic floor stays the model's: the same yearly figures as the lean projection. */
describe('the arithmetic floor of the bench', () => {
  const cells = Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const baseLocations = baselineLocations().map((l, i) => ({ ...l, id: i + 1 }));
  const inputOf = (c: typeof cells, locations = baseLocations) => buildCapacityInput(resolveAssumptions(c, START_YEAR, new Map()), locations, []);

  it('gives the lean projection’s figures for Basis, with more growth and no departures, and with ample places', () => {
    expect(floorDiffers(inputOf(cells))).toBeNull();
    const changed: typeof cells = { ...cells, [GROEI_ALL_INCLUSIVE]: { value: 40, formula: null } };
    for (const v of VARIANT_IDS) changed[uitvalKey(v)] = { value: 0, formula: null };
    expect(floorDiffers(inputOf(changed))).toBeNull();
    // Its figures are the model's, not zeros: the list grows with the extra need.
    expect(floorProjection(inputOf(changed)).at(-1)!.waitingList!).toBeGreaterThan(floorProjection(inputOf(cells)).at(-1)!.waitingList! + 100);
    // Places for everyone: nobody ahead and a place free, so whoever joins is placed at once.
    const ample = inputOf(cells, baseLocations.map((l) => ({ ...l, places: l.places * 10 })));
    expect(floorDiffers(ample)).toBeNull();
    expect(floorProjection(ample).at(-1)!.expectedWaitMonths).toBe(0);
  });

  it('says when an input is outside what it covers', () => {
    const input = inputOf(cells);
    expect(floorDiffers({ ...input, allowOtherVariant: true })).toMatch(/only inputs like Basis/);
    // A stay of one month empties care every month (the model rescales; the floor does not).
    expect(floorApplies(inputOf({ ...cells, [verblijfsduurKey('modulairWijk')]: { value: 1, formula: null } }))).toBe(false);
  });
});
