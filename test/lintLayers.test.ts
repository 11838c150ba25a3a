/** The layer rules in eslint.config.mjs bite: snippets linted as if they lived at a path, via ESLint's Node API. */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '..') });

/** Rule ids of the import/syntax restrictions reported for `code` as if it were the file at `filePath`. */
async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((id) => /restricted/.test(id));
}

describe('layer lint rules', () => {
  it('models/ may import domain vocabulary from shared/, nothing else', async () => {
    expect(await restrictions('models/x/a.ts', "import { GEMEENTE_CODES } from '../../shared/domain';\nexport const a = GEMEENTE_CODES;\n")).toEqual([]);
    expect(await restrictions('models/x/a.ts', "import { METHODS } from '../../shared/apportionMethods';\nexport const a = METHODS;\n")).toEqual([]);
    // The list of output figures is vocabulary too: the Monte Carlo draws the figures it flags.
    expect(await restrictions('models/x/a.ts', "import { UNCERTAINTY_METRICS } from '../../shared/metrics';\nexport const a = UNCERTAINTY_METRICS;\n")).toEqual([]);
    expect(await restrictions('models/x/a.ts', "import { CONTRACT } from '../../shared/contract';\nexport const a = CONTRACT;\n")).toEqual(['no-restricted-imports']);
    expect(await restrictions('models/x/a.ts', "import type { Envelope } from '../../shared/errors';\nexport type A = Envelope<1>;\n")).toEqual(['no-restricted-imports']);
    expect(await restrictions('models/x/a.ts', "import { handle } from '../../electron/main/ipc';\nexport const a = handle;\n")).toEqual(['no-restricted-imports']);
  });

  it('shared/ imports only types from models/', async () => {
    expect(await restrictions('shared/a.ts', "import type { Tornado } from '../models/uncertainty/tornado';\nexport type A = Tornado;\n")).toEqual([]);
    const oldCycle = "import { METHODS, type Method } from '../models/apportion/apportion';\nexport const a: readonly Method[] = METHODS;\n";
    expect(await restrictions('shared/a.ts', oldCycle)).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(await restrictions('shared/a.ts', "import { apportion } from '../models/apportion/apportion';\nexport const a = apportion;\n")).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it('the renderer never imports electron/ (only the type of window.api from the preload)', async () => {
    expect(await restrictions('renderer/src/a.ts', "import type { Api } from '../../electron/preload/api';\nexport type A = Api;\n")).toEqual([]);
    expect(await restrictions('renderer/src/a.ts', "import { createApi } from '../../electron/preload/api';\nexport const a = createApi;\n")).toEqual(['@typescript-eslint/no-restricted-imports']);
    expect(await restrictions('renderer/src/a.ts', "import { openBackend } from '../../electron/backend/backend';\nexport const a = openBackend;\n")).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it('dynamic import() follows the same layer rules (no-restricted-imports alone missed it)', async () => {
    // shared/ → models/ at run time, and the renderer → the backend's database, used to pass.
    expect(await restrictions('shared/a.ts', "export const lazy = () => import('../models/version');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('renderer/src/a.ts', "export const lazy = () => import('../../electron/backend/db');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('renderer/src/a.tsx', "export const lazy = () => import('../../electron/preload/api');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('renderer/src/a.ts', "export const lazy = () => import('better-sqlite3');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('shared/a.ts', "export const lazy = () => import('node:fs');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('shared/a.ts', "export const lazy = () => import('../electron/backend/db');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('models/x/a.ts', "export const lazy = () => import('../../shared/contract');\n")).toEqual(['no-restricted-syntax']);
    expect(await restrictions('models/x/a.ts', "export const lazy = () => import('../../renderer/src/App');\n")).toEqual(['no-restricted-syntax']);
    // A computed path cannot be checked, so it is refused in the pure layers and the renderer.
    expect(await restrictions('shared/a.ts', 'export const lazy = (m: string) => import(`../models/${m}`);\n')).toEqual(['no-restricted-syntax']);
    // Allowed: within a layer, and domain vocabulary for models/.
    expect(await restrictions('models/x/a.ts', "export const lazy = () => import('../../shared/domain');\n")).toEqual([]);
    expect(await restrictions('renderer/src/a.ts', "export const lazy = () => import('./capacity/CapacityView');\n")).toEqual([]);
    expect(await restrictions('shared/a.ts', "export const lazy = () => import('./domain');\n")).toEqual([]);
    // Type-level import() stays allowed where type imports are.
    expect(await restrictions('shared/a.ts', "export type V = typeof import('../models/version');\n")).toEqual([]);
  });

  it('the backend never imports electron', async () => {
    expect(await restrictions('electron/backend/a.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual(['no-restricted-imports']);
  });

  it('IPC handlers are registered only through electron/main/ipc.ts', async () => {
    const raw = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await restrictions('electron/main/ipc.ts', raw)).toEqual([]);
    expect(await restrictions('electron/main/other.ts', raw)).toEqual(['no-restricted-imports']);
    expect(await restrictions('electron/main/other.ts', "import * as electron from 'electron';\nelectron.ipcMain.on('x', () => 1);\n")).toContain('no-restricted-syntax');
  });
});
