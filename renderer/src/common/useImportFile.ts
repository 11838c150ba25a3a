/**
 * Picking an import file: read it (size and time limits, "Annuleren"), ask the backend for a preview, keep the rows
 * for the confirmed import. A newer pick cancels an older one; every failure is one Dutch message.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { RawCell } from '../../../shared/keyImport';
import { errorMessage } from '../api/client';
import { Cancelled, settleWithin } from './cancellable';
import { KEY_TABLE, READ_TIME_LIMIT_MS, readImportFile, type TableLimits } from './readImportFile';

export interface PendingImport<P> {
  fileName: string;
  rows: RawCell[][];
  preview: P;
}

export interface ImportFile<P> {
  input: RefObject<HTMLInputElement | null>;
  pick(file: File | undefined): Promise<void>;
  /** The file being read, with the controller that cancels it. */
  reading: { fileName: string; controller: AbortController } | undefined;
  cancelNote: string | undefined;
  pending: PendingImport<P> | undefined;
  clear(): void;
}

export function useImportFile<P>(preview: (rows: RawCell[][]) => Promise<P>, onError: (message: string) => void, limits: TableLimits = KEY_TABLE): ImportFile<P> {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport<P>>();
  const [reading, setReading] = useState<{ fileName: string; controller: AbortController }>();
  const [cancelNote, setCancelNote] = useState<string>();
  const current = useRef<AbortController>(undefined);
  useEffect(() => () => current.current?.abort(), []);

  async function pick(file: File | undefined) {
    if (!file) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    setReading({ fileName: file.name, controller });
    setCancelNote(undefined);
    try {
      const rows = await readImportFile(file, signal, limits);
      const p = await settleWithin(preview(rows), {
        ms: READ_TIME_LIMIT_MS,
        signal,
        timeoutMessage: 'Plekkenplanner gaf geen antwoord op het voorbeeld van de import. Er is niets gewijzigd; probeer het opnieuw.',
      });
      if (!signal.aborted) setPending({ fileName: file.name, rows, preview: p });
    } catch (e) {
      if (!(e instanceof Cancelled)) onError(errorMessage(e));
      else if (current.current === controller) setCancelNote(`Lezen van "${file.name}" geannuleerd; er is niets gewijzigd.`);
    } finally {
      if (current.current === controller) current.current = undefined;
      setReading((r) => (r?.controller === controller ? undefined : r));
      if (input.current) input.current.value = '';
    }
  }

  return { input, pick, reading, cancelNote, pending, clear: () => setPending(undefined) };
}
