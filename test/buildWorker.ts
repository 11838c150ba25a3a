/** Vitest global setup: bundle the Monte Carlo worker to out/test/mcWorker.cjs (the tests pass it to openBackend). */
import { build } from 'esbuild';
import path from 'node:path';

export const TEST_WORKER = path.resolve('out/test/mcWorker.cjs');

export default async function setup(): Promise<void> {
  await build({
    entryPoints: ['electron/backend/uncertainty/worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    outfile: TEST_WORKER,
  });
}
