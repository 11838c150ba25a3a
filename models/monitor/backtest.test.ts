import { describe, expect, it } from 'vitest';
import { projectCapacity } from '../capacity/project';
import { AI, testInput } from '../capacity/testInput';
import type { CapacityInput, Driver } from '../capacity/types';
import { applyEstimates, backtest, rebaseInput } from './backtest';
import { estimateFromObservations } from './estimate';
import { startAfter } from './startFrom';
import { fictiefRegion, syntheticObservations } from './synthetic';
import { numbersIn, obs } from './testHelpers';

/**
 * A fictief region where the two drivers part ways: 200 all-inclusive places, full; 250 waiting; stay 25 months;
 * the list loses people without a place at a rate of 1 a year. Under the inflow driver 120 new indications a year:
 * the list shrinks quickly towards about 24 (a curve no straight trend in need follows). Under the need driver need grows 40 a year: the list grows by 40 a year and the
 * new indications rise with it (they replace everyone who leaves).
 */
function divergingRegion(driver: Driver): CapacityInput {
  const input = testInput({
    years: 4,
    inCare: [[0, AI, 120], [2, AI, 80]],
    waiting: [[0, AI, 150], [2, AI, 100]],
    locations: [{ h: 0, v: AI, places: 120 }, { h: 2, v: AI, places: 80 }],
    year: { stayMonths: [25, 24, 24, 24], listDepartureRatePerYear: [1, 0, 0, 0], inflowPerYear: [120, 0, 0, 0], needGrowthPerYear: [40, 0, 0, 0], originShare: [0.6, 0, 0.4, 0, 0, 0, 0, 0] },
  });
  return { ...input, driver };
}

describe('backtest', () => {
  for (const driver of ['inflow', 'need'] as const) {
    it(`recovers the driver that generated the data (${driver}), in 20 of 20 fictief histories`, () => {
      let right = 0;
      for (let run = 0; run < 20; run++) {
        const { observations } = syntheticObservations({ input: divergingRegion(driver), months: 36, seed: 42, run });
        // The backtest starts from the scenario's own (other) driver: the data must decide.
        const bt = backtest(observations, divergingRegion(driver === 'need' ? 'inflow' : 'need'));
        if (bt.ok && bt.better === driver) right++;
      }
      expect(right).toBe(20);
    });
  }

  it('says it in words, per measure and for both drivers', () => {
    const { observations } = syntheticObservations({ input: divergingRegion('inflow'), months: 36, seed: 42 });
    const bt = backtest(observations, divergingRegion('need'));
    if (!bt.ok) throw new Error(bt.reason);
    expect(bt.startPeriod).toEqual({ from: '2024-12', to: '2024-12' });
    expect(bt.endPeriod).toEqual({ from: '2027-07', to: '2027-12' });
    expect(bt.start.month).toBe('2025-01');
    expect(bt.sentence).toMatch(/^Vanaf de stand van eind december 2024 doorgerekend tot eind december 2027 \(\d+ vergelijkingen\): de instroomvariant zat er gemiddeld \d+ naast, de behoeftevariant \d+\. De instroomvariant past het best bij deze cijfers\.$/);
    expect(bt.inflow.byMeasure.map((m) => m.measure)).toEqual(['inZorg', 'wachtend', 'nieuweIndicaties', 'plaatsingen', 'uitstroom', 'naarWlz', 'uitval', 'wachtlijstNaarWlz']);
    expect(bt.inflow.points).toBe(48);
    for (const n of numbersIn({ a: bt.inflow.byMeasure, b: bt.need.byMeasure })) expect(Number.isFinite(n.value) && n.value >= 0).toBe(true);
  });

  it('starts later: the stock of that observation, the months and places moved with it', () => {
    const { observations } = syntheticObservations({ input: fictiefRegion('inflow'), months: 36, seed: 9 });
    const bt = backtest(observations, fictiefRegion('inflow'), { startPeriod: { from: '2025-07', to: '2025-12' } });
    if (!bt.ok) throw new Error(bt.reason);
    expect(bt.start).toEqual({ year: 2026, firstMonth: 0, month: '2026-01', label: 'januari 2026' });
    expect(bt.inflow.result.months[0].month).toBe('2026-01');
    expect(bt.inflow.result.months.at(-1)!.month).toBe('2027-12');
    const stockThen = observations.filter((o) => o.period.to === '2025-12' && o.period.from === '2025-07' && o.measure === 'inZorg').reduce((s, o) => s + o.value, 0);
    expect(bt.inflow.result.start.inCare).toBeCloseTo(stockThen, 6);
  });

  it('moving the start keeps locations at their calendar month', () => {
    const input = { ...testInput({ years: 3, locations: [{ h: 0, v: AI, places: 10, openMonth: 14, closeMonth: 30 }] }) };
    const moved = rebaseInput(input, startAfter({ from: '2025-01', to: '2025-06' }), '2027-06');
    expect(moved).toMatchObject({ startYear: 2025, firstMonth: 6, yearCount: 3, monthCount: 24 });
    expect(moved.locations[0]).toMatchObject({ openMonth: 8, closeMonth: 24 });
    // Open from March 2026 in both: month 14 from January 2025 is month 8 from July 2025.
    const a = projectCapacity(input).months.find((m) => m.month === '2026-03')!.places;
    const b = projectCapacity(moved).months.find((m) => m.month === '2026-03')!.places;
    expect([a, b]).toEqual([10, 10]);
    expect(projectCapacity(moved).months.find((m) => m.month === '2026-02')!.places).toBe(0);
  });

  it('puts the estimates into every year of the input', () => {
    const rows = [obs('2025-12', '2025-12', 'inZorg', 100), obs('2026-01', '2026-06', 'inZorg', 110), obs('2026-01', '2026-06', 'uitstroom', 12), obs('2026-01', '2026-06', 'nieuweIndicaties', 60, 'alle', 'GM0153'), ...(['GM0147', 'GM1774', 'GM0158', 'GM0164', 'GM1735', 'GM0168', 'GM0173'] as const).map((g) => obs('2026-01', '2026-06', 'nieuweIndicaties', 0, 'alle', g))];
    const { input, applied } = applyEstimates(fictiefRegion(), estimateFromObservations(rows));
    for (const a of input.perYear) {
      expect(Array.from(a.stayMonths)).toEqual([52.5, 52.5, 52.5, 52.5]);
      // 120 a year over the forms by the input's inflow (160 : 110 : 0 : 0).
      expect(Array.from(a.inflowPerYear).map((x) => Math.round(x * 1000) / 1000)).toEqual([71.111, 48.889, 0, 0]);
      expect(a.originShare[2]).toBe(1);
    }
    expect(applied).toContain('Herkomst van nieuwe cliënten');
    expect(fictiefRegion().perYear[0].stayMonths[0]).toBe(30); // the original is untouched
  });

  it('nothing to compare: a clear reason', () => {
    expect(backtest([], fictiefRegion())).toEqual({ ok: false, reason: 'Er is geen meting met zowel "in zorg" als "wachtend" (voor alle vormen, in de regio) om vanaf te starten.' });
    expect(backtest([obs('2026-01', '2026-06', 'inZorg', 1), obs('2026-01', '2026-06', 'wachtend', 1)], fictiefRegion())).toEqual({ ok: false, reason: 'Na eind juni 2026 is er geen meting meer om de projectie mee te vergelijken.' });
  });
});
