/**
 * nl-NL dates that never throw: Intl.DateTimeFormat.format(new Date('x')) throws a RangeError, which would stop a
 * whole view from drawing. An unreadable or missing date shows as "onbekende datum" instead.
 */
export const UNKNOWN_DATE = 'onbekende datum';

const FORMATS = {
  /** 3 mrt 2026, 14:05 */
  dateTime: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }),
  /** 3 maart 2026 om 14:05 */
  longDateTime: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }),
  /** 3 maart 2026 */
  longDate: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }),
} as const;
const TIME = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short' });

/** Also 'longDateComma': 3 maart 2026, 14:05 (for print, where "om" reads oddly after a label). */
export type DateStyle = keyof typeof FORMATS | 'longDateComma';

export function formatDate(value: string | number | Date | null | undefined, style: DateStyle): string {
  if (value === null || value === undefined || value === '') return UNKNOWN_DATE;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return UNKNOWN_DATE;
  try {
    if (style === 'longDateComma') return `${FORMATS.longDate.format(date)}, ${TIME.format(date)}`;
    return FORMATS[style].format(date);
  } catch {
    return UNKNOWN_DATE;
  }
}
