/** Opens the store and wires handlers: what both the Electron main process and browser mode start. */
import type { AppInfo } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { MODEL_VERSION } from '../../models/version';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyDatabase, integrityCheck, openDatabase, type Db } from './db';
import { acquireLock } from './lock';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createScenarioStore } from './scenarioStore';
import { createMcJobs } from './uncertainty/jobs';

export interface Backend {
  call(channel: unknown, input: unknown): Envelope<unknown>;
  close(): void;
  dataFile: string;
  /** A Dutch sentence when the previous session ended without closing the database. */
  startNotice: string | null;
}

export const APP_VERSION = '0.2.0';

export interface BackendOptions {
  /** The built Monte Carlo worker; each entry (Electron main, browser mode) passes its own out/main/mcWorker.js. */
  workerFile?: string;
  /** Worker threads for the Monte Carlo (default: the number of cores). */
  threads?: number;
}

export function openBackend(dataFile: string, mode: AppInfo['mode'], now?: () => Date, options: BackendOptions = {}): Backend {
  const lock = acquireLock(dataFile);
  let db: Db;
  try {
    // After an unclean shutdown (the previous process died holding the lock): the full integrity_check.
    db = openDatabase(lock.realFile, undefined, undefined, { fullCheck: lock.takenOver !== null });
  } catch (e) {
    lock.release();
    throw e;
  }
  const uncleanShutdown = lock.takenOver && {
    since: lock.takenOver.since,
    message: `Plekkenplanner is de vorige keer niet netjes afgesloten (proces ${lock.takenOver.pid}). De database is daarom volledig gecontroleerd en is in orde.`,
  };
  // Formulas are compiled once per distinct text and reused by every scenario and recompute.
  const cache: FormulaCache = new Map();
  const store = createScenarioStore(db, now, cache);
  store.start();
  const copy = () => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-kopie-')), 'kopie.sqlite');
    try {
      copyDatabase(db, tmp);
      return fs.readFileSync(tmp);
    } finally {
      fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  };
  const jobs = createMcJobs(options.workerFile ?? '', options.threads);
  const handlers = createHandlers({
    jobs,
    store,
    info: { appVersion: APP_VERSION, modelVersion: MODEL_VERSION, dataFile, mode, uncleanShutdown, introDismissed: false },
    cache,
    now: now ?? (() => new Date()),
    copyDatabase: copy,
    checkDatabase: () => integrityCheck(db),
  });
  return {
    call: (channel, input) => dispatch(handlers, channel, input),
    close: () => {
      jobs.closeAll();
      db.close();
      lock.release();
    },
    dataFile,
    startNotice: uncleanShutdown ? uncleanShutdown.message : null,
  };
}
