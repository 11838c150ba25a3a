/**
 * The scenario file: one JSON document with a schema version, for sharing a scenario between colleagues and
 * gemeenten. Import validates all of it and always creates a new scenario.
 */
import { z } from 'zod';
import { GEMEENTE_CODES, VARIANT_IDS, type GemeenteCode, type VariantId } from './domain';
import { FINANCING, TARGET_GROUPS } from './locations';
import { RANGE_KINDS } from './ranges';
import { CONTROL_CHARS_MESSAGE, NAME_MAX_CHARS, NO_CONTROL_CHARS, NO_VISIBLE_CHAR_MESSAGE, hasVisibleChar, quoted, useDutchValidation } from './validation';

useDutchValidation();

export const SCENARIO_FILE_FORMAT = 'plekkenplanner-scenario';
/** 2: adds the ranges of the uncertainty analysis. Version 1 files (without ranges) are still read. */
export const SCENARIO_SCHEMA_VERSION = 2;

const month = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'moet een maand zijn als jjjj-mm, bijvoorbeeld 2027-01');
const text = (max: number) => z.string().max(max);
const name = z.string().trim().min(1).max(NAME_MAX_CHARS).regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE).refine(hasVisibleChar, NO_VISIBLE_CHAR_MESSAGE);
/** A label: trimmed, not empty, on one line and visible. */
const tag = z.string().trim().min(1).max(40).regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE).refine(hasVisibleChar, NO_VISIBLE_CHAR_MESSAGE);
/**
 * The editor takes a source of at most 500 characters, but the app itself writes longer ones into assumptions: the
 * note after a change ("Aangepast op … (was <formule van hoogstens 500 tekens> (<uitkomst>)). Geef de bron op …", up to about 600)
 * and a baseline source (up to about 470) behind "Standaardwaarde (ontbrak in het bestand). ". Its own exports must
 * import again, so a file may hold up to 1000.
 */
const ASSUMPTION_SOURCE_MAX_CHARS = 1000;

/** 2026-11-25, 2026-11-25T10:00, 2026-11-25T10:00:00, …:00.123, each optionally with Z or an offset such as +01:00. */
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;
const MOMENT_MESSAGE = 'moet een bestaande datum tussen 2000 en 2100 zijn, geschreven als 2026-11-25 of 2026-11-25T10:00:00Z';

/**
 * A moment as the app writes it (ISO 8601) that exists on the calendar: Date.parse would roll 2026-02-30 over to
 * 2 March and take 24:00, so every part is checked against the date it makes. Years 2000–2100.
 */
export function isRealMoment(text: string): boolean {
  const m = text.length <= 40 ? MOMENT.exec(text) : null;
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1).map((part) => Number(part ?? 0));
  if (year < 2000 || year > 2100 || offsetHours > 14 || offsetMinutes > 59) return false;
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    d.getUTCHours() === hour &&
    d.getUTCMinutes() === minute &&
    d.getUTCSeconds() === second
  );
}
/** One check, so one message per field, whatever is wrong with it. */
const isoMoment = z.string().refine(isRealMoment, MOMENT_MESSAGE);

export const scenarioFileSchema = z
  .object({
    format: z.literal(SCENARIO_FILE_FORMAT),
    schemaVersion: z.union([z.literal(1), z.literal(SCENARIO_SCHEMA_VERSION)]),
    exportedAt: isoMoment,
    appVersion: text(20),
    modelVersion: text(20),
    scenario: z
      .object({
        name,
        description: text(2000),
        author: text(120)
          .regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)
          .refine((a) => a === '' || hasVisibleChar(a), NO_VISIBLE_CHAR_MESSAGE),
        tags: z
          .array(tag)
          .max(20)
          .superRefine((tags, ctx) => {
            tags.forEach((t, i) => {
              if (tags.indexOf(t) < i) ctx.addIssue({ code: 'custom', path: [i], message: `${quoted(t)} staat twee keer in de labels.` });
            });
          }),
        status: z.enum(['concept', 'vastgesteld']),
        adoptedAt: isoMoment.nullable(),
      })
      .strict()
      .refine((s) => (s.status === 'vastgesteld') === (s.adoptedAt !== null), {
        message: 'Een vastgesteld scenario heeft een datum van vaststelling, een concept niet.',
        path: ['adoptedAt'],
      }),
    assumptions: z
      .array(
        z
          .object({
            key: z.string().min(1).max(200),
            value: z.number().refine(Number.isFinite, 'moet een eindig getal zijn'),
            formula: z.string().max(500).nullable(),
            source: text(ASSUMPTION_SOURCE_MAX_CHARS),
            isAanname: z.boolean(),
          })
          .strict(),
      )
      .max(5000),
    locations: z
      .array(
        z
          .object({
            name,
            gemeente: z.enum(GEMEENTE_CODES as [GemeenteCode, ...GemeenteCode[]]),
            variant: z.enum(VARIANT_IDS as [VariantId, ...VariantId[]]),
            places: z.number().int().min(0).max(10_000),
            opening: month,
            closing: month.nullable(),
            financing: z.enum(FINANCING),
            targetGroup: z.enum(TARGET_GROUPS),
            source: text(500),
            isAanname: z.boolean(),
          })
          .strict()
          .refine((l) => l.closing === null || l.closing > l.opening, {
            message: 'De sluiting moet na de opening liggen.',
            path: ['closing'],
          }),
      )
      .max(2000),
    wlzEvents: z
      .array(
        z
          .object({
            year: z.number().int().min(2025).max(2060),
            clients: z.number().int('Alleen hele cliënten.').min(0).max(10_000),
            variant: z.enum(VARIANT_IDS as [VariantId, ...VariantId[]]).nullable(),
            source: text(500),
          })
          .strict(),
      )
      .max(500),
    /** Ranges for the uncertainty analysis; absent in files from before they existed. */
    ranges: z
      .array(
        z
          .object({
            key: z.string().min(1).max(200),
            kind: z.enum(RANGE_KINDS),
            low: z.number().refine(Number.isFinite, 'moet een eindig getal zijn'),
            high: z.number().refine(Number.isFinite, 'moet een eindig getal zijn'),
            source: text(500),
          })
          .strict(),
      )
      .max(5000)
      .optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    // Each assumption and each range at most once: a second one would silently win.
    for (const list of ['assumptions', 'ranges'] as const) {
      const seen = new Set<string>();
      (file[list] ?? []).forEach((item, i) => {
        if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [list, i, 'key'], message: `${quoted(item.key, 80)} staat twee keer in het bestand.` });
        seen.add(item.key);
      });
    }
  });

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
