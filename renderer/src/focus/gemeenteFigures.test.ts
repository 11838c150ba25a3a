/** "Mijn gemeente": the figures beside the region's are the model's own per-gemeente numbers, and the sentences say what they show. */
import { describe, expect, it } from 'vitest';
import { GEMEENTE_CODES } from '../../../shared/domain';
import { addPlacesNeeded } from '../../../models/capacity/placesNeeded';
import { projectCapacity } from '../../../models/capacity/project';
import { AI, BORNE, testInput } from '../../../models/capacity/testInput';
import { allocateUrgent, URGENT_GROUPS, type UrgentGroup } from '../../../models/urgentie/allocate';
import { capacityFigures, explainGemeenteTrend } from '../capacity/gemeenteFigures';
import { fairShareFocusSentence } from '../fairshare/explain';
import { urgentFigures, urgentFocusSentence } from '../urgentie/gemeenteFigures';
import { formatFocusValue } from './FocusFigures';

const borne = GEMEENTE_CODES[BORNE];

describe('capacity figures of one gemeente', () => {
  // All of the region's clients come from Borne: Borne's figures are the region's.
  const input = testInput({ inCare: [[BORNE, AI, 100]], waiting: [[BORNE, AI, 10]], locations: [{ h: BORNE, v: AI, places: 100 }], year: { inflowPerYear: [36, 0, 0, 0] } });
  const r = projectCapacity(input);
  addPlacesNeeded(input, r);
  const y = r.years[0];

  it('takes each figure from byGemeente beside the region total', () => {
    const figures = capacityFigures(y, borne);
    const byId = Object.fromEntries(figures.map((f) => [f.id, f]));
    expect(byId.wachtlijst.gemeente).toBe(y.byGemeente[borne].waitingList);
    expect(byId.wachtlijst.region).toBe(y.waitingList);
    expect(byId.plekken.gemeente).toBe(100);
    expect(byId.nodig.gemeente).toBe(y.placesNeeded);
    // Another gemeente has none of it.
    expect(capacityFigures(y, GEMEENTE_CODES[1]).find((f) => f.id === 'wachtlijst')!.gemeente).toBe(0);
  });

  it('tells the gemeente over the years in words', () => {
    expect(explainGemeenteTrend(r, borne, 'Borne')).toBe(
      'Van eind 2025 tot eind 2027: de wachtlijst van mensen uit Borne groeit van 22 naar 46, het aantal cliënten uit Borne in zorg blijft 100. De Wmo-plekken in Borne blijven 100.',
    );
  });
});

describe('fair share sentence', () => {
  it('says more, fewer or exactly the norm', () => {
    expect(fairShareFocusSentence('Hengelo', { actual: 48, norm: 44, deviation: 4, deviationPct: 4 / 44 }, 'Inwoners', 2030, 'all-inclusive')).toBe(
      'Hengelo heeft eind 2030 48 Wmo-plekken (all-inclusive); volgens de sleutel "Inwoners" zou dat 44 zijn: 4 meer dan de norm (+9 %).',
    );
    expect(fairShareFocusSentence('Losser', { actual: 0, norm: 11, deviation: -11, deviationPct: -1 }, 'Inwoners', 2030, 'alle vormen')).toMatch(/: 11 minder dan de norm \(−100 %\)\.$/);
    expect(fairShareFocusSentence('Borne', { actual: 12, norm: 12, deviation: 0, deviationPct: 0 }, 'Inwoners', 2030, 'alle vormen')).toMatch(/: precies volgens de sleutel\.$/);
  });
});

describe('urgentie figures', () => {
  const bwOnly = (bw: number[]) => Object.fromEntries(URGENT_GROUPS.map((g) => [g.id, g.id === 'uitstroomBW' ? bw : Array(8).fill(0)])) as Record<UrgentGroup, number[]>;
  const [y] = allocateUrgent({
    years: [2030],
    demand: [bwOnly([1, 4, 100, 1, 1, 1, 3, 1])],
    capacity: [[10, 2, 200, 10, 10, 10, 2, 10]],
    rule: 'woonplaatsbeginsel',
    ownShare: 0.5,
    keyShares: Array(8).fill(1 / 8),
    method: 'largest-remainder',
    normMonths: 6,
  });

  it('sets the gemeente beside the region and says whether it meets the norm', () => {
    const f = Object.fromEntries(urgentFigures(y, 1).map((x) => [x.id, x]));
    expect([f.vraag.gemeente, f.vraag.region, f.tekort.gemeente, f.capaciteit.gemeente]).toEqual([4, y.demand, 2, 2]);
    expect(urgentFocusSentence(y, 1, 'Dinkelland', 6)).toMatch(/^Dinkelland haalt niet de norm van 6,0 maanden in 2030 \(de regio gemiddeld wel, maar niet elke gemeente\)\./);
    expect(urgentFocusSentence(y, 2, 'Enschede', 6)).toMatch(/^Enschede haalt de norm/);
  });
});

describe('formatting', () => {
  it('whole people, months with one decimal, euro in millions, undetermined in words', () => {
    expect([formatFocusValue(1234.4, 'mensen'), formatFocusValue(2.25, 'maanden'), formatFocusValue(18_800_000, 'euro'), formatFocusValue(null, 'maanden')]).toEqual([
      '1.234',
      '2,3 mnd',
      '€ 18,8 mln',
      'onbepaald',
    ]);
  });
});
