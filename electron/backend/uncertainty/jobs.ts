/**
 * Monte Carlo jobs: the runs are split over worker threads so the app stays responsive; progress is polled,
 * a job can be cancelled (its workers are stopped and nothing of it is kept). Jobs live in memory only.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { McJob, McResult } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { McChunk, McSetup } from '../../../models/uncertainty/montecarlo';
import type { ChunkRequest } from './worker';

type Finish = (chunks: McChunk[], durationMs: number) => McResult;

interface Running {
  job: McJob;
  workers: Worker[];
}

const KEEP = 20;

export function createMcJobs(workerFile: string, threads = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8))) {
  const jobs = new Map<number, Running>();
  let nextId = 1;

  const stop = (r: Running) => {
    for (const w of r.workers) void w.terminate();
    r.workers = [];
  };

  return {
    /** Starts a job; `finish` turns the chunks into the result (with the scenario's own figures). */
    start(scenarioId: number, setup: McSetup, runs: number, seed: number, finish: Finish): McJob {
      if (!workerFile || !fs.existsSync(workerFile)) {
        throw new AppError('INTERN', 'De rekenhulp voor de onzekerheidsanalyse ontbreekt (mcWorker.js). Bouw de app opnieuw met npm run build.');
      }
      const id = nextId++;
      const job: McJob = { id, scenarioId, status: 'bezig', done: 0, total: runs, seed, runs, startedAt: new Date().toISOString() };
      const count = Math.max(1, Math.min(threads, Math.ceil(runs / 250)));
      const running: Running = { job, workers: [] };
      jobs.set(id, running);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old);

      const t0 = performance.now();
      const chunks: McChunk[] = [];
      const doneBy = new Array<number>(count).fill(0);
      for (let w = 0; w < count; w++) {
        const from = Math.floor((runs * w) / count);
        const to = Math.floor((runs * (w + 1)) / count);
        const worker = new Worker(workerFile);
        running.workers.push(worker);
        worker.on('message', (m: { type: 'progress'; done: number } | { type: 'done'; chunk: McChunk } | { type: 'error'; message: string }) => {
          if (job.status !== 'bezig') return;
          if (m.type === 'progress') {
            doneBy[w] = m.done;
            job.done = doneBy.reduce((a, b) => a + b, 0);
          } else if (m.type === 'error') {
            job.status = 'fout';
            job.message = `De berekening is mislukt: ${m.message}`;
            stop(running);
          } else {
            chunks.push(m.chunk);
            void worker.terminate();
            if (chunks.length === count) {
              try {
                job.result = finish(chunks, performance.now() - t0);
                job.status = 'klaar';
                job.done = runs;
              } catch (e) {
                job.status = 'fout';
                job.message = `De uitkomsten konden niet worden samengevat: ${(e as Error).message}`;
              }
              running.workers = [];
            }
          }
        });
        worker.on('error', (e) => {
          if (job.status !== 'bezig') return;
          job.status = 'fout';
          job.message = `De berekening is mislukt: ${e.message}`;
          stop(running);
        });
        worker.postMessage({ setup, seed, from, to } satisfies ChunkRequest);
      }
      return { ...job };
    },

    status(id: number): McJob {
      const r = jobs.get(id);
      if (!r) throw new AppError('NIET_GEVONDEN', 'Deze berekening bestaat niet (meer). Start een nieuwe.');
      return { ...r.job };
    },

    cancel(id: number): McJob {
      const r = jobs.get(id);
      if (!r) throw new AppError('NIET_GEVONDEN', 'Deze berekening bestaat niet (meer).');
      if (r.job.status === 'bezig') {
        r.job.status = 'geannuleerd';
        r.job.message = `Geannuleerd na ${r.job.done.toLocaleString('nl-NL')} van ${r.job.total.toLocaleString('nl-NL')} trekkingen; er is niets van bewaard.`;
        stop(r);
      }
      return { ...r.job };
    },

    closeAll(): void {
      for (const r of jobs.values()) {
        if (r.job.status === 'bezig') r.job.status = 'geannuleerd';
        stop(r);
      }
    },
  };
}

export type McJobs = ReturnType<typeof createMcJobs>;
