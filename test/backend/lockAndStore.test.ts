/** First start, one instance per database file (by identity, not by path), unclean shutdowns and read-only places. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { main } from '../../electron/cli/plan';
import { TEST_CLI } from '../buildWorker';
import { FIXED_NOW, tempDb } from './tempFiles';

const BASIS = 'Basis — ongewijzigd beleid';
const tempDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `plekkenplanner-${name}-`));

describe('first start on a new machine', () => {
  it('creates the data folder before the lock (the lock used to be written first: ENOENT)', () => {
    const config = path.join(tempDir('nieuw'), 'nog', 'niet', 'aanwezig');
    const r = main(['run', '--scenario', BASIS, '--format', 'json'], { XDG_CONFIG_HOME: config });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenario.name).toBe(BASIS);
    expect(fs.existsSync(path.join(config, 'Plekkenplanner', 'plekkenplanner.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(config, 'Plekkenplanner', 'plekkenplanner.sqlite.lock'))).toBe(false);
  });
});

describe('one instance per database file', () => {
  it('follows a symbolic link: two paths to one file share one lock', () => {
    const file = tempDb('link');
    const link = path.join(tempDir('symlink'), 'andere-naam.sqlite');
    const first = openBackend(file, 'test', FIXED_NOW);
    fs.symlinkSync(file, link);
    expect(() => openBackend(link, 'test', FIXED_NOW)).toThrow(/al geopend door een ander Plekkenplanner-venster/);
    first.close();
    const viaLink = openBackend(link, 'test', FIXED_NOW);
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/al geopend/);
    viaLink.close();
  });

  it('refuses a hard-linked database (two names would give two WALs and divergent data)', () => {
    const file = tempDb('hard');
    openBackend(file, 'test', FIXED_NOW).close();
    const second = path.join(path.dirname(file), 'tweede-naam.sqlite');
    fs.linkSync(file, second);
    expect(() => openBackend(second, 'test', FIXED_NOW)).toThrow(/harde link/);
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/2 namen/);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(fs.existsSync(`${second}.lock`)).toBe(false);
  });

  it('never deletes a lock silently: another computer’s lock and an unreadable lock are refused and kept', () => {
    const file = tempDb('vreemd');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const other = JSON.stringify({ pid: 1, host: 'laptop-van-een-collega', since: '2026-11-20T09:00:00.000Z' });
    fs.writeFileSync(`${file}.lock`, other);
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/geopend op een andere computer \(laptop-van-een-collega/);
    expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe(other);
    fs.writeFileSync(`${file}.lock`, 'rommel');
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/slotbestand .* is onleesbaar/);
    expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe('rommel');
  });

  it('takes over the lock of a process that died, says so, and runs the full integrity check', () => {
    const file = tempDb('crash');
    openBackend(file, 'test', FIXED_NOW).close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), since: '2026-11-24T16:00:00.000Z' }));
    const b = openBackend(file, 'test', FIXED_NOW);
    expect(b.startNotice).toMatch(/niet netjes afgesloten .* volledig gecontroleerd en is in orde/);
    const info = b.call('app.info', {});
    expect(info.ok && (info.data as { uncleanShutdown: unknown }).uncleanShutdown).toMatchObject({ since: '2026-11-24T16:00:00.000Z' });
    b.close();
    const clean = openBackend(file, 'test', FIXED_NOW);
    expect(clean.startNotice).toBeNull();
    clean.close();
  });

  it('offers the full integrity_check as a call', () => {
    const b = openBackend(tempDb('check'), 'test', FIXED_NOW);
    const r = b.call('database.check', {});
    expect(r).toMatchObject({ ok: true, data: { ok: true, problems: [], message: expect.stringContaining('in orde') } });
    b.close();
  });
});

describe('a read-only place', () => {
  // Root may write anywhere: as root the check runs the CLI as the unprivileged user "nobody".
  const asRoot = process.getuid?.() === 0;
  const runCli = (file: string) =>
    spawnSync(process.execPath, [TEST_CLI, 'run', '--scenario', BASIS, '--db', file], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { PATH: process.env.PATH, HOME: os.tmpdir() },
    });
  const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => /-wal$|-shm$|\.lock$/.test(f));

  function readOnlyFolderWithDatabase() {
    const dir = tempDir('alleen-lezen');
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'plekkenplanner.sqlite');
    openBackend(file, 'test', FIXED_NOW).close();
    fs.chmodSync(file, 0o644);
    if (!asRoot) fs.chmodSync(dir, 0o555);
    return { dir, file };
  }

  it('a read-only folder gives a Dutch message and leaves no -wal, -shm or lock behind', () => {
    const { dir, file } = readOnlyFolderWithDatabase();
    const r = runCli(file);
    expect(r.stderr).toMatch(/alleen-lezen of niet toegankelijk/);
    expect(r.status).toBe(3);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a read-only file in a writable folder gives a Dutch message and leaves nothing behind', () => {
    const { dir, file } = readOnlyFolderWithDatabase();
    if (asRoot) fs.chownSync(dir, 65534, 65534);
    else {
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(file, 0o444);
    }
    const r = runCli(file);
    expect(r.stderr).toMatch(/is alleen-lezen/);
    expect(r.status).toBe(3);
    expect(leftovers(dir)).toEqual([]);
  });
});
