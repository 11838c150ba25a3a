/** Ranges through the contract, and Monte Carlo jobs in real worker threads: progress, same seed → same result, cancel. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { GROEI_ALL_INCLUSIVE, GROEI_MODULAIR, tariefKey, verblijfsduurKey } from '../../shared/assumptions';
import type { ChangeEntry, McJob, ScenarioData, ScenarioSummary } from '../../shared/contract';
import type { Tornado } from '../../models/uncertainty/tornado';
import { TEST_WORKER } from '../buildWorker';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok, fails } = contractCalls(() => backend);
let id: number;
beforeEach(() => {
  backend = openBackend(tempDb('mc'), 'test', FIXED_NOW, { workerFile: TEST_WORKER, threads: 2 });
  id = ok<ScenarioSummary>('scenario.create', { name: 'Onzeker' }).id;
});
afterEach(() => backend.close());

const ranges = () => ok<ScenarioData>('scenario.data', { scenarioId: id }).ranges;

async function finished(b: Backend, jobId: number): Promise<McJob> {
  for (let i = 0; i < 600; i++) {
    const r = b.call('uncertainty.status', { jobId });
    if (!r.ok) throw new Error(r.error.message);
    const job = r.data as McJob;
    if (job.status !== 'bezig') return job;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('job did not finish');
}

describe('ranges', () => {
  it('a new scenario starts with ranges marked aanname; set, refuse, remove, each in the history', () => {
    expect(ranges()[GROEI_ALL_INCLUSIVE]).toMatchObject({ kind: 'driehoek', low: 10, high: 20 });
    expect(ranges()[GROEI_ALL_INCLUSIVE].source).toMatch(/^Aanname/);
    const set = ok<{ changeId: number }>('ranges.set', { scenarioId: id, key: tariefKey('allInclusive'), range: { kind: 'pert', low: 150, high: 260, source: 'Offertes 2026' } });
    expect(ranges()[tariefKey('allInclusive')]).toEqual({ kind: 'pert', low: 150, high: 260, source: 'Offertes 2026' });
    expect(fails('ranges.set', { scenarioId: id, key: tariefKey('allInclusive'), range: { kind: 'pert', low: 260, high: 150, source: '' } }).message).toContain('laag (260) moet kleiner zijn dan hoog (150)');
    expect(fails('ranges.set', { scenarioId: id, key: tariefKey('allInclusive'), range: { kind: 'driehoek', low: 210, high: 260, source: '' } }).message).toContain('de huidige waarde 200');
    expect(fails('ranges.set', { scenarioId: id, key: 'wlzOvergangPerJaar.allInclusive', range: { kind: 'interval80', low: 0.5, high: 1.5, source: '' } }).message).toContain('tussen 0 % en 100 %');
    expect(fails('ranges.set', { scenarioId: id, key: 'urgentie.instroomBasisPerJaar', range: null }).message).toContain('Onbekende aanname');
    ok('ranges.set', { scenarioId: id, key: tariefKey('allInclusive'), range: null });
    expect(ranges()[tariefKey('allInclusive')]).toBeUndefined();
    const h = ok<ChangeEntry[]>('history.list', { scenarioId: id });
    expect(h.filter((e) => e.kind === 'bereik').map((e) => e.label)).toEqual(['Bereik: Tarief All-inclusive', 'Bereik: Tarief All-inclusive']);
    ok('history.restore', { scenarioId: id, entryId: h[0].id }); // undo the removal
    expect(ranges()[tariefKey('allInclusive')]).toMatchObject({ low: 150, high: 260 });
    expect(set.changeId).toBe(h[1].id);
    ok('scenario.adopt', { id });
    expect(fails('ranges.set', { scenarioId: id, key: GROEI_MODULAIR, range: null }).message).toContain('vastgesteld');
  });

  it('a formula cannot get a range, and the tornado puts a dominant assumption first', () => {
    ok('assumptions.setValue', { scenarioId: id, key: GROEI_MODULAIR, formula: '=15 + t' });
    expect(fails('ranges.set', { scenarioId: id, key: GROEI_MODULAIR, range: { kind: 'driehoek', low: 10, high: 20, source: '' } }).message).toContain('niet op een formule');
    ok('ranges.set', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, range: { kind: 'driehoek', low: 0, high: 200, source: 'test' } });
    const t = ok<Tornado>('uncertainty.tornado', { scenarioId: id, year: 2030 });
    expect(t.bars[0].key).toBe(GROEI_ALL_INCLUSIVE);
    expect(t.bars.map((b) => b.key)).not.toContain(GROEI_MODULAIR); // the formula's range is not used
    expect(t.bars.find((b) => b.key === verblijfsduurKey('allInclusive'))).toBeDefined();
  });
});

// Real worker threads start slowly when the shared cores are busy (vitest's 5 s default was too tight there).
describe('Monte Carlo jobs in worker threads', { timeout: 30_000 }, () => {
  it('reports progress, finishes, and the same seed gives the same result with another number of threads', async () => {
    // 1.200 runs: two threads take 10 parts of 120, one thread 8 of 150, so the runs are split differently.
    const job = ok<McJob>('uncertainty.start', { scenarioId: id, runs: 1200, seed: 2026 });
    expect(job).toMatchObject({ status: 'bezig', done: 0, total: 1200, seed: 2026 });
    const done = await finished(backend, job.id);
    expect(done.status).toBe('klaar');
    expect(done.done).toBe(1200);
    const r = done.result!;
    expect(r.runs).toBe(1200);
    expect(r.seed).toBe(2026);
    const y2030 = r.years.indexOf(2030);
    const b = r.bands.waitingList[y2030];
    expect(b.p10!).toBeLessThanOrEqual(b.p25!);
    expect(b.p25!).toBeLessThanOrEqual(b.p50!);
    expect(b.p50!).toBeLessThanOrEqual(b.p75!);
    expect(b.p75!).toBeLessThanOrEqual(b.p90!);
    expect(b.p90! - b.p10!).toBeGreaterThan(0);
    expect(r.deterministic.waitingList[y2030]).toBeGreaterThan(b.p10!);
    expect(r.ranges.every((x) => x.used)).toBe(true);

    const other = openBackend(tempDb('mc2'), 'test', FIXED_NOW, { workerFile: TEST_WORKER, threads: 1 });
    try {
      const sid = (other.call('scenario.create', { name: 'Onzeker' }) as { ok: true; data: ScenarioSummary }).data.id;
      const again = await finished(other, (other.call('uncertainty.start', { scenarioId: sid, runs: 1200, seed: 2026 }) as { ok: true; data: McJob }).data.id);
      expect(again.result!.bands).toEqual(r.bands);
      expect(again.result!.probabilityTargetMet).toEqual(r.probabilityTargetMet);
    } finally {
      other.close();
    }
  });

  it('cancel stops the workers and keeps nothing; the previous result stays', async () => {
    const first = await finished(backend, ok<McJob>('uncertainty.start', { scenarioId: id, runs: 200, seed: 1 }).id);
    const big = ok<McJob>('uncertainty.start', { scenarioId: id, runs: 20_000, seed: 2 });
    await new Promise((res) => setTimeout(res, 300));
    const cancelled = ok<McJob>('uncertainty.cancel', { jobId: big.id });
    expect(cancelled.status).toBe('geannuleerd');
    expect(cancelled.result).toBeUndefined();
    expect(cancelled.message).toContain('Geannuleerd na');
    await new Promise((res) => setTimeout(res, 200));
    expect(ok<McJob>('uncertainty.status', { jobId: big.id }).status).toBe('geannuleerd');
    expect(ok<McJob>('uncertainty.status', { jobId: first.id }).result).toEqual(first.result);
  });

  it('refuses bad input and a scenario without ranges', () => {
    expect(fails('uncertainty.start', { scenarioId: id, runs: 50, seed: 1 }).message).toContain('Minstens 100');
    expect(fails('uncertainty.start', { scenarioId: id, runs: 30_000, seed: 1 }).message).toContain('Hoogstens 20.000');
    expect(fails('uncertainty.start', { scenarioId: id, runs: 1000, seed: -1 }).message).toContain('0 of groter');
    for (const key of Object.keys(ranges())) ok('ranges.set', { scenarioId: id, key, range: null });
    expect(fails('uncertainty.start', { scenarioId: id, runs: 1000, seed: 1 }).message).toContain('geen bruikbaar bereik');
    expect(fails('uncertainty.status', { jobId: 999 }).message).toContain('bestaat niet');
  });
});
