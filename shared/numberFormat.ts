/** nl-NL numbers: formatting for display and a parser for what people type in a grid cell. */
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

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const GROUPED = new RegExp(`^-?\\d{1,3}(\\${GROUP_SEPARATOR}\\d{3})+(${DECIMAL_SEPARATOR}\\d+)?$`);

/**
 * Accepts "1234", "1.234", "1.234,5", "1234,5", "-3" and — because people paste it — "0.5" (a single point
 * that is not a thousands group is read as a decimal point). Rejects anything else with a Dutch message.
 */
export function parseDutchNumber(text: unknown): ParsedNumber {
  if (typeof text === 'number') return Number.isFinite(text) ? { ok: true, value: text } : { ok: false, message: 'Vul een eindig getal in.' };
  const raw = String(text ?? '').replace(/\s|\u00a0/g, '');
  if (raw === '') return { ok: false, message: 'Vul een getal in; een lege cel kan niet.' };
  let normal: string;
  if (GROUPED.test(raw)) normal = raw.split(GROUP_SEPARATOR).join('').replace(DECIMAL_SEPARATOR, '.');
  else if (raw.includes(DECIMAL_SEPARATOR)) normal = raw.replace(DECIMAL_SEPARATOR, '.');
  else normal = raw;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normal)) {
    return { ok: false, message: `"${String(text)}" is geen getal. Gebruik cijfers en een komma voor decimalen, bijvoorbeeld 1.234,5.` };
  }
  return { ok: true, value: Number(normal) };
}
