/**
 * nl-NL numbers: formatting for display, and the one parser for what people type in a grid cell or a field.
 *
 * How typed numbers are read (parseDutchNumber), the same in every grid:
 * - Spaces (also non-breaking and thin spaces) are ignored: "1 234" = 1234.
 * - The comma is the decimal separator: "1,5" = 1,5 and "0,25" = 0,25. At most one comma.
 * - A point is a thousands separator when it splits the number into groups of three digits: "1.500" = 1500,
 *   "1.234.567" = 1234567, "1.234,5" = 1234,5 (a group of three after a comma is never read as thousands).
 * - A single point that cannot be a thousands separator is a decimal point, as English software writes it:
 *   "0.5" = 0,5, "1.5" = 1,5, "12.75" = 12,75, "0.125" = 0,125 (a first group starting with 0 is no thousands group).
 *   Only "1.500"-shaped text is read the Dutch way (1500): in a whole-number cell the value shows at once, and a
 *   share or a bounded value refuses it as out of range.
 * - A leading minus ("-3", or the typographic "−3") is allowed; "+", exponents ("1e5"), "NaN" and "Infinity" are not.
 * Whole-number cells (places, clients, inhabitants) refuse a fraction ("1,5") with a message naming the column.
 *
 * Assumption cells add (readAssumptionInput): choices by their label, yes/no settings as "ja"/"nee", years without a
 * thousands separator, and shares shown as percentages ("3 %") — see parseShare for how a share is read.
 */
import { checkAssumptionValue, type AssumptionDef } from './assumptions';

const parts = new Intl.NumberFormat('nl-NL').formatToParts(12345.6);
export const GROUP_SEPARATOR = parts.find((p) => p.type === 'group')?.value ?? '.';
export const DECIMAL_SEPARATOR = parts.find((p) => p.type === 'decimal')?.value ?? ',';

const formatters = new Map<number, Intl.NumberFormat>();
export function formatNumber(value: number, decimals = 0): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/** Shows as many decimals as the value needs (up to `max`), e.g. 15 → "15", 0.5 → "0,5". */
export function formatFlexible(value: number, max = 3): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: max }).format(value);
}

/** A year as people write it: "2035", never "2.035". */
export function formatYear(value: number): string {
  return Number.isInteger(value) ? String(value) : formatFlexible(value);
}

/** A fraction as a percentage: 0.03 → "3 %", 0.125 → "12,5 %". */
export function formatPercent(fraction: number, maxDecimals = 2): string {
  return `${formatFlexible(fraction * 100, maxDecimals)} %`;
}

export type ParsedNumber = { ok: true; value: number; note?: string } | { ok: false; message: string };

const G = `\\${GROUP_SEPARATOR}`;
const D = `\\${DECIMAL_SEPARATOR}`;
/** "1.234", "1.234.567": thousands groups; the first group does not start with 0. */
const GROUPED_INT = new RegExp(`^[1-9]\\d{0,2}(${G}\\d{3})+$`);
/** "1.234,5": thousands groups before a decimal comma. */
const GROUPED_DEC = new RegExp(`^[1-9]\\d{0,2}(${G}\\d{3})+${D}\\d*$`);
const PLAIN_DEC = new RegExp(`^\\d*${D}\\d*$`);
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/** Any value as text, without throwing (an object without a usable toString becomes ""). */
function asText(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x === null || x === undefined) return '';
  try {
    return String(x);
  } catch {
    return '';
  }
}

const shownText = (text: unknown) => {
  const s = asText(text).trim();
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
};

export interface ParseOptions {
  /** The column or field as users know it ("Plekken"): put in front of a message. */
  what?: string;
  /** Only whole numbers (places, clients, inhabitants): "1,5" is refused. */
  whole?: boolean;
}

/**
 * The one parser for typed Dutch numbers (see the rules at the top of this file). Never throws; a refusal is a Dutch
 * message that says what is wrong and what to type instead.
 */
export function parseDutchNumber(text: unknown, opts: ParseOptions = {}): ParsedNumber {
  const prefix = opts.what ? `${opts.what}: ` : '';
  const example = opts.whole ? 'bijvoorbeeld 24 of 1.500' : 'bijvoorbeeld 1.234,5';
  // "Plekken: vul …" after a column name, "Vul …" on its own.
  const fail = (message: string): ParsedNumber => ({ ok: false, message: prefix ? prefix + message : message.charAt(0).toUpperCase() + message.slice(1) });
  let value: number;
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) return fail('vul een eindig getal in.');
    value = text;
  } else {
    const raw = asText(text).replace(SPACES, '');
    if (raw === '') return fail(`vul een getal in, ${example}; een lege cel kan niet.`);
    if (raw.startsWith('=')) return fail(`hier kan geen formule; typ een getal, ${example}.`);
    const negative = raw.startsWith('-') || raw.startsWith('\u2212');
    const body = negative ? raw.slice(1) : raw;
    let normal: string | null = null;
    if (GROUPED_INT.test(body)) normal = body.split(GROUP_SEPARATOR).join('');
    else if (GROUPED_DEC.test(body)) normal = body.split(GROUP_SEPARATOR).join('').replace(DECIMAL_SEPARATOR, '.');
    else if (PLAIN_DEC.test(body)) normal = body.replace(DECIMAL_SEPARATOR, '.');
    else if (/^\d*\.?\d*$/.test(body)) normal = body;
    if (normal === null || !/\d/.test(normal)) {
      return fail(`"${shownText(text)}" is geen getal. ${opts.whole ? `Gebruik cijfers, ${example}` : `Gebruik cijfers en een komma voor decimalen, ${example}`}.`);
    }
    value = Number(negative ? `-${normal}` : normal);
    if (!Number.isFinite(value)) return fail(`"${shownText(text)}" is te groot.`);
    if (Object.is(value, -0)) value = 0;
  }
  if (opts.whole && !Number.isInteger(value)) {
    return fail(`vul een heel getal in; ${formatFlexible(value, 6)} heeft decimalen.`);
  }
  return { ok: true, value };
}

/** Rounds away float noise from a division by 100 (1,1 % → 0,011, not 0,011000000000000001). */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * A share (a fraction from 0 to 1, shown as a percentage). With a % sign the number is a percentage: "3 %", "3%",
 * "0,5 %". Without one, a number above 1 is a percentage too ("3" = 3 %: a share cannot exceed 1), and a number from
 * 0 to 1 is the fraction itself, as it is stored and as formulas write it ("0,03" = 3 %, "1" = 100 %). The note says
 * how a bare number from 0 to 1 was read, so that "0,5" meant as half a percent does not go unnoticed.
 */
export function parseShare(text: unknown, opts: { what?: string } = {}): ParsedNumber {
  if (typeof text === 'number') return parseDutchNumber(text, opts);
  const raw = asText(text).replace(SPACES, '');
  if (raw.endsWith('%')) {
    const p = parseDutchNumber(raw.slice(0, -1), opts);
    return p.ok ? { ok: true, value: clean(p.value / 100) } : p;
  }
  const p = parseDutchNumber(raw, opts);
  if (!p.ok) return p;
  if (p.value > 1) return { ok: true, value: clean(p.value / 100) };
  const note = p.value > 0 ? `${formatFlexible(p.value, 6)} is gelezen als ${formatPercent(p.value, 4)}; bedoelt u ${formatFlexible(p.value, 6)} %, typ dan het %-teken erbij.` : undefined;
  return note ? { ok: true, value: p.value, note } : p;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', '1']);
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0']);

/** "ja" → 1, "nee" → 0 (also j/n, 1/0, waar/onwaar); anything else is refused. */
export function parseYesNo(text: unknown, opts: { what?: string } = {}): ParsedNumber {
  const t = asText(text).trim().toLowerCase();
  if (YES.has(t)) return { ok: true, value: 1 };
  if (NO.has(t)) return { ok: true, value: 0 };
  return { ok: false, message: `${opts.what ? `${opts.what}: ` : ''}kies ja of nee${t ? ` ("${shownText(text)}" is geen van beide)` : ''}.` };
}

/** How an assumption is shown and typed. */
export type ValueKind = 'keuze' | 'janee' | 'jaar' | 'aandeel' | 'getal';

export function valueKind(def: Pick<AssumptionDef, 'unit' | 'choices' | 'max'>): ValueKind {
  if (def.choices) return 'keuze';
  if (def.unit === '0 of 1') return 'janee';
  if (def.unit === 'jaar') return 'jaar';
  if (/fractie|aandeel/.test(def.unit) && def.max <= 1) return 'aandeel';
  return 'getal';
}

/** The unit as a user reads it next to the value: "%" for shares, "ja of nee" for a yes/no setting. */
export function unitLabel(def: Pick<AssumptionDef, 'unit' | 'choices' | 'max'>): string {
  switch (valueKind(def)) {
    case 'aandeel':
      return def.unit.replace(/^fractie \(0–1\)$/, '%').replace(/^fractie\b/, '%');
    case 'janee':
      return 'ja of nee';
    default:
      return def.unit;
  }
}

/** An assumption's value as it is shown: the choice's label, "ja"/"nee", "2035", "3 %", or an nl-NL number. */
export function formatAssumptionValue(def: Pick<AssumptionDef, 'unit' | 'choices' | 'max'>, value: number, maxDecimals = 3): string {
  switch (valueKind(def)) {
    case 'keuze':
      return def.choices?.[value] ?? formatFlexible(value);
    case 'janee':
      return value === 1 ? 'ja' : value === 0 ? 'nee' : formatFlexible(value);
    case 'jaar':
      return formatYear(value);
    case 'aandeel':
      return formatPercent(value, Math.max(0, maxDecimals - 1));
    default:
      return formatFlexible(value, maxDecimals);
  }
}

/**
 * A stored value or formula as it reads everywhere it is shown again — the grid, the source note "(was …)", the
 * change history, the comparison: a formula with its result in the first year, otherwise the value as the grid shows
 * it ("80 %", "ja", "2035", "behoefte volgt de trend", "1.234"). Unknown keys fall back to an nl-NL number.
 */
export function formatAssumptionText(def: Pick<AssumptionDef, 'unit' | 'choices' | 'max'> | undefined, v: { value: number; formula: string | null }): string {
  const shown = (decimals: number) => (def ? formatAssumptionValue(def, v.value, decimals) : formatFlexible(v.value, decimals));
  return v.formula ? `${v.formula} (${shown(2)})` : shown(3);
}

/** The text an editor starts from: like the display, but with every decimal (so editing never rounds a value). */
export function assumptionEditText(def: Pick<AssumptionDef, 'unit' | 'choices' | 'max'>, value: number): string {
  return formatAssumptionValue(def, value, 10);
}

/**
 * Reads what was typed in an assumption cell (not a formula) into the number to store, with the same bounds as the
 * backend; a refusal is a Dutch message that names the assumption.
 */
export function readAssumptionInput(def: AssumptionDef, typed: unknown): ParsedNumber {
  const what = def.label;
  switch (valueKind(def)) {
    case 'keuze': {
      // By its label, or the start of exactly one label ("hyb" → hybride); never by its internal number.
      const t = asText(typed).trim().toLowerCase();
      const labels = def.choices!.map((c) => c.toLowerCase());
      let i = labels.indexOf(t);
      if (i < 0 && t) {
        const starts = labels.flatMap((c, j) => (c.startsWith(t) ? [j] : []));
        if (starts.length === 1) i = starts[0];
      }
      return i >= 0 ? { ok: true, value: i } : { ok: false, message: `${what}: kies een van ${def.choices!.map((c) => `"${c}"`).join(', ')}.` };
    }
    case 'janee':
      return parseYesNo(typed, { what });
    case 'aandeel': {
      const p = parseShare(typed, { what });
      if (!p.ok) return p;
      if (p.value < def.min || p.value > def.max) {
        return { ok: false, message: `${what}: kies een percentage van ${formatPercent(def.min)} tot en met ${formatPercent(def.max)}, bijvoorbeeld 3 %.` };
      }
      return p;
    }
    default: {
      const p = parseDutchNumber(typed, { what, whole: def.integer });
      if (!p.ok) return p;
      if (def.unit === 'jaar' && (p.value < def.min || p.value > def.max)) {
        return { ok: false, message: `${what}: kies een jaar van ${formatYear(def.min)} tot en met ${formatYear(def.max)}.` };
      }
      const problem = checkAssumptionValue(def, p.value);
      return problem ? { ok: false, message: problem } : p;
    }
  }
}
