import { beforeAll, describe, expect, it } from 'vitest';
import { herkomstKey, instroomBasisKey, uitvalKey, verblijfsduurKey } from '../../shared/assumptions';
import { VARIANT_IDS } from '../../shared/domain';
import { estimateFromObservations } from './estimate';
import { fictiefRegion, syntheticObservations } from './synthetic';
import { numbersIn, obs } from './testHelpers';

/**
 * A small case by hand (fictief), the region for all forms together:
 *   stand eind december 2025: 100 in zorg, 40 wachtend;
 *   eerste helft 2026: eind juni 110 in zorg en 50 wachtend; 12 uitstroom, 3 naar de Wlz, 6 uitval, 0 wachtlijst → Wlz;
 *   60 nieuwe indicaties: 45 uit Enschede, 15 uit Hengelo.
 * In care: 6 months × (100 + 110) / 2 = 630 person-months; 12 exits → 12 / 630 per month → stay 630 / 12 = 52,5 months.
 *   Garwood 80 % for 12: χ²(0,10; 24)/2 = 7,8295 and χ²(0,90; 26)/2 = 17,7815 → stay 630/17,7815 = 35,43 to 630/7,8295 = 80,47.
 * Wlz from care: 3 / 630 × 12 = 0,05714 per year.
 * Waiting: 6 × (40 + 50) / 2 = 270 person-months; uitval 6 / 270 × 12 = 0,2667 per year.
 * Inflow: 60 in 6 months = 120 per year; Garwood 80 % for 60: χ²(0,10; 120)/2 = 50,31 and χ²(0,90; 122)/2 = 71,20 → 100,6 … 142,4 per year.
 * Origin: Enschede 45 / 60 = 0,75, Wilson 80 % (z = 1,2816): 0,6724 … 0,8143.
 */
const HAND = [
  obs('2025-12', '2025-12', 'inZorg', 100),
  obs('2025-12', '2025-12', 'wachtend', 40),
  obs('2026-01', '2026-06', 'inZorg', 110),
  obs('2026-01', '2026-06', 'wachtend', 50),
  obs('2026-01', '2026-06', 'uitstroom', 12),
  obs('2026-01', '2026-06', 'naarWlz', 3),
  obs('2026-01', '2026-06', 'uitval', 6),
  obs('2026-01', '2026-06', 'wachtlijstNaarWlz', 0),
  obs('2026-01', '2026-06', 'nieuweIndicaties', 45, 'alle', 'GM0153'),
  obs('2026-01', '2026-06', 'nieuweIndicaties', 15, 'alle', 'GM0164'),
  // The other six gemeenten were measured too, with none (a gemeente not measured is not 0).
  ...(['GM0147', 'GM1774', 'GM0158', 'GM1735', 'GM0168', 'GM0173'] as const).map((g) => obs('2026-01', '2026-06', 'nieuweIndicaties', 0, 'alle', g)),
];

describe('estimates from the monitor', () => {
  it('a small case computed by hand', () => {
    const current = { [verblijfsduurKey('allInclusive')]: 36, [verblijfsduurKey('modulairWijk')]: 24 };
    const e = estimateFromObservations(HAND, current);
    const get = (id: string) => e.estimates.find((x) => x.id === id)!;
    const stay = get('verblijfsduur.alle');
    expect(stay.value).toBeCloseTo(52.5, 10);
    expect(stay.low).toBeCloseTo(35.43, 1);
    expect(stay.high).toBeCloseTo(80.46, 1);
    expect(stay.basis).toEqual({ count: 12, exposure: 630, exposureUnit: 'persoonsmaanden in zorg', approximate: false });
    expect(stay.keys).toEqual(VARIANT_IDS.map(verblijfsduurKey));
    expect(stay.current).toBe(30); // the mean of the keys the scenario has
    expect(stay.sentence).toBe(
      'Gemiddelde verblijfsduur, alle vormen: 52,5 maanden (80 %-interval 35,4 tot 80,5), uit 12 vertrekken uit zorg op 630 persoonsmaanden in zorg; in het scenario nu 30 maanden.',
    );
    expect(get('wlzOvergang.alle').value).toBeCloseTo(3 / 630 * 12, 12);
    const uitval = get('uitval.alle');
    expect(uitval.value).toBeCloseTo(6 / 270 * 12, 12);
    expect(uitval.keys).toEqual(VARIANT_IDS.map(uitvalKey));
    expect(get('wlzWachtlijst.alle').value).toBe(0);
    const inflow = get('instroom.alle');
    expect(inflow.value).toBe(120);
    expect(inflow.low).toBeCloseTo(100.6, 0);
    expect(inflow.high).toBeCloseTo(142.4, 0);
    expect(inflow.keys).toEqual(VARIANT_IDS.map(instroomBasisKey));
    expect(inflow.apply).toBe('split');
    const enschede = get('herkomst.GM0153');
    expect(enschede.value).toBe(0.75);
    expect(enschede.low).toBeCloseTo(0.6724, 3);
    expect(enschede.high).toBeCloseTo(0.8143, 3);
    expect(enschede.keys).toEqual([herkomstKey('GM0153')]);
    expect(get('herkomst.GM0147').value).toBe(0);
    // One half year: no trend and no growth; the reason says why.
    expect(e.absent.find((a) => a.id === 'instroomTrend.alle')!.reason).toMatch(/minstens drie perioden/);
    expect(e.absent.find((a) => a.id === 'groei.alle')!.reason).toMatch(/minstens drie perioden/);
    expect(e.span).toEqual({ from: '2026-01', to: '2026-06' });
  });

  it('the stock at the start of the first period comes from the flows when every flow is observed', () => {
    // End 110 in care; in: 20 placed; out: 12 + 3 → start 110 − 20 + 15 = 105; exposure 6 × (105 + 110) / 2 = 645.
    const rows = [obs('2026-01', '2026-06', 'inZorg', 110), obs('2026-01', '2026-06', 'plaatsingen', 20), obs('2026-01', '2026-06', 'uitstroom', 12), obs('2026-01', '2026-06', 'naarWlz', 3)];
    const stay = estimateFromObservations(rows).estimates.find((x) => x.kind === 'verblijfsduur')!;
    expect(stay.basis.exposure).toBe(645);
    expect(stay.basis.approximate).toBe(false);
    // Without the placements only the end stock is known: 6 × 110, marked approximate.
    const rough = estimateFromObservations(rows.slice(0, 1).concat(rows.slice(2))).estimates.find((x) => x.kind === 'verblijfsduur')!;
    expect(rough.basis.exposure).toBe(660);
    expect(rough.basis.approximate).toBe(true);
    expect(rough.sentence).toMatch(/blootstelling deels benaderd/);
  });

  it("observations for 'modulair' apply to the modulaire variants; all-inclusive keeps its own", () => {
    const syn = syntheticObservations({ input: fictiefRegion(), months: 24, seed: 3, forms: 'modulair', byGemeente: false });
    const e = estimateFromObservations(syn.observations);
    const stay = e.estimates.filter((x) => x.kind === 'verblijfsduur');
    expect(stay.map((x) => x.form)).toEqual(['allInclusive', 'modulair']);
    expect(stay[1].keys).toEqual(['verblijfsduurMaanden.modulairGeclusterd', 'verblijfsduurMaanden.modulairNabijheid', 'verblijfsduurMaanden.modulairWijk']);
    // No inflow by gemeente: the origin comes from who waits by gemeente — here there are no gemeenten at all.
    expect(e.absent.filter((a) => a.kind === 'herkomst')).toHaveLength(8);
  });

  it('with no stay seen in care the length of stay is absent, with a bound, not invented', () => {
    const e = estimateFromObservations([obs('2025-12', '2025-12', 'inZorg', 20), obs('2026-01', '2026-06', 'inZorg', 20), obs('2026-01', '2026-06', 'uitstroom', 0)]);
    expect(e.estimates.find((x) => x.kind === 'verblijfsduur')).toBeUndefined();
    expect(e.absent.find((x) => x.id === 'verblijfsduur.alle')!.reason).toMatch(/^Geen uitstroom gezien in 120 persoonsmaanden in zorg: de verblijfsduur is dan waarschijnlijk langer dan 52 maanden/);
  });

  it('empty or bad input: everything absent with a reason, notes say what was skipped, no NaN, nothing negative', () => {
    const empty = estimateFromObservations([]);
    expect(empty.estimates).toEqual([]);
    expect(empty.absent.length).toBeGreaterThan(0);
    for (const a of empty.absent) expect(a.reason.length).toBeGreaterThan(10);
    expect(empty.notes).toContain('Er zijn geen bruikbare waarnemingen: er is niets te schatten.');
    const bad = estimateFromObservations([
      obs('2026-01', '2026-06', 'inZorg', NaN),
      obs('2026-01', '2026-06', 'uitstroom', -3),
      obs('2026-13', '2026-06', 'uitval', 2),
      obs('2026-06', '2026-01', 'uitval', 2),
      ...HAND,
    ]);
    expect(bad.notes[0]).toBe('4 waarnemingen overgeslagen: geen geldige periode of geen getal van 0 of meer.');
    for (const n of numbersIn(bad)) expect(Number.isFinite(n.value), n.path).toBe(true);
    for (const x of bad.estimates) if (x.kind !== 'instroomTrend' && x.kind !== 'groei') expect(Math.min(x.value, x.low, x.high)).toBeGreaterThanOrEqual(0);
  });

  it('overlapping periods are counted once (the longest)', () => {
    const e = estimateFromObservations([...HAND, obs('2026-01', '2026-03', 'uitstroom', 500), obs('2026-01', '2026-03', 'inZorg', 105)]);
    expect(e.estimates.find((x) => x.id === 'verblijfsduur.alle')!.value).toBeCloseTo(52.5, 10);
    expect(e.notes.join(' ')).toMatch(/overlapt met een langere periode/);
  });
});

describe('coverage: the 80 % intervals hold the true rate about 8 times in 10 (fictief data, 200 replications)', () => {
  const N = 200;
  const truth: Record<string, number> = {
    'verblijfsduur.allInclusive': 30,
    'verblijfsduur.modulair': 24,
    'uitval.allInclusive': 0.2,
    'uitval.modulair': 0.15,
    'instroom.allInclusive': 160,
    'instroom.modulairGeclusterd': 110,
  };
  const hits: Record<string, number> = Object.fromEntries(Object.keys(truth).map((k) => [k, 0]));
  beforeAll(() => {
    const input = fictiefRegion('inflow');
    for (let run = 0; run < N; run++) {
      const { observations } = syntheticObservations({ input, months: 24, seed: 2026, run });
      for (const e of estimateFromObservations(observations).estimates) {
        const t = truth[e.id];
        if (t !== undefined && e.low <= t && t <= e.high) hits[e.id]++;
      }
    }
  }, 30_000);
  for (const id of Object.keys(truth)) {
    it(`${id}: between 70 % and 90 %`, () => {
      expect(hits[id] / N).toBeGreaterThanOrEqual(0.7);
      expect(hits[id] / N).toBeLessThanOrEqual(0.9);
    });
  }
});

describe('origin shares', () => {
  it('a gemeente that was not measured is not 0: with only some gemeenten there is no share, and the reason says why', () => {
    const e = estimateFromObservations([obs('2026-01', '2026-06', 'wachtend', 60, 'alle', 'GM0153'), obs('2026-01', '2026-06', 'wachtend', 25, 'alle', 'GM0164')]);
    expect(e.estimates.filter((x) => x.kind === 'herkomst')).toEqual([]);
    expect(e.absent.find((x) => x.id === 'herkomst.GM0147')!.reason).toMatch(/Niet alle acht gemeenten/);
  });
});

describe('partial figures are not the whole', () => {
  const periods = [['2025-01', '2025-06'], ['2025-07', '2025-12'], ['2026-01', '2026-06']] as const;
  it('one gemeente reported: no regional inflow, stay or growth from its figures', () => {
    const rows = periods.flatMap(([f, t], i) => [obs(f, t, 'nieuweIndicaties', 20 + i, 'alle', 'GM0153'), obs(f, t, 'inZorg', 100 + i, 'alle', 'GM0153'), obs(f, t, 'uitstroom', 6, 'alle', 'GM0153')]);
    const e = estimateFromObservations(rows);
    expect(e.estimates.filter((x) => x.kind === 'instroom' || x.kind === 'verblijfsduur' || x.kind === 'groei')).toEqual([]);
  });
  it('one target group reported: not used as all target groups', () => {
    const rows = periods.flatMap(([f, t]) => [{ ...obs(f, t, 'nieuweIndicaties', 9), targetGroup: 'LVB' as const }, { ...obs(f, t, 'inZorg', 20), targetGroup: 'LVB' as const }]);
    const e = estimateFromObservations(rows);
    expect(e.estimates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/per doelgroep/);
  });
});
