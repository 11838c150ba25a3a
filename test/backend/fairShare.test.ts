/** Fair share and urgentie through the contract, on the seeded baseline. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { indexChangeText } from '../../electron/backend/handlers/fairShareHandlers';
import { sleutelGewichtKey, URGENT_REGEL } from '../../shared/assumptions';
import type { AllocationResult, FairShareView, ScenarioData, ScenarioSummary, SuggestionView, UrgentieView } from '../../shared/contract';
import type { Location } from '../../shared/locations';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let id: number;
beforeEach(() => {
  backend = openBackend(tempDb('fairshare'), 'test', FIXED_NOW);
  id = ok<ScenarioSummary>('scenario.create', { name: 'Fair share' }).id;
});
afterEach(() => backend.close());

describe('facility fair share', () => {
  it('compares the baseline places with the population norm: concentrated in Enschede, Hengelo, Oldenzaal', () => {
    const v = ok<FairShareView>('fairShare.view', { scenarioId: id, key: 'inwoners', variant: 'allInclusive', year: 2025 });
    expect(v.facility!.total).toBe(193);
    const rows = v.facility!.rows;
    expect(rows.map((r) => r.actual)).toEqual([0, 0, 120, 0, 48, 0, 0, 25]);
    expect(rows.reduce((s, r) => s + r.norm, 0)).toBeCloseTo(193, 9);
    expect(rows[0].norm).toBeCloseTo((193 * 24_632) / 411_137, 9);
    // Index: half the sum of |actual share − key share|.
    const expected = rows.reduce((s, r, i) => s + Math.abs(r.actual / 193 - v.keys[0].shares![i]), 0) / 2;
    expect(v.facility!.index).toBeCloseTo(expected, 12);
    expect(v.keys.map((k) => k.id)).toEqual(['inwoners', 'inwoners18', 'socialeHuur', 'verhuringen', 'herkomst', 'ethos', 'mix']);
    expect(v.keys.every((k) => k.shares && Math.abs(k.shares.reduce((a, b) => a + b, 0) - 1) < 1e-12)).toBe(true);
    expect(v.trend).toHaveLength(11);
  });

  it('suggests placing 24 all-inclusive places where the gap is largest, and turns it into planned locations', () => {
    const s = ok<SuggestionView>('fairShare.suggest', {
      scenarioId: id, key: 'inwoners', variant: 'allInclusive', year: 2027, places: 24, minPerLocation: 12, max: [null, null, 0, null, null, null, null, null],
    });
    expect(s.ok).toBe(true);
    expect(s.places.reduce((a, b) => a + b, 0)).toBe(24);
    expect(s.places[2]).toBe(0);
    expect(s.places.filter((p) => p > 0).every((p) => p >= 12)).toBe(true);
    expect(s.explanation.join(' ')).toMatch(/fair-share-index gaat van/);
    // Places and the index are kept apart: no count of places beside the percentage.
    expect(s.explanation.join(' ')).not.toMatch(/wijken de plekken/);
    expect(s.explanation.join(' ')).toMatch(/Uitgesloten voor deze vorm: Enschede/);
    const before = ok<FairShareView>('fairShare.view', { scenarioId: id, key: 'inwoners', variant: 'allInclusive', year: 2027 }).facility!.index;
    const created = ok<Location[]>('fairShare.applySuggestion', { scenarioId: id, key: 'inwoners', variant: 'allInclusive', opening: '2027-01', places: s.places });
    expect(created.reduce((a, l) => a + l.places, 0)).toBe(24);
    expect(created[0].name).toMatch(/^Voorstel fair share: all-inclusive/);
    const after = ok<FairShareView>('fairShare.view', { scenarioId: id, key: 'inwoners', variant: 'allInclusive', year: 2027 }).facility!.index;
    expect(after).toBeLessThan(before);
    expect(ok<FairShareView>('fairShare.view', { scenarioId: id, key: 'inwoners', variant: 'allInclusive', year: 2026 }).facility!.index).toBeCloseTo(before, 12);
  });

  it('reports a mix whose weights do not sum to 100 % instead of computing with it', () => {
    ok('assumptions.setValue', { scenarioId: id, key: sleutelGewichtKey('ethos'), value: 35 });
    const v = ok<FairShareView>('fairShare.view', { scenarioId: id, key: 'mix', variant: 'alle', year: 2025 });
    expect(v.facility).toBeNull();
    expect(v.keys.find((k) => k.id === 'mix')!.message).toMatch(/tellen op tot 110 %/);
    expect(fails('fairShare.allocate', { scenarioId: id, total: 10, key: 'mix', method: 'dhondt' }).message).toMatch(/110 %/);
  });
});

describe('whole-number allocation', () => {
  it('divides a total over all eight gemeenten with quota, share and seats', () => {
    const r = ok<AllocationResult>('fairShare.allocate', { scenarioId: id, total: 30, key: 'inwoners', method: 'largest-remainder', max: { GM0153: 8 } });
    expect(r.allocation.map((a) => a.gemeente)).toEqual(['Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal']);
    expect(r.allocation.reduce((s, a) => s + a.seats, 0)).toBe(30);
    expect(r.allocation[2].seats).toBe(8);
    expect(r.allocation[2].quota).toBeCloseTo((30 * 161_741) / 411_137, 9);
    expect(fails('fairShare.allocate', { scenarioId: id, total: 30, key: 'inwoners', method: 'dhondt', max: { GM0147: 1, GM1774: 1, GM0153: 1, GM0158: 1, GM0164: 1, GM1735: 1, GM0168: 1, GM0173: 1 } }).message).toMatch(
      /maxima zijn samen 8, minder dan het totaal 30/,
    );
    expect(fails('fairShare.allocate', { scenarioId: id, total: 30, key: 'onbekend', method: 'dhondt' })).toMatchObject({ code: 'ONGELDIGE_INVOER' });
  });
});

describe('urgentie', () => {
  it('allocates the baseline urgent demand per year, homes within capacity, shortfall carried over', () => {
    const v = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    if (!v.ok) throw new Error(v.message);
    expect(v.settings).toMatchObject({ rule: 'woonplaatsbeginsel', key: 'inwoners', method: 'largest-remainder', normMonths: 6 });
    expect(v.years).toHaveLength(11);
    let carried = 0;
    for (const y of v.years) {
      expect(y.homes + y.shortfall).toBe(y.demand + carried);
      carried = y.shortfall;
      y.byGemeente.forEach((g) => expect(g.homes).toBeLessThanOrEqual(g.capacity));
    }
    // BW outflow from the capacity model is part of the demand.
    expect(v.years[0].byGroup.uitstroomBW.demand).toBeGreaterThan(50);
    expect(v.years[0].byGroup.uitstroomMO.demand).toBe(50);
  });

  it('a fair-share key houses people across the region and changes who provides the homes', () => {
    const own = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    ok('assumptions.setValue', { scenarioId: id, key: URGENT_REGEL, value: 1 });
    const key = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    if (!own.ok || !key.ok) throw new Error('view failed');
    expect(key.settings.rule).toBe('verdeelsleutel');
    expect(key.years[0].byGemeente.map((g) => g.homes)).not.toEqual(own.years[0].byGemeente.map((g) => g.homes));
    const data = ok<ScenarioData>('scenario.data', { scenarioId: id });
    expect(data.assumptions[URGENT_REGEL].value).toBe(1);
  });
});

describe('urgentie capacity per gemeente', () => {
  it('follows the regional maximum unless a gemeente sets its own cap', () => {
    const base = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    ok('assumptions.setValue', { scenarioId: id, key: 'urgentie.maxAandeel.GM0168', value: 0 });
    const capped = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    if (!base.ok || !capped.ok) throw new Error('view failed');
    expect(base.years[0].byGemeente[6].capacity).toBeGreaterThan(0);
    expect(capped.years[0].byGemeente[6]).toMatchObject({ capacity: 0, homes: 0 });
    // Under the woonplaatsbeginsel Losser's own residents now wait.
    expect(capped.years[0].byGemeente[6].shortfall).toBeGreaterThan(0);
    ok('assumptions.setValue', { scenarioId: id, key: 'urgentie.maxAandeelVerhuringen', value: 0.2 });
    const doubled = ok<UrgentieView>('urgentie.view', { scenarioId: id });
    if (!doubled.ok) throw new Error('view failed');
    // Capacity is whole homes (rounded down): twice the share gives twice the homes, give or take the rounding.
    expect(doubled.years[0].byGemeente[0].capacity).toBeGreaterThanOrEqual(2 * base.years[0].byGemeente[0].capacity);
    expect(doubled.years[0].byGemeente[0].capacity).toBeLessThanOrEqual(2 * base.years[0].byGemeente[0].capacity + 1);
  });
});

describe('the effect of a suggestion on the index', () => {
  it('says it as a percentage, with what the percentage means (golden case by hand)', () => {
    const eighth = Array(8).fill(1 / 8);
    // Before: 10 places in one gemeente, ½ × (|1 − ⅛| + 7 × ⅛) = 87,5 %. After 2 more in each of the other seven (24 places):
    // ½ × (|10/24 − ⅛| + 7 × |2/24 − ⅛|) = ½ × (7/24 + 7/24) = 7/24 = 29,2 %.
    expect(indexChangeText([10, 0, 0, 0, 0, 0, 0, 0], [10, 2, 2, 2, 2, 2, 2, 2], eighth)).toBe(
      'De fair-share-index gaat van 87,5 % naar 29,2 %: het deel van alle plekken dat naar een andere gemeente zou moeten om de sleutel precies te volgen (0 % is helemaal evenredig).',
    );
  });
});
