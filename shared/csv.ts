/**
 * The one CSV writer of the app and the CLI, built on papaparse's `unparse` with formula escaping
 * (OWASP "CSV Injection"): a text cell that a spreadsheet could read as a formula gets a leading `'`.
 * Text is written on one line (control characters become a space), so no cell can start a new record.
 */
import Papa from 'papaparse';
import { CONTROL_CHARS_GLOBAL } from './validation';

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  delimiter: ';' | ',';
  decimal: ',' | '.';
  /** UTF-8 byte order mark, so Excel reads accents correctly. */
  bom: boolean;
  newline: '\r\n' | '\n';
  /** Fixed number of decimals per column; undefined = as many as the number needs. */
  digits?: readonly (number | undefined)[];
}

/** CSV as Dutch Excel reads it: semicolons, decimal commas, UTF-8 with BOM, no thousands separators. */
export const DUTCH_EXCEL: CsvOptions = { delimiter: ';', decimal: ',', bom: true, newline: '\r\n' };

/** CSV for scripts: commas, decimal points, no BOM, LF. */
export const PLAIN_CSV: CsvOptions = { delimiter: ',', decimal: '.', bom: false, newline: '\n' };

/**
 * Text that Excel, LibreOffice or Google Sheets may evaluate: it starts with = + - @ (also after spaces),
 * or with a tab, CR or LF. A plain negative number ("-12,5") is a number, not a formula, and stays as it is.
 * Our own pattern, not papaparse's default `/^[=+\-@\t\r].*$/`: that one misses text with a line break
 * after the first character ("=1+1\nx"; mholt/PapaParse pull request #1149).
 */
export const FORMULA_START = /^(?!-\d+(?:[.,]\d+)?$)\s*[=+\-@]|^[\t\r\n]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text on one line: every run of control characters becomes one space. The app's one definition
 * (CONTROL_CHAR_CLASS in validation.ts): C0 and C1 (tab, CR, LF included), the Unicode line and paragraph
 * separators, zero-width space and the bidi controls that would reorder a cell.
 */
export function singleLine(text: string): string {
  return text.replace(CONTROL_CHARS_GLOBAL, ' ');
}

const formats = new Map<number | undefined, Intl.NumberFormat>();

/** A number without thousands separators or exponent (at most 20 decimals); never "-0". Empty for NaN and ±Infinity. */
export function formatCsvNumber(value: number, decimal: ',' | '.', digits?: number): string {
  if (!Number.isFinite(value)) return '';
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      signDisplay: 'negative',
      minimumFractionDigits: digits ?? 0,
      maximumFractionDigits: digits ?? 20,
    });
    formats.set(digits, f);
  }
  const text = f.format(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

function cellText(v: CsvValue, col: number, o: CsvOptions): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? formatCsvNumber(v, o.decimal, o.digits?.[col]) : singleLine(v);
}

/** Rows (of any length) as CSV text, ending with a newline. */
export function writeCsv(rows: readonly (readonly CsvValue[])[], o: CsvOptions): string {
  if (rows.length === 0) return o.bom ? '\uFEFF' : '';
  const text = Papa.unparse(
    rows.map((r) => r.map((v, i) => cellText(v, i, o))),
    { delimiter: o.delimiter, newline: o.newline, quotes: false, escapeFormulae: FORMULA_START },
  );
  return (o.bom ? '\uFEFF' : '') + text + o.newline;
}
