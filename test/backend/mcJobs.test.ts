/**
 * Monte Carlo jobs are bounded (issue #10, item 8), with real worker threads (built by test/buildWorker.ts):
 * one running job per scenario (a new start replaces the old), at most two running jobs in all (a third
 * scenario is refused), every worker accounted for until its 'exit', ended jobs pruned only after their workers
 * exited, and closeAll leaves no worker behind. A finished job's workers are kept warm for the next job (at most
 * one per thread, for a while); a cancelled job's are stopped. Runs are kept small: the machine's cores are shared.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { KEEP_FINISHED_JOBS, createMcJobs, type McJobs } from '../../electron/backend/uncertainty/jobs';
import { baselineAssumptions, baselineLocations } from '../../electron/backend/baseline';
import { GROEI_ALL_INCLUSIVE, verblijfsduurKey } from '../../shared/assumptions';
import type { McJob, McResult, ScenarioSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { RangeMap } from '../../shared/ranges';
import type { McChunk, McSetup } from '../../models/uncertainty/montecarlo';
import { summarize } from '../../models/uncertainty/summary';
import { TEST_WORKER } from '../buildWorker';
import { FIXED_NOW, tempDb } from './tempFiles';

const ranges: RangeMap = {
  [GROEI_ALL_INCLUSIVE]: { kind: 'driehoek', low: 5, high: 30, source: 'test' },
  [verblijfsduurKey('modulairWijk')]: { kind: 'pert', low: 10, high: 40, source: 'test' },
};
const setup: McSetup = {
  cells: Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }])),
  ranges,
  locations: baselineLocations().map((l, i) => ({ ...l, id: i + 1 })),
  wlzEvents: [],
};
/** A stand-in for the handler's summary: what the tests need is which runs arrived. */
const finish = (chunks: McChunk[]) => ({ runs: chunks.reduce((n, c) => n + (c.to - c.from), 0) }) as unknown as McResult;

const THREADS = 2;
const opened: McJobs[] = [];
function jobsFor(maxRunning = 2, keepWarmMs?: number): McJobs {
  const jobs = createMcJobs(TEST_WORKER, THREADS, maxRunning, keepWarmMs);
  opened.push(jobs);
  return jobs;
}
afterEach(async () => {
  for (const j of opened.splice(0)) {
    j.closeAll();
    await until(() => j.activeWorkers() === 0);
  }
}, 60_000);

/** Polls `check` every 20 ms; `watch` runs at every tick (to sample invariants while jobs run). */
async function until(check: () => boolean, timeoutMs = 30_000, watch?: () => void): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    watch?.();
    if (check()) return;
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

// Worker threads start slowly when the shared cores are busy: generous limits, small runs.
describe('Monte Carlo jobs are bounded', { timeout: 60_000 }, () => {
  it('40 starts for one scenario: one running job, the earlier ones cancelled, never more workers than threads', async () => {
    const jobs = jobsFor();
    const ids: number[] = [];
    let maxWorkers = 0;
    for (let i = 0; i < 40; i++) {
      ids.push(jobs.start(1, setup, 600, i, finish).id);
      maxWorkers = Math.max(maxWorkers, jobs.activeWorkers());
      expect(jobs.runningJobs()).toBe(1);
    }
    expect(maxWorkers).toBeLessThanOrEqual(THREADS);
    // The first job's workers are still stopping: it stays answerable although it is beyond the kept history.
    expect(jobs.status(ids[0]).status).toBe('geannuleerd');
    expect(jobs.status(ids[0]).message).toContain('Vervangen door een nieuwere berekening');
    for (const id of ids.slice(-KEEP_FINISHED_JOBS, -1)) {
      const job = jobs.status(id);
      expect(job.status).toBe('geannuleerd');
      expect(job.result).toBeUndefined();
      expect(job.message).toMatch(/^Vervangen door een nieuwere berekening voor dit scenario .*niets van bewaard\.$/);
    }
    const sample = () => {
      maxWorkers = Math.max(maxWorkers, jobs.activeWorkers());
    };
    await until(() => jobs.status(ids[39]).status !== 'bezig', 30_000, sample);
    const last = jobs.status(ids[39]);
    expect(last.status).toBe('klaar');
    expect(last.done).toBe(600);
    expect(last.result!.runs).toBe(600);
    // The cancelled jobs' workers exit; the last job's are kept warm for the next one.
    await until(() => jobs.activeWorkers() === jobs.idleWorkers(), 30_000, sample);
    expect(maxWorkers).toBeLessThanOrEqual(THREADS);
    expect(jobs.idleWorkers()).toBeLessThanOrEqual(THREADS);
    // Everything ended and every busy worker exited: only the newest ended jobs are kept.
    expect(jobs.knownJobs()).toBe(KEEP_FINISHED_JOBS);
    expect(() => jobs.status(ids[0])).toThrow(/bestaat niet/);
    expect(jobs.status(ids[39]).status).toBe('klaar');
  });

  it('a third scenario is refused in Dutch while two run; the scenario itself may still be replaced', async () => {
    const jobs = jobsFor();
    const a = jobs.start(1, setup, 20_000, 1, finish);
    const b = jobs.start(2, setup, 20_000, 2, finish);
    const e = refusal(() => jobs.start(3, setup, 600, 3, finish));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe(
      "Er lopen al 2 onzekerheidsberekeningen voor andere scenario's. Er kunnen er hoogstens 2 tegelijk lopen. Wacht tot er een klaar is en start deze berekening daarna opnieuw.",
    );
    expect(refusal(() => jobs.assertRoom(3, (id) => (id === 1 ? 'Groei hoog' : 'Groei laag'))).message).toContain('("Groei hoog" en "Groei laag")');
    const a2 = jobs.start(1, setup, 600, 4, finish); // replaces a, does not count against the cap
    expect(jobs.status(a.id).status).toBe('geannuleerd');
    expect(jobs.runningJobs()).toBe(2);
    // Once one is cancelled, the third scenario may start; its workers wait for room if a's are still stopping.
    jobs.cancel(b.id);
    const c = jobs.start(3, setup, 600, 3, finish);
    let maxWorkers = 0;
    const sample = () => {
      maxWorkers = Math.max(maxWorkers, jobs.activeWorkers());
    };
    await until(() => jobs.status(a2.id).status !== 'bezig' && jobs.status(c.id).status !== 'bezig', 30_000, sample);
    expect(jobs.status(a2.id).status).toBe('klaar');
    expect(jobs.status(c.id).status).toBe('klaar');
    await until(() => jobs.activeWorkers() === jobs.idleWorkers(), 30_000, sample);
    expect(maxWorkers).toBeLessThanOrEqual(2 * THREADS);
    expect(jobs.idleWorkers()).toBeLessThanOrEqual(THREADS);
  });

  it('after a cancel every worker has exited; after a finished job they are kept warm for a while, then exit', async () => {
    const jobs = jobsFor(2, 5_000);
    const big = jobs.start(1, setup, 20_000, 1, finish);
    await until(() => jobs.activeWorkers() === THREADS && jobs.status(big.id).done > 0);
    const cancelled = jobs.cancel(big.id);
    expect(cancelled.status).toBe('geannuleerd');
    expect(cancelled.message).toMatch(/^Geannuleerd na [\d.]+ van 20\.000 trekkingen; er is niets van bewaard\.$/);
    await until(() => jobs.activeWorkers() === 0);
    expect(jobs.runningJobs()).toBe(0);

    const small = jobs.start(1, setup, 300, 2, finish);
    await until(() => jobs.status(small.id).status !== 'bezig');
    expect(jobs.status(small.id).status).toBe('klaar');
    expect(jobs.idleWorkers()).toBe(THREADS);
    await until(() => jobs.activeWorkers() === 0, 20_000);
    expect(jobs.idleWorkers()).toBe(0);
  });

  it('a second job takes the warm workers of the first and gives the same result for the same seed', async () => {
    const jobs = jobsFor();
    const summary = (chunks: McChunk[]) => summarize(chunks, 5) as unknown as McResult;
    const first = jobs.start(1, setup, 1_000, 5, summary);
    await until(() => jobs.status(first.id).status !== 'bezig');
    expect(jobs.workersStarted()).toBe(THREADS);
    expect(jobs.idleWorkers()).toBe(THREADS);
    // Another scenario's job (same runs and seed, other ranges) and then this one's again: no new threads, and
    // nothing of the earlier setup stays.
    const other = jobs.start(2, { ...setup, ranges: {} }, 1_000, 5, summary);
    await until(() => jobs.status(other.id).status !== 'bezig');
    const again = jobs.start(1, setup, 1_000, 5, summary);
    await until(() => jobs.status(again.id).status !== 'bezig');
    expect(jobs.status(again.id).status).toBe('klaar');
    expect(jobs.workersStarted()).toBe(THREADS);
    expect(jobs.status(again.id).result).toEqual(jobs.status(first.id).result);
    expect(jobs.status(other.id).result).not.toEqual(jobs.status(first.id).result);
    // A cancelled job's workers are stopped, not kept: the next job starts new ones.
    const big = jobs.start(1, setup, 20_000, 6, finish);
    await until(() => jobs.status(big.id).done > 0);
    jobs.cancel(big.id);
    await until(() => jobs.activeWorkers() === 0);
    expect(jobs.idleWorkers()).toBe(0);
  });

  it('closeAll cancels every running job, terminates every worker and refuses new starts', async () => {
    const jobs = jobsFor();
    const a = jobs.start(1, setup, 20_000, 1, finish);
    const b = jobs.start(2, setup, 20_000, 2, finish);
    await until(() => jobs.activeWorkers() === 2 * THREADS);
    jobs.closeAll();
    for (const id of [a.id, b.id]) {
      expect(jobs.status(id).status).toBe('geannuleerd');
      expect(jobs.status(id).message).toContain('afgesloten');
    }
    await until(() => jobs.activeWorkers() === 0);
    expect(refusal(() => jobs.start(1, setup, 300, 1, finish)).message).toContain('afgesloten');
    expect(jobs.activeWorkers()).toBe(0);
  });
});

describe('through the contract', { timeout: 60_000 }, () => {
  let backend: Backend | undefined;
  afterEach(() => backend?.close());

  it('names the scenarios that are being computed when a third one is refused', async () => {
    backend = openBackend(tempDb('mcjobs'), 'test', FIXED_NOW, { workerFile: TEST_WORKER, threads: 1 });
    const b = backend;
    const call = <T>(channel: string, input: unknown): T => {
      const r = b.call(channel, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.data as T;
    };
    const [x, y, z] = ['Hoge groei', 'Lage groei', 'Midden'].map((name) => call<ScenarioSummary>('scenario.create', { name }).id);
    const first = call<McJob>('uncertainty.start', { scenarioId: x, runs: 20_000, seed: 1 });
    const second = call<McJob>('uncertainty.start', { scenarioId: y, runs: 20_000, seed: 2 });
    const r = b.call('uncertainty.start', { scenarioId: z, runs: 100, seed: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toBe(
      `Er lopen al 2 onzekerheidsberekeningen voor andere scenario's ("Hoge groei" en "Lage groei"). Er kunnen er hoogstens 2 tegelijk lopen. Wacht tot er een klaar is en start deze berekening daarna opnieuw.`,
    );
    // Starting the first scenario again replaces its job instead of being refused.
    const again = call<McJob>('uncertainty.start', { scenarioId: x, runs: 100, seed: 4 });
    expect(call<McJob>('uncertainty.status', { jobId: first.id }).status).toBe('geannuleerd');
    call<McJob>('uncertainty.cancel', { jobId: second.id }); // spares the shared cores; x still counts while it runs
    await until(() => call<McJob>('uncertainty.status', { jobId: again.id }).status !== 'bezig');
    expect(call<McJob>('uncertainty.status', { jobId: again.id }).status).toBe('klaar');
    // x is done and y cancelled: z may start now.
    expect(call<McJob>('uncertainty.start', { scenarioId: z, runs: 100, seed: 3 }).status).toBe('bezig');
  });
});
