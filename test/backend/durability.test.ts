/**
 * A pulled plug: a child process saves in a loop and is killed with SIGKILL at a random moment. The file reopens,
 * passes the full integrity_check, and every save the backend acknowledged is there.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { inwonersKey } from '../../shared/assumptions';
import type { ScenarioData, ScenarioSummary } from '../../shared/contract';
import { TEST_SAVER } from '../buildWorker';
import { contractCalls } from './contractCalls';
import { tempDb } from './tempFiles';

/** Runs the saving child until it has acknowledged `minSaves` and then `extraMs` more; returns the last acknowledged save. */
function saveThenKill(file: string, minSaves: number, extraMs: number): Promise<{ id: number; n: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TEST_SAVER, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!armed && out.split('\n').length > minSaves) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`saver ended without being killed: ${err}`));
      const last = out.trim().split('\n').filter((l) => /^ok \d+ \d+$/.test(l)).pop();
      if (!last) return reject(new Error(`no acknowledged save: ${err}`));
      const [, id, n] = last.split(' ').map(Number);
      resolve({ id, n });
    });
  });
}

describe('durability', () => {
  // A fixed list of random moments, so a failure can be repeated.
  it.each([
    [5, 37],
    [20, 211],
    [60, 3],
    [1, 480],
  ])('after %i saves and %i ms more, SIGKILL: the file is intact and every acknowledged save is there', async (minSaves, extraMs) => {
    const file = tempDb('stroomuitval');
    const last = await saveThenKill(file, minSaves, extraMs);
    expect(last.n).toBeGreaterThanOrEqual(minSaves);
    const backend = openBackend(file, 'test');
    try {
      // The dead child's lock is taken over, which triggers the full integrity_check at open.
      expect(backend.startNotice).toMatch(/niet netjes afgesloten/);
      const { ok } = contractCalls(() => backend);
      expect(ok<{ ok: boolean }>('database.check', {}).ok).toBe(true);
      expect(ok<ScenarioSummary[]>('scenario.list', {}).some((s) => s.id === last.id)).toBe(true);
      const data = ok<ScenarioData>('scenario.data', { scenarioId: last.id });
      // The save after the last acknowledged one may have landed too (killed between commit and print).
      expect([20_000 + last.n, 20_000 + last.n + 1]).toContain(data.assumptions[inwonersKey('GM0147')].value);
      const saved = new Set(data.locations.map((l) => l.name));
      for (let n = 1; n <= last.n; n++) expect(saved.has(`Locatie ${n}`), `Locatie ${n}`).toBe(true);
    } finally {
      backend.close();
    }
  }, 60_000);
});
