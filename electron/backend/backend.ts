/** Opens the store and wires handlers: what both the Electron main process and browser mode start. */
import type { AppInfo } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { MODEL_VERSION } from '../../models/version';
import { openDatabase } from './db';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createScenarioStore } from './scenarioStore';

export interface Backend {
  call(channel: unknown, input: unknown): Envelope<unknown>;
  close(): void;
  dataFile: string;
}

export const APP_VERSION = '0.2.0';

export function openBackend(dataFile: string, mode: AppInfo['mode'], now?: () => Date): Backend {
  const db = openDatabase(dataFile);
  // Formulas are compiled once per distinct text and reused by every scenario and recompute.
  const cache: FormulaCache = new Map();
  const store = createScenarioStore(db, now, cache);
  store.start();
  const handlers = createHandlers({ store, info: { appVersion: APP_VERSION, modelVersion: MODEL_VERSION, dataFile, mode }, cache, now: now ?? (() => new Date()) });
  return {
    call: (channel, input) => dispatch(handlers, channel, input),
    close: () => db.close(),
    dataFile,
  };
}
