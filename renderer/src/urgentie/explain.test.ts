import { describe, expect, it } from 'vitest';
import { allocateUrgent, URGENT_GROUPS, type UrgentGroup } from '../../../models/urgentie/allocate';
import { explainGemeenteWait, explainNorm, explainShortfallTrend, explainUrgentYear, monthsText } from './explain';

const G = 8;
const bwOnly = (bw: number[]) => Object.fromEntries(URGENT_GROUPS.map((g) => [g.id, g.id === 'uitstroomBW' ? bw : Array(G).fill(0)])) as Record<UrgentGroup, number[]>;

/** Dinkelland (4 a year, 2 homes) and Losser (3 a year, 2 homes) fall behind; Enschede and the rest keep up. */
const years = allocateUrgent({
  years: [2029, 2030],
  demand: [2029, 2030].map(() => bwOnly([1, 4, 100, 1, 1, 1, 3, 1])),
  capacity: [2029, 2030].map(() => [10, 2, 200, 10, 10, 10, 2, 10]),
  rule: 'woonplaatsbeginsel',
  ownShare: 0.5,
  keyShares: Array(G).fill(1 / G),
  method: 'largest-remainder',
  normMonths: 6,
});
const y2030 = years[1];

describe('urgentie explanations', () => {
  it('names the gemeenten that miss the norm while the region meets it on average', () => {
    // Dinkelland (4 + ½) × 12 ÷ 2 = 27; Losser (2 + ½) × 12 ÷ 2 = 15; region (5 × 0,6 + 4 × 27 + 100 × 0,03 + 3 × 15) / 112 = 1,4.
    expect(explainNorm(y2030, 6)).toBe('In 2030 halen Dinkelland (27,0 maanden) en Losser (15,0) de norm van 6,0 maanden niet; de regio gemiddeld wel (1,4).');
    expect(explainNorm(years[0], 6)).toBe('In 2029 halen Dinkelland (15,0 maanden) en Losser (9,0) de norm van 6,0 maanden niet; de regio gemiddeld wel (0,8).');
    // 2029: (5 × 0,6 + 4 × 15 + 100 × 0,03 + 3 × 9) / 112 = 93 / 112 = 0,83.
  });

  it('adds up: new + carried over − housed = still waiting', () => {
    const text = explainUrgentYear(y2030, 6);
    expect(text).toContain('In 2030 krijgen 112 mensen urgentie voor een woning en wachten er nog 3 uit 2029: samen 115.');
    expect(text).toContain('De gemeenten kunnen samen 254 woningen bieden en huisvesten er 109.');
    expect(text).toContain('Eind 2030 wachten er nog 6 (115 − 109); zij schuiven door naar 2031.');
    for (const y of years) {
      const [, nieuw, uit, samen] = explainUrgentYear(y, 6).match(/krijgen (\d+) mensen.*?(?:nog (\d+) uit \d+: samen (\d+)|wacht niemand meer)/)!;
      const carried = Number(uit ?? 0);
      expect(Number(samen ?? nieuw)).toBe(Number(nieuw) + carried);
      expect(Number(nieuw) + carried - y.homes).toBe(y.shortfall);
    }
    expect(explainUrgentYear(years[0], 6)).toContain('uit 2028 wacht niemand meer');
  });

  it('shows the sum behind one gemeente and the definition words', () => {
    expect(explainGemeenteWait('Dinkelland', y2030.byGemeente[1], 2030)).toBe(
      'Dinkelland: 4 nieuw + 2 uit 2029 − 2 gehuisvest = 4 wachtend; met 2 aangeboden woningen per jaar wacht wie eind 2030 urgentie krijgt (4 + ½) × 12 ÷ 2 = 27,0 maanden.',
    );
    expect(monthsText(0)).toBe('geen vraag');
    expect([0.03, 0.5, 13].map(monthsText)).toEqual(['< 0,1 maand', '0,5 maand', '13,0 maanden']);
    expect(monthsText(null)).toMatch(/^onbepaald/);
    expect(explainShortfallTrend(years)).toContain('Voor het eerst in 2029 haalt niet elke gemeente de norm (Dinkelland, Losser).');
  });
});
