import { describe, expect, it } from 'vitest';
import { estimateChanges, observationsUpTo } from './changes';
import { estimateFromObservations } from './estimate';
import { obs } from './testHelpers';

describe('what changed since the last period', () => {
  it('estimates then and now, in words (fictief)', () => {
    const rows = [
      obs('2025-12', '2025-12', 'inZorg', 100),
      obs('2026-01', '2026-06', 'inZorg', 100),
      obs('2026-01', '2026-06', 'uitstroom', 20),
      obs('2026-07', '2026-12', 'inZorg', 100),
      obs('2026-07', '2026-12', 'uitstroom', 40),
      obs('2026-07', '2026-12', 'nieuweIndicaties', 30),
    ];
    const before = estimateFromObservations(observationsUpTo(rows, { from: '2026-01', to: '2026-06' }));
    const after = estimateFromObservations(rows);
    const c = estimateChanges(before, after);
    // Stay: 600 / 20 = 30 months, then 1.200 / 60 = 20 months (below the earlier interval 22,2 … 41,3).
    expect(c.find((x) => x.id === 'verblijfsduur.alle')).toMatchObject({ before: 30, after: 20, outsidePrevious: true, sentence: 'Gemiddelde verblijfsduur, alle vormen: van 30 maanden naar 20 maanden, buiten het vorige 80 %-interval.' });
    expect(c.find((x) => x.id === 'instroom.alle')!.sentence).toBe('Nieuwe indicaties per jaar, alle vormen: nieuw, 60.');
    expect(estimateChanges(after, after).every((x) => /gelijk gebleven/.test(x.sentence))).toBe(true);
  });
});
