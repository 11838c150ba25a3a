/**
 * Reading the key inputs per gemeente (inwoners, 18+, sociale huur, verhuringen, ETHOS) from a table as
 * beleidsmedewerkers keep it: a header row, a row per gemeente (name or CBS code), Dutch or plain numbers.
 * Every problem is reported per row; nothing is stored unless the whole file is clean.
 */
import { assumptionDef, checkAssumptionValue, ethosKey, inwoners18Key, inwonersKey, socialeHuurKey, verhuringenKey } from './assumptions';
import { GEMEENTEN, type GemeenteCode } from './domain';
import { parseDutchNumber } from './numberFormat';

export type RawCell = string | number | boolean | null;

export const IMPORT_COLUMNS = [
  { id: 'inwoners', label: 'Inwoners', key: inwonersKey, match: /^(aantal\s+)?(inwoners|bevolking)(\s+totaal)?(\s+op\s+1\s+januari)?(\s+\d{4})?$/ },
  { id: 'inwoners18', label: 'Inwoners 18+', key: inwoners18Key, match: /^(inwoners|bevolking)\s*(18\s*\+|18\s*jaar\s*(en|of)\s*ouder|volwassen)/ },
  { id: 'socialeHuur', label: 'Sociale huurwoningen', key: socialeHuurKey, match: /^sociale?\s*huur(woningen|voorraad)?/ },
  { id: 'verhuringen', label: 'Verhuringen per jaar', key: verhuringenKey, match: /^verhuringen/ },
  { id: 'ethos', label: 'ETHOS-telling', key: ethosKey, match: /^ethos/ },
] as const;
export type ImportColumnId = (typeof IMPORT_COLUMNS)[number]['id'];

export interface ImportRow {
  /** Row number as the spreadsheet shows it (1-based). */
  line: number;
  gemeente: GemeenteCode | null;
  gemeenteText: string;
  values: Partial<Record<ImportColumnId, number>>;
  errors: string[];
}

export interface KeyImport {
  /** The columns found, in file order. */
  columns: ImportColumnId[];
  rows: ImportRow[];
  /** Problems with the file as a whole (no header, no known column, …). */
  errors: string[];
  /** Gemeenten without a row: their values stay as they are. */
  missing: string[];
}

const norm = (c: RawCell) => String(c ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

function findGemeente(text: RawCell): GemeenteCode | null {
  const t = norm(text).replace(/^gemeente\s+/, '');
  if (!t) return null;
  for (const g of GEMEENTEN) {
    if (t === g.naam.toLowerCase() || t === g.code.toLowerCase() || t === String(Number(g.code.slice(2)))) return g.code;
  }
  return null;
}

/** "Gemeente", "Gemeentenaam", "Gemeentecode", "Naam", and CBS StatLine's "Regio's". */
const isGemeenteHeader = (c: RawCell) => /^(gemeente(naam|code)?|regio(['’]s)?|naam)$/.test(norm(c));

export function readKeyTable(rows: RawCell[][]): KeyImport {
  const headerAt = rows.findIndex((r) => r.some(isGemeenteHeader));
  if (headerAt < 0) {
    return { columns: [], rows: [], missing: [], errors: ['Geen kopregel gevonden: zet boven de gegevens een kolom "Gemeente" en kolommen als "Inwoners", "Inwoners 18+", "Sociale huurwoningen", "Verhuringen", "ETHOS".'] };
  }
  const header = rows[headerAt];
  const gemeenteCol = header.findIndex(isGemeenteHeader);
  const colOf = new Map<number, ImportColumnId>();
  const errors: string[] = [];
  header.forEach((h, i) => {
    if (i === gemeenteCol) return;
    const col = IMPORT_COLUMNS.find((c) => c.match.test(norm(h)));
    if (!col) return;
    if ([...colOf.values()].includes(col.id)) errors.push(`De kolom "${col.label}" staat er twee keer in (kolom ${i + 1}).`);
    else colOf.set(i, col.id);
  });
  if (colOf.size === 0) errors.push('Geen bekende kolom gevonden. Herkend worden: ' + IMPORT_COLUMNS.map((c) => `"${c.label}"`).join(', ') + '.');

  const out: ImportRow[] = [];
  const seen = new Map<GemeenteCode, number>();
  rows.slice(headerAt + 1).forEach((r, k) => {
    const line = headerAt + k + 2;
    if (r.every((c) => norm(c) === '')) return;
    const gemeente = findGemeente(r[gemeenteCol]);
    const row: ImportRow = { line, gemeente, gemeenteText: String(r[gemeenteCol] ?? '').trim(), values: {}, errors: [] };
    if (!gemeente) {
      if (norm(r[gemeenteCol]) === '' || /^(totaal|regio|twente)/.test(norm(r[gemeenteCol]))) return; // totals and notes are not data
      row.errors.push(`"${row.gemeenteText}" is geen van de acht gemeenten.`);
    } else if (seen.has(gemeente)) {
      row.errors.push(`${row.gemeenteText} staat al op regel ${seen.get(gemeente)}.`);
    } else seen.set(gemeente, line);
    for (const [i, id] of colOf) {
      const col = IMPORT_COLUMNS.find((c) => c.id === id)!;
      if (norm(r[i]) === '') continue; // an empty cell leaves the value as it is
      const parsed = parseDutchNumber(typeof r[i] === 'boolean' ? String(r[i]) : r[i]);
      if (!parsed.ok) {
        row.errors.push(`${col.label}: ${parsed.message}`);
        continue;
      }
      const problem = gemeente ? checkAssumptionValue(assumptionDef(col.key(gemeente))!, parsed.value) : null;
      if (problem) row.errors.push(problem);
      else row.values[id] = parsed.value;
    }
    out.push(row);
  });
  const missing = GEMEENTEN.filter((g) => !seen.has(g.code)).map((g) => g.naam);
  return { columns: [...colOf.values()], rows: out, errors, missing };
}

export function importIsClean(k: KeyImport): boolean {
  return k.errors.length === 0 && k.rows.every((r) => r.errors.length === 0) && k.rows.some((r) => Object.keys(r.values).length > 0);
}

/** The assumption values a clean import sets: key → value. */
export function importedValues(k: KeyImport): { key: string; value: number }[] {
  return k.rows.flatMap((r) => (r.gemeente ? IMPORT_COLUMNS.flatMap((c) => (r.values[c.id] === undefined ? [] : [{ key: c.key(r.gemeente!), value: r.values[c.id]! }])) : []));
}

/** Minimal CSV reader: separator ; , or tab (guessed from the first line that is not a # comment), quotes, BOM, CRLF. */
export function parseCsv(text: string): RawCell[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((l) => !/^"?#/.test(l)) ?? '';
  const counts = [';', '\t', ','].map((s) => [s, firstLine.split(s).length] as const);
  const sep = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !r[0]?.startsWith('#'));
}
