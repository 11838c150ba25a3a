/** First start, one instance per database file (by identity, not by path), unclean shutdowns and read-only places. */
import { build } from 'esbuild';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { acquireLock } from '../../electron/backend/lock';
import { main } from '../../electron/cli/plan';
import { AppError } from '../../shared/errors';
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

  it('a -wal and -shm of another user left behind give the Dutch read-only message, not a start that cannot save', () => {
    const dir = tempDir('wal-van-een-ander');
    const file = path.join(dir, 'plekkenplanner.sqlite');
    openBackend(file, 'test', FIXED_NOW).close();
    // Another user's process (here: root, or this user) dies with the database open: its -wal and -shm stay behind.
    const script =
      "const db = new (require('better-sqlite3'))(process.argv[1]); db.pragma('journal_mode = WAL');" +
      "db.exec('BEGIN; CREATE TABLE tijdelijk (x); DROP TABLE tijdelijk; COMMIT'); process.kill(process.pid, 'SIGKILL');";
    const killed = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', cwd: process.cwd() });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    for (const ext of ['-wal', '-shm']) fs.chmodSync(file + ext, asRoot ? 0o644 : 0o444);
    fs.chmodSync(file, 0o666);
    if (asRoot) fs.chownSync(dir, 65534, 65534);
    const before = fs.readdirSync(dir).sort();
    expect(before).toEqual(['plekkenplanner.sqlite', 'plekkenplanner.sqlite-shm', 'plekkenplanner.sqlite-wal']);
    const r = runCli(file);
    expect(r.stderr).toMatch(/plekkenplanner\.sqlite-(wal|shm)\b.*is alleen-lezen/);
    expect(r.stderr).not.toMatch(/beschadigd|SQLITE_/);
    expect(r.status).toBe(3);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});

/** A child that waits for a shared start moment, tries acquireLock, holds it a while and says when it held it. */
const LOCK_CHILD = path.resolve('out/test/lockChild.cjs');
const LOCK_CHILD_SOURCE = `
import { acquireLock } from './electron/backend/lock';
const [file, goAt, holdMs] = process.argv.slice(2).map((a, i) => (i === 0 ? a : Number(a))) as [string, number, number];
const sleep = (ms: number) => ms > 0 && Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const onTime = Date.now() < goAt;
sleep(goAt - Date.now() - 2);
while (Date.now() < goAt);
try {
  const lock = acquireLock(file);
  const start = process.hrtime.bigint();
  sleep(holdMs);
  const end = process.hrtime.bigint();
  lock.release();
  process.stdout.write(JSON.stringify({ onTime, got: true, start: String(start), end: String(end) }));
} catch (e) {
  process.stdout.write(JSON.stringify({ onTime, got: false, message: (e as Error).message }));
}
`;

type ChildResult = { onTime: boolean } & ({ got: true; start: string; end: string } | { got: false; message: string });

/** Runs a child to its end (killed after 20 s at the latest); its one line of JSON. */
function runLockChild(file: string, goAt: number, holdMs: number, children: Set<ChildProcess>): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOCK_CHILD, file, String(goAt), String(holdMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', () => {
      clearTimeout(timer);
      children.delete(child);
      try {
        resolve(JSON.parse(out) as ChildResult);
      } catch {
        reject(new Error(`lock child gave no answer: ${out} ${err}`));
      }
    });
  });
}

/** The pid of a process that has ended: a lock with it is stale. */
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
const staleLock = (pid: number) => JSON.stringify({ pid, host: os.hostname(), since: '2026-11-24T16:00:00.000Z' });

describe('taking over a stale lock while several processes start at once', () => {
  const children = new Set<ChildProcess>();
  beforeAll(async () => {
    await build({
      stdin: { contents: LOCK_CHILD_SOURCE, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'lockChild.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
      outfile: LOCK_CHILD,
    });
  });
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
  });

  it('never lets two processes hold the lock at the same time', async () => {
    const rounds = 8;
    const processes = 6;
    for (let round = 0; round < rounds; round++) {
      const file = tempDb(`wedloop-${round}`);
      fs.writeFileSync(`${file}.lock`, staleLock(deadPid()));
      const goAt = Date.now() + 1200;
      const results = await Promise.all(Array.from({ length: processes }, () => runLockChild(file, goAt, 300, children)));
      const held = results.filter((r) => r.got).map((r) => ({ start: BigInt(r.start), end: BigInt(r.end) }));
      held.sort((a, b) => (a.start < b.start ? -1 : 1));
      // They must really start together: most of them were waiting for the shared moment.
      expect(results.filter((r) => r.onTime).length, `round ${round}: started together`).toBeGreaterThanOrEqual(processes - 1);
      expect(held.length, `round ${round}: someone holds the lock`).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < held.length; i++) expect(held[i].start > held[i - 1].end, `round ${round}: two holders at once (${held.length} of ${processes} held it)`).toBe(true);
      for (const r of results) if (!r.got) expect(r.message).toMatch(/al geopend door een ander Plekkenplanner-venster|niet vergrendelen/);
      expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.lock'))).toEqual([]);
    }
  }, 120_000);
});

describe('the takeover guard (one process at a time removes a stale lock)', () => {
  /** A database with a stale lock and the given takeover guard beside it; returns the file and the stale lock's text. */
  const withGuard = (name: string, guard: string) => {
    const file = tempDb(name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const stale = staleLock(deadPid());
    fs.writeFileSync(`${file}.lock`, stale);
    fs.writeFileSync(`${file}.lock.overname`, guard);
    return { file, stale };
  };
  /** The lock is taken over, and nothing of it or of the guard is left after its release. */
  const takesOver = (file: string) => {
    const lock = acquireLock(file);
    expect(lock.takenOver).not.toBeNull();
    lock.release();
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.lock'))).toEqual([]);
  };
  const age = (file: string) => {
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
  };

  it('a guard left by a process that died during a takeover is removed, and the stale lock is taken over', () => {
    takesOver(withGuard('wachter-dood', staleLock(deadPid())).file);
  });

  it('a fresh guard of a running process is left alone: the start waits for it, then refuses in Dutch naming it', () => {
    const guard = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: '2026-12-07T01:00:00.000Z' });
    const { file, stale } = withGuard('wachter-levend', guard);
    expect(() => acquireLock(file)).toThrow(/niet vergrendelen: andere Plekkenplanner-vensters.*\.lock\.overname er nog staat/);
    expect(fs.readFileSync(`${file}.lock.overname`, 'utf8')).toBe(guard);
    expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe(stale);
    // Older than a takeover can take: left behind, whoever wrote it.
    age(`${file}.lock.overname`);
    takesOver(file);
  });

  it('an unreadable guard counts as left behind only after 5 seconds', () => {
    const { file } = withGuard('wachter-leeg', '');
    expect(() => acquireLock(file)).toThrow(/niet vergrendelen/);
    age(`${file}.lock.overname`);
    takesOver(file);
  });
});

describe('a lock whose pid now means something else', () => {
  const bootId = (() => {
    try {
      return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      return '';
    }
  })();
  const startedAt = (pid: number) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  };
  /** A live process that is not Plekkenplanner: its pid in a lock must not keep the database locked forever. */
  function withOtherProcess(test: (pid: number) => void) {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      test(other.pid!);
    } finally {
      other.kill('SIGKILL');
    }
  }
  const lockWith = (file: string, info: object) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ host: os.hostname(), since: '2026-11-24T16:00:00.000Z', ...info }));
  };

  it('takes over a lock with this very process’s pid that this process does not hold (a restarted container)', () => {
    const file = tempDb('eigen-pid');
    lockWith(file, { pid: process.pid });
    const b = openBackend(file, 'test', FIXED_NOW);
    expect(b.startNotice).toMatch(new RegExp(`niet netjes afgesloten \\(proces ${process.pid}\\)`));
    // Still one instance per file within this process.
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/al geopend door een ander Plekkenplanner-venster/);
    b.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it.skipIf(!bootId)('takes over a lock written before the computer restarted, even if its pid runs now', () => {
    withOtherProcess((pid) => {
      const file = tempDb('andere-opstart');
      lockWith(file, { pid, boot: 'een-eerdere-opstart' });
      const b = openBackend(file, 'test', FIXED_NOW);
      expect(b.startNotice).toMatch(/niet netjes afgesloten/);
      b.close();
      // The same pid in a lock from this boot, and an older lock without boot id, still count as running.
      lockWith(file, { pid, boot: bootId, started: startedAt(pid) });
      expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(new RegExp(`al geopend door een ander Plekkenplanner-venster \\(proces ${pid}`));
      lockWith(file, { pid });
      expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/al geopend/);
    });
  });

  it.skipIf(!bootId)('takes over a lock whose pid now belongs to a process that started later', () => {
    withOtherProcess((pid) => {
      const file = tempDb('hergebruikt');
      lockWith(file, { pid, boot: bootId, started: String(Number(startedAt(pid)) - 1) });
      const b = openBackend(file, 'test', FIXED_NOW);
      expect(b.startNotice).toMatch(/niet netjes afgesloten/);
      b.close();
    });
  });

  it('writes the boot id and start time into its own lock', () => {
    const file = tempDb('inhoud');
    const lock = acquireLock(file);
    const info = JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as Record<string, unknown>;
    lock.release();
    expect(info).toMatchObject({ pid: process.pid, host: os.hostname() });
    if (bootId) expect(info).toMatchObject({ boot: bootId, started: startedAt(process.pid) });
  });
});

describe('odd paths give a Dutch message and never bypass the lock', () => {
  const expectDutch = (open: () => unknown, message: RegExp) => {
    let error: unknown;
    try {
      open();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/too many|encountered|name too long|no such file|illegal operation/i);
  };

  it('a symbolic link to a database that does not exist yet locks the file it points to', () => {
    const target = tempDb('nog-niet-aanwezig');
    const links = tempDir('vooruit');
    const link = path.join(links, 'via-link.sqlite');
    fs.symlinkSync(target, link);
    // A relative link to that link: followed from the link's own folder, hop by hop.
    const relative = path.join(links, 'relatief.sqlite');
    fs.symlinkSync('via-link.sqlite', relative);
    const first = openBackend(relative, 'test', FIXED_NOW);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(() => openBackend(target, 'test', FIXED_NOW)).toThrow(/al geopend door een ander Plekkenplanner-venster/);
    expect(() => openBackend(link, 'test', FIXED_NOW)).toThrow(/al geopend/);
    first.close();
    expect(fs.readdirSync(links).sort()).toEqual(['relatief.sqlite', 'via-link.sqlite']);
  });

  it('a folder where the lock file belongs says so and what to do', () => {
    const file = tempDb('slotmap');
    fs.mkdirSync(`${file}.lock`, { recursive: true });
    expectDutch(() => openBackend(file, 'test', FIXED_NOW), /slotbestand .*\.lock staat een map\. .*Verwijder of hernoem die map/);
    expect(fs.statSync(`${file}.lock`).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['plekkenplanner.sqlite.lock']);
  });

  it('symbolic links pointing at each other (ELOOP) give a Dutch message', () => {
    const dir = tempDir('kring');
    fs.symlinkSync(path.join(dir, 'b.sqlite'), path.join(dir, 'a.sqlite'));
    fs.symlinkSync(path.join(dir, 'a.sqlite'), path.join(dir, 'b.sqlite'));
    expectDutch(() => openBackend(path.join(dir, 'a.sqlite'), 'test', FIXED_NOW), /symbolische links in een kring/);
    // A loop in a folder on the way gives the same message.
    expectDutch(() => openBackend(path.join(dir, 'a.sqlite', 'db.sqlite'), 'test', FIXED_NOW), /symbolische links in een kring|geen map/);
    const r = runCliAsIs(path.join(dir, 'a.sqlite'));
    expect(r.stderr).toMatch(/symbolische links in een kring/);
    expect(r.status).toBe(3);
  });

  it('an overlong name gives a Dutch message', () => {
    const file = path.join(tempDir('lang'), `${'heel-lang-'.repeat(30)}.sqlite`);
    expectDutch(() => openBackend(file, 'test', FIXED_NOW), /te lang voor het bestandssysteem/);
    const deep = path.join(tempDir('diep'), ...Array.from({ length: 30 }, () => 'x'.repeat(200)), 'db.sqlite');
    expectDutch(() => openBackend(deep, 'test', FIXED_NOW), /te lang voor het bestandssysteem/);
  });
});

function runCliAsIs(file: string) {
  return spawnSync(process.execPath, [TEST_CLI, 'run', '--scenario', BASIS, '--db', file], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: os.tmpdir() } });
}
