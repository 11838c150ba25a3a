/**
 * One Plekkenplanner process per database file: a lock file beside the real file with the owner's process id.
 *
 * The lock is keyed on the file's identity, not on the path the user typed: a symbolic link is followed to the
 * file it points to, also when that file does not exist yet (so two paths to one file share one lock), and a
 * hard-linked database (two names, one file, so two lock files and two WALs) is refused.
 *
 * The lock appears complete or not at all: a finished temporary file gets the lock's name with link(), which
 * fails when a lock exists. A lock whose owner no longer runs (its process ended, its pid now belongs to another
 * process, or it was written before the computer restarted) is taken over and reported, never removed silently:
 * it is renamed aside first, and removed only if the renamed file is the lock judged stale. A lock held on
 * another computer or one that cannot be read is refused.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /** Linux boot id: a lock from an earlier boot is stale whatever its pid. Absent in older locks. */
  boot?: string;
  /** The owner's start time in clock ticks since boot (Linux): tells a reused pid from the owner. */
  started?: string;
}

export interface Lock {
  /** The database file the lock protects, with symbolic links resolved. */
  realFile: string;
  /** Set when an earlier process ended without closing the database (its lock was taken over). */
  takenOver: { pid: number; since: string } | null;
  release(): void;
}

const MAX_ATTEMPTS = 12;
const MAX_LINK_HOPS = 40;
/** Filesystems without hard links answer link() with one of these: then the lock is written with O_EXCL. */
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Lock files this process holds, with their text: a lock with our own pid that is not here is from an earlier life. */
const heldHere = new Map<string, string>();

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? '';

function readSmallFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

const BOOT_ID = readSmallFile('/proc/sys/kernel/random/boot_id');

/** When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined where unknown. */
function startedAt(pid: number): string | undefined {
  const stat = readSmallFile(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing parenthesis.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return codeOf(e) === 'EPERM';
  }
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'onbekend moment' : d.toLocaleString('nl-NL');
};

/** Waits without giving up the thread (the lock is taken synchronously at start). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const uniqueName = (lockFile: string, what: string) => `${lockFile}.${process.pid}-${randomBytes(6).toString('hex')}.${what}`;

// ---------------------------------------------------------------------------------------------------------------
// Dutch messages

function readOnlyError(file: string, code: string): AppError {
  return new AppError(
    'DATABASE',
    `De map van de database ${file} is alleen-lezen of niet toegankelijk (${code}). Plekkenplanner heeft daar schrijfrechten nodig. Kies een andere map (PLEKKENPLANNER_DB of --db) of vraag schrijfrechten.`,
    'alleen-lezen',
  );
}

function linkLoopError(file: string): AppError {
  return new AppError(
    'DATABASE',
    `Het pad naar de database ${file} loopt via symbolische links in een kring (of via meer dan ${MAX_LINK_HOPS} links) en komt nooit bij een bestand uit. Controleer de links in dat pad, of kies een ander bestand (PLEKKENPLANNER_DB of --db).`,
    'onleesbaar',
  );
}

/** A file-system error on the database's path, in Dutch (never Node's English text). */
function pathError(file: string, e: unknown): AppError {
  const code = codeOf(e) || 'onbekende fout';
  if (READ_ONLY.has(code)) return readOnlyError(file, code);
  if (code === 'ELOOP') return linkLoopError(file);
  const what: Record<string, string> = {
    ENAMETOOLONG: `De naam of het pad van de database ${file} is te lang voor het bestandssysteem (ENAMETOOLONG). Kies een kortere bestandsnaam of een map met een korter pad`,
    ENOTDIR: `Het pad naar de database ${file} loopt via iets dat geen map is (ENOTDIR). Controleer het pad en kies een bestand in een bestaande map`,
    ENOENT: `Het pad naar de database ${file} bestaat niet en kan niet worden gemaakt (ENOENT). Controleer het pad`,
  };
  const start = what[code] ?? `Plekkenplanner kan het pad naar de database ${file} niet gebruiken (${code}). Controleer het pad`;
  return new AppError('DATABASE', `${start}, of kies een ander bestand (PLEKKENPLANNER_DB of --db).`, 'onleesbaar');
}

function unreadableLock(file: string, lockFile: string, why: string): AppError {
  return new AppError(
    'DATABASE',
    `De database ${file} is vergrendeld, maar het slotbestand ${lockFile} ${why}. Draait Plekkenplanner nergens meer met dit bestand, verwijder dan dat slotbestand en start opnieuw.`,
    'in-gebruik',
  );
}

function notAFileLock(lockFile: string, isFolder: boolean): AppError {
  const thing = isFolder ? 'een map' : 'geen gewoon bestand (bijvoorbeeld een snelkoppeling)';
  return new AppError(
    'DATABASE',
    `Op de plek van het slotbestand ${lockFile} staat ${thing}. Plekkenplanner kan de database daardoor niet vergrendelen en opent haar niet. Verwijder of hernoem ${isFolder ? 'die map' : 'dat item'} (Plekkenplanner maakt zelf een nieuw slotbestand) en start opnieuw.`,
    'onleesbaar',
  );
}

function heldError(file: string, lockFile: string, held: LockInfo): AppError {
  if (held.host !== os.hostname()) {
    return new AppError(
      'DATABASE',
      `De database ${file} is geopend op een andere computer (${held.host}, sinds ${when(held.since)}). Sluit Plekkenplanner daar eerst. Is die computer uit of vastgelopen, verwijder dan het slotbestand ${lockFile}.`,
      'in-gebruik',
    );
  }
  return new AppError(
    'DATABASE',
    `De database ${file} is al geopend door een ander Plekkenplanner-venster (proces ${held.pid}, sinds ${when(held.since)}). Sluit dat eerst, of open een kopie van het bestand.`,
    'in-gebruik',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The real file behind a path

/** Follows symbolic links one hop at a time, also to a file that does not exist yet; the folder is then resolved. */
function resolveLinks(file: string, shown: string): string {
  let current = path.resolve(file);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    const st = fs.lstatSync(current, { throwIfNoEntry: false });
    if (!st?.isSymbolicLink()) {
      const dir = path.dirname(current);
      fs.mkdirSync(dir, { recursive: true });
      return path.join(fs.realpathSync(dir), path.basename(current));
    }
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
  throw linkLoopError(shown);
}

/** The database file with its folder created and symbolic links resolved; a hard-linked file is refused. */
export function realDataFile(file: string): string {
  let real: string;
  let st: fs.Stats | undefined;
  try {
    // The folder the user named first (a new machine has no data folder yet), then the one the links lead to.
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    real = resolveLinks(file, file);
    st = fs.statSync(real, { throwIfNoEntry: false });
  } catch (e) {
    throw e instanceof AppError ? e : pathError(file, e);
  }
  if (st && !st.isFile()) throw new AppError('DATABASE', `${file} is geen bestand. Kies een databasebestand (.sqlite).`, 'onleesbaar');
  if (st && st.nlink > 1) {
    throw new AppError(
      'DATABASE',
      `De database ${file} heeft ${st.nlink} namen (een harde link). Twee namen voor één database geven twee logboeken en kunnen gegevens laten verdwijnen; Plekkenplanner opent zo'n bestand niet. Maak een gewone kopie en open die, of verwijder de extra naam.`,
      'onleesbaar',
    );
  }
  return real;
}

// ---------------------------------------------------------------------------------------------------------------
// Creating, judging and taking over the lock file

/** A complete, flushed temporary file with the lock's text, beside the lock (link() works within one folder). */
function writeTemporary(lockFile: string, text: string, file: string): string {
  const tmp = uniqueName(lockFile, 'nieuw');
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return tmp;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw READ_ONLY.has(codeOf(e)) ? readOnlyError(file, codeOf(e)) : pathError(file, e);
  }
}

/** Gives the lock its name in one step; false when a lock exists already. */
function createLock(lockFile: string, tmp: string, text: string, file: string): boolean {
  try {
    fs.linkSync(tmp, lockFile);
    return true;
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return false;
    if (!LINK_UNSUPPORTED.has(codeOf(e))) throw pathError(file, e);
  }
  // No hard links on this filesystem: exclusive create. For a moment the lock may be empty (see readLock).
  try {
    fs.writeFileSync(lockFile, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return false;
    throw pathError(file, e);
  }
}

/** The lock's text, or null when it is gone; a folder or other non-file in its place is refused. */
function readLock(lockFile: string, file: string): string | null {
  try {
    const st = fs.lstatSync(lockFile, { throwIfNoEntry: false });
    if (!st) return null;
    if (!st.isFile()) throw notAFileLock(lockFile, st.isDirectory());
    return fs.readFileSync(lockFile, 'utf8');
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (codeOf(e) === 'ENOENT') return null;
    throw unreadableLock(file, lockFile, `kan niet worden gelezen (${codeOf(e) || 'onbekende fout'})`);
  }
}

function parse(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as LockInfo;
    const optional = (x: unknown) => x === undefined || typeof x === 'string';
    const ok = typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.since === 'string' && optional(v.boot) && optional(v.started);
    return ok ? v : null;
  } catch {
    return null;
  }
}

/** Whether a lock on this computer belongs to a process that no longer holds the database. */
function isStale(held: LockInfo, heldText: string, lockFile: string): boolean {
  // Our own pid: live only if this process holds this very lock (else: from before a restart of the container).
  if (held.pid === process.pid) return heldHere.get(lockFile) !== heldText;
  if (held.boot && BOOT_ID && held.boot !== BOOT_ID) return true; // written before the computer restarted
  if (!alive(held.pid)) return true;
  // The pid runs, but it is another process that got the same number.
  const started = held.started && startedAt(held.pid);
  return Boolean(started && started !== held.started);
}

/** Puts a lock that was renamed aside by mistake back; if a new lock took its place meanwhile, that one stays. */
function putBack(aside: string, lockFile: string): void {
  try {
    fs.linkSync(aside, lockFile);
  } catch (e) {
    if (LINK_UNSUPPORTED.has(codeOf(e)) && !fs.existsSync(lockFile)) fs.renameSync(aside, lockFile);
  }
  fs.rmSync(aside, { force: true });
}

/**
 * Removes a stale file (a lock, or a takeover guard), but only that one: it is renamed aside and checked; one that
 * replaced it meanwhile goes back. True when this process removed it.
 */
function removeAside(lockFile: string, staleText: string, file: string): boolean {
  if (readLock(lockFile, file) !== staleText) return false; // changed since it was judged
  const aside = uniqueName(lockFile, 'oud');
  try {
    fs.renameSync(lockFile, aside);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return false;
    throw e;
  }
  if (fs.readFileSync(aside, 'utf8') === staleText) {
    fs.rmSync(aside, { force: true });
    return true;
  }
  putBack(aside, lockFile);
  return false;
}

/** A takeover takes milliseconds: a guard this old was left behind, whoever wrote it. */
const GUARD_LEFT_BEHIND_MS = 5_000;

const guardOf = (lockFile: string) => `${lockFile}.overname`;

/**
 * Removes the stale lock while holding the takeover guard (`<lock>.overname`, made like the lock itself), so one
 * process at a time does it. Without the guard, two processes that both judged the lock stale could interleave:
 * the second renames aside the lock the first had just made, and a third makes its own in the gap, so two hold
 * it. Under the guard nobody else removes the lock, so it is still the stale one or gone (or, if a guard left
 * behind was cleared by two processes at once, a new lock, which removeAside puts back). A guard of a process
 * that ended during a takeover, or one older than a takeover can take, is removed like a stale lock.
 * True when this process removed the stale lock.
 */
function removeStale(lockFile: string, staleText: string, tmp: string, mineText: string, file: string): boolean {
  const guard = guardOf(lockFile);
  if (!createLock(guard, tmp, mineText, file)) {
    const guardText = readLock(guard, file);
    if (guardText === null) return false;
    const owner = parse(guardText);
    const age = Date.now() - (fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    const ended = owner !== null && owner.host === os.hostname() && isStale(owner, guardText, guard);
    if (ended || age > GUARD_LEFT_BEHIND_MS) removeAside(guard, guardText, file);
    return false;
  }
  try {
    return removeAside(lockFile, staleText, file);
  } finally {
    if (readSmallFile(guard) === mineText) fs.rmSync(guard, { force: true });
  }
}

function holding(lockFile: string, text: string, realFile: string, takenOver: Lock['takenOver']): Lock {
  heldHere.set(lockFile, text);
  return {
    realFile,
    takenOver,
    release: () => {
      if (heldHere.get(lockFile) === text) heldHere.delete(lockFile);
      try {
        if (fs.readFileSync(lockFile, 'utf8') === text) fs.rmSync(lockFile);
      } catch {
        // already gone
      }
    },
  };
}

export function acquireLock(file: string): Lock {
  if (file === ':memory:') return { realFile: file, takenOver: null, release: () => undefined };
  const realFile = realDataFile(file);
  const lockFile = `${realFile}.lock`;
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), boot: BOOT_ID, started: startedAt(process.pid) };
  const mineText = JSON.stringify(mine);
  const tmp = writeTemporary(lockFile, mineText, file);
  let takenOver: Lock['takenOver'] = null;
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (createLock(lockFile, tmp, mineText, file)) return holding(lockFile, mineText, realFile, takenOver);
      const heldText = readLock(lockFile, file);
      const last = attempt === MAX_ATTEMPTS - 1;
      // Gone meanwhile, or (without hard links) just created and not yet written: look again shortly.
      if (heldText === null || (heldText === '' && !last)) {
        pause(1 + Math.random() * 4 * (attempt + 1));
        continue;
      }
      const held = parse(heldText);
      if (!held) throw unreadableLock(file, lockFile, 'is onleesbaar');
      if (held.host !== mine.host || !isStale(held, heldText, lockFile)) throw heldError(file, lockFile, held);
      // Its owner ended without closing the database (a crash or a pulled plug), whoever of us removes the lock.
      takenOver = { pid: held.pid, since: held.since };
      if (!removeStale(lockFile, heldText, tmp, mineText, file)) pause(1 + Math.random() * 4 * (attempt + 1));
    }
  } catch (e) {
    throw e instanceof AppError ? e : pathError(file, e);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  const guard = fs.existsSync(guardOf(lockFile)) ? ` Blijft dit zo, kijk dan of ${guardOf(lockFile)} er nog staat terwijl Plekkenplanner nergens met dit bestand draait; verwijder het dan.` : '';
  throw new AppError(
    'DATABASE',
    `Kan de database ${file} niet vergrendelen: andere Plekkenplanner-vensters openen hetzelfde bestand op hetzelfde moment. Wacht een paar seconden en probeer het opnieuw.${guard}`,
    'in-gebruik',
  );
}
