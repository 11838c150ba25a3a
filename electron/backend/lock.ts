/**
 * One Plekkenplanner process per database file: a lock file beside it with the owner's process id.
 * SQLite itself never corrupts on concurrent access, but two apps editing the same scenarios would overwrite
 * each other's work without knowing; a second instance gets a clear message instead. A lock whose process no
 * longer runs (after a crash) is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../../shared/errors';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(file: string): () => void {
  if (file === ':memory:') return () => undefined;
  const lockFile = `${file}.lock`;
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(mine), { flag: 'wx' });
      return () => {
        try {
          const held = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockInfo;
          if (held.pid === mine.pid && held.since === mine.since) fs.rmSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let held: LockInfo | undefined;
      try {
        held = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockInfo;
      } catch {
        held = undefined;
      }
      if (held && held.host === mine.host && alive(held.pid)) {
        throw new AppError(
          'DATABASE',
          `De database ${file} is al geopend door een ander Plekkenplanner-venster (proces ${held.pid}, sinds ${new Date(held.since).toLocaleString('nl-NL')}). Sluit dat eerst, of open een kopie van het bestand.`,
          'in-gebruik',
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError('DATABASE', `Kan de database ${file} niet vergrendelen. Probeer het opnieuw.`, 'in-gebruik');
}
