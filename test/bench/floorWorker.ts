/**
 * A worker thread for the bench's Monte Carlo lower bound: runs the arithmetic floor (floor.ts) `runs` times on the
 * input it was started with, and answers when done. Bundled to out/bench/floorWorker.cjs by `npm run bench`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CapacityInput } from '../../models/capacity/types';
import { floorProjection } from './floor';

const input = workerData as CapacityInput;
parentPort!.on('message', (runs: number) => {
  for (let i = 0; i < runs; i++) floorProjection(input);
  parentPort!.postMessage(runs);
});
