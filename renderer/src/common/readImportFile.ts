/** Reads an import file (CSV or .xlsx) into rows, with a size limit, a time limit and "Annuleren"; every outcome is a Dutch answer. */
import { parseCsv, type RawCell } from '../../../shared/keyImport';
import { formatNumber } from '../../../shared/numberFormat';
import { Cancelled, settleWithin } from './cancellable';
import { readFirstSheet, SpreadsheetTooLarge } from './readXlsx';

/** A table of eight gemeenten is a few kilobytes; this leaves room for a workbook with other sheets. */
export const MAX_FILE_BYTES = 5_000_000;

/** What a kind of table may hold: rows (the same limit as its contract input, checked here so a huge sheet is not sent) and what it is. */
export interface TableLimits {
  maxRows: number;
  /** "een tabel met acht gemeenten": what the message says the file should be. */
  what: string;
}
export const KEY_TABLE: TableLimits = { maxRows: 1_000, what: 'een tabel met acht gemeenten' };
/** Reading a file of MAX_FILE_BYTES takes a few seconds at most; this only catches a read that would never end. */
export const READ_TIME_LIMIT_MS = 30_000;

const megabytes = (bytes: number) => formatNumber(Math.ceil(bytes / 100_000) / 10, 1);

const unreadable = (name: string) =>
  `"${name}" is geen leesbaar Excel-bestand (.xlsx). Sla het in Excel op als .xlsx of als CSV en probeer het opnieuw.`;

function cellOf(c: unknown): RawCell {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  return c as RawCell;
}

async function readXlsx(file: File, signal: AbortSignal | undefined): Promise<RawCell[][]> {
  const bytes = await file.arrayBuffer();
  try {
    return (await readFirstSheet(bytes, signal)).map((row) => row.map(cellOf));
  } catch (e) {
    if (e instanceof Cancelled || e instanceof SpreadsheetTooLarge) throw e;
    throw new Error(unreadable(file.name));
  }
}

/** Rejects with a Dutch message, or with Cancelled when the signal aborts; never stays pending longer than the time limit. */
export async function readImportFile(file: File, signal?: AbortSignal, limits: TableLimits = KEY_TABLE): Promise<RawCell[][]> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(
      `"${file.name}" is ${megabytes(file.size)} MB; Plekkenplanner leest bestanden tot ${MAX_FILE_BYTES / 1_000_000} MB. ` +
        `Bewaar alleen het werkblad met de cijfers, of sla het op als CSV.`,
    );
  }
  let work: Promise<RawCell[][]>;
  if (/\.xlsx$/i.test(file.name)) work = readXlsx(file, signal);
  else if (/\.(csv|txt)$/i.test(file.name)) work = file.text().then(parseCsv);
  else throw new Error('Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx). Het oude .xls-formaat wordt niet gelezen.');

  const rows = await settleWithin(work, {
    ms: READ_TIME_LIMIT_MS,
    signal,
    timeoutMessage: `Het lezen van "${file.name}" duurde langer dan ${READ_TIME_LIMIT_MS / 1000} seconden en is afgebroken. Sla het bestand opnieuw op als .xlsx of als CSV en probeer het nog eens.`,
  });
  if (rows.length > limits.maxRows) {
    throw new Error(`"${file.name}" heeft ${formatNumber(rows.length)} regels; dat is geen ${limits.what} (hoogstens ${formatNumber(limits.maxRows)} regels).`);
  }
  return rows;
}
