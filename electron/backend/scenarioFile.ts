/** Export of a scenario to its JSON file, and import of such a file as a new scenario (validated in full). */
import { assumptionDef, checkAssumptionValue, type AssumptionValue } from '../../shared/assumptions';
import { AppError } from '../../shared/errors';
import { checkRange } from '../../shared/ranges';
import { NAME_MAX_CHARS, describeIssues, quoted } from '../../shared/validation';
import { SCENARIO_FILE_FORMAT, SCENARIO_SCHEMA_VERSION, scenarioFileSchema, type ScenarioFile } from '../../shared/scenarioFile';
import { resolveAssumptions, type FormulaCache } from '../../models/assumptions/resolve';
import { START_YEAR } from '../../models/capacity/fromScenario';
import { MODEL_VERSION } from '../../models/version';
import { baselineAssumptions } from './baseline';
import type { ScenarioStore } from './scenarioStore';

export const MAX_SCENARIO_FILE_BYTES = 5_000_000;

export function exportScenario(store: ScenarioStore, id: number, appVersion: string, now: () => Date): ScenarioFile {
  const s = store.get(id);
  return {
    format: SCENARIO_FILE_FORMAT,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    exportedAt: now().toISOString(),
    appVersion,
    modelVersion: MODEL_VERSION,
    scenario: { name: s.name, description: s.description, author: s.author, tags: s.tags, status: s.status, adoptedAt: s.adoptedAt },
    assumptions: Object.values(store.assumptions(id))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ key, value, formula, source, isAanname }) => ({ key, value, formula, source, isAanname })),
    locations: store.locations.list(id).map(({ id: _id, ...l }) => (void _id, l)),
    wlzEvents: store.locations.events(id).map(({ id: _id, ...e }) => (void _id, e)),
    ranges: Object.entries(store.ranges.list(id)).map(([key, r]) => ({ key, ...r })),
  };
}

/** Parses and checks a scenario file; every problem is a Dutch message, nothing is stored here. */
export function parseScenarioFile(text: string): ScenarioFile {
  if (text.length > MAX_SCENARIO_FILE_BYTES) throw new AppError('ONGELDIGE_INVOER', 'Het bestand is te groot voor een scenario (meer dan 5 MB).');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('ONGELDIGE_INVOER', 'Het bestand is geen geldig JSON-bestand. Kies een scenariobestand dat met Plekkenplanner is geëxporteerd.');
  }
  const head = raw as { format?: unknown; schemaVersion?: unknown };
  if (!raw || typeof raw !== 'object' || head.format !== SCENARIO_FILE_FORMAT) {
    throw new AppError('ONGELDIGE_INVOER', 'Dit is geen Plekkenplanner-scenario (het veld "format" ontbreekt of klopt niet).');
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > SCENARIO_SCHEMA_VERSION) {
    throw new AppError(
      'ONGELDIGE_INVOER',
      `Dit scenario is gemaakt met een nieuwere versie van Plekkenplanner (bestandsversie ${head.schemaVersion}; deze versie leest tot en met ${SCENARIO_SCHEMA_VERSION}). Werk Plekkenplanner bij om het te openen.`,
    );
  }
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('ONGELDIGE_INVOER', `Het scenariobestand klopt niet. ${describeIssues(parsed.error.issues)} Er is niets opgeslagen.`);
  }
  const unknown = parsed.data.assumptions.find((a) => !assumptionDef(a.key));
  if (unknown) throw new AppError('ONGELDIGE_INVOER', `Het scenariobestand bevat een onbekende aanname ${quoted(unknown.key, 80)}. Er is niets opgeslagen.`);
  return parsed.data;
}

/**
 * The assumptions a parsed scenario file stands for: its own, and the baseline's (marked as such) for any it lacks,
 * e.g. a file from an older version. Every value and formula is checked against the whole scenario, whole numbers
 * stay whole and its ranges must be sound; a problem is a Dutch AppError. Needs no database: the import and the
 * CLI's `run --file` accept exactly the same files.
 */
export function checkedFileAssumptions(file: ScenarioFile, cache?: FormulaCache): AssumptionValue[] {
  const given = new Map(file.assumptions.map((a) => [a.key, a]));
  for (const a of file.assumptions) {
    const problem = a.formula ? null : checkAssumptionValue(assumptionDef(a.key)!, a.value);
    if (problem) throw new AppError('ONGELDIGE_INVOER', `Het scenariobestand klopt niet: ${problem} Er is niets opgeslagen.`);
  }
  const values = baselineAssumptions().map((d) => given.get(d.key) ?? { ...d, source: `Standaardwaarde (ontbrak in het bestand). ${d.source}` });
  const cells = Object.fromEntries(values.map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const { errors } = resolveAssumptions(cells, START_YEAR, cache);
  const bad = Object.keys(errors)[0];
  if (bad) throw new AppError('ONGELDIGE_INVOER', `Het scenariobestand klopt niet: ${withLabel(bad, errors[bad])} Er is niets opgeslagen.`);
  for (const { key, ...r } of file.ranges ?? []) {
    const def = assumptionDef(key);
    // The range itself must be sound; whether the value lies inside is checked when it is used (the value may have changed since).
    const problem = def ? checkRange(def, r, r.low, false) : `onbekende aanname "${key}" in de bereiken.`;
    if (problem) throw new AppError('ONGELDIGE_INVOER', `Het scenariobestand klopt niet: ${problem} Er is niets opgeslagen.`);
  }
  return values;
}

/** A resolve error with the assumption's label in front, once. */
export function withLabel(key: string, message: string): string {
  const label = assumptionDef(key)?.label ?? key;
  return message.startsWith(`${label}: `) ? message : `${label}: ${message}`;
}

const MAX_IMPORT_COPIES = 10_000;
const GRAPHEMES = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/**
 * The longest start of `text` made of whole graphemes (a letter with its accents, an emoji with its joiners) that is
 * at most `maxChars` code points long: zod counts a name's length in code points.
 */
function graphemeStart(text: string, maxChars: number): string {
  let start = '';
  let chars = 0;
  for (const { segment } of GRAPHEMES.segment(text)) {
    chars += [...segment].length;
    if (chars > maxChars) break;
    start += segment;
  }
  return start;
}

/**
 * The name an imported scenario gets: its own, or with "(geïmporteerd)", "(geïmporteerd 2)", … when taken.
 * The base is shortened by whole graphemes so the suffix always fits within NAME_MAX_CHARS; each candidate differs,
 * so this ends after at most as many tries as there are scenarios.
 */
export function freeImportName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  for (let n = 1; n <= MAX_IMPORT_COPIES; n++) {
    const suffix = ` (geïmporteerd${n > 1 ? ` ${n}` : ''})`;
    const candidate = `${graphemeStart(name, NAME_MAX_CHARS - [...suffix].length).trimEnd() || 'Scenario'}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  throw new AppError('CONFLICT', `Er zijn al te veel geïmporteerde kopieën van "${name}". Hernoem of verwijder er een paar en probeer het opnieuw.`);
}
