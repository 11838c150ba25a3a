/**
 * One Plekkenplanner process per database file: a lock file beside the real file with the owner's process id.
 *
 * The lock is keyed on the file's identity, not on the path the user typed: a symbolic link is followed to the
 * file it points to (so two paths to one file share one lock), and a hard-linked database (two names, one file,
 * so two lock files and two WALs) is refused. A lock whose process no longer runs on this computer is taken over
 * and reported, never removed silently; a lock held on another computer or one that cannot be read is refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

export interface Lock {
  /** The database file the lock protects, with symbolic links resolved. */
  realFile: string;
  /** Set when an earlier process ended without closing the database (its lock was taken over). */
  takenOver: { pid: number; since: string } | null;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'onbekend moment' : d.toLocaleString('nl-NL');
};

function readOnlyError(file: string, e: NodeJS.ErrnoException): AppError {
  return new AppError(
    'DATABASE',
    `De map van de database ${file} is alleen-lezen of niet toegankelijk (${e.code}). Plekkenplanner heeft daar schrijfrechten nodig. Kies een andere map (PLEKKENPLANNER_DB of --db) of vraag schrijfrechten.`,
    'alleen-lezen',
  );
}

/** The database file with its folder created and symbolic links resolved; a hard-linked file is refused. */
export function realDataFile(file: string): string {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw readOnlyError(file, e as NodeJS.ErrnoException);
  }
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    // Not there yet: a new database in the (resolved) folder.
    real = path.join(fs.realpathSync(dir), path.basename(file));
  }
  const st = fs.statSync(real, { throwIfNoEntry: false });
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

export function acquireLock(file: string): Lock {
  if (file === ':memory:') return { realFile: file, takenOver: null, release: () => undefined };
  const realFile = realDataFile(file);
  const lockFile = `${realFile}.lock`;
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  const mineText = JSON.stringify(mine);
  let takenOver: Lock['takenOver'] = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, mineText, { flag: 'wx' });
      return {
        realFile,
        takenOver,
        release: () => {
          try {
            if (fs.readFileSync(lockFile, 'utf8') === mineText) fs.rmSync(lockFile);
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw readOnlyError(file, e as NodeJS.ErrnoException);
      if (code !== 'EEXIST') throw new AppError('DATABASE', `Kan de database ${file} niet vergrendelen (${code ?? (e as Error).message}).`, 'onleesbaar');
      const heldText = readText(lockFile);
      if (heldText === null) continue; // removed meanwhile: try again
      const held = parse(heldText);
      if (!held) {
        throw new AppError(
          'DATABASE',
          `De database ${file} is vergrendeld, maar het slotbestand ${lockFile} is onleesbaar. Draait Plekkenplanner nergens meer met dit bestand, verwijder dan dat slotbestand en start opnieuw.`,
          'in-gebruik',
        );
      }
      if (held.host !== mine.host) {
        throw new AppError(
          'DATABASE',
          `De database ${file} is geopend op een andere computer (${held.host}, sinds ${when(held.since)}). Sluit Plekkenplanner daar eerst. Is die computer uit of vastgelopen, verwijder dan het slotbestand ${lockFile}.`,
          'in-gebruik',
        );
      }
      if (alive(held.pid)) {
        throw new AppError(
          'DATABASE',
          `De database ${file} is al geopend door een ander Plekkenplanner-venster (proces ${held.pid}, sinds ${when(held.since)}). Sluit dat eerst, of open een kopie van het bestand.`,
          'in-gebruik',
        );
      }
      // Stale: its process is gone (a crash or a pulled plug). Take it over only if it is still that same lock.
      if (readText(lockFile) === heldText) {
        fs.rmSync(lockFile, { force: true });
        takenOver = { pid: held.pid, since: held.since };
      }
    }
  }
  throw new AppError('DATABASE', `Kan de database ${file} niet vergrendelen. Probeer het opnieuw.`, 'in-gebruik');
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function parse(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as LockInfo;
    return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.since === 'string' ? v : null;
  } catch {
    return null;
  }
}
