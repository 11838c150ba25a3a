/** A Monte Carlo worker thread: runs one chunk of runs and reports progress; the results travel as transferred buffers. */
import { parentPort } from 'node:worker_threads';
import { MC_METRICS, runChunk, type McSetup } from '../../../models/uncertainty/montecarlo';

export interface ChunkRequest {
  setup: McSetup;
  seed: number;
  from: number;
  to: number;
}

parentPort?.on('message', (m: ChunkRequest) => {
  try {
    const chunk = runChunk(m.setup, m.seed, m.from, m.to, (done) => parentPort!.postMessage({ type: 'progress', done }));
    const buffers = [...MC_METRICS.map((k) => chunk.values[k].buffer), chunk.targetMet.buffer, chunk.fairShareIndex.buffer] as ArrayBuffer[];
    parentPort!.postMessage({ type: 'done', chunk }, buffers);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
