/** The Monitor's backend: plan against the observations, estimates, backtest, Neem over and start from the latest count. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { BEGINSTAND_JAAR, BEGINSTAND_MAAND, inZorgKey, wachtendKey } from '../../shared/assumptions';
import type { CapacityProjection, MonitorView, ScenarioData, ScenarioSummary } from '../../shared/contract';
import { parseCsv } from '../../shared/keyImport';
import { MONITOR_FICTIEF_CSV } from '../fixtures/monitorFictief';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let basis: ScenarioSummary;
beforeEach(() => {
  backend = openBackend(tempDb('monitor-view'), 'test', FIXED_NOW);
  basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
});
afterEach(() => backend.close());

const FICTIEF = parseCsv(MONITOR_FICTIEF_CSV);
const load = () => ok('monitor.import', { fileName: 'monitor-fictief.csv', source: 'fictief', rows: FICTIEF });

describe('monitor.view', () => {
  it('without observations: no deviations, a reason for every estimate, no backtest', () => {
    const v = ok<MonitorView>('monitor.view', { scenarioId: basis.id });
    expect(v.observations).toEqual([]);
    expect(v.deviations).toEqual([]);
    expect(v.backtest).toBeNull();
    expect(v.startFrom.ok).toBe(false);
    expect(fails('monitor.adopt', { scenarioId: basis.id, name: 'X' }).message).toMatch(/nog geen monitoringcijfers/);
  });

  it('sets the plan beside each observation with a Dutch sentence, and estimates with intervals', () => {
    load();
    const v = ok<MonitorView>('monitor.view', { scenarioId: basis.id });
    expect(v.observations.length).toBe(31);
    expect(v.deviations.length).toBe(31);
    const waitAi = v.deviations.find((d) => d.observation.measure === 'wachtend' && d.observation.form === 'allInclusive' && d.observation.period.to === '2026-06')!;
    expect(waitAi.plan).not.toBeNull();
    expect(waitAi.difference).toBeCloseTo(70 - waitAi.plan!, 9);
    expect(waitAi.sentence).toMatch(/eind juni 2026 wachtten 70 mensen/);
    expect(v.estimates.estimates.length).toBeGreaterThan(0);
    for (const e of v.estimates.estimates) {
      expect(e.low).toBeLessThanOrEqual(e.value);
      expect(e.high).toBeGreaterThanOrEqual(e.value);
    }
    expect(v.needsAndGaps.rows).toHaveLength(8);
    expect(v.needsAndGaps.rows.find((r) => r.gemeente === 'GM0153')!.waiting).toBe(60);
    expect(v.backtest && v.backtest.ok).toBe(true);
    expect(JSON.stringify(v)).not.toMatch(/NaN|Infinity/);
    // A band makes "inside or outside" part of the sentence.
    const banded = ok<MonitorView>('monitor.view', { scenarioId: basis.id, bands: { wachtend: [{ period: { from: '2026-01', to: '2026-06' }, p10: 0, p90: 1 }] } });
    expect(banded.deviations.some((d) => d.inBand === false && /buiten de band/.test(d.sentence))).toBe(true);
  });
});

describe('new scenarios from the monitor', () => {
  it('Neem over: a new concept scenario with the estimates, their ranges and the monitor as source; the original unchanged', () => {
    load();
    const before = ok<ScenarioData>('scenario.data', { scenarioId: basis.id });
    const r = ok<{ scenario: ScenarioSummary; changed: number; ranges: number }>('monitor.adopt', { scenarioId: basis.id, name: 'Geschat uit de monitor' });
    expect(r.scenario.status).toBe('concept');
    expect(r.changed).toBeGreaterThan(0);
    expect(r.ranges).toBeGreaterThan(0);
    const data = ok<ScenarioData>('scenario.data', { scenarioId: r.scenario.id });
    const adopted = Object.values(data.assumptions).filter((a) => a.source.startsWith('Geschat uit de monitor'));
    expect(adopted.length).toBeGreaterThan(0);
    expect(adopted[0].source).toContain('monitor-fictief.csv');
    expect(Object.keys(data.ranges).length).toBeGreaterThan(0);
    expect(ok<ScenarioData>('scenario.data', { scenarioId: basis.id })).toEqual(before);
  });

  it('Start vanaf de laatste meting: stock of June 2026 and a projection from July 2026', () => {
    load();
    const r = ok<{ scenario: ScenarioSummary; changed: number }>('monitor.startFrom', { scenarioId: basis.id, name: 'Vanaf juni 2026' });
    const data = ok<ScenarioData>('scenario.data', { scenarioId: r.scenario.id });
    expect(data.assumptions[BEGINSTAND_JAAR].value).toBe(2026);
    expect(data.assumptions[BEGINSTAND_MAAND].value).toBe(6);
    expect(data.assumptions[BEGINSTAND_JAAR].source).toMatch(/Stand eind juni 2026 uit de monitor/);
    // In care: the region's all-inclusive count is split over gemeenten; the sum is the observed 158.
    const sum = (key: (g: never, v: never) => string, v: string) =>
      ['GM0147', 'GM1774', 'GM0153', 'GM0158', 'GM0164', 'GM1735', 'GM0168', 'GM0173'].reduce((s, g) => s + data.assumptions[key(g as never, v as never)].value, 0);
    expect(sum(inZorgKey as never, 'allInclusive')).toBe(158);
    // Enschede's 60 waiting (all forms) is split over the forms in whole people: its count is kept exactly.
    const enschede = (['allInclusive', 'modulairGeclusterd', 'modulairNabijheid', 'modulairWijk'] as const).reduce((s, v) => s + data.assumptions[wachtendKey('GM0153', v)].value, 0);
    expect(enschede).toBe(60);
    const p = ok<CapacityProjection>('projection.capacity', { scenarioId: r.scenario.id }).result;
    expect(p.months[0].month).toBe('2026-07');
    // In care + waiting at the start is the observed count (in care beyond the places goes to the list, with a note).
    expect(p.start.demand).toBeCloseTo(158 + 170 + 70 + 52, 6);
    expect(p.notes.join(' ')).toMatch(/juni 2026 in zorg waren/);
  });
});
