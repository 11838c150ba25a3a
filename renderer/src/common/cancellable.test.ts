import { describe, expect, it } from 'vitest';
import { Cancelled, settleWithin } from './cancellable';

const never = new Promise<never>(() => {});

describe('settleWithin', () => {
  it('passes the result and the error of work that settles in time', async () => {
    await expect(settleWithin(Promise.resolve(4), { ms: 1000, timeoutMessage: 'te laat' })).resolves.toBe(4);
    await expect(settleWithin(Promise.reject(new Error('kapot')), { ms: 1000, timeoutMessage: 'te laat' })).rejects.toThrow('kapot');
  });

  it('answers with the Dutch message when the work never settles', async () => {
    await expect(settleWithin(never, { ms: 20, timeoutMessage: 'Het lezen duurde te lang.' })).rejects.toThrow('Het lezen duurde te lang.');
  });

  it('answers Cancelled as soon as the signal aborts, or at once when it already had', async () => {
    const controller = new AbortController();
    const pending = settleWithin(never, { ms: 60_000, timeoutMessage: 'te laat', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(Cancelled);
    await expect(settleWithin(Promise.resolve(1), { ms: 1000, timeoutMessage: 'te laat', signal: controller.signal })).rejects.toBeInstanceOf(Cancelled);
  });
});
