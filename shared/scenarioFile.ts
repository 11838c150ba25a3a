/**
 * The scenario file: one JSON document with a schema version, for sharing a scenario between colleagues and
 * gemeenten. Import validates all of it and always creates a new scenario.
 */
import { z } from 'zod';
import { GEMEENTE_CODES, VARIANT_IDS, type GemeenteCode, type VariantId } from './domain';
import { FINANCING, TARGET_GROUPS } from './locations';
import { RANGE_KINDS } from './ranges';
import { CONTROL_CHARS_MESSAGE, NO_CONTROL_CHARS, quoted, useDutchValidation } from './validation';

useDutchValidation();

export const SCENARIO_FILE_FORMAT = 'plekkenplanner-scenario';
/** 2: adds the ranges of the uncertainty analysis. Version 1 files (without ranges) are still read. */
export const SCENARIO_SCHEMA_VERSION = 2;

const month = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'moet een maand zijn als jjjj-mm, bijvoorbeeld 2027-01');
const text = (max: number) => z.string().max(max);
const name = z.string().trim().min(1).max(80).regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE);
/** A moment as the app writes it (ISO 8601), that is also a real date. */
const isoMoment = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'moet een datum zijn als 2026-11-25T10:00:00Z')
  .refine((t) => !Number.isNaN(Date.parse(t)), 'is geen bestaande datum');

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
        author: text(120).regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE),
        tags: z.array(z.string().min(1).max(40).regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)).max(20),
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
            value: z.number().refine(Number.isFinite, 'een eindig getal'),
            formula: z.string().max(500).nullable(),
            source: text(1000),
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
            low: z.number().refine(Number.isFinite, 'een eindig getal'),
            high: z.number().refine(Number.isFinite, 'een eindig getal'),
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
