/** The single entry point both transports use: check the channel, validate the input, run the handler. */
import { contract, isChannel, type Channel } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { describeIssues, quoted } from '../../shared/validation';
import type { Handlers } from './handlers/index';

export function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Envelope<unknown> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'ONBEKEND_KANAAL', message: `Onbekende opdracht ${quoted(String(channel), 60)}.` } };
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'ONGELDIGE_INVOER', message: describeIssues(parsed.error.issues) } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return { ok: true, data: handler(parsed.data) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } };
    console.error(`[plekkenplanner] fout in ${channel as Channel}:`, e);
    return { ok: false, error: { code: 'INTERN', message: 'Er ging iets mis in Plekkenplanner. Er is niets opgeslagen; probeer het opnieuw.' } };
  }
}
