import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{models,shared,electron,renderer,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    // Builds the Monte Carlo worker thread (a plain .cjs file) that the backend tests start.
    globalSetup: ['test/buildWorker.ts'],
  },
});
