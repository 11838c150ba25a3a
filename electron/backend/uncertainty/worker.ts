/**
 * A Monte Carlo worker thread: runs the parts of one job it is handed, one at a time, and reports progress; the
 * results travel as transferred buffers. The setup comes with the first part and is prepared once.
 */
import { parentPort } from 'node:worker_threads';
import type { FormulaCache } from '../../../models/assumptions/resolve';
import { MC_METRICS, prepare, runPrepared, type McSetup, type Prepared } from '../../../models/uncertainty/montecarlo';

export interface ChunkRequest {
  /** With the first part only. */
  setup?: McSetup;
  seed: number;
  from: number;
  to: number;
}

const formulas: FormulaCache = new Map();
let prepared: Prepared | undefined;

parentPort?.on('message', (m: ChunkRequest) => {
  try {
    if (m.setup) {
      prepared = undefined; // never an earlier job's setup, even when preparing this one fails
      prepared = prepare(m.setup, formulas);
    }
    if (!prepared) throw new Error('de rekenhulp kreeg geen scenario');
    const chunk = runPrepared(prepared, m.seed, m.from, m.to, (done) => parentPort!.postMessage({ type: 'progress', done }));
    const buffers = [...MC_METRICS.map((k) => chunk.values[k].buffer), chunk.targetMet.buffer, chunk.fairShareIndex.buffer] as ArrayBuffer[];
    parentPort!.postMessage({ type: 'done', chunk }, buffers);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
