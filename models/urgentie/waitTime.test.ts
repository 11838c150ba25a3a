import { describe, expect, it } from 'vitest';
import { allocateUrgent, URGENT_GROUPS, type UrgentGroup, type UrgentInput } from './allocate';
import { fcfsMonthsToHome, regionalMonthsToHome } from './waitTime';

const G = 8;
const groups = URGENT_GROUPS.map((g) => g.id);
const bwOnly = (bw: number[]) => Object.fromEntries(groups.map((k) => [k, k === 'uitstroomBW' ? bw : Array(G).fill(0)])) as Record<UrgentGroup, number[]>;

function input(years: number[], demand: number[][], capacity: number[][], over: Partial<UrgentInput> = {}): UrgentInput {
  return {
    years,
    demand: demand.map(bwOnly),
    capacity,
    rule: 'woonplaatsbeginsel',
    ownShare: 0.5,
    keyShares: Array(G).fill(1 / G),
    method: 'largest-remainder',
    normMonths: 6,
    ...over,
  };
}

describe('time to a home, first come first served', () => {
  it('is (waiting ahead + ½) ÷ homes offered per month; 0 only when nobody needs a home; null when nothing is offered', () => {
    expect(fcfsMonthsToHome(6, 12, 6)).toBe(13);
    expect(fcfsMonthsToHome(0, 9, 12)).toBe(0.5);
    expect(fcfsMonthsToHome(0, 0, 12)).toBe(0);
    expect(fcfsMonthsToHome(0, 0, 0)).toBe(0);
    expect(fcfsMonthsToHome(3, 3, 0)).toBeNull();
  });

  it('golden case: Borne builds a backlog, clears it, then has no demand (hand-computed)', () => {
    const other = [10, 10, 10, 10, 10, 10, 10];
    const r = allocateUrgent(
      input([2025, 2026, 2027], [[12, 0, 0, 0, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0, 0, 0], Array(G).fill(0)], [[6, ...other], [12, ...other], [12, ...other]]),
    );
    const borne = r.map((y) => y.byGemeente[0]);
    // 2025: 12 need a home, 6 homes → 6 wait at the end; someone new then waits for those 6 and half an interval: (6 + ½) × 12/6 = 13.
    expect(borne[0]).toMatchObject({ demand: 12, carriedIn: 0, housedOrigin: 6, shortfall: 6, offeredPerYear: 6, monthsToHome: 13, meetsNorm: false });
    // 2026: 3 new + 6 carried over = 9, all housed out of 12 on offer; nothing carries over: ½ × 12/12 = 0,5 month, not 0.
    expect(borne[1]).toMatchObject({ demand: 3, carriedIn: 6, housedOrigin: 9, shortfall: 0, offeredPerYear: 12, monthsToHome: 0.5, meetsNorm: true });
    // 2027: nobody needs a home.
    expect(borne[2]).toMatchObject({ demand: 0, carriedIn: 0, shortfall: 0, monthsToHome: 0, meetsNorm: true });
    // Gemeenten without any demand: 0.
    expect(r[0].byGemeente[1].monthsToHome).toBe(0);
    // The region averages over who became urgent: only Borne.
    expect(r.map((y) => y.monthsToHome)).toEqual([13, 0.5, 0]);
    expect(r.map((y) => [y.meetsNorm, y.regionMeetsNorm])).toEqual([[false, false], [true, true], [true, true]]);
  });

  it('checks the norm per gemeente: the region meets it on average while Dinkelland does not', () => {
    const demand = [[1, 4, 100, 1, 1, 1, 1, 1]];
    const capacity = [[10, 2, 200, 10, 10, 10, 10, 10]];
    const [y] = allocateUrgent(input([2030], demand, capacity));
    const months = y.byGemeente.map((g) => g.monthsToHome!);
    // Dinkelland: 4 need a home, 2 homes → 2 wait; (2 + ½) × 12/2 = 15 months. Enschede ½ × 12/200, the others ½ × 12/10.
    expect(months[1]).toBeCloseTo(15, 12);
    expect(months[2]).toBeCloseTo(0.03, 12);
    expect(months[0]).toBeCloseTo(0.6, 12);
    // Regional mean weighted by the 110 who became urgent: (100 × 0,03 + 4 × 15 + 6 × 0,6) / 110.
    expect(y.monthsToHome).toBeCloseTo((100 * 0.03 + 4 * 15 + 6 * 0.6) / 110, 12);
    expect(y.regionMeetsNorm).toBe(true);
    expect(y.meetsNorm).toBe(false);
    expect(y.byGemeente.map((g) => g.meetsNorm)).toEqual([true, false, true, true, true, true, true, true]);
  });

  it('under a fair-share key everyone can take a home anywhere: the offer includes the capacity left in the region', () => {
    const [y] = allocateUrgent(input([2030], [[1, 4, 100, 1, 1, 1, 1, 1]], [[10, 2, 200, 10, 10, 10, 10, 10]], { rule: 'verdeelsleutel' }));
    expect(y.shortfall).toBe(0);
    // 262 homes, 110 housed → 152 left; Dinkelland's 4 residents had 4 + 152 homes on offer.
    expect(y.byGemeente[1].offeredPerYear).toBe(156);
    expect(y.byGemeente[1].monthsToHome).toBeCloseTo((0.5 * 12) / 156, 12);
    expect(y.meetsNorm).toBe(true);
  });

  it('the regional mean is undetermined when urgent people live where nothing is offered', () => {
    expect(regionalMonthsToHome([{ demand: 5, need: 5, monthsToHome: 1 }, { demand: 1, need: 3, monthsToHome: null }])).toBeNull();
    // Nobody new: weighted by who still needed a home.
    expect(regionalMonthsToHome([{ demand: 0, need: 3, monthsToHome: 2 }, { demand: 0, need: 1, monthsToHome: 6 }])).toBe(3);
    expect(regionalMonthsToHome([{ demand: 0, need: 0, monthsToHome: 0 }])).toBe(0);
  });
});
