/** Calls through the backend's one entry point: `ok` expects success, `fails` expects a refusal and returns it. */
import type { Backend } from '../../electron/backend/backend';

export function contractCalls(backend: () => Backend) {
  return {
    ok<T>(channel: string, input: unknown): T {
      const r = backend().call(channel, input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.data as T;
    },
    fails(channel: string, input: unknown) {
      const r = backend().call(channel, input);
      if (r.ok) throw new Error(`expected ${channel} to fail`);
      return r.error;
    },
  };
}
