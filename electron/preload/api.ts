/**
 * The narrow bridge the renderer sees as `window.api`: the contract call plus the desktop-only extras.
 * Kept free of `electron` imports so the renderer can take its type (`Api`) without Node's types.
 */
import { IPC_CHANNELS, type IpcArgs, type IpcChannel, type IpcResult } from '../../shared/ipc';

export type Invoke = <C extends IpcChannel>(channel: C, ...args: IpcArgs<C>) => Promise<IpcResult<C>>;

export function createApi(invoke: Invoke) {
  return {
    /** One contract call (shared/contract.ts); the answer is an envelope (data or a Dutch error). */
    call: (channel: string, input: unknown) => invoke(IPC_CHANNELS.call, String(channel), input),
    /** Desktop only: choose another database file; Plekkenplanner restarts with it. */
    openDatabase: () => invoke(IPC_CHANNELS.openDatabase),
    /** Desktop only: save the report on screen as a (tagged) PDF via a save dialog. */
    savePdf: (fileName: string) => invoke(IPC_CHANNELS.savePdf, String(fileName)),
  };
}

export type Api = ReturnType<typeof createApi>;
