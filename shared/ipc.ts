/**
 * The Electron IPC channels between preload and main: channel name → arguments → result.
 * `call` carries the whole contract (shared/contract.ts); the others are desktop-only extras.
 * Main registers each one through electron/main/ipc.ts `handle` (which checks the sender);
 * the preload sends through one typed `invoke`.
 */
import type { Envelope } from './errors';

export const IPC_CHANNELS = {
  call: 'plekkenplanner:call',
  savePdf: 'plekkenplanner:save-pdf',
  openDatabase: 'plekkenplanner:open-database',
} as const;

export type SavePdfResult = { saved: true; file: string } | { saved: false };
export type OpenDatabaseResult = { opened: boolean };

export interface IpcMap {
  [IPC_CHANNELS.call]: { args: [channel: string, input: unknown]; result: Envelope<unknown> };
  [IPC_CHANNELS.savePdf]: { args: [fileName: string]; result: SavePdfResult };
  [IPC_CHANNELS.openDatabase]: { args: []; result: OpenDatabaseResult };
}

export type IpcChannel = keyof IpcMap;
export type IpcArgs<C extends IpcChannel> = IpcMap[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcMap[C]['result'];
