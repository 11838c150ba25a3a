import { describe, expect, it } from 'vitest';
import { GROEI_ALL_INCLUSIVE, GROEI_MODULAIR, herkomstKey, instroomBasisKey, modulairAandeelKey, uitvalKey, verblijfsduurKey } from '../../shared/assumptions';
import { adoptEstimates, monitorSource } from './adopt';
import type { Estimate, Estimates } from './estimate';
import { estimateFromObservations } from './estimate';
import { obs } from './testHelpers';

const ROWS = [
  obs('2025-12', '2025-12', 'inZorg', 100, 'allInclusive'),
  obs('2025-12', '2025-12', 'wachtend', 40, 'allInclusive'),
  obs('2026-01', '2026-06', 'inZorg', 110, 'allInclusive'),
  obs('2026-01', '2026-06', 'wachtend', 50, 'allInclusive'),
  obs('2026-01', '2026-06', 'uitstroom', 12, 'allInclusive'),
  obs('2026-01', '2026-06', 'uitval', 6, 'allInclusive'),
  obs('2026-01', '2026-06', 'nieuweIndicaties', 30, 'allInclusive', 'GM0153'),
  obs('2026-01', '2026-06', 'nieuweIndicaties', 10, 'allInclusive', 'GM0164'),
  obs('2026-01', '2026-06', 'nieuweIndicaties', 40, 'modulair', 'GM0153'),
  ...(['GM0147', 'GM1774', 'GM0158', 'GM0164', 'GM1735', 'GM0168', 'GM0173'] as const).map((g) => obs('2026-01', '2026-06', 'nieuweIndicaties', 0, 'modulair', g)),
  ...(['GM0147', 'GM1774', 'GM0158', 'GM1735', 'GM0168', 'GM0173'] as const).map((g) => obs('2026-01', '2026-06', 'nieuweIndicaties', 0, 'allInclusive', g)),
];

describe('adopting the estimates into a new scenario ("Neem over")', () => {
  it('values, 80 % ranges and the source text per key', () => {
    const current = {
      [instroomBasisKey('allInclusive')]: 100, [GROEI_ALL_INCLUSIVE]: 15, [GROEI_MODULAIR]: 15,
      [modulairAandeelKey('modulairGeclusterd')]: 0.5, [modulairAandeelKey('modulairNabijheid')]: 0.25, [modulairAandeelKey('modulairWijk')]: 0.25,
      [instroomBasisKey('modulairGeclusterd')]: 40, [instroomBasisKey('modulairNabijheid')]: 10, [instroomBasisKey('modulairWijk')]: 10,
    };
    const est = estimateFromObservations(ROWS, current);
    const a = adoptEstimates(est, { fileName: 'monitor-2026-1.csv', current });
    expect(a.source).toBe('Geschat uit de monitor eerste helft 2026 (monitor-2026-1.csv)');
    const value = (k: string) => a.values.find((v) => v.key === k);
    const range = (k: string) => a.ranges.find((v) => v.key === k)?.range;
    // Stay: 630 / 12 = 52,5 months, range 35,43 … 80,47 (see estimate.test.ts).
    expect(value(verblijfsduurKey('allInclusive'))).toEqual({ key: verblijfsduurKey('allInclusive'), value: 52.5, source: a.source });
    expect(range(verblijfsduurKey('allInclusive'))).toEqual({ kind: 'interval80', low: 35.43, high: 80.47, source: `${a.source}; 80 %-interval` });
    expect(value(uitvalKey('allInclusive'))!.value).toBe(0.2667);
    // Only all-inclusive was observed: the modulaire stay keys are left alone.
    expect(value(verblijfsduurKey('modulairWijk'))).toBeUndefined();
    // Inflow all-inclusive 40 per half year = 80 per year; the model adds the growth (15), so the base is 65.
    expect(value(instroomBasisKey('allInclusive'))!.value).toBe(65);
    // Modulair 80 per year, split by the current inflow (base + growth: 47,5 / 13,75 / 13,75), less each one's growth.
    expect(value(instroomBasisKey('modulairGeclusterd'))!.value).toBeCloseTo(80 * (47.5 / 75) - 7.5, 1);
    expect(value(instroomBasisKey('modulairNabijheid'))!.source).toMatch(/verdeeld over de vormen naar rato van het scenario$/);
    // Origin: 70 of 80 from Enschede (both forms together).
    expect(value(herkomstKey('GM0153'))!.value).toBe(0.875);
    expect(value(herkomstKey('GM0147'))!.value).toBe(0);
    expect(range(herkomstKey('GM0147'))!.low).toBe(0);
    expect(a.notes.join(' ')).toMatch(/Basisinstroom all-inclusive: de schatting min de groei die het model erbij optelt \(15 per jaar\)/);
    // A trend is shown, never adopted.
    expect(a.values.every((v) => !v.key.startsWith('groeiPerJaar'))).toBe(true);
  });

  it('clamps to the bounds of the assumption and says so; only the chosen estimates', () => {
    const e: Estimate = {
      id: 'uitval.allInclusive', kind: 'uitval', form: 'allInclusive', gemeente: null, keys: [uitvalKey('allInclusive')], apply: 'each',
      value: 1.4, low: 1.1, high: 1.9, unit: 'fractie per jaar', current: 0.1, basis: { count: 14, exposure: 120, exposureUnit: 'persoonsmaanden wachtend', approximate: false },
      periods: [{ from: '2026-01', to: '2026-06' }], label: 'Uitval van de wachtlijst per jaar, all-inclusive', sentence: '',
    };
    const stay: Estimate = { ...e, id: 'verblijfsduur.allInclusive', kind: 'verblijfsduur', keys: [verblijfsduurKey('allInclusive')], value: 40, low: 30, high: 50, unit: 'maanden' };
    const est: Estimates = { estimates: [e, stay], absent: [], span: { from: '2026-01', to: '2026-06' }, notes: [] };
    const a = adoptEstimates(est, { fileName: 'x.csv', only: ['uitval.allInclusive'] });
    expect(a.values).toEqual([{ key: uitvalKey('allInclusive'), value: 1, source: 'Geschat uit de monitor eerste helft 2026 (x.csv)' }]);
    expect(a.ranges).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/ligt buiten wat de aanname toelaat/);
    expect(a.notes.join(' ')).toMatch(/geen bereik overgenomen/);
  });

  it('nothing to adopt from nothing', () => {
    const a = adoptEstimates(estimateFromObservations([]), { fileName: 'leeg.csv' });
    expect(a).toEqual({ source: 'Geschat uit de monitor (leeg.csv)', values: [], ranges: [], notes: [] });
    expect(monitorSource({ from: '2025-01', to: '2026-06' }, 'a.xlsx')).toBe('Geschat uit de monitor januari 2025–juni 2026 (a.xlsx)');
  });
});

describe('inflow and growth adopted together', () => {
  it('the base inflow leaves room for the adopted growth, so that the model still gets the estimated inflow', () => {
    const rows = ['2025-01', '2025-07', '2026-01', '2026-07'].flatMap((from, i) => {
      const to = `${from.slice(0, 4)}-${from.endsWith('01') ? '06' : '12'}`;
      return [obs(from, to, 'inZorg', 100 + 10 * i, 'allInclusive'), obs(from, to, 'wachtend', 20, 'allInclusive'), obs(from, to, 'nieuweIndicaties', 50, 'allInclusive')];
    });
    const current = { [instroomBasisKey('allInclusive')]: 100, [GROEI_ALL_INCLUSIVE]: 15 };
    const est = estimateFromObservations(rows, current);
    // Need (in care + waiting) 120, 130, 140, 150 at the half-year ends: growth 20 a year, exactly.
    expect(est.estimates.find((e) => e.id === 'groei.allInclusive')!.value).toBeCloseTo(20, 9);
    const a = adoptEstimates(est, { fileName: 'm.csv', current });
    expect(a.values.find((v) => v.key === GROEI_ALL_INCLUSIVE)!.value).toBe(20);
    // 100 new indications a year = base 80 + growth 20.
    expect(a.values.find((v) => v.key === instroomBasisKey('allInclusive'))!.value).toBe(80);
    const onlyInflow = adoptEstimates(est, { fileName: 'm.csv', current, only: ['instroom.allInclusive'] });
    expect(onlyInflow.values).toEqual([{ key: instroomBasisKey('allInclusive'), value: 85, source: 'Geschat uit de monitor januari 2025–december 2026 (m.csv)' }]);
  });
});
