/**
 * A new user on a new machine: an empty home folder, no database override, the README's own commands.
 * (The lock file used to be written before the data folder existed: `npm start` exited 2, the CLI 3.)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, shot, test } from './browserMode';

const BASIS = 'Basis — ongewijzigd beleid';

/** The environment of a new user: this machine's tools, an empty home folder, nothing of ours set. */
function newUserEnv(): { env: NodeJS.ProcessEnv; home: string } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-nieuwe-gebruiker-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(PLEKKENPLANNER_|XDG_|npm_|APPDATA$|HOME$|USERPROFILE$)/i.test(k)) continue;
    env[k] = v;
  }
  env.HOME = home;
  return { env, home };
}

const dataDir = (home: string) => path.join(home, '.config', 'Plekkenplanner');

test('npm start -- --browser on a new machine: data folder created, baseline seeded, the page shows Basis', async ({ page }) => {
  test.setTimeout(180_000);
  const { env, home } = newUserEnv();
  expect(fs.readdirSync(home)).toEqual([]);
  // The README's command, in its own process group so it can be stopped as a whole.
  const child = spawn('npm', ['start', '--', '--browser'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // 'close': the process has exited and every process that shared its output (the server) has let go of it.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not print a URL:\n${out}`)), 150_000);
      child.stdout!.on('data', () => {
        const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      void exited.then((code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
    });
    expect(out).toContain(`Database: ${path.join(dataDir(home), 'plekkenplanner.sqlite')}`);
    expect(fs.existsSync(path.join(dataDir(home), 'plekkenplanner.sqlite'))).toBe(true);
    await page.goto(url);
    await expect(page.getByTestId('active-scenario')).toHaveText(BASIS);
    await expect(page.locator('[data-testid="chart-wachtlijst"] .recharts-area').first()).toBeVisible();
    // A first start explains itself in three steps, and can be closed for good.
    await expect(page.getByTestId('intro')).toContainText('Welkom bij Plekkenplanner');
    await page.screenshot({ path: shot('00-eerste-start-nieuwe-machine') });
    await page.getByRole('button', { name: 'Niet meer tonen' }).click();
    await expect(page.getByTestId('intro')).toHaveCount(0);
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByTestId('active-scenario')).toHaveText(BASIS);
    await expect(page.getByTestId('intro')).toHaveCount(0);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
    await exited;
  }
  expect(out).toContain('Plekkenplanner is gestopt.');
  // A new user sees our lines, not the build tool's warnings.
  expect(out).not.toMatch(/Rollup|chunks are larger|warning/i);
  expect(fs.existsSync(path.join(dataDir(home), 'plekkenplanner.sqlite.lock'))).toBe(false);
});

test('the README’s CLI command on a new machine prints the baseline projection', () => {
  test.setTimeout(120_000);
  const { env, home } = newUserEnv();
  const r = spawnSync('npm', ['run', '--silent', 'plan', '--', 'run', '--scenario', BASIS, '--format', 'json'], { env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.scenario.name).toBe(BASIS);
  expect(out.years).toHaveLength(11);
  expect(fs.existsSync(path.join(dataDir(home), 'plekkenplanner.sqlite'))).toBe(true);
  expect(fs.existsSync(path.join(dataDir(home), 'plekkenplanner.sqlite.lock'))).toBe(false);
});
