/**
 * Vitest global setup: bundle what the tests start as real processes or threads — the Monte Carlo worker
 * (out/test/mcWorker.cjs, passed to openBackend), the CLI and the durability test's saving child.
 */
import { build } from 'esbuild';
import path from 'node:path';

export const TEST_WORKER = path.resolve('out/test/mcWorker.cjs');
export const TEST_CLI = path.resolve('out/test/plan.cjs');
export const TEST_SAVER = path.resolve('out/test/saver.cjs');

const BUNDLES: [string, string][] = [
  ['electron/backend/uncertainty/worker.ts', TEST_WORKER],
  ['electron/cli/plan.ts', TEST_CLI],
  ['test/backend/saverChild.ts', TEST_SAVER],
];

export default async function setup(): Promise<void> {
  await Promise.all(
    BUNDLES.map(([entry, outfile]) =>
      build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', outfile, external: ['better-sqlite3'] }),
    ),
  );
}
