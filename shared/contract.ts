/**
 * The one contract between UI and backend: channel name → input schema (validated at runtime) → output type.
 * Both transports (Electron IPC and browser-mode HTTP) carry exactly these calls.
 */
import { z } from 'zod';
import { KEYS, type AssumptionMap, type AssumptionValue, type KeyId } from './assumptions';
import { GEMEENTE_CODES, VARIANT_IDS, type GemeenteCode, type VariantId } from './domain';
import { FINANCING, TARGET_GROUPS, type Location, type WlzEvent } from './locations';
import type { CapacityResult } from '../models/capacity/types';
import { METHODS, type Method } from './apportionMethods';
import type { FacilityFairShare } from '../models/fairshare/facilities';
import type { UrgentSettings } from '../models/urgentie/fromScenario';
import type { UrgentYear } from '../models/urgentie/allocate';
import type { ExportBundle } from './tables';
import type { McSummary } from '../models/uncertainty/summary';
import type { McMetric } from '../models/uncertainty/montecarlo';
import type { Tornado } from '../models/uncertainty/tornado';
import type { KeyImport } from './keyImport';
import type { ObservationImport } from './observationImport';
import { MEASURE_IDS, type MeasureId, type Observation, type ObservationSetSummary, type Period } from './observations';
import type { Deviation } from '../models/monitor/deviations';
import type { Estimates } from '../models/monitor/estimate';
import type { Backtest, DriverFit } from '../models/monitor/backtest';
import type { NeedsAndGaps } from '../models/monitor/needsAndGaps';
import type { EstimateChange } from '../models/monitor/changes';
import { RANGE_KINDS, type AssumptionRange, type RangeKind, type RangeMap } from './ranges';
import {
  CONTROL_CHARS_MESSAGE,
  NAME_MAX_CHARS,
  NO_CONTROL_CHARS,
  NO_VISIBLE_CHAR_MESSAGE,
  describeIssues,
  hasVisibleChar,
  typeMessage,
  useDutchValidation,
} from './validation';

// Strict CSP in the renderer forbids `new Function`; Dutch messages for generic validation failures.
z.config({ jitless: true });
useDutchValidation();

const scenarioId = z.number(typeMessage('Het scenarionummer moet een getal zijn.')).int().positive();
const scenarioName = z
  .string(typeMessage('Geef de scenarionaam als tekst.'))
  .trim()
  .min(1, 'Geef het scenario een naam.')
  .max(NAME_MAX_CHARS, `Een scenarionaam is hoogstens ${NAME_MAX_CHARS} tekens.`)
  .regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)
  .refine(hasVisibleChar, 'Geef het scenario een naam met minstens één zichtbaar teken.');

export const SCENARIO_STATUSES = ['concept', 'vastgesteld'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export interface ScenarioSummary {
  id: number;
  name: string;
  status: ScenarioStatus;
  description: string;
  author: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  adoptedAt: string | null;
}

export const CHANGE_KINDS = ['waarde', 'bron', 'bereik', 'locatie', 'wlz', 'scenario'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One entry of a scenario's change history. */
export interface ChangeEntry {
  id: number;
  at: string;
  kind: ChangeKind;
  /** What changed: an assumption key, a location or event id, or a scenario field. */
  target: string;
  label: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string;
}

/** The history entry a change made (null: the value was already so), for undo/redo in the editing session. */
export interface Changed {
  changeId: number | null;
}

export interface ScenarioData {
  assumptions: AssumptionMap;
  /** Ranges for the uncertainty analysis, by assumption key. */
  ranges: RangeMap;
  locations: Location[];
  wlzEvents: WlzEvent[];
}

export interface CapacityProjection {
  result: CapacityResult;
  /** Assumptions whose formula could not be used (their stored value was used); empty in a valid scenario. */
  errors: Record<string, string>;
  /** The year the headline figures are about (the scenario's setting, within the projection). */
  reportingYear: number;
  description: { nl: string; en: string };
  /**
   * Whether the places needed (a search over many projections) are in the result. Asked without them
   * (`placesNeeded: false`, for the effect preview beside the grid), every `placesNeeded` in it is 0 and no figure.
   * Asked with `months: false`, `result.months` is empty.
   */
  placesNeeded: boolean;
}

const month = z
  .string(typeMessage('Geef een maand als jjjj-mm, bijvoorbeeld 2027-01.'))
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'Geef een maand als jjjj-mm, bijvoorbeeld 2027-01.');
const gemeente = z.enum(GEMEENTE_CODES as [GemeenteCode, ...GemeenteCode[]], { message: 'Kies een van de acht gemeenten.' });
const variant = z.enum(VARIANT_IDS as [VariantId, ...VariantId[]], { message: 'Kies een BW-vorm.' });
const rowId = z.number().int().positive();
const sourceText = z.string().trim().max(500, 'Een bron is hoogstens 500 tekens.');

const locationInput = z
  .object({
    id: rowId.optional(),
    name: z
      .string(typeMessage('Geef de locatie een naam.'))
      .trim()
      .min(1, 'Geef de locatie een naam.')
      .max(NAME_MAX_CHARS, `Een naam is hoogstens ${NAME_MAX_CHARS} tekens.`)
      .regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)
      .refine(hasVisibleChar, 'Geef de locatie een naam met minstens één zichtbaar teken.'),
    gemeente,
    variant,
    places: z.number(typeMessage('Aantal plekken moet een getal zijn.')).int('Aantal plekken: alleen hele getallen.').min(0, 'Aantal plekken mag niet negatief zijn.').max(10_000, 'Hoogstens 10.000 plekken per locatie.'),
    opening: month,
    closing: month.nullable(),
    financing: z.enum(FINANCING, { message: 'Financiering is Wmo of Wlz.' }),
    targetGroup: z.enum(TARGET_GROUPS, { message: 'Kies een doelgroep uit de lijst.' }),
    source: sourceText,
    isAanname: z.boolean(),
  })
  .strict();

const wlzEventInput = z
  .object({
    id: rowId.optional(),
    year: z.number(typeMessage('Jaar moet een getal zijn.')).int().min(2025, 'Een gebeurtenis ligt in 2025 of later.').max(2060, 'Een gebeurtenis ligt uiterlijk in 2060.'),
    clients: z.number(typeMessage('Aantal cliënten moet een getal zijn.')).int('Aantal cliënten: alleen hele getallen.').min(0, 'Aantal cliënten mag niet negatief zijn.').max(10_000, 'Hoogstens 10.000 cliënten.'),
    variant: variant.nullable(),
    source: sourceText,
  })
  .strict();

export interface KeyComparison {
  id: KeyId;
  label: string;
  /** Shares per gemeente (alphabetical), or null with a message when the key cannot be used. */
  shares: number[] | null;
  message?: string;
}

export interface FairShareView {
  key: KeyId;
  variant: VariantId | 'alle';
  /** The month the places are counted: December of the chosen year, by default the reporting year ("2030-12"). */
  date: string;
  keys: KeyComparison[];
  /** Null when the chosen key cannot be used (see keys[].message). */
  facility: FacilityFairShare | null;
  trend: { year: number; index: number }[];
}

export interface SuggestionView {
  ok: boolean;
  message?: string;
  places: number[];
  current: number[];
  norm: number[];
  explanation: string[];
}

export interface AllocationResult {
  method: Method;
  key: KeyId;
  total: number;
  allocation: { gemeente: string; share: number; quota: number; seats: number }[];
}

export interface CompareIndicator {
  id: string;
  label: string;
  unit: 'mensen' | 'maanden' | 'plekken' | 'euro' | 'procent';
  /** One value per scenario (null: undetermined, e.g. nobody placed while people wait). */
  values: (number | null)[];
}

export interface CompareView {
  scenarios: { id: number; name: string; status: ScenarioStatus; updatedAt: string }[];
  referenceId: number;
  modelVersion: string;
  /** The year the indicators are about: the reference scenario's reporting year (the labels say so when the scenarios' years differ). */
  reportingYear: number;
  indicators: CompareIndicator[];
  years: number[];
  /** Per scenario, per year. */
  series: { waitingList: number[][]; waitingTimeMonths: (number | null)[][]; places: number[][]; costEuro: number[][] };
  /** Assumptions that differ between the scenarios, with the value and source per scenario. */
  assumptionDiff: { key: string; label: string; unit: string; values: { value: number; formula: string | null; source: string; isAanname: boolean }[] }[];
  /** Uncertainty ranges that differ (kind, low or high), per scenario the range or null when it has none. */
  rangeDiff: { key: string; label: string; values: (AssumptionRange | null)[] }[];
  /** Locations that are not the same in every scenario: a line per location, present or absent per scenario. */
  locationDiff: { description: string; present: boolean[] }[];
  wlzEventDiff: { description: string; present: boolean[] }[];
}

/** The urgentie allocation per year, with the scenario's reporting year (the year the tab opens on). */
export type UrgentieView = ({ ok: true; settings: UrgentSettings; years: UrgentYear[] } | { ok: false; settings: UrgentSettings; message: string }) & { reportingYear: number };

const keyId = z.enum(KEYS.map((k) => k.id) as [KeyId, ...KeyId[]], { message: 'Onbekende verdeelsleutel.' });
const variantOrAll = z.union([variant, z.literal('alle')], { message: 'Kies een BW-vorm of "alle".' });
const year = z.number(typeMessage('Jaar moet een getal zijn.')).int().min(2024).max(2060, 'Kies een jaar tot en met 2060.');
const perGemeente = <T extends z.ZodType>(inner: T) => z.array(inner).length(GEMEENTE_CODES.length, 'Geef voor elk van de acht gemeenten een waarde.');

const tableRows = (maxRows: number, tooMany: string) =>
  z
    .array(z.array(z.union([z.string().max(500, 'Een cel is hoogstens 500 tekens.'), z.number(), z.boolean(), z.null()])).max(100, 'Hoogstens 100 kolommen.'), typeMessage('Geef de regels van het bestand.'))
    .max(maxRows, tooMany);
const importRows = tableRows(1000, 'Het bestand heeft meer dan 1.000 regels; dat is geen tabel met acht gemeenten.');
/** Monitoring figures: a row per period × gemeente × form × target group; 5.000 rows is years of half-yearly figures. */
export const OBSERVATION_MAX_ROWS = 5000;
const observationRows = tableRows(OBSERVATION_MAX_ROWS, 'Het bestand heeft meer dan 5.000 regels; dat zijn meer cijfers dan jaren van halfjaarlijkse monitoring. Splits het bestand.');
const fileName = z.string(typeMessage('Geef de bestandsnaam als tekst.')).trim().min(1, 'Geef de bestandsnaam.').max(255, 'Een bestandsnaam is hoogstens 255 tekens.').regex(NO_CONTROL_CHARS, `De bestandsnaam ${CONTROL_CHARS_MESSAGE}.`);
const setId = z.number(typeMessage('Het importnummer moet een getal zijn.')).int().positive();

/** One month of the plan for the region, as the Monitor charts draw it. */
export interface MonitorPlanMonth {
  month: string;
  inZorg: number;
  wachtend: number;
  plaatsingen: number;
  nieuweIndicaties: number;
  places: number;
}

export interface MonitorView {
  /** The observations in use (every import not removed; a later import of the same cell wins). */
  observations: Observation[];
  sets: ObservationSetSummary[];
  /** The measures that have observations, in list order. */
  measures: MeasureId[];
  plan: MonitorPlanMonth[];
  reportingYear: number;
  deviations: Deviation[];
  deviationNotes: string[];
  estimates: Estimates;
  /** Null: no observations. */
  backtest:
    | (Extract<Backtest, { ok: true }> extends infer B ? Omit<B, 'need' | 'inflow'> & { need: Omit<DriverFit, 'result'> & { series: MonitorPlanMonth[] }; inflow: Omit<DriverFit, 'result'> & { series: MonitorPlanMonth[] } } : never)
    | Extract<Backtest, { ok: false }>
    | null;
  needsAndGaps: NeedsAndGaps;
  /** The estimates as they stood after the previous period against now (empty with one period). */
  changes: EstimateChange[];
  previousPeriod: Period | null;
  startFrom: { ok: true; period: Period; startLabel: string; notes: string[]; edits: number } | { ok: false; reason: string };
}

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Een maand schrijf je als 2026-06.');
/** Monte Carlo bands the renderer has for this scenario, per measure: P10–P90 at the end of a period. */
const monitorBands = z
  .partialRecord(
    z.enum(MEASURE_IDS as [MeasureId, ...MeasureId[]], { message: 'Onbekende maat.' }),
    z.array(z.object({ period: z.object({ from: yearMonth, to: yearMonth }).strict(), p10: z.number().finite().min(0), p90: z.number().finite().min(0) }).strict()).max(100, 'Hoogstens 100 punten per maat.'),
  )
  .optional();

export interface ObservationPreview {
  import: ObservationImport;
  clean: boolean;
}

export interface KeyImportPreview {
  import: KeyImport;
  /** What an import would change: only values that differ from the scenario. */
  changes: { key: string; label: string; oldValue: number; newValue: number }[];
  clean: boolean;
}

export interface McResult extends McSummary {
  scenarioId: number;
  /** The scenario's last change when the runs started: a later change makes this result out of date. */
  scenarioUpdatedAt: string;
  modelVersion: string;
  durationMs: number;
  /** The projection without uncertainty (every assumption at its own value), per year. */
  deterministic: Record<McMetric, (number | null)[]> & { placesNeeded: number[] };
  waitingNormMonths: number;
  /** The ranges that were drawn from, and those that could not be used (e.g. on a formula). */
  ranges: { key: string; label: string; kind: RangeKind; low: number; high: number; mode: number; used: boolean; note: string }[];
}

export interface McJob {
  id: number;
  scenarioId: number;
  status: 'bezig' | 'klaar' | 'geannuleerd' | 'fout';
  done: number;
  total: number;
  seed: number;
  runs: number;
  startedAt: string;
  message?: string;
  result?: McResult;
}

export interface AppInfo {
  appVersion: string;
  modelVersion: string;
  dataFile: string;
  mode: 'electron' | 'browser' | 'test';
  /** Set when the previous session ended without closing the database: what the full check at start found. */
  uncleanShutdown: { since: string; message: string } | null;
  /** The first-start introduction was closed for good. */
  introDismissed: boolean;
}

export interface IntegrityReport {
  ok: boolean;
  /** The first problems SQLite names (empty when ok). */
  problems: string[];
  checkedAt: string;
  message: string;
}

/**
 * assumptions.setValue takes a number or a formula. When neither shape fits, zod reports one invalid_union: name the
 * problems of the shape the input chose (it gave `value` or `formula`), else ask for one of them, with the problems
 * both shapes share (a bad assumption key, an unknown field) — never the internal names of the two shapes.
 */
function valueOrFormulaMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const input = issue.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return describeIssues(issue.errors[0] ?? []);
  const [asValue = [], asFormula = []] = issue.errors;
  const hasValue = Object.hasOwn(input, 'value');
  const hasFormula = Object.hasOwn(input, 'formula');
  if (hasValue !== hasFormula) return describeIssues(hasValue ? asValue : asFormula);
  const samePlace = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) => a.message === b.message && a.path.join('.') === b.path.join('.');
  const shared = asValue.filter((a) => asFormula.some((b) => samePlace(a, b)));
  const ask = hasValue ? 'Geef een getal of een formule, niet allebei.' : 'Geef een getal of een formule.';
  return describeIssues([{ code: 'custom', path: [], message: ask, input }, ...shared]);
}

export const contract = {
  'app.info': { input: z.object({}).strict(), output: {} as AppInfo },
  'app.dismissIntro': { input: z.object({}).strict(), output: {} as { introDismissed: true } },
  'database.copy': { input: z.object({}).strict(), output: {} as { fileName: string; base64: string } },
  'database.check': { input: z.object({}).strict(), output: {} as IntegrityReport },
  'scenario.list': { input: z.object({}).strict(), output: [] as ScenarioSummary[] },
  'scenario.create': { input: z.object({ name: scenarioName }).strict(), output: {} as ScenarioSummary },
  'scenario.duplicate': {
    input: z.object({ id: scenarioId, name: scenarioName }).strict(),
    output: {} as ScenarioSummary,
  },
  'scenario.rename': { input: z.object({ id: scenarioId, name: scenarioName }).strict(), output: {} as ScenarioSummary },
  'scenario.delete': { input: z.object({ id: scenarioId }).strict(), output: {} as { deleted: true } },
  'scenario.update': {
    input: z
      .object({
        id: scenarioId,
        description: z.string().trim().max(2000, 'Een beschrijving is hoogstens 2.000 tekens.'),
        author: z
          .string()
          .trim()
          .max(120, 'Een auteur is hoogstens 120 tekens.')
          .regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)
          .refine((a) => a === '' || hasVisibleChar(a), NO_VISIBLE_CHAR_MESSAGE),
        tags: z
          .array(
            z
              .string()
              .trim()
              .min(1, 'Een label mag niet leeg zijn.')
              .max(40, 'Een label is hoogstens 40 tekens.')
              .regex(NO_CONTROL_CHARS, CONTROL_CHARS_MESSAGE)
              .refine(hasVisibleChar, NO_VISIBLE_CHAR_MESSAGE),
          )
          .max(20, 'Hoogstens 20 labels.'),
      })
      .strict(),
    output: {} as ScenarioSummary,
  },
  'scenario.adopt': { input: z.object({ id: scenarioId }).strict(), output: {} as ScenarioSummary },
  'scenario.export': { input: z.object({ id: scenarioId }).strict(), output: {} as { fileName: string; json: string } },
  'scenario.import': {
    input: z
      .object({
        fileName,
        json: z.string(typeMessage('Kies een scenariobestand.')).max(5_000_000, 'Het bestand is te groot voor een scenario (meer dan 5 MB).'),
      })
      .strict(),
    output: {} as ScenarioSummary,
  },
  'history.list': { input: z.object({ scenarioId }).strict(), output: [] as ChangeEntry[] },
  'history.restore': {
    input: z.object({ scenarioId, entryId: z.number().int().positive(), reason: z.string().trim().max(500).optional() }).strict(),
    output: {} as { entryId: number | null },
  },
  'history.setReason': {
    input: z.object({ scenarioId, entryId: z.number().int().positive(), reason: z.string().trim().max(500, 'Een reden is hoogstens 500 tekens.') }).strict(),
    output: {} as ChangeEntry,
  },
  'scenario.data': { input: z.object({ scenarioId }).strict(), output: {} as ScenarioData },
  'assumptions.setValue': {
    input: z.union(
      [
        z
          .object({
            scenarioId,
            key: z.string().min(1).max(200),
            value: z.number(typeMessage('Geef een getal of een formule.')).refine(Number.isFinite, 'Vul een eindig getal in.'),
            reason: z.string().trim().max(500).optional(),
          })
          .strict(),
        z
          .object({
            scenarioId,
            key: z.string().min(1).max(200),
            formula: z.string().max(500, 'Een formule is hoogstens 500 tekens.'),
            reason: z.string().trim().max(500).optional(),
          })
          .strict(),
      ],
      { error: valueOrFormulaMessage },
    ),
    output: {} as AssumptionValue & Changed,
  },
  'assumptions.setSource': {
    input: z
      .object({
        scenarioId,
        key: z.string().min(1).max(200),
        source: z.string().trim().min(1, 'Geef een bron of toelichting.').max(500, 'Een bron is hoogstens 500 tekens.'),
        isAanname: z.boolean(),
      })
      .strict(),
    output: {} as AssumptionValue,
  },
  'ranges.set': {
    input: z
      .object({
        scenarioId,
        key: z.string().min(1).max(200),
        range: z
          .object({
            kind: z.enum(RANGE_KINDS, { message: 'Kies driehoek, pert of interval80.' }),
            low: z.number(typeMessage('Laag moet een getal zijn.')).refine(Number.isFinite, 'Vul een eindig getal in.'),
            high: z.number(typeMessage('Hoog moet een getal zijn.')).refine(Number.isFinite, 'Vul een eindig getal in.'),
            source: z.string().trim().max(500, 'Een bron is hoogstens 500 tekens.'),
          })
          .strict()
          .nullable(),
      })
      .strict(),
    output: {} as { range: AssumptionRange | null } & Changed,
  },
  'locations.save': { input: z.object({ scenarioId, location: locationInput }).strict(), output: {} as Location & Changed },
  'locations.delete': { input: z.object({ scenarioId, id: rowId }).strict(), output: {} as { deleted: true } & Changed },
  'wlzEvents.save': { input: z.object({ scenarioId, event: wlzEventInput }).strict(), output: {} as WlzEvent & Changed },
  'wlzEvents.delete': { input: z.object({ scenarioId, id: rowId }).strict(), output: {} as { deleted: true } & Changed },
  'projection.capacity': { input: z.object({ scenarioId, placesNeeded: z.boolean().optional(), months: z.boolean().optional() }).strict(), output: {} as CapacityProjection },
  'fairShare.view': { input: z.object({ scenarioId, key: keyId, variant: variantOrAll, year: year.optional() }).strict(), output: {} as FairShareView },
  'fairShare.suggest': {
    input: z
      .object({
        scenarioId,
        key: keyId,
        variant,
        year,
        places: z.number(typeMessage('Aantal plekken moet een getal zijn.')).int('Alleen hele plekken.').min(1, 'Minstens 1 plek.').max(2000, 'Hoogstens 2.000 plekken.'),
        minPerLocation: z.number().int().min(0, 'mag niet negatief zijn').max(500),
        max: perGemeente(z.number().int().min(0, 'mag niet negatief zijn').max(2000).nullable()),
      })
      .strict(),
    output: {} as SuggestionView,
  },
  'fairShare.applySuggestion': {
    input: z
      .object({ scenarioId, key: keyId, variant, opening: month, places: perGemeente(z.number().int().min(0).max(2000)) })
      .strict()
      .refine((x) => x.places.some((p) => p > 0), 'Het voorstel bevat geen plekken.'),
    output: [] as Location[],
  },
  'fairShare.allocate': {
    input: z
      .object({
        scenarioId,
        total: z.number(typeMessage('Het totaal moet een getal zijn.')).int('Het totaal moet een heel getal zijn.').min(0, 'Het totaal mag niet negatief zijn.').max(1_000_000),
        key: keyId,
        method: z.enum(METHODS, { message: 'Kies largest-remainder, sainte-lague of dhondt.' }),
        max: z.partialRecord(gemeente, z.number().int().min(0)).default({}),
      })
      .strict(),
    output: {} as AllocationResult,
  },
  'compare.run': {
    input: z
      .object({
        scenarioIds: z.array(scenarioId).min(1, 'Kies minstens één scenario.').max(4, 'Vergelijk hoogstens vier scenario’s tegelijk.'),
        referenceId: scenarioId,
      })
      .strict()
      .refine((x) => new Set(x.scenarioIds).size === x.scenarioIds.length, 'Kies elk scenario maar één keer.')
      .refine((x) => x.scenarioIds.includes(x.referenceId), 'Het referentiescenario moet een van de gekozen scenario’s zijn.'),
    output: {} as CompareView,
  },
  'export.tables': { input: z.object({ scenarioId }).strict(), output: {} as ExportBundle },
  'keyInputs.preview': { input: z.object({ scenarioId, rows: importRows }).strict(), output: {} as KeyImportPreview },
  'keyInputs.apply': {
    input: z.object({ scenarioId, fileName, rows: importRows }).strict(),
    output: {} as { changed: number },
  },
  'uncertainty.start': {
    input: z
      .object({
        scenarioId,
        runs: z.number(typeMessage('Aantal trekkingen moet een getal zijn.')).int('Alleen hele aantallen.').min(100, 'Minstens 100 trekkingen.').max(20_000, 'Hoogstens 20.000 trekkingen.'),
        seed: z.number(typeMessage('Het startgetal moet een getal zijn.')).int('Het startgetal is een heel getal.').min(0, 'Het startgetal is 0 of groter.').max(2_147_483_647, 'Het startgetal is hoogstens 2.147.483.647.'),
      })
      .strict(),
    output: {} as McJob,
  },
  'uncertainty.status': { input: z.object({ jobId: z.number().int().positive() }).strict(), output: {} as McJob },
  'uncertainty.cancel': { input: z.object({ jobId: z.number().int().positive() }).strict(), output: {} as McJob },
  'uncertainty.tornado': { input: z.object({ scenarioId, year }).strict(), output: {} as Tornado },
  'urgentie.view': { input: z.object({ scenarioId }).strict(), output: {} as UrgentieView },
  'monitor.preview': { input: z.object({ rows: observationRows }).strict(), output: {} as ObservationPreview },
  'monitor.import': {
    input: z
      .object({
        fileName,
        source: z.string(typeMessage('Geef de bron als tekst.')).trim().max(300, 'Een bron is hoogstens 300 tekens.').regex(NO_CONTROL_CHARS, `De bron ${CONTROL_CHARS_MESSAGE}.`),
        rows: observationRows,
      })
      .strict(),
    output: {} as ObservationSetSummary,
  },
  'monitor.sets': { input: z.object({}).strict(), output: [] as ObservationSetSummary[] },
  'monitor.remove': { input: z.object({ id: setId }).strict(), output: {} as ObservationSetSummary },
  'monitor.restore': { input: z.object({ id: setId }).strict(), output: {} as ObservationSetSummary },
  'monitor.export': { input: z.object({ scenarioId }).strict(), output: {} as ExportBundle },
  'monitor.view': { input: z.object({ scenarioId, bands: monitorBands }).strict(), output: {} as MonitorView },
  'monitor.adopt': {
    input: z.object({ scenarioId, name: scenarioName, only: z.array(z.string().max(100)).max(200).optional() }).strict(),
    output: {} as { scenario: ScenarioSummary; changed: number; ranges: number; notes: string[] },
  },
  'monitor.startFrom': { input: z.object({ scenarioId, name: scenarioName }).strict(), output: {} as { scenario: ScenarioSummary; changed: number; notes: string[] } },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The call signature both transports implement for the renderer. */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;
