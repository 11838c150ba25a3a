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

  it('adds up: needed = new + carried over, and needed − housed = still waiting (golden case, by hand)', () => {
    // 2029: Dinkelland needs 4 and gets 2, Losser needs 3 and gets 2 → 3 carried into 2030.
    // 2030: new 1 + 4 + 100 + 1 + 1 + 1 + 3 + 1 = 112; needed 112 + 3 = 115; Dinkelland (4 + 2) and Losser (3 + 1) get 2 each,
    // so 6 still wait and 115 − 6 = 109 are housed; capacity 10 + 2 + 200 + 10 + 10 + 10 + 2 + 10 = 254.
    expect(explainUrgentYear(y2030)).toBe(
      'Nodig in 2030: 115 woningen — 112 voor mensen die dit jaar urgentie krijgen plus 3 voor wie uit 2029 nog wacht. ' +
        'De gemeenten stellen samen 254 woningen beschikbaar voor urgenten; 109 daarvan gaan naar iemand die er een nodig heeft. ' +
        'Vol: Dinkelland en Losser (alle urgentiewoningen van dat jaar vergeven). ' +
        'Eind 2030 wachten er nog 6 (115 − 109); zij schuiven door naar 2031.',
    );
    expect(explainUrgentYear(years[0])).toContain('Nodig in 2029: 112 woningen, voor mensen die dit jaar urgentie krijgen; uit 2028 wacht niemand meer.');
    // For every year: the numbers in the sentence add up.
    for (const y of years) {
      const text = explainUrgentYear(y);
      const [, needed, nieuw, carried] = text.match(/Nodig in \d+: (\d+) woningen(?: — (\d+) voor .*? plus (\d+) voor)?/)!;
      expect(Number(needed)).toBe(Number(nieuw ?? needed) + Number(carried ?? 0));
      expect(Number(needed)).toBe(y.demand + y.carriedIn);
      expect(Number(needed) - y.homes).toBe(y.shortfall);
      // The norm is said under the waiting-time chart, not here as well.
      expect(text).not.toContain('norm');
    }
  });

  it('says the peak of the shortfall once when it is also the last year, and both when they differ', () => {
    expect(explainShortfallTrend(years)).toMatch(/^Het tekort loopt op tot 6 mensen eind 2030, het hoogste van de hele periode \(eind 2029: 3\)\./);
    // In 2031 Dinkelland and Losser get 10 homes each: the 6 still waiting are housed.
    const three = allocateUrgent({
      years: [2029, 2030, 2031],
      demand: [2029, 2030, 2031].map(() => bwOnly([1, 4, 100, 1, 1, 1, 3, 1])),
      capacity: [2029, 2030, 2031].map((y) => (y < 2031 ? [10, 2, 200, 10, 10, 10, 2, 10] : [10, 10, 200, 10, 10, 10, 10, 10])),
      rule: 'woonplaatsbeginsel',
      ownShare: 0.5,
      keyShares: Array(G).fill(1 / G),
      method: 'largest-remainder',
      normMonths: 6,
    });
    expect(explainShortfallTrend(three)).toMatch(/^Het tekort is het grootst eind 2030: 6 mensen\. Eind 2031 zijn het er 0\./);
  });

  it('shows the sum behind one gemeente and the definition words', () => {
    expect(explainGemeenteWait('Dinkelland', y2030.byGemeente[1], 2030)).toBe(
      'Dinkelland: 4 nieuw + 2 uit 2029 − 2 gehuisvest = 4 wachtend; met 2 aangeboden woningen per jaar wacht wie eind 2030 urgentie krijgt (4 + ½) × 12 ÷ 2 = 27,0 maanden.',
    );
    expect(monthsText(0)).toBe('geen vraag');
    expect([0.03, 0.5, 13].map(monthsText)).toEqual(['< 0,1 maand', '0,5 maand', '13,0 maanden']);
    expect(monthsText(null)).toMatch(/^onbepaald/);
    expect(explainShortfallTrend(years)).toContain('Voor het eerst in 2029 haalt niet elke gemeente de norm (Dinkelland en Losser).');
  });
});
