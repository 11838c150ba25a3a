import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/backend/db';
import { MIGRATIONS } from '../../electron/backend/migrations';
import { AppError } from '../../shared/errors';
import { tempDb } from './tempFiles';

describe('openDatabase', () => {
  it('creates and migrates a new file with WAL, explicit synchronous and foreign keys', () => {
    const file = tempDb('new');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['app_meta', 'assumption', 'assumption_range', 'change_log', 'location', 'observation', 'observation_set', 'scenario', 'schema_migration', 'wlz_event']);
    const applied = db.prepare('SELECT id FROM schema_migration').all() as { id: string }[];
    expect(applied.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
  });

  it('migrates from an existing empty file and is idempotent on reopen', () => {
    const file = tempDb('empty');
    fs.writeFileSync(file, '');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migration').get() as { n: number }).n).toBe(MIGRATIONS.length);
    db.close();
  });

  it('applies a later migration in a transaction and rolls back a failing one completely', () => {
    const file = tempDb('later');
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { id: '9999_broken', sql: 'CREATE TABLE half (x INTEGER); INSERT INTO nope VALUES (1);' }];
    expect(() => openDatabase(file, broken)).toThrow(AppError);
    const raw = new Database(file);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect((raw.prepare('SELECT count(*) AS n FROM schema_migration').get() as { n: number }).n).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('refuses a database written by a newer version, in Dutch, without changing it', () => {
    const file = tempDb('newer');
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migration (id, applied_at) VALUES ('9999_future', 'x')").run();
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/andere \(nieuwere\?\) versie van Plekkenplanner/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file with a clear Dutch message and leaves it untouched', () => {
    const file = tempDb('damaged');
    fs.writeFileSync(file, Buffer.from('Dit is geen database, maar een tekstbestand dat per ongeluk zo heet.'.repeat(100)));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/geen Plekkenplanner-database of is beschadigd/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a foreign SQLite database', () => {
    const file = tempDb('foreign');
    const other = new Database(file);
    other.exec('CREATE TABLE klanten (id INTEGER)');
    other.close();
    expect(() => openDatabase(file)).toThrow(/geen Plekkenplanner-database/);
  });
});

describe('a database SQLite can open but not write', () => {
  /** Opens the database with the check before opening switched off, so only the check after opening can catch it. */
  const CHILD = path.resolve('out/test/dbOpenChild.cjs');
  const SOURCE = `
import fs from 'node:fs';
import { openDatabase } from './electron/backend/db';
import { AppError } from './shared/errors';
fs.accessSync = () => undefined;
try {
  openDatabase(process.argv[2]).close();
  process.stdout.write(JSON.stringify({ opened: true }));
} catch (e) {
  process.stdout.write(JSON.stringify({ opened: false, problem: e instanceof AppError ? e.problem : null, message: (e as Error).message }));
}
`;
  const asRoot = process.getuid?.() === 0;

  it('says it is read-only at opening (not at the first save, never "beschadigd")', async () => {
    await build({ stdin: { contents: SOURCE, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', outfile: CHILD, external: ['better-sqlite3'] });
    const file = tempDb('schrijft-niet');
    openDatabase(file).close();
    // Another user's session died with the database open: its -wal and -shm stay behind, not writable for us.
    const script = "const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('CREATE TABLE tijdelijk (x)'); process.kill(process.pid, 'SIGKILL');";
    expect(spawnSync(process.execPath, ['-e', script, file], { cwd: process.cwd() }).signal).toBe('SIGKILL');
    for (const ext of ['-wal', '-shm']) fs.chmodSync(file + ext, asRoot ? 0o644 : 0o444);
    fs.chmodSync(file, 0o666);
    if (asRoot) fs.chownSync(path.dirname(file), 65534, 65534);
    const r = spawnSync(process.execPath, [CHILD, file], { encoding: 'utf8', timeout: 30_000, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const out = JSON.parse(r.stdout || '{}') as { opened?: boolean; problem?: string; message?: string };
    expect(out, r.stderr).toMatchObject({ opened: false, problem: 'alleen-lezen' });
    expect(out.message).toMatch(/is alleen-lezen \(SQLITE_READONLY/);
    expect(out.message).not.toMatch(/beschadigd/);
  }, 60_000);
});
