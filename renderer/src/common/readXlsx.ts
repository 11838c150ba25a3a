/**
 * Reads the first sheet of an .xlsx file without starting a worker.
 *
 * read-excel-file's browser build unzips with fflate, which inflates every entry larger than 512 kB in a Worker made
 * from a blob: URL. The CSP (shared/csp.ts: no worker-src, so script-src 'self' applies) blocks that worker, and
 * fflate does not listen for the worker's error, so the read never settles. Here the archive is unpacked
 * synchronously (fflate's unzipSync), packed again without compression, and handed to read-excel-file, which then
 * has nothing to inflate and never starts a worker. The CSP stays as strict as it is.
 */
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { readSheet, type SheetData } from 'read-excel-file/universal';
import { nextTask } from './cancellable';

/** Unpacked, a spreadsheet's XML is some ten times the file; far more than that is a zip bomb, not a table. */
export const MAX_UNPACKED_BYTES = 100_000_000;

/** Thrown when the unpacked sheets would be larger than MAX_UNPACKED_BYTES (before anything is unpacked). */
export class SpreadsheetTooLarge extends Error {}

/** The entries read-excel-file reads; images, printer settings and the like are skipped. */
const isSheetXml = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Unpacks only the XML entries. fflate allocates each entry at the size the archive declares and never writes past
 * it, so checking the declared sizes bounds the memory. Throws SpreadsheetTooLarge, or fflate's error for a damaged archive.
 */
export function unpackSheets(bytes: Uint8Array, maxUnpackedBytes = MAX_UNPACKED_BYTES): Unzipped {
  let unpackedBytes = 0;
  return unzipSync(bytes, {
    filter: (entry) => {
      if (!isSheetXml(entry.name)) return false;
      unpackedBytes += entry.originalSize;
      if (unpackedBytes > maxUnpackedBytes) {
        throw new SpreadsheetTooLarge(`Uitgepakt is dit Excel-bestand groter dan ${maxUnpackedBytes / 1_000_000} MB; dat is geen tabel met cijfers per gemeente.`);
      }
      return true;
    },
  });
}

/** The rows of the first sheet. Yields between the steps so that "Annuleren" is handled; throws Cancelled then. */
export async function readFirstSheet(bytes: ArrayBuffer, signal?: AbortSignal): Promise<SheetData> {
  const files = unpackSheets(new Uint8Array(bytes));
  await nextTask(signal);
  const stored = zipSync(files, { level: 0 });
  await nextTask(signal);
  return readSheet(stored.buffer as ArrayBuffer);
}
