/** Starts the built browser-mode server (out/main/server.js) as a real child process on a temporary database. */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  output: () => string;
  stop(): Promise<number | null>;
}

export function tempDbFile(name = 'e2e'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), `plekkenplanner-${name}-`)), 'plekkenplanner.sqlite');
}

export async function startApp(dbFile: string): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, ['out/main/server.js', '--db', dbFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 15_000);
    const check = () => {
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    url,
    origin: new URL(url).origin,
    token: url.split('#token=')[1],
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

export const SCREENSHOTS = path.join('test-output', 'screenshots');
export function shot(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

/** Playwright test with an `app` fixture: start(db) launches the server; every server is stopped after the test, pass or fail. */
export const test = base.extend<{ app: { start(dbFile: string): Promise<RunningApp> } }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const running: RunningApp[] = [];
    await use({
      start: async (dbFile) => {
        const app = await startApp(dbFile);
        running.push(app);
        return app;
      },
    });
    await Promise.all(running.map((a) => a.stop()));
  },
});
export { expect } from '@playwright/test';
