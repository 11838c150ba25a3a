/**
 * `run --file`: the projection of an exported scenario file, without a database. The file is read, parsed, checked
 * and completed exactly as the app's import does it, then run through the same model as a stored scenario.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { ScenarioFile } from '../../shared/scenarioFile';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { MODEL_DESCRIPTION } from '../../models/capacity/description';
import { scenarioInput, scenarioRun } from '../../models/scenario/runScenario';
import type { CapacityResult } from '../../models/capacity/types';
import { MODEL_VERSION } from '../../models/version';
import { checkedFileAssumptions, MAX_SCENARIO_FILE_BYTES, parseScenarioFile } from '../backend/scenarioFile';
import type { ProjectionSource } from './output';

/** A problem with the file the user named: a Dutch message, exit code 2. */
export class FileError extends Error {}

export interface FileRun {
  scenario: ProjectionSource;
  result: CapacityResult;
  reportingYear: number;
  description: typeof MODEL_DESCRIPTION;
  /** Worth telling (on stderr), not an error: e.g. the file was exported with another model version. */
  notice: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** The text of a scenario file, refused in Dutch when it is missing, unreadable, not a file or too large. */
export function readScenarioFileText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new FileError(readProblem(file, e));
  }
  if (stat.isDirectory()) throw new FileError(`${file} is een map, geen scenariobestand.`);
  if (stat.size > MAX_SCENARIO_FILE_BYTES) {
    const mb = (stat.size / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    throw new FileError(`Scenariobestand ${file} is te groot (${mb} MB); een scenario is hooguit ${MAX_SCENARIO_FILE_BYTES / 1_000_000} MB.`);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new FileError(readProblem(file, e));
  }
  // Editors on Windows may put a byte-order mark in front; the app's file picker reads past it too.
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

function readProblem(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `Scenariobestand ${file} bestaat niet. Controleer de naam en de map.`;
  if (code === 'EACCES' || code === 'EPERM') return `Scenariobestand ${file} kan niet worden gelezen: geen toegang.`;
  if (code === 'EISDIR') return `${file} is een map, geen scenariobestand.`;
  return `Scenariobestand ${file} kan niet worden gelezen (${code ?? (e as Error).message}).`;
}

/** Parses, checks and runs a scenario file; every problem is a FileError with a Dutch message. */
export function runScenarioFile(file: string): FileRun {
  const text = readScenarioFileText(file);
  const cache: FormulaCache = new Map();
  let parsed: ScenarioFile;
  let assumptions: ReturnType<typeof checkedFileAssumptions>;
  try {
    parsed = parseScenarioFile(text);
    assumptions = checkedFileAssumptions(parsed, cache);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The import's messages end with "nothing was stored"; here nothing is ever stored.
    throw new FileError(`Scenariobestand ${file}: ${e.message.replace(/\s*Er is niets opgeslagen\.$/, '')}`);
  }
  const run = scenarioRun(
    scenarioInput({
      assumptions: Object.fromEntries(assumptions.map((a) => [a.key, a])),
      locations: parsed.locations.map((l, i) => ({ id: i + 1, ...l })),
      wlzEvents: parsed.wlzEvents.map((e, i) => ({ id: i + 1, ...e })),
    }),
    { cache },
  );
  const notice =
    parsed.modelVersion === MODEL_VERSION
      ? ''
      : `Let op: dit scenario is geëxporteerd met modelversie ${parsed.modelVersion} en nu doorgerekend met modelversie ${MODEL_VERSION}; de cijfers kunnen afwijken van die bij de export.`;
  return {
    scenario: { id: null, name: parsed.scenario.name, status: parsed.scenario.status, updatedAt: null },
    result: run.capacity(),
    reportingYear: run.reportingYear,
    description: MODEL_DESCRIPTION,
    notice,
  };
}
