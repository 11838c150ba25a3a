/**
 * Model 2.0, pinned by what its figures mean (MODEL.md §3): need follows the trend whatever the capacity,
 * people leave the list without a place, waiting times from first come first served, places needed whose
 * promise holds, target groups kept apart. Golden cases worked out by hand, then invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPlacesNeeded, meetsNorm, searchPlaces } from './placesNeeded';
import { Projection, projectCapacity } from './project';
import { CohortQueue, expectedWait } from './queue';
import { AI, BORNE, G, HAAKSBERGEN, V, testInput } from './testInput';
import type { CapacityInput, CapacityResult } from './types';

/** 100 all-inclusive places in Borne, full; stay 50 months → 2 exits a month. Need driver, given growth. */
const needInput = (over: Parameters<typeof testInput>[0] = {}, growth = 0): CapacityInput => ({
  ...testInput({ inCare: [[BORNE, AI, 100]], locations: [{ h: BORNE, v: AI, places: 100 }], ...over }),
  driver: 'need',
  perYear: testInput({ years: over.years ?? 3, year: { needGrowthPerYear: [growth, 0, 0, 0], ...over.year } }).perYear,
});

function expectListsConserved(r: CapacityResult) {
  let prev = r.start.demand;
  for (const m of r.months) {
    expect(m.demand).toBeCloseTo(prev + m.inflow - m.exits - m.wlzTransfers - m.listDepartures, 9);
    expect(m.demand).toBeCloseTo(m.inCare + m.waitingList, 9);
    expect(m.waitingList).toBeGreaterThanOrEqual(-1e-9);
    prev = m.demand;
  }
}

describe('first come, first served queue (hand cases)', () => {
  it('places the oldest first and knows their waits', () => {
    const q = new CohortQueue(24, 0);
    q.arrive(0, 10);
    q.arrive(1, 10);
    // Month 1: 15 placed: the 10 of month 0 (waited 1 month each), then 5 of month 1 (waited 0).
    expect(q.place(1, 15)).toBeCloseTo(10, 12);
    expect(q.total()).toBeCloseTo(5, 12);
    q.depart(0.2);
    expect(q.total()).toBeCloseTo(4, 12);
  });

  it('gives the December list its assumed past: a mean of 6 months already waited', () => {
    const q = new CohortQueue(24, 240);
    q.seed(11, 6);
    // Entries spread over the 11 months before the start, one a month: waits 11, 10, …, 1 → mean 6.
    expect(q.place(0, 11) / 11).toBeCloseTo(6, 12);
  });

  it('expected wait: 10 ahead, 4 placed a month → 2 months and half of the third', () => {
    const placed = new Float64Array(12).fill(4);
    expect(expectedWait(10, 0, placed, new Float64Array(12), 12)).toBeCloseTo(2.5, 12);
    // Half of those ahead leave each month: 10 → 5 − 4 = 1 → 0,5 < 4: placed in month 2 after 0,5 / 4 of it.
    expect(expectedWait(10, 0, placed, new Float64Array(12).fill(0.5), 12)).toBeCloseTo(1.125, 12);
    expect(expectedWait(10, 0, new Float64Array(12), new Float64Array(12), 12)).toBeNull();
  });
});

describe('need driver', () => {
  it('steady state: places = need, no growth → nothing changes, nobody waits, cost = places × tariff × days', () => {
    const r = projectCapacity(needInput({ year: { tariffPerDay: [200, 0, 0, 0] } }));
    for (const y of r.years) {
      expect(y.demand).toBeCloseTo(100, 9);
      expect(y.inCare).toBeCloseTo(100, 9);
      expect(y.waitingList).toBeCloseTo(0, 9);
      expect(y.waitingTimeMonths).toBeCloseTo(0, 9);
      expect(y.expectedWaitMonths).toBeCloseTo(0, 9);
      expect(y.inflow).toBeCloseTo(24, 9); // benodigde instroom: replaces the 2 a month who leave
    }
    expect(r.years[0].costEuro).toBeCloseTo(100 * 200 * 365, 3);
    expect(r.years[3 - 1].costEuro).toBeCloseTo(100 * 200 * 365, 3); // 2027: no leap year
    expectListsConserved(r);
  });

  it('need grows by exactly the trend every year, whatever the capacity (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 0.5, noNaN: true }), (places, growth, uitval) => {
        const r = projectCapacity(
          needInput({ locations: [{ h: BORNE, v: AI, places }], year: { listDepartureRatePerYear: [uitval, 0, 0, 0] } }, growth),
          { months: true },
        );
        r.years.forEach((y, i) => expect(y.demand).toBeCloseTo(100 + growth * (i + 1), 6));
        expectListsConserved(r);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('one new location of 24 places: the waiting list is exactly 24 lower from that month on', () => {
    const without = projectCapacity(needInput({}, 30));
    const withLoc = projectCapacity(needInput({ locations: [{ h: BORNE, v: AI, places: 100 }, { h: HAAKSBERGEN, v: AI, places: 24, openMonth: 26 }] }, 30));
    const i = without.months.findIndex((m) => m.month === '2027-03');
    expect(withLoc.months[i - 1].waitingList).toBeCloseTo(without.months[i - 1].waitingList, 9);
    for (let j = i; j < without.months.length; j++) {
      expect(without.months[j].waitingList - withLoc.months[j].waitingList).toBeCloseTo(24, 6);
      expect(withLoc.months[j].demand).toBeCloseTo(without.months[j].demand, 9);
    }
  });

  it('departures from the list change the inflow needed and the wait, not the size of the list', () => {
    const none = projectCapacity(needInput({ waiting: [[BORNE, AI, 20]] }, 30));
    const some = projectCapacity(needInput({ waiting: [[BORNE, AI, 20]], year: { listDepartureRatePerYear: [0.2, 0, 0, 0], listWlzRatePerYear: [0.1, 0, 0, 0] } }, 30));
    some.years.forEach((y, i) => {
      expect(y.waitingList).toBeCloseTo(none.years[i].waitingList, 9);
      expect(y.inflow - none.years[i].inflow).toBeCloseTo(y.departuresUnplaced + y.wlzFromList, 9);
      expect(y.departuresUnplaced).toBeGreaterThan(0);
      expect(y.wlzFromList).toBeCloseTo(y.departuresUnplaced / 2, 9);
      // Those who leave were waiting too: fewer reach a place late, so the wait of the placed is not longer.
      expect(y.waitingTimeMonths!).toBeLessThanOrEqual(none.years[i].waitingTimeMonths! + 1e-9);
    });
  });
});

describe('inflow driver', () => {
  it('constant arrivals above capacity: the realised wait grows linearly, by (λ − μ)/λ × 12 a year', () => {
    // 3 join a month, 2 places free up a month: the list grows 1 a month; someone placed in month m joined
    // around month 2m/3, so the wait grows by 1/3 month per month: 4 months a year.
    const r = projectCapacity(testInput({ years: 5, inCare: [[BORNE, AI, 100]], locations: [{ h: BORNE, v: AI, places: 100 }], year: { inflowPerYear: [36, 0, 0, 0] } }));
    const waits = r.years.map((y) => y.waitingTimeMonths!);
    for (let i = 2; i < waits.length; i++) expect(waits[i] - waits[i - 1]).toBeCloseTo(4, 1);
  });

  it('starts from the same December stock as the need driver', () => {
    const need = projectCapacity(needInput({ waiting: [[BORNE, AI, 20]] }, 30));
    const inflow = projectCapacity({ ...needInput({ waiting: [[BORNE, AI, 20]] }, 30), driver: 'inflow' });
    expect(inflow.start).toEqual(need.start);
  });
});

describe('target groups', () => {
  const EXISTING = { h: BORNE, v: AI, places: 100, openMonth: -1, closeMonth: null, wmo: true };
  const groups = (over: Partial<CapacityInput> = {}, share = 0): CapacityInput => {
    const base = needInput({ waiting: [[BORNE, AI, 20]] }, 30);
    return {
      ...base,
      targetGroups: ['algemeen', 'prikkelarm (autisme)'],
      perYear: base.perYear.map((a) => ({ ...a, groupShare: Float64Array.from([1 - share, share, 1, 0, 1, 0, 1, 0]) })),
      ...over,
    };
  };

  it('a prikkelarm location leaves the general waiting list unchanged', () => {
    const without = projectCapacity(groups());
    const withLoc = projectCapacity(groups({ locations: [EXISTING, { ...EXISTING, h: HAAKSBERGEN, places: 12, t: 1, openMonth: 6 }] }));
    withLoc.months.forEach((m, i) => expect(m.waitingList).toBeCloseTo(without.months[i].waitingList, 9));
    expect(withLoc.years.at(-1)!.byTargetGroup['prikkelarm (autisme)']!.inCare).toBe(0);
  });

  it('a group with need and its own places: those places serve only that group, unless general places are allowed', () => {
    // General places to spare: 300 for a need that reaches about 210.
    const input = groups({ locations: [{ ...EXISTING, places: 300 }, { ...EXISTING, h: HAAKSBERGEN, places: 5, t: 1 }] }, 0.1);
    const r = projectCapacity(input);
    const y = r.years.at(-1)!;
    const prikkel = y.byTargetGroup['prikkelarm (autisme)']!;
    expect(prikkel.inCare).toBeLessThanOrEqual(5 + 1e-9);
    expect(prikkel.waitingList).toBeGreaterThan(0);
    expect(y.byTargetGroup.algemeen!.demand + prikkel.demand).toBeCloseTo(y.demand, 9);
    const general = projectCapacity({ ...input, groupMayUseGeneral: true }).years.at(-1)!;
    expect(general.byTargetGroup['prikkelarm (autisme)']!.waitingList).toBeCloseTo(0, 9);
    expect(y.byTargetGroup.algemeen!.waitingList).toBeCloseTo(0, 9);
    expect(general.demand).toBeCloseTo(y.demand, 9);
  });
});

describe('places needed: the promise holds', () => {
  const input = needInput({ waiting: [[BORNE, AI, 40]], years: 4, year: { listDepartureRatePerYear: [0.1, 0, 0, 0] } }, 30);

  it('with exactly the places needed someone joining at the end of the year is placed within the norm; with one fewer not', () => {
    for (let y = 0; y < 4; y++) {
      const atJanuary = new Projection(input, false, true).runTo(12 * y);
      const n = searchPlaces(atJanuary, input, y, AI, BORNE);
      expect(n).toBeGreaterThan(0);
      expect(meetsNorm(atJanuary, input, y, AI, n)).toBe(true);
      expect(meetsNorm(atJanuary, input, y, AI, n - 1)).toBe(false);
      // The same through an ordinary projection with the location added from January.
      const opened = projectCapacity({ ...input, locations: [...input.locations, { h: HAAKSBERGEN, v: AI, places: n, openMonth: 12 * y, closeMonth: null, wmo: true }] });
      expect(opened.years[y].byVariant.allInclusive.expectedWaitMonths!).toBeLessThanOrEqual(input.waitingTargetMonths);
      const short = projectCapacity({ ...input, locations: [...input.locations, { h: HAAKSBERGEN, v: AI, places: n - 1, openMonth: 12 * y, closeMonth: null, wmo: true }] });
      expect(short.years[y].byVariant.allInclusive.expectedWaitMonths!).toBeGreaterThan(input.waitingTargetMonths);
    }
  });

  it('per gemeente, per form and per target group the places needed add up to the region', () => {
    const busy: CapacityInput = {
      ...testInput({
        years: 3,
        inCare: Array.from({ length: G }, (_, g) => [g, g % V, 10 + g] as [number, number, number]),
        waiting: [[2, 0, 30], [4, 1, 8], [1, 3, 5]],
        locations: [{ h: 2, v: 0, places: 15 }, { h: 4, v: 1, places: 12 }, { h: 5, v: 2, places: 12 }, { h: 0, v: 3, places: 11 }],
      }),
      driver: 'need',
    };
    busy.perYear = busy.perYear.map((a) => ({ ...a, needGrowthPerYear: Float64Array.from([15, 7.5, 1.5, 6]), originShare: Float64Array.from([0.1, 0.1, 0.3, 0.1, 0.2, 0.1, 0.05, 0.05]) }));
    const r = projectCapacity(busy);
    addPlacesNeeded(busy, r);
    for (const y of r.years) {
      expect(y.placesNeeded).toBeGreaterThan(0);
      expect(Object.values(y.byGemeente).reduce((s, m) => s + m.placesNeeded, 0)).toBe(y.placesNeeded);
      expect(Object.values(y.byVariant).reduce((s, m) => s + m.placesNeeded, 0)).toBe(y.placesNeeded);
      expect(Object.values(y.byTargetGroup).reduce((s, m) => s + m!.placesNeeded, 0)).toBe(y.placesNeeded);
    }
  });
});

describe('start anywhere', () => {
  it('starts in July with the given stock: the first year has six months, the next years twelve', () => {
    const r = projectCapacity({ ...needInput({ waiting: [[BORNE, AI, 20]] }, 24), firstMonth: 6 });
    expect(r.months[0].month).toBe('2025-07');
    expect(r.years[0].year).toBe(2025);
    expect(r.years[0].demand).toBeCloseTo(120 + 12, 9); // half a year of +24
    expect(r.years[1].demand).toBeCloseTo(120 + 36, 9);
    expect(r.months).toHaveLength(30);
  });
});
