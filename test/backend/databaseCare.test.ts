/** Database care: one process per file, a backup before migrating, a copy on request, a damaged file set aside. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend';
import { APPLICATION_ID, migrate, moveAside } from '../../electron/backend/db';
import { MIGRATIONS } from '../../electron/backend/migrations';
import { FIXED_NOW, tempDb } from './tempFiles';

describe('database care', () => {
  it('refuses a second instance on the same file with a clear message, and allows it after closing', () => {
    const file = tempDb('lock');
    const first = openBackend(file, 'test', FIXED_NOW);
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/al geopend door een ander Plekkenplanner-venster \(proces \d+/);
    first.close();
    const second = openBackend(file, 'test', FIXED_NOW);
    second.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over the lock of a process that no longer runs', () => {
    const file = tempDb('stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), since: new Date().toISOString() }));
    const b = openBackend(file, 'test', FIXED_NOW);
    b.close();
  });

  it('backs up an existing database before migrating it', () => {
    const file = tempDb('backup');
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, MIGRATIONS.slice(0, 1), () => '2026-01-01T00:00:00.000Z');
    old.close();
    openBackend(file, 'test', FIXED_NOW).close();
    const backups = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.backup-voor-0002'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(path.dirname(file), backups[0]), { readonly: true });
    expect((copy.prepare('SELECT id FROM schema_migration').all() as { id: string }[]).map((r) => r.id)).toEqual([MIGRATIONS[0].id]);
    copy.close();
    // A fresh database needs no backup.
    const fresh = tempDb('fresh');
    openBackend(fresh, 'test', FIXED_NOW).close();
    expect(fs.readdirSync(path.dirname(fresh)).some((f) => f.includes('.backup-'))).toBe(false);
  });

  it('"Bewaar kopie als…" returns a complete, valid copy', () => {
    const file = tempDb('copy');
    const b = openBackend(file, 'test', FIXED_NOW);
    const r = b.call('database.copy', {});
    b.close();
    if (!r.ok) throw new Error(r.error.message);
    const { fileName, base64 } = r.data as { fileName: string; base64: string };
    expect(fileName).toMatch(/^plekkenplanner-kopie-\d{4}-\d{2}-\d{2}\.sqlite$/);
    const target = path.join(path.dirname(file), 'kopie.sqlite');
    fs.writeFileSync(target, Buffer.from(base64, 'base64'));
    const again = openBackend(target, 'test', FIXED_NOW);
    const list = again.call('scenario.list', {});
    again.close();
    expect(list.ok && (list.data as { name: string }[]).map((s) => s.name)).toEqual(['Basis — ongewijzigd beleid']);
  });

  it('sets a damaged file aside so a fresh database can start, keeping the old bytes', () => {
    const file = tempDb('aside');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'kapot'.repeat(300));
    expect(() => openBackend(file, 'test', FIXED_NOW)).toThrow(/beschadigd/);
    const kept = moveAside(file, FIXED_NOW());
    expect(fs.readFileSync(kept, 'utf8')).toBe('kapot'.repeat(300));
    openBackend(file, 'test', FIXED_NOW).close();
  });

  it('sets aside the file a symbolic link points to, not the link', () => {
    const file = tempDb('aside-doel');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'kapot'.repeat(300));
    const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-aside-link-')), 'link.sqlite');
    fs.symlinkSync(file, link);
    expect(() => openBackend(link, 'test', FIXED_NOW)).toThrow(/beschadigd/);
    const kept = moveAside(link, FIXED_NOW());
    expect(path.dirname(kept)).toBe(fs.realpathSync(path.dirname(file)));
    expect(fs.readFileSync(kept, 'utf8')).toBe('kapot'.repeat(300));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    openBackend(link, 'test', FIXED_NOW).close();
    expect(fs.readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
