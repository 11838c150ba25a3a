/** Opens the store and wires handlers: what both the Electron main process and browser mode start. */
import type { AppInfo } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { MODEL_VERSION } from '../../models/version';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyDatabase, openDatabase, type Db } from './db';
import { acquireLock } from './lock';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createScenarioStore } from './scenarioStore';
import { createMcJobs } from './uncertainty/jobs';

export interface Backend {
  call(channel: unknown, input: unknown): Envelope<unknown>;
  close(): void;
  dataFile: string;
}

export const APP_VERSION = '0.2.0';

export interface BackendOptions {
  /** The built Monte Carlo worker; each entry (Electron main, browser mode) passes its own out/main/mcWorker.js. */
  workerFile?: string;
  /** Worker threads for the Monte Carlo (default: the number of cores). */
  threads?: number;
}

export function openBackend(dataFile: string, mode: AppInfo['mode'], now?: () => Date, options: BackendOptions = {}): Backend {
  const release = acquireLock(dataFile);
  let db: Db;
  try {
    db = openDatabase(dataFile);
  } catch (e) {
    release();
    throw e;
  }
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
    info: { appVersion: APP_VERSION, modelVersion: MODEL_VERSION, dataFile, mode },
    cache,
    now: now ?? (() => new Date()),
    copyDatabase: copy,
  });
  return {
    call: (channel, input) => dispatch(handlers, channel, input),
    close: () => {
      jobs.closeAll();
      db.close();
      release();
    },
    dataFile,
  };
}
