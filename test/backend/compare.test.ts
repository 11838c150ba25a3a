/** Comparing scenarios: indicators per scenario, differences first, only what differs. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { AANDRIJVING, GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';
import type { CompareView, ScenarioSummary } from '../../shared/contract';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok } = contractCalls(() => backend);
beforeEach(() => {
  backend = openBackend(tempDb('compare'), 'test', FIXED_NOW);
});
afterEach(() => backend.close());

describe('compare', () => {
  it('shows the indicators of each scenario and only the assumptions and locations that differ', () => {
    const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
    const plus = ok<ScenarioSummary>('scenario.duplicate', { id: basis.id, name: 'Haaksbergen 24' });
    ok('locations.save', {
      scenarioId: plus.id,
      location: { name: 'Nieuw Haaksbergen', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'Plan', isAanname: true },
    });
    ok('assumptions.setValue', { scenarioId: plus.id, key: GROEI_ALL_INCLUSIVE, value: 20 });
    const v = ok<CompareView>('compare.run', { scenarioIds: [basis.id, plus.id], referenceId: basis.id });
    expect(v.scenarios.map((s) => s.name)).toEqual(['Basis — ongewijzigd beleid', 'Haaksbergen 24']);
    expect(v.indicators.map((i) => i.id)).toEqual([
      'wachtlijst-2027', 'wachtlijst', 'wachttijd-2027', 'wachttijd', 'wachttijd-aanmelding', 'plekken-nodig', 'kosten-2027', 'kosten', 'wlz-verlies', 'fairshare', 'urgentie-tekort',
    ]);
    // Without a setting of its own, the comparison is about 2030 (the reporting year's default).
    expect(v.reportingYear).toBe(2030);
    expect(v.indicators.find((i) => i.id === 'wachtlijst')!.label).toBe('Wachtlijst eind 2030');
    const wl2027 = v.indicators[0].values as number[];
    expect(wl2027[1]).toBeLessThan(wl2027[0]);
    const cost = v.indicators.find((i) => i.id === 'kosten')!.values as number[];
    expect(cost[1]).toBeGreaterThan(cost[0]);
    expect(v.assumptionDiff.map((d) => d.key)).toEqual([GROEI_ALL_INCLUSIVE]);
    expect(v.assumptionDiff[0].values.map((x) => x.value)).toEqual([15, 20]);
    expect(v.locationDiff).toEqual([{ description: expect.stringMatching(/^Nieuw Haaksbergen: 24 plekken all-inclusive in Haaksbergen, open 2027-01/), present: [false, true] }]);
    expect(v.series.waitingList[0]).toHaveLength(v.years.length);
  });

  it('lists ranges that differ and the settings, even when every assumption value is the same', () => {
    const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
    const other = ok<ScenarioSummary>('scenario.duplicate', { id: basis.id, name: 'Ander bereik' });
    expect(ok<CompareView>('compare.run', { scenarioIds: [basis.id, other.id], referenceId: basis.id }).rangeDiff).toEqual([]);
    ok('ranges.set', { scenarioId: other.id, key: GROEI_ALL_INCLUSIVE, range: { kind: 'pert', low: 5, high: 30, source: 'Aanname: breder' } });
    ok('assumptions.setValue', { scenarioId: other.id, key: AANDRIJVING, value: 1 });
    const v = ok<CompareView>('compare.run', { scenarioIds: [basis.id, other.id], referenceId: basis.id });
    expect(v.rangeDiff).toHaveLength(1);
    expect(v.rangeDiff[0].key).toBe(GROEI_ALL_INCLUSIVE);
    expect(v.rangeDiff[0].values[1]).toEqual({ kind: 'pert', low: 5, high: 30, source: 'Aanname: breder' });
    expect(v.rangeDiff[0].values[0]).not.toBeNull();
    expect(v.assumptionDiff.map((d) => d.key)).toEqual([AANDRIJVING]);
  });

  it('refuses no scenario, more than four, duplicates, and a reference outside the choice', () => {
    const id = ok<ScenarioSummary[]>('scenario.list', {})[0].id;
    for (const input of [
      { scenarioIds: [], referenceId: id },
      { scenarioIds: [id, id], referenceId: id },
      { scenarioIds: [1, 2, 3, 4, 5], referenceId: 1 },
      { scenarioIds: [id, 99], referenceId: 7 },
    ]) {
      const r = backend.call('compare.run', input);
      expect(r.ok).toBe(false);
    }
    // One scenario is allowed: the report of a single scenario uses the same indicators.
    expect(backend.call('compare.run', { scenarioIds: [id], referenceId: id }).ok).toBe(true);
  });
});
