import { describe, expect, it } from 'vitest';
import type { FairShareView } from '../../../shared/contract';
import { facilityFairShare } from '../../../models/fairshare/facilities';
import { explainIndex } from './explain';
import { wholeFacility } from './wholePlaces';

describe('fair-share explanations', () => {
  it('keeps places and the index apart: whole places to move in one sentence, the index as a percentage in another', () => {
    // 10 places, all in the first gemeente; the key gives each of the eight 1/8: norm 1,25 each.
    // Whole places (largest remainder): 2, 2, 1, 1, 1, 1, 1, 1 → the first keeps 2, so 8 places would move.
    // Index without rounding: |1 − 1/8| ÷ 2 + 7 × (1/8) ÷ 2 = 0,4375 + 0,4375 = 87,5 %.
    const f = wholeFacility(facilityFairShare([10, 0, 0, 0, 0, 0, 0, 0], Array(8).fill(1 / 8)), 'largest-remainder');
    expect(f.toMove).toBe(8);
    const v = { date: '2030-12', trend: [{ year: 2025, index: f.index }, { year: 2035, index: f.index }] } as unknown as FairShareView;
    expect(explainIndex(v, f)).toBe(
      'Om de sleutel in hele plekken te volgen, zouden eind 2030 8 van de 10 plekken naar een andere gemeente moeten. ' +
        'De fair-share-index zegt hetzelfde als deel van alle plekken, zonder af te ronden op hele plekken: 87,5 % (0 % is helemaal evenredig). ' +
        'Zonder nieuwe of sluitende locaties blijft de index tot 2035 gelijk.',
    );
  });
});
