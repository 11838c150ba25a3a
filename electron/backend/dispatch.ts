/** The single entry point both transports use: check the channel, validate the input, run the handler. */
import { contract, isChannel, type Channel } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import type { Handlers } from './handlers/index';

export function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Envelope<unknown> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'ONBEKEND_KANAAL', message: `Onbekende opdracht "${String(channel).slice(0, 60)}".` } };
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return { ok: false, error: { code: 'ONGELDIGE_INVOER', message: `Ongeldige invoer. ${details}` } };
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
