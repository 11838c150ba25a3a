/**
 * Opens the SQLite database: checks that it is ours and intact, sets the pragmas, applies migrations.
 * Plain Node code (no electron import) so it runs in Electron, in browser mode and under vitest.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { realDataFile } from './lock';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** 'PLKP' — marks the file as a Plekkenplanner database (PRAGMA application_id). */
export const APPLICATION_ID = 0x504c4b50;

export interface OpenOptions {
  /** Run the full integrity_check instead of quick_check (after an unclean shutdown). */
  fullCheck?: boolean;
}

export function openDatabase(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  now = () => new Date().toISOString(),
  options: OpenOptions = {},
): Db {
  if (file !== ':memory:') requireWritable(file);
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw openError(file, e) ?? new AppError('DATABASE', `Kan het databasebestand ${file} niet openen (${sqliteCode(e) || (e as Error).message}).`, 'onleesbaar');
  }
  try {
    checkIsOurs(db, file, options.fullCheck ?? false);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQLite may open a file it cannot write (e.g. another user's -shm): find out now, not at the first save.
    if (file !== ':memory:') db.exec('BEGIN IMMEDIATE; ROLLBACK');
    migrate(db, migrations, now, file);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const code = sqliteCode(e);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged(file);
    throw openError(file, e) ?? new AppError('DATABASE', `Fout bij het openen van ${file}: ${(e as Error).message}`);
  }
}

const sqliteCode = (e: unknown) => (e as { code?: string }).code ?? '';

/** A database SQLite may not write or open gets the read-only message (never 'beschadigd'); one in use says so. */
function openError(file: string, e: unknown): AppError | null {
  const code = sqliteCode(e);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return readOnly(file, code);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'DATABASE',
      `De database ${file} wordt op dit moment door een ander programma bijgewerkt en blijft bezet. Sluit dat programma (bijvoorbeeld een databaseviewer) en start Plekkenplanner opnieuw.`,
      'in-gebruik',
    );
  }
  return null;
}

function readOnly(file: string, reason: string, which = file): AppError {
  const part = which === file ? `De database ${file} of de map waarin die staat` : `Het bestand ${which}, dat bij de database ${file} hoort,`;
  return new AppError(
    'DATABASE',
    `${part} is alleen-lezen (${reason}). Plekkenplanner moet daar kunnen schrijven; er is niets gewijzigd. Kies een andere plek (PLEKKENPLANNER_DB of --db), maak een kopie in een map waar je mag schrijven, of vraag schrijfrechten op dat bestand.`,
    'alleen-lezen',
  );
}

function damaged(file: string): AppError {
  return new AppError(
    'DATABASE',
    `Het bestand ${file} is geen Plekkenplanner-database of is beschadigd. Er is niets gewijzigd. Kies een ander bestand (PLEKKENPLANNER_DB of --db) of begin met een nieuwe database; het oude bestand blijft dan bewaard.`,
    'beschadigd',
  );
}

/** Moves a damaged database (and its WAL files) aside so a fresh one can start; returns where it went. */
export function moveAside(file: string, now = new Date()): string {
  // The file itself, not a symbolic link to it: its -wal and -shm sit beside the real file.
  const real = realDataFile(file);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${real}.beschadigd-${stamp}`;
  fs.renameSync(real, target);
  for (const ext of ['-wal', '-shm']) if (fs.existsSync(real + ext)) fs.renameSync(real + ext, target + ext);
  return target;
}

/** A consistent copy of an open database (VACUUM INTO): for backups and "Bewaar kopie als…". */
export function copyDatabase(db: Db, target: string): void {
  if (fs.existsSync(target)) fs.rmSync(target);
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * SQLite in WAL mode writes -wal and -shm files beside the database: the file, those two (if they are there,
 * e.g. left by another user's session) and the folder must be writable. Checked before opening, so a read-only
 * place gives a message and leaves nothing behind.
 */
function requireWritable(file: string): void {
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    throw readOnly(file, (e as NodeJS.ErrnoException).code ?? 'geen schrijfrechten');
  }
  for (const which of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (fs.existsSync(which)) fs.accessSync(which, fs.constants.R_OK | fs.constants.W_OK);
    } catch (e) {
      throw readOnly(file, (e as NodeJS.ErrnoException).code ?? 'geen schrijfrechten', which);
    }
  }
}

/** The full integrity_check: every page and index. 'ok', or the first problems SQLite names. */
export function integrityCheck(db: Db): { ok: boolean; problems: string[] } {
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  return { ok: problems.length === 0, problems };
}

function checkIsOurs(db: Db, file: string, fullCheck: boolean): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
  if (appId === 0 && tables.n === 0) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  if (appId !== APPLICATION_ID) throw damaged(file);
  if (fullCheck ? !integrityCheck(db).ok : db.pragma('quick_check', { simple: true }) !== 'ok') throw damaged(file);
}

export function migrate(db: Db, migrations: readonly Migration[], now: () => string, file = ':memory:'): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migration (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const applied = (db.prepare('SELECT id FROM schema_migration ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  applied.forEach((id, i) => {
    if (migrations[i]?.id !== id) {
      throw new AppError(
        'DATABASE',
        `Deze database is gemaakt met een andere (nieuwere?) versie van Plekkenplanner (onbekende migratie ${id}). Er is niets gewijzigd; werk Plekkenplanner bij of open een ander bestand.`,
        'nieuwer',
      );
    }
  });
  const pending = migrations.slice(applied.length);
  // Before changing an existing database's schema: a full copy beside it, named after the version it had.
  if (pending.length && applied.length && file !== ':memory:') {
    copyDatabase(db, `${file}.backup-voor-${pending[0].id}-${now().replace(/[:.]/g, '-')}`);
  }
  const record = db.prepare('INSERT INTO schema_migration (id, applied_at) VALUES (?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, now());
    })();
  }
}
