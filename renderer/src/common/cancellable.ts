/** Long work in the UI always answers: with its result, with a Dutch error after a time limit, or as cancelled. */

/** Thrown (and shown as a neutral note, not an error) when the user pressed "Annuleren". */
export class Cancelled extends Error {
  constructor() {
    super('Geannuleerd.');
    this.name = 'Cancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

/** Lets the browser handle clicks (such as "Annuleren") and paint between two blocking steps. */
export async function nextTask(signal?: AbortSignal): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  throwIfCancelled(signal);
}

/**
 * Settles within `ms` milliseconds, whatever `work` does: its result, its error, `Cancelled` as soon as the signal
 * aborts, or an Error with `timeoutMessage`. The work itself is not stopped; its late result is ignored.
 */
export function settleWithin<T>(work: Promise<T>, opts: { ms: number; timeoutMessage: string; signal?: AbortSignal }): Promise<T> {
  const { ms, timeoutMessage, signal } = opts;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new Cancelled());
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(new Cancelled());
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(timeoutMessage));
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}
