/** The IPC wrapper runs a handler only for messages from our own UI's frame. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => unknown>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, listener) },
  session: {},
}));

const { handle, UntrustedSenderError } = await import('./ipc');
const { IPC_CHANNELS } = await import('../../shared/ipc');

const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

describe('handle', () => {
  beforeEach(() => registered.clear());

  it('passes messages from app://plekkenplanner to the handler, arguments unchanged', async () => {
    const handler = vi.fn(() => ({ opened: false }));
    handle(IPC_CHANNELS.openDatabase, handler);
    const listener = registered.get('plekkenplanner:open-database')!;
    expect(await listener(from('app://plekkenplanner/index.html'), 'extra')).toEqual({ opened: false });
    expect(handler).toHaveBeenCalledWith(from('app://plekkenplanner/index.html'), 'extra');
  });

  it.each([['https://example.org/'], ['file:///tmp/x.html'], ['app://plekkenplanner.evil/'], [''], [undefined]])(
    'refuses a message from %s without running the handler',
    (url) => {
      const handler = vi.fn(() => ({ saved: false as const }));
      handle(IPC_CHANNELS.savePdf, handler);
      expect(() => registered.get('plekkenplanner:save-pdf')!(from(url), 'rapport.pdf')).toThrow(UntrustedSenderError);
      expect(handler).not.toHaveBeenCalled();
    },
  );
});
