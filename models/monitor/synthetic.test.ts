import { describe, expect, it } from 'vitest';
import { projectCapacity } from '../capacity/project';
import { fictiefRegion, syntheticObservations } from './synthetic';

describe('synthetic observations (fictief)', () => {
  for (const driver of ['inflow', 'need'] as const) {
    it(`without noise follow the capacity model month by month (${driver} driver)`, () => {
      const input = fictiefRegion(driver);
      const syn = syntheticObservations({ input, months: 36, seed: 1, noise: false });
      const model = projectCapacity(input);
      for (let m = 0; m < 36; m++) {
        const a = syn.months[m];
        const b = model.months[m];
        expect(a.month).toBe(b.month);
        expect(a.inCare).toBeCloseTo(b.inCare, 6);
        expect(a.waiting).toBeCloseTo(b.waitingList, 6);
        expect(a.inflow).toBeCloseTo(b.inflow, 6);
        expect(a.placements).toBeCloseTo(b.placements, 6);
        expect(a.exits).toBeCloseTo(b.exits, 6);
        expect(a.wlz).toBeCloseTo(b.wlzTransfers, 6);
        expect(a.uitval + a.wlzFromList).toBeCloseTo(b.listDepartures, 6);
      }
    });
  }

  it('with noise give whole, non-negative people, the same for the same seed', () => {
    const a = syntheticObservations({ input: fictiefRegion(), months: 24, seed: 7 });
    const b = syntheticObservations({ input: fictiefRegion(), months: 24, seed: 7 });
    expect(a.observations).toEqual(b.observations);
    for (const o of a.observations) {
      expect(Number.isInteger(o.value)).toBe(true);
      expect(o.value).toBeGreaterThanOrEqual(0);
    }
    // Start stock (December 2024) plus four half years, per gemeente × form, with stocks and six flows.
    expect(new Set(a.observations.map((o) => `${o.period.from}|${o.period.to}`))).toEqual(new Set(['2024-12|2024-12', '2025-01|2025-06', '2025-07|2025-12', '2026-01|2026-06', '2026-07|2026-12']));
  });
});
