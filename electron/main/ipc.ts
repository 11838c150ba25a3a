/**
 * The only place that registers IPC handlers (lint bans raw `ipcMain` elsewhere). Every message is checked
 * against the sender frame before its handler runs (ENGINEERING.md §4: validate `event.senderFrame`).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcArgs, IpcChannel, IpcResult } from '../../shared/ipc';
import { isOwnUrl } from './security';

/** The declared arguments, as they arrive: from another process, so unchecked until the handler checks them. */
export type Unchecked<T extends unknown[]> = { [K in keyof T]: unknown };

export type Handler<C extends IpcChannel> = (event: IpcMainInvokeEvent, ...args: Unchecked<IpcArgs<C>>) => IpcResult<C> | Promise<IpcResult<C>>;

export class UntrustedSenderError extends Error {}

/** True when the message comes from a frame showing our own UI (not a navigated-away or foreign frame). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isOwnUrl(event.senderFrame?.url ?? '');
}

export function handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) throw new UntrustedSenderError('Verzoek van een onbekende bron geweigerd.');
    return handler(event, ...(args as Unchecked<IpcArgs<C>>));
  });
}
