import { describe, expect, it } from 'vitest';
import { projectCapacity } from './project';
import { AI, BORNE, G, HAAKSBERGEN, testInput } from './testInput';
import type { CapacityResult } from './types';

/** 100 all-inclusive places in Borne, full, 10 waiting; stay 50 months → 2 exits a month = 24 a year. */
const base = (over: Parameters<typeof testInput>[0] = {}) =>
  testInput({
    inCare: [[BORNE, AI, 100]],
    waiting: [[BORNE, AI, 10]],
    locations: [{ h: BORNE, v: AI, places: 100 }],
    year: { inflowPerYear: [24 + 12, 0, 0, 0] },
    ...over,
  });

function expectConserved(r: CapacityResult) {
  let prev = r.start.demand;
  for (const m of r.months) {
    expect(m.demand).toBeCloseTo(prev + m.inflow - m.exits - m.wlzTransfers - m.listDepartures, 9);
    prev = m.demand;
  }
}

function expectNonNegative(r: CapacityResult) {
  for (const y of r.years) {
    for (const [k, v] of Object.entries(y)) if (typeof v === 'number') expect(v, `${y.year} ${k}`).toBeGreaterThanOrEqual(0);
    for (const m of [...Object.values(y.byVariant), ...Object.values(y.byGemeente)]) {
      for (const [k, v] of Object.entries(m)) {
        if (v === null) continue;
        expect(Number.isNaN(v), k).toBe(false);
        expect(v as number, k).toBeGreaterThanOrEqual(0);
      }
    }
  }
}

describe('capacity model — golden cases', () => {
  it('with fixed capacity and inflow = outflow + trend, the waiting list grows by exactly the trend each year', () => {
    const r = projectCapacity(base());
    expect(r.years.map((y) => y.waitingList)).toEqual([22, 34, 46].map((x) => expect.closeTo(x, 9)));
    expect(r.years.map((y) => y.inCare)).toEqual([100, 100, 100].map((x) => expect.closeTo(x, 9)));
    expect(r.years[0].placements).toBeCloseTo(24, 9);
    // Model 1.0's measure, kept as "time to clear the list": 22 waiting ÷ 2 placements a month = 11 months.
    expect(r.years[0].clearanceMonths).toBeCloseTo(11, 9);
    expectConserved(r);
  });

  it('opening 24 places in March 2027 lowers the waiting list by exactly 24 that month', () => {
    const without = projectCapacity(base());
    const withLoc = projectCapacity(base({ locations: [{ h: BORNE, v: AI, places: 100 }, { h: HAAKSBERGEN, v: AI, places: 24, openMonth: 26 }] }));
    const i = without.months.findIndex((m) => m.month === '2027-03');
    expect(without.months[i].waitingList).toBeGreaterThan(24);
    expect(withLoc.months[i - 1].waitingList).toBeCloseTo(without.months[i - 1].waitingList, 9);
    expect(without.months[i].waitingList - withLoc.months[i].waitingList).toBeCloseTo(24, 9);
    expect(withLoc.months[i].places - without.months[i].places).toBe(24);
    // The Borne clients placed in Haaksbergen count in Haaksbergen's places, in Borne's clients.
    expect(withLoc.years[2].byGemeente.GM0158.places).toBe(24);
    expect(withLoc.years[2].byGemeente.GM0158.inCare).toBe(0);
    expect(withLoc.years[2].byGemeente.GM0147.inCare).toBeCloseTo(124, 9);
    expectConserved(withLoc);
  });

  it('a flip share of 100 % moves every transferred place out of the Wmo count', () => {
    const r = projectCapacity(base({ year: { inflowPerYear: [0, 0, 0, 0], wlzRatePerYear: [0.12, 0, 0, 0], flipShare: [1, 0, 0, 0] } }));
    const jan = r.months[0];
    expect(jan.wlzTransfers).toBeCloseTo(1, 9); // 1 % of 100 in the first month
    expect(jan.wmoPlacesLostToWlz).toBeCloseTo(1, 9);
    expect(jan.places).toBeCloseTo(99, 9);
    for (const m of r.months) expect(m.places).toBeCloseTo(100 - m.wmoPlacesLostToWlz, 9);
    const total = r.months.reduce((s, m) => s + m.wlzTransfers, 0);
    expect(r.years.at(-1)!.wmoPlacesLostToWlz).toBeCloseTo(total, 9);
    expectConserved(r);
  });

  it('Wlz outflow to the wijk returns flipped places to the Wmo waiting list', () => {
    const r = projectCapacity(base({ year: { inflowPerYear: [0, 0, 0, 0], wlzRatePerYear: [0.12, 0, 0, 0], flipShare: [1, 0, 0, 0], wlzOutflowPerYear: 0.12 } }));
    const m = r.months[1];
    // February: 1 place flipped in January, 1 % of it returns in January already (after the flip).
    expect(r.months[0].places).toBeCloseTo(99 + 0.01, 9);
    expect(m.places).toBeGreaterThan(98);
    expect(r.years[0].wlzPlacesReturned).toBeGreaterThan(0);
  });

  it('a one-off Wlz event moves its clients over the 12 months of its year', () => {
    const input = base({ year: { inflowPerYear: [24, 0, 0, 0] } });
    input.wlzOneOffs = [{ yearIndex: 1, clients: 30, v: null }];
    const r = projectCapacity(input);
    expect(r.years[0].wlzTransfers).toBeCloseTo(0, 9);
    expect(r.years[1].wlzTransfers).toBeCloseTo(30, 6);
    expectConserved(r);
  });
});

describe('capacity model — invariants and edge cases', () => {
  it('a closing location leaves nobody in care behind, not even a rounding residue below zero', () => {
    // Everyone in a closing location goes back to the list: the cells must end at 0, never at −3·10⁻¹⁶.
    for (const closeMonth of [1, 2, 5, 13, 23]) {
      for (const stayMonths of [1, 2, 3, 7, 11, 50]) {
        for (const places of [1, 3, 7, 29]) {
          const r = projectCapacity(testInput({ years: 2, inCare: [[BORNE, AI, places]], locations: [{ h: BORNE, v: AI, places, closeMonth }], year: { stayMonths } }));
          expectNonNegative(r);
          expect(r.years[1].inCare, `${closeMonth}/${stayMonths}/${places}`).toBe(0);
        }
      }
    }
  });

  it('conserves clients, keeps everything non-negative and cumulative series rising on a busy scenario', () => {
    const input = testInput({
      years: 6,
      inCare: Array.from({ length: G }, (_, g) => [g, g % 4, 10 + g] as [number, number, number]),
      waiting: [[2, 0, 30], [4, 1, 8]],
      locations: [
        { h: 2, v: 0, places: 60 },
        { h: 4, v: 1, places: 30, closeMonth: 30 },
        { h: 5, v: 2, places: 12, openMonth: 14 },
        { h: 0, v: 3, places: 20 },
        { h: 6, v: 0, places: 10, wmo: false },
      ],
      year: {
        inflowPerYear: [40, 20, 5, 15],
        originShare: [0.1, 0.1, 0.3, 0.1, 0.2, 0.1, 0.05, 0.05],
        wlzRatePerYear: [0.05, 0.02, 0.01, 0.01],
        flipShare: [0.8, 0.2, 0.2, 0.2],
        wlzOutflowPerYear: 0.05,
        tariffPerDay: [200, 120, 100, 75],
      },
    });
    input.wlzOneOffs = [{ yearIndex: 2, clients: 20, v: 0 }];
    const r = projectCapacity(input);
    expectConserved(r);
    expectNonNegative(r);
    let lost = 0;
    for (const m of r.months) {
      expect(m.wmoPlacesLostToWlz).toBeGreaterThanOrEqual(lost - 1e-12);
      lost = m.wmoPlacesLostToWlz;
    }
    // Closing a location sends its clients back to the waiting list.
    expect(r.months.find((m) => m.month === '2027-07')!.displaced).toBeGreaterThan(0);
    for (const y of r.years) {
      const sumG = Object.values(y.byGemeente).reduce((s, m) => s + m.demand, 0);
      const sumV = Object.values(y.byVariant).reduce((s, m) => s + m.demand, 0);
      expect(sumG).toBeCloseTo(y.demand, 9);
      expect(sumV).toBeCloseTo(y.demand, 9);
      expect(y.costEuro).toBeGreaterThan(0);
    }
  });

  it('with zero places everyone waits, the waiting time is undetermined (null), never NaN', () => {
    const r = projectCapacity(testInput({ waiting: [[BORNE, AI, 5]], year: { inflowPerYear: [12, 0, 0, 0] } }));
    expect(r.years[0].inCare).toBe(0);
    expect(r.years[0].waitingList).toBeCloseTo(17, 9);
    expect(r.years[0].waitingTimeMonths).toBeNull();
    expect(r.notes).toEqual([]);
  });

  it('with zero growth and no outflow nothing changes; nobody waiting means waiting time 0', () => {
    const r = projectCapacity(base({ waiting: [], year: { inflowPerYear: [0, 0, 0, 0], stayMonths: Infinity } }));
    for (const y of r.years) {
      expect(y.demand).toBeCloseTo(100, 6);
      expect(y.waitingTimeMonths).toBe(0);
    }
  });

  it('runs a one-month horizon', () => {
    const r = projectCapacity({ ...base(), monthCount: 1 });
    expect(r.months).toHaveLength(1);
    expect(r.years).toHaveLength(1);
    expect(r.years[0].placements).toBeCloseTo(2, 9);
    expect(r.years[0].inflow).toBeCloseTo(3, 9);
    expect(r.years[0].clearanceMonths).toBeCloseTo(11 / 2, 9);
    // The 10 waiting at the start (no assumed past: they joined in month 0) are placed first, in month 0.
    expect(r.years[0].waitingTimeMonths).toBe(0);
  });

  it('shares free places over everyone waiting, and places clients in their own gemeente where it can', () => {
    const scarce = projectCapacity(
      testInput({ years: 1, waiting: [[BORNE, AI, 10], [HAAKSBERGEN, AI, 30]], locations: [{ h: BORNE, v: AI, places: 20 }], year: { stayMonths: Infinity } }),
    ).years[0];
    // 20 places for 40 waiting: half of each gemeente's waiting list is placed, wherever the places are.
    expect(scarce.byGemeente.GM0147.inCare).toBeCloseTo(5, 9);
    expect(scarce.byGemeente.GM0158.inCare).toBeCloseTo(15, 9);
    expect(scarce.byGemeente.GM0158.inCareElsewhere).toBeCloseTo(15, 9);
    expect(scarce.byGemeente.GM0147.inCareElsewhere).toBeCloseTo(0, 9);
    const both = projectCapacity(
      testInput({
        years: 1,
        waiting: [[BORNE, AI, 10], [HAAKSBERGEN, AI, 10]],
        locations: [{ h: BORNE, v: AI, places: 10 }, { h: HAAKSBERGEN, v: AI, places: 10 }],
        year: { stayMonths: Infinity },
      }),
    ).years[0];
    // With places in both gemeenten nobody has to move to the other one.
    expect(both.inCare).toBeCloseTo(20, 9);
    expect(both.inCareElsewhere).toBeCloseTo(0, 9);
  });

  it('lets waiting clients take another variant only when allowed', () => {
    const opts = { years: 1, waiting: [[BORNE, 1, 6]] as [number, number, number][], locations: [{ h: BORNE, v: 2, places: 4 }], year: { stayMonths: Infinity } };
    expect(projectCapacity(testInput(opts)).years[0].inCare).toBe(0);
    const allowed = projectCapacity(testInput({ ...opts, allowOtherVariant: true })).years[0];
    expect(allowed.inCare).toBeCloseTo(4, 9);
    expect(allowed.byVariant.modulairNabijheid.inCare).toBeCloseTo(4, 9);
    expect(allowed.byVariant.modulairGeclusterd.waitingList).toBeCloseTo(2, 9);
  });

  it('puts clients in care without a place on the waiting list at the start, with a note', () => {
    const r = projectCapacity(testInput({ years: 1, inCare: [[BORNE, AI, 30]], locations: [{ h: BORNE, v: AI, places: 20 }], year: { stayMonths: Infinity } }));
    expect(r.start).toEqual({ demand: 30, inCare: 20, waitingList: 10, places: 20 });
    expect(r.notes[0]).toMatch(/10 cliënten/);
  });
});
