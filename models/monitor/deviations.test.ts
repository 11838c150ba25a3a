import { describe, expect, it } from 'vitest';
import { projectCapacity } from '../capacity/project';
import { AI, testInput } from '../capacity/testInput';
import type { McSummary } from '../uncertainty/summary';
import { bandsFromMonteCarlo } from './bands';
import { deviations } from './deviations';
import { needsAndGaps } from './needsAndGaps';
import { planValue } from './planValue';
import { numbersIn, obs } from './testHelpers';

/**
 * A steady plan by hand (fictief): 100 all-inclusive places, all from Borne, full; 20 waiting; stay 50 months;
 * 24 new indications a year. Each month 100 / 50 = 2 leave care, 2 join the list and the 2 free places take 2 from
 * the list: in care stays 100, waiting 20; a half year has 12 new indications, 12 placements, 12 exits.
 */
const plan = projectCapacity(
  testInput({ years: 2, inCare: [[0, AI, 100]], waiting: [[0, AI, 20]], locations: [{ h: 0, v: AI, places: 100 }], year: { stayMonths: 50, inflowPerYear: [24, 0, 0, 0] } }),
);

describe('plan against reality', () => {
  it('reads the plan for the same measure, period, gemeente and form', () => {
    expect(planValue(plan, 'wachtend', { from: '2025-06', to: '2025-06' }, 'alle', null)).toEqual({ value: expect.closeTo(20, 9), approximate: false, note: null });
    expect(planValue(plan, 'nieuweIndicaties', { from: '2025-01', to: '2025-06' }, 'alle', null).value).toBeCloseTo(12, 9);
    expect(planValue(plan, 'uitstroom', { from: '2025-01', to: '2025-06' }, 'allInclusive', null)).toMatchObject({ value: expect.closeTo(12, 9), approximate: true });
    expect(planValue(plan, 'plaatsingen', { from: '2025-01', to: '2025-06' }, 'allInclusive', null)).toMatchObject({ value: expect.closeTo(12, 9), approximate: false });
    // December per gemeente is kept exactly; June is shared out by the year-end shares.
    expect(planValue(plan, 'wachtend', { from: '2025-12', to: '2025-12' }, 'allInclusive', 'GM0147')).toMatchObject({ value: expect.closeTo(20, 9), approximate: false });
    const june = planValue(plan, 'inZorg', { from: '2025-06', to: '2025-06' }, 'alle', 'GM0147');
    expect(june).toMatchObject({ value: expect.closeTo(100, 9), approximate: true });
    expect(june.note).toMatch(/verdeeld naar het aandeel van de gemeente eind 2025/);
    expect(planValue(plan, 'inZorg', { from: '2024-12', to: '2024-12' }, 'alle', null)).toEqual({ value: null, approximate: false, note: 'Het plan rekent deze maand niet door.' });
    expect(planValue(plan, 'wachttijd', { from: '2025-01', to: '2025-12' }, 'alle', null).value).toBeGreaterThan(0);
  });

  it('golden case: the sentences', () => {
    const rows = [
      obs('2025-01', '2025-06', 'wachtend', 31),
      obs('2025-01', '2025-06', 'nieuweIndicaties', 10),
      obs('2025-01', '2025-06', 'uitval', 3),
      obs('2025-01', '2025-06', 'wachtend', 20, 'allInclusive', 'GM0147'),
      obs('2025-07', '2025-12', 'wachtend', 25, 'alle', 'GM0147'),
      obs('2025-07', '2025-12', 'wachtend', 18),
      { ...obs('2025-07', '2025-12', 'inZorg', 40), targetGroup: 'LVB' as const },
      obs('2027-01', '2027-06', 'inZorg', 90),
    ];
    const bands = { wachtend: [{ period: { from: '2025-06', to: '2025-06' }, p10: 15, p90: 25 }, { period: { from: '2025-12', to: '2025-12' }, p10: 12, p90: 30 }] };
    const d = deviations(rows, plan, { bands });
    expect(d.deviations.map((x) => x.sentence)).toEqual([
      'Eind juni 2025 wachtten 31 mensen, 11 meer dan het plan en buiten de band van 8 op 10 toekomsten.',
      'Borne, all-inclusive: eind juni 2025 wachtten 20 mensen, ongeveer evenveel als het plan.',
      'In de eerste helft van 2025 kwamen er 10 nieuwe indicaties, 2 minder dan het plan.',
      'In de eerste helft van 2025 gingen 3 mensen zonder plek van de wachtlijst af, 3 meer dan het plan.',
      'Eind december 2025 waren 40 cliënten in zorg (doelgroep LVB); het plan heeft hier geen cijfer.',
      'Eind december 2025 wachtten 18 mensen, 2 minder dan het plan en binnen de band van 8 op 10 toekomsten.',
      'Borne: eind december 2025 wachtten 25 mensen, 5 meer dan het plan.',
      'Eind juni 2027 waren 90 cliënten in zorg; het plan heeft hier geen cijfer.',
    ]);
    const first = d.deviations[0];
    expect(first).toMatchObject({ plan: expect.closeTo(20, 9), difference: expect.closeTo(11, 9), inBand: false, band: { p10: 15, p90: 25, interpolated: false } });
    expect(d.deviations[7].note).toBe('Het plan rekent deze maand niet door.');
  });

  it('a band between two points is interpolated for a stock', () => {
    const d = deviations([obs('2025-03', '2025-03', 'wachtend', 21)], plan, { bands: { wachtend: [{ period: { from: '2024-12', to: '2024-12' }, p10: 20, p90: 20 }, { period: { from: '2025-12', to: '2025-12' }, p10: 8, p90: 32 }] } });
    expect(d.deviations[0].band).toEqual({ p10: 17, p90: 23, interpolated: true });
    expect(d.deviations[0].inBand).toBe(true);
  });

  it('bad input: no rows, nothing computed, a note', () => {
    expect(deviations([], plan)).toEqual({ deviations: [], notes: [] });
    const bad = deviations([obs('2025-01', '2025-06', 'wachtend', -1), obs('2025-01', '2025-06', 'wachtend', Infinity)], plan);
    expect(bad.deviations).toEqual([]);
    expect(bad.notes).toEqual(['2 waarnemingen overgeslagen: geen geldige periode of geen getal van 0 of meer.']);
  });
});

describe('needs and gaps per gemeente', () => {
  it('who waits and is in care by origin, against the places in the gemeente now and in the plan', () => {
    const rows = [
      obs('2025-07', '2025-12', 'wachtend', 25, 'allInclusive', 'GM0147'),
      obs('2025-07', '2025-12', 'inZorg', 90, 'allInclusive', 'GM0147'),
      obs('2025-07', '2025-12', 'wachtend', 4, 'modulairWijk', 'GM0147'),
      // Every form of Borne is measured (a form not measured is not 0).
      obs('2025-07', '2025-12', 'wachtend', 0, 'modulairGeclusterd', 'GM0147'),
      obs('2025-07', '2025-12', 'wachtend', 0, 'modulairNabijheid', 'GM0147'),
      obs('2025-07', '2025-12', 'inZorg', 0, 'modulair', 'GM0147'),
      obs('2025-07', '2025-12', 'wachtend', 7, 'alle', 'GM0153'),
      obs('2025-01', '2025-06', 'wachtend', 99, 'alle', 'GM0153'),
    ];
    const now = [100, 0, 30, 0, 0, 0, 0, 0];
    const planned = [110, 0, 30, 0, 0, 0, 0, 0];
    const t = needsAndGaps(rows, { now, planned, plannedYear: 2030 }, plan);
    expect(t.period).toEqual({ from: '2025-07', to: '2025-12' });
    const borne = t.rows[0];
    expect(borne).toMatchObject({ gemeente: 'GM0147', waiting: 29, inCare: 90, need: 119, placesNow: 100, placesPlanned: 110, gapNow: 19, gapPlanned: 9 });
    expect(borne.planWaiting).toBeCloseTo(20, 9);
    expect(borne.sentence).toBe('Borne, eind december 2025: 29 wachtenden uit Borne (plan: 20); 90 in zorg; 100 Wmo-plekken in Borne, in het plan 110 in 2030; 19 inwoners meer met een BW-behoefte dan plekken in de eigen gemeente.');
    expect(t.rows[2]).toMatchObject({ waiting: 7, inCare: null, need: null, gapNow: null });
    // Only all-inclusive measured for a gemeente: not "all of the gemeente".
    const partial = needsAndGaps([obs('2025-07', '2025-12', 'wachtend', 40, 'allInclusive', 'GM0153'), obs('2025-07', '2025-12', 'inZorg', 100, 'allInclusive', 'GM0153')], { now, planned, plannedYear: 2030 }, plan);
    expect(partial.rows[2]).toMatchObject({ waiting: null, inCare: null, gapNow: null });
    expect(t.rows[1].sentence).toBe('Dinkelland, eind december 2025: 0 Wmo-plekken in Dinkelland, in het plan 0 in 2030.');
    for (const n of numbersIn(t)) expect(Number.isFinite(n.value)).toBe(true);
  });

  it('without waiting per gemeente: only the places, and a note', () => {
    const t = needsAndGaps([], { now: [], planned: [], plannedYear: 2030 });
    expect(t.period).toBeNull();
    expect(t.rows).toHaveLength(8);
    expect(t.rows.every((r) => r.waiting === null && r.placesNow === 0)).toBe(true);
    expect(t.notes[0]).toMatch(/geen stand "wachtend" per gemeente/);
  });
});

describe('bands from the Monte Carlo', () => {
  it('the waiting list at each December and the mean wait over each year; the start as a known point', () => {
    const band = (p10: number | null, p90: number | null) => ({ p10, p25: null, p50: null, p75: null, p90 });
    const summary = {
      seed: 1, runs: 10, years: [2025, 2026], reportingYear: 2026, runsWithFormulaProblems: 0, probabilityTargetMet: [], probabilityUrgentShortfall: [], fairShareIndex: band(null, null),
      bands: { waitingList: [band(12, 30), band(null, null)], waitingTimeMonths: [band(2, 4), band(3, 6)] },
    } as unknown as McSummary;
    expect(bandsFromMonteCarlo(summary, { month: '2024-12', waitingList: 20 })).toEqual({
      wachtend: [{ period: { from: '2024-12', to: '2024-12' }, p10: 20, p90: 20 }, { period: { from: '2025-12', to: '2025-12' }, p10: 12, p90: 30 }],
      wachttijd: [{ period: { from: '2025-01', to: '2025-12' }, p10: 2, p90: 4 }, { period: { from: '2026-01', to: '2026-12' }, p10: 3, p90: 6 }],
    });
  });
});
