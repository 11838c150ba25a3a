/// <reference lib="dom" />
/** Bench item 5: browser mode in Chromium, measured with Playwright (cold start to first chart; grid edit to chart). */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export async function benchBrowser(report: (name: string, samples: number[], unit?: string, digits?: number) => number): Promise<void> {
  if (!fs.existsSync('out/main/server.js')) {
    console.log('5. browser mode: skipped — run npm run build first (out/main/server.js is missing)');
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const cold: number[] = [];
  const edit: number[] = [];
  const show: number[] = [];
  const warm: number[] = [];
  try {
    for (let rep = 0; rep < 4; rep++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-bench-'));
      const t0 = performance.now();
      const child = spawn(process.execPath, ['out/main/server.js', '--db', path.join(dir, 'db.sqlite')], { stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout!.on('data', (d) => {
            out += d;
            const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
            if (m) resolve(m[1]);
          });
          child.on('exit', () => reject(new Error(out)));
        });
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
        await page.goto(url);
        await page.locator('.recharts-line-curve').first().waitFor();
        cold.push(performance.now() - t0);
        // Warm: the server runs and the browser has the files; from navigation start to the first chart.
        for (let w = 0; w < 3; w++) {
          await page.reload();
          await page.locator('.recharts-line-curve').first().waitFor();
          warm.push(await page.evaluate(() => performance.now()));
        }

        // Grid edits until the effect chart beside the grid shows the new result: one warm-up edit, then four measured.
        await page.getByRole('tab', { name: 'Aannames' }).click();
        await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
        for (let k = 0; k < 5; k++) {
          await page.locator('.ag-row', { hasText: 'Groei vraag all-inclusive' }).locator('[col-id="waarde"]').dblclick();
          await page.locator('.ag-cell-inline-editing input').first().fill(String(40 + rep * 5 + k));
          const old = await page.getByTestId('effect-waiting').textContent();
          // Measured inside the page: from the Enter key to the frame after the effect chart shows the new number.
          const elapsed = await page.evaluate(
            (previous) =>
              new Promise<number>((resolve) => {
                const el = document.querySelector('[data-testid="effect-waiting"]')!;
                const editor = document.querySelector('.ag-cell-inline-editing input') as HTMLInputElement;
                const t0 = performance.now();
                const obs = new MutationObserver(() => {
                  if (el.textContent === previous) return;
                  obs.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                });
                obs.observe(el, { childList: true, characterData: true, subtree: true });
                editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
              }),
            old,
          );
          if (k > 0) edit.push(elapsed);
          await page.getByTestId('edit-feedback').filter({ hasText: 'Opgeslagen' }).waitFor();
        }
        const before = await page.evaluate(() => performance.now());
        await page.getByRole('tab', { name: 'Capaciteit' }).click();
        await page.locator('.recharts-line-curve').first().waitFor();
        show.push((await page.evaluate(() => performance.now())) - before);
        await page.close();
      } finally {
        child.kill('SIGINT');
        await new Promise((r) => child.once('exit', r));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const html = fs.readFileSync('out/renderer/index.html', 'utf8');
  const entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
  if (entry) console.log(`5. first chunk (${entry}): ${(fs.statSync(path.join('out/renderer', entry)).size / 1_000_000).toFixed(2)} MB (target ≤ 1 MB)`);
  report('5. browser mode: cold start (server + page) to first chart', cold);
  report('   page load (warm: server running, files cached) to first chart', warm);
  report('   grid edit until the effect chart beside the grid is redrawn', edit);
  report('   switching to Capaciteit until its six charts are drawn', show);
}
