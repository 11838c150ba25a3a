/** The renderer's one way to reach the backend: Electron's window.api when present, else browser-mode HTTP. */
import type { Call, Channel, Input, Output } from '../../../shared/contract';
import type { ApiError, Envelope } from '../../../shared/errors';

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

const TOKEN_KEY = 'plekkenplanner-token';

/** Browser mode: the token arrives once in the URL fragment, is kept for this tab, and removed from the address bar. */
function browserToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpCall(channel: string, input: unknown): Promise<Envelope<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Plekkenplanner-Token': browserToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERN', message: 'Geen verbinding met Plekkenplanner. Draait het programma nog?' } };
  }
  try {
    return (await res.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERN', message: `Onverwacht antwoord van Plekkenplanner (HTTP ${res.status}).` } };
  }
}

export const call: Call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
  const env = window.api ? await window.api.call(channel, input) : await httpCall(channel, input);
  if (!env.ok) throw new ApiCallError(env.error);
  return env.data as Output<C>;
};

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
