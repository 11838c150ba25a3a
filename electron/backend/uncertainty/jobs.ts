/**
 * Monte Carlo jobs: the runs are split over worker threads so the app stays responsive; progress is polled,
 * a job can be cancelled (its workers are stopped and nothing of it is kept). Jobs live in memory only.
 *
 * Bounded on purpose (issue #10, item 8):
 * - at most one running job per scenario: a new start replaces the old job (cancelled, its workers stopped);
 * - at most `maxRunning` running jobs in all: a start for yet another scenario is refused (CONFLICT), never
 *   silently cancelling someone else's computation;
 * - every worker thread this module starts is in one set until its 'exit' event, and new workers are only
 *   started when that set has room (at most `maxRunning × threads`) and the scenario's previous workers have
 *   exited, so a burst of starts can never pile up threads; a replacement waits those few milliseconds;
 * - a finished job leaves the list only after all its workers have exited or been released (kept warm, below), and
 *   only the last few are kept.
 *
 * Kept warm: a worker that finished its parts is not stopped but kept for the next job (at most `threads` of them,
 * each for `keepWarmMs`), so a second computation starts at once, without loading and compiling the model again.
 * Idle workers count against the same bound. Workers still computing for a cancelled or failed job are stopped.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { McJob, McResult } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { McChunk, McSetup } from '../../../models/uncertainty/montecarlo';
import type { ChunkRequest } from './worker';

type Finish = (chunks: McChunk[], durationMs: number) => McResult;
type WorkerMessage = { type: 'progress'; done: number } | { type: 'done'; chunk: McChunk } | { type: 'error'; message: string };

/** What a worker is doing for a job; none while it is idle. */
interface Duty {
  entry: Entry;
  onMessage(m: WorkerMessage): void;
  /** The worker failed or exited while on this duty. */
  onGone(message: string): void;
}

interface Entry {
  job: McJob;
  /** This job's workers that have not exited or been released yet (also in the module-wide set). */
  workers: Set<Worker>;
  /** Worker threads the job is split over. */
  count: number;
  /** Still to be handed to workers: set until the workers start, then dropped. */
  pending?: { setup: McSetup; finish: Finish };
  chunks: McChunk[];
  t0: number;
}

/** Running jobs at the same time, over all scenarios. */
export const MAX_RUNNING_JOBS = 2;
/** The runs of a job are handed out in parts: about this many per worker, of at least MIN_RUNS_PER_PART runs. */
const PARTS_PER_WORKER = 8;
const MIN_RUNS_PER_PART = 125;
/** Finished, failed or cancelled jobs kept for `status` (the newest ones). */
export const KEEP_FINISHED_JOBS = 20;
/** How long a worker without work is kept for the next job. */
export const KEEP_WARM_MS = 60_000;

const defaultThreads = () => Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
const nl = (n: number) => n.toLocaleString('nl-NL');

export function createMcJobs(workerFile: string, threads = defaultThreads(), maxRunning = MAX_RUNNING_JOBS, keepWarmMs = KEEP_WARM_MS) {
  const jobs = new Map<number, Entry>(); // in id order
  /** Every worker this instance started that has not emitted 'exit' yet (idle and stopping ones included). */
  const workers = new Set<Worker>();
  const stopping = new WeakSet<Worker>();
  const duties = new Map<Worker, Duty>();
  /** Workers kept warm for the next job, with the timer that stops them. */
  const idle = new Map<Worker, NodeJS.Timeout>();
  const workerBudget = Math.max(1, maxRunning) * Math.max(1, threads);
  let nextId = 1;
  let started = 0;
  let closed = false;

  const running = () => [...jobs.values()].filter((e) => e.job.status === 'bezig');

  /** Takes a worker out of the idle ones (and stops its timer); whether it was idle. */
  const leaveIdle = (w: Worker) => {
    clearTimeout(idle.get(w));
    return idle.delete(w);
  };

  /** Takes a worker off its job (it has exited, or has no more parts); its duty, if it had one. */
  const dismiss = (w: Worker) => {
    const duty = duties.get(w);
    duties.delete(w);
    duty?.entry.workers.delete(w);
    return duty;
  };

  const stopWorker = (w: Worker) => {
    leaveIdle(w);
    if (stopping.has(w)) return;
    stopping.add(w);
    void w.terminate();
  };

  /** Forgets the oldest ended jobs beyond the kept number, but never one whose workers are still running. */
  const prune = () => {
    const ended = [...jobs.values()].filter((e) => e.job.status !== 'bezig');
    let excess = ended.length - KEEP_FINISHED_JOBS;
    for (const e of ended) {
      if (excess <= 0) break;
      if (e.workers.size > 0) continue;
      jobs.delete(e.job.id);
      excess--;
    }
  };

  /** Ends a running job (result, failure or cancellation): stops its workers and keeps no partial results. */
  const end = (e: Entry, status: Exclude<McJob['status'], 'bezig'>, message?: string) => {
    if (e.job.status !== 'bezig') return;
    e.job.status = status;
    if (message !== undefined) e.job.message = message;
    e.pending = undefined;
    e.chunks = [];
    for (const w of e.workers) stopWorker(w);
    prune();
  };

  /** Whether the scenario still has workers of an earlier job (replaced or finished) that have not exited. */
  const scenarioBusy = (e: Entry) => [...jobs.values()].some((o) => o !== e && o.job.scenarioId === e.job.scenarioId && o.workers.size > 0);

  /**
   * Starts the workers of waiting jobs, as far as the worker budget allows. Idle workers are taken first, so they
   * never stand in the way: a job needs room only for the workers it has to start.
   */
  const pump = () => {
    for (const e of jobs.values()) {
      if (e.job.status !== 'bezig' || !e.pending || scenarioBusy(e)) continue;
      if (workers.size + Math.max(0, e.count - idle.size) > workerBudget) continue;
      spawn(e);
    }
  };

  /** A worker for a job: an idle one (warm) or a new one. */
  const hire = (): Worker => {
    const warm = idle.keys().next();
    if (!warm.done) {
      leaveIdle(warm.value);
      warm.value.ref();
      return warm.value;
    }
    const w = new Worker(workerFile);
    started++;
    workers.add(w);
    w.on('message', (m: WorkerMessage) => duties.get(w)?.onMessage(m));
    w.on('error', (err) => {
      const duty = duties.get(w);
      if (duty) duty.onGone(`De berekening is mislukt: ${err.message}`);
      else stopWorker(w); // an idle worker that failed is not handed out again
    });
    w.on('exit', (code) => {
      workers.delete(w);
      leaveIdle(w);
      dismiss(w)?.onGone(`De rekenhulp stopte onverwacht (code ${code}); er is niets van bewaard.`);
      prune();
      pump();
    });
    return w;
  };

  /** A worker whose job has no more parts for it: kept warm (when there is room) or stopped. */
  const release = (w: Worker) => {
    dismiss(w);
    if (closed || keepWarmMs <= 0 || idle.size >= threads || stopping.has(w)) {
      stopWorker(w);
      return;
    }
    const timer = setTimeout(() => stopWorker(w), keepWarmMs);
    timer.unref();
    idle.set(w, timer);
    w.unref(); // an idle worker does not keep the process alive
  };

  const spawn = (e: Entry) => {
    const { setup, finish } = e.pending!;
    e.pending = undefined;
    const { job, count } = e;
    const runs = job.runs;
    // The runs in parts handed out one at a time to whichever worker is free: a worker that gets less of the
    // machine (other programs, other virtual machines on the same host) does fewer parts instead of holding up
    // the end. Results do not depend on which worker ran a part (each run has its own random stream).
    const parts = Math.max(1, Math.min(Math.ceil(runs / MIN_RUNS_PER_PART), count * PARTS_PER_WORKER));
    const queue = Array.from({ length: parts }, (_, p) => ({ from: Math.floor((runs * p) / parts), to: Math.floor((runs * (p + 1)) / parts) }));
    /** Per worker: runs of the parts it finished, and of the part it is on. */
    const finishedBy = new Array<number>(count).fill(0);
    const doneBy = new Array<number>(count).fill(0);
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = hire();
      } catch (err) {
        end(e, 'fout', `De rekenhulp kon niet worden gestart: ${(err as Error).message}`);
        return;
      }
      e.workers.add(worker);
      // The setup goes with the worker's first part of this job (a warm worker still holds an earlier job's).
      let first = true;
      const next = () => {
        const part = queue.shift();
        if (part) worker.postMessage({ setup: first ? setup : undefined, seed: job.seed, ...part } satisfies ChunkRequest);
        first = false;
        return part !== undefined;
      };
      duties.set(worker, {
        entry: e,
        onGone: (message) => end(e, 'fout', message),
        onMessage: (m) => {
          if (job.status !== 'bezig') return;
          if (m.type === 'progress') {
            doneBy[i] = finishedBy[i] + m.done;
            job.done = doneBy.reduce((a, b) => a + b, 0);
          } else if (m.type === 'error') {
            end(e, 'fout', `De berekening is mislukt: ${m.message}`);
          } else {
            finishedBy[i] += m.chunk.to - m.chunk.from;
            doneBy[i] = finishedBy[i];
            e.chunks.push(m.chunk);
            if (next()) return;
            release(worker);
            if (e.chunks.length === parts) {
              try {
                job.result = finish(e.chunks, performance.now() - e.t0);
                job.done = runs;
                end(e, 'klaar');
              } catch (err) {
                end(e, 'fout', `De uitkomsten konden niet worden samengevat: ${(err as Error).message}`);
              }
            }
            pump(); // a waiting job may take the released worker
          }
        },
      });
      if (!next()) release(worker); // more workers than parts (cannot happen with the numbers above): nothing to do
    }
  };

  /**
   * Refuses a start when `maxRunning` jobs for other scenarios are running (the scenario's own job would be
   * replaced, so it does not count). `nameOf` turns scenario ids into names for the message.
   */
  const assertRoom = (scenarioId: number, nameOf?: (scenarioId: number) => string | undefined) => {
    const others = running().filter((e) => e.job.scenarioId !== scenarioId);
    if (others.length < maxRunning) return;
    const names = others.map((e) => nameOf?.(e.job.scenarioId)).filter((n): n is string => !!n);
    const which = names.length === others.length ? ` (${new Intl.ListFormat('nl', { type: 'conjunction' }).format(names.map((n) => `"${n}"`))})` : '';
    const lead =
      others.length === 1
        ? `Er loopt al een onzekerheidsberekening voor een ander scenario${which}.`
        : `Er lopen al ${others.length} onzekerheidsberekeningen voor andere scenario's${which}.`;
    throw new AppError(
      'CONFLICT',
      `${lead} Er kunnen er hoogstens ${maxRunning} tegelijk lopen. Wacht tot er een klaar is en start deze berekening daarna opnieuw.`,
    );
  };

  return {
    assertRoom,

    /**
     * Starts a job; `finish` turns the chunks into the result (with the scenario's own figures). A running job
     * for the same scenario is cancelled and replaced; with `maxRunning` jobs for other scenarios running, the
     * start is refused.
     */
    start(scenarioId: number, setup: McSetup, runs: number, seed: number, finish: Finish): McJob {
      if (closed) throw new AppError('CONFLICT', 'De berekeningen zijn gestopt omdat de app wordt afgesloten.');
      if (!workerFile || !fs.existsSync(workerFile)) {
        throw new AppError('INTERN', 'De rekenhulp voor de onzekerheidsanalyse ontbreekt (mcWorker.js). Bouw de app opnieuw met npm run build.');
      }
      assertRoom(scenarioId);
      for (const old of running()) {
        if (old.job.scenarioId === scenarioId) {
          end(old, 'geannuleerd', `Vervangen door een nieuwere berekening voor dit scenario (na ${nl(old.job.done)} van ${nl(old.job.total)} trekkingen); er is niets van bewaard.`);
        }
      }
      const id = nextId++;
      const job: McJob = { id, scenarioId, status: 'bezig', done: 0, total: runs, seed, runs, startedAt: new Date().toISOString() };
      const entry: Entry = {
        job,
        workers: new Set(),
        count: Math.max(1, Math.min(threads, Math.ceil(runs / 250))),
        pending: { setup, finish },
        chunks: [],
        t0: performance.now(),
      };
      jobs.set(id, entry);
      prune();
      pump(); // starts the workers now, or as soon as the replaced job's workers have exited
      return { ...job };
    },

    status(id: number): McJob {
      const e = jobs.get(id);
      if (!e) throw new AppError('NIET_GEVONDEN', 'Deze berekening bestaat niet (meer). Start een nieuwe.');
      return { ...e.job };
    },

    cancel(id: number): McJob {
      const e = jobs.get(id);
      if (!e) throw new AppError('NIET_GEVONDEN', 'Deze berekening bestaat niet (meer).');
      end(e, 'geannuleerd', `Geannuleerd na ${nl(e.job.done)} van ${nl(e.job.total)} trekkingen; er is niets van bewaard.`);
      return { ...e.job };
    },

    /** Worker threads started and not yet exited (idle and stopping ones included): for tests and diagnostics. */
    activeWorkers(): number {
      return workers.size;
    },

    /** Worker threads kept warm for the next job. */
    idleWorkers(): number {
      return idle.size;
    },

    /** Worker threads started since this instance was made (a warm worker taken again is not a new one). */
    workersStarted(): number {
      return started;
    },

    /** Jobs with status 'bezig' (including a replacement still waiting for its predecessor's workers to exit). */
    runningJobs(): number {
      return running().length;
    },

    /** Jobs still answerable by `status`. */
    knownJobs(): number {
      return jobs.size;
    },

    /** Stops everything (app shutdown): running jobs are cancelled, every worker is terminated, no new starts. */
    closeAll(): void {
      closed = true;
      for (const e of jobs.values()) end(e, 'geannuleerd', 'Geannuleerd omdat de app werd afgesloten; er is niets van bewaard.');
      for (const w of workers) stopWorker(w);
    },
  };
}

export type McJobs = ReturnType<typeof createMcJobs>;
