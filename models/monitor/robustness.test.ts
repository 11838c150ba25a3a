import { describe, expect, it } from 'vitest';
import { GEMEENTE_CODES } from '../../shared/domain';
import { MEASURE_IDS, type Observation, type ObservedForm } from '../../shared/observations';
import { projectCapacity } from '../capacity/project';
import { streamFor } from '../uncertainty/random';
import { adoptEstimates } from './adopt';
import { backtest } from './backtest';
import { deviations } from './deviations';
import { estimateFromObservations } from './estimate';
import { needsAndGaps } from './needsAndGaps';
import { startFromLatest } from './startFrom';
import { fictiefRegion } from './synthetic';
import { numbersIn } from './testHelpers';

const FORMS: ObservedForm[] = ['alle', 'modulair', 'allInclusive', 'modulairGeclusterd', 'modulairNabijheid', 'modulairWijk'];
const PERIODS = [
  { from: '2024-12', to: '2024-12' }, { from: '2025-01', to: '2025-06' }, { from: '2025-07', to: '2025-12' },
  { from: '2026-01', to: '2026-06' }, { from: '2025-04', to: '2025-04' }, { from: '2026-07', to: '2026-12' },
];

/** Sparse, random, partly contradictory observation sets (fictief): whatever arrives, the results stay finite and sane. */
function randomRows(seed: number): Observation[] {
  const rng = streamFor(seed, 0);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const n = Math.floor(rng() * 60);
  return Array.from({ length: n }, () => ({
    period: pick(PERIODS),
    gemeente: rng() < 0.4 ? null : pick(GEMEENTE_CODES),
    form: pick(FORMS),
    targetGroup: rng() < 0.1 ? ('LVB' as const) : null,
    measure: pick(MEASURE_IDS),
    value: rng() < 0.2 ? 0 : Math.floor(rng() * 200),
  }));
}

describe('robustness on random sparse observations (fictief)', () => {
  const plan = projectCapacity(fictiefRegion());
  it('no NaN or infinity anywhere; counts, rates and stays never negative', () => {
    for (let seed = 0; seed < 60; seed++) {
      const rows = randomRows(seed);
      const est = estimateFromObservations(rows, { 'verblijfsduurMaanden.allInclusive': 30 });
      for (const e of est.estimates) {
        if (e.kind !== 'instroomTrend' && e.kind !== 'groei') expect(Math.min(e.value, e.low, e.high), `${seed} ${e.id}`).toBeGreaterThanOrEqual(0);
        expect(e.low <= e.value + 1e-9 && e.value <= e.high + 1e-9, `${seed} ${e.id}`).toBe(true);
      }
      const adopted = adoptEstimates(est, { fileName: 'r.csv' });
      const dev = deviations(rows, plan);
      const gaps = needsAndGaps(rows, { now: [1, 2, 3, 4, 5, 6, 7, 8], planned: [8, 7, 6, 5, 4, 3, 2, 1], plannedYear: 2030 }, plan);
      const start = startFromLatest(rows, {}, 'r.csv');
      const bt = backtest(rows, fictiefRegion());
      const results = { est, adopted, dev, gaps, start, bt: bt.ok ? { need: bt.need.byMeasure, inflow: bt.inflow.byMeasure } : bt };
      for (const x of numbersIn(results)) expect(Number.isFinite(x.value), `${seed} ${x.path}`).toBe(true);
      for (const v of adopted.values) expect(v.value, `${seed} ${v.key}`).toBeGreaterThanOrEqual(v.key.startsWith('groeiPerJaar') ? -1000 : 0);
      if (start.ok) for (const e of start.edits) expect(Number.isInteger(e.value) && e.value >= 0).toBe(true);
      for (const d of dev.deviations) expect(d.sentence).toMatch(/\.$/);
    }
  });
});
