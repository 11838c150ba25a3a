import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp';

/** Writes the one CSP (shared/csp.ts) into index.html for production builds; frame-ancestors only works as a header. */
function cspMeta(): Plugin {
  const meta = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'plekkenplanner-csp',
    transformIndexHtml: (html, ctx) => html.replace('%PLEKKENPLANNER_CSP%', ctx.server ? '' : meta),
  };
}

export default defineConfig({
  main: {
    build: {
      // mathjs is bundled: loading its hundreds of CommonJS files takes ≈ 0,5 s, which every Monte Carlo worker
      // (and the app's start) would pay; one bundled file loads in ≈ 0,1 s.
      externalizeDeps: { exclude: ['mathjs'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          server: resolve(__dirname, 'electron/browser/index.ts'),
          mcWorker: resolve(__dirname, 'electron/backend/uncertainty/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      // Minified: the UI loads in a fraction of the time (the unminified bundle was 4,5 MB).
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    plugins: [react(), cspMeta()],
  },
});
