/**
 * Headless Plekkenplanner:
 *   npm run --silent plan -- run --scenario "<naam>" --format json|csv [--db FILE] [--out FILE]
 *   npm run --silent plan -- run --file <scenario.plekkenplanner.json> --format json|csv [--out FILE]   (no database)
 *   npm run --silent plan -- allocate --total N --key KEY --method M [--scenario "<naam>"] [--max Gemeente=n ...] --format json|csv
 *   npm run --silent plan -- calibrate | monitor --observations <file> …   (see monitorCommands.ts)
 * Exit codes: 0 ok, 1 unexpected error, 2 wrong use, unknown scenario, unusable scenario file or infeasible request,
 * 3 database problem.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { KEYS } from '../../shared/assumptions';
import type { AllocationResult, CapacityProjection, ScenarioSummary } from '../../shared/contract';
import { GEMEENTEN } from '../../shared/domain';
import { METHODS } from '../../models/apportion/apportion';
import { openBackend, type Backend } from '../backend/backend';
import { BASELINE_NAME } from '../backend/baseline';
import { resolveDataFile } from '../backend/dataFile';
import { allocationCsv, projectionCsv, projectionJson, type ProjectionSource } from './output';
import { FileError, runScenarioFile } from './runFile';
import { MONITOR_USAGE, monitorMain } from './monitorCommands';

const USAGE = `Gebruik:
  npm run --silent plan -- run --scenario "<naam>" [--format json|csv] [--db <bestand>] [--out <bestand>]
  npm run --silent plan -- run --file <scenario.plekkenplanner.json> [--format json|csv] [--out <bestand>]
  npm run --silent plan -- allocate --total <N> --key <sleutel> --method <methode> [--scenario "<naam>"]
                                    [--max <gemeente>=<n> ...] [--format json|csv] [--db <bestand>] [--out <bestand>]

  run         rekent de projectie door van een opgeslagen scenario (--scenario) of van een
              geëxporteerd scenariobestand (--file)
  allocate    verdeelt N hele plaatsen (woningen, plekken) over de acht gemeenten
  --scenario  naam van het scenario (bij allocate standaard het basisscenario: de sleutelcijfers komen daaruit)
  --file      een scenariobestand zoals Plekkenplanner het exporteert (Scenario → Exporteren); het wordt
              gecontroleerd zoals bij importeren en doorgerekend zonder database (reproduceerbaar), dus
              zonder --db; ontbrekende aannames krijgen de standaardwaarde uit het basisscenario
  --total     het aantal te verdelen plaatsen (heel getal)
  --key       ${KEYS.map((k) => k.id).join(' | ')}
  --method    ${METHODS.join(' | ')}
  --max       maximum voor een gemeente, bijvoorbeeld --max Enschede=10 --max "Hof van Twente=3"
  --format    json (standaard) of csv
  --db        het databasebestand (standaard: PLEKKENPLANNER_DB of de gebruikersmap)
  --out       schrijf naar dit bestand in plaats van naar het scherm

${MONITOR_USAGE}`;

class UsageError extends Error {}

const OPTIONS = ['scenario', 'file', 'format', 'db', 'out', 'total', 'key', 'method', 'max'];

interface Args {
  command: 'run' | 'allocate';
  scenario?: string;
  file?: string;
  format: 'json' | 'csv';
  db?: string;
  out?: string;
  total?: number;
  key?: string;
  method?: string;
  max: Record<string, number>;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'run' && command !== 'allocate') {
    throw new UsageError(command ? `Onbekende opdracht "${command}".` : 'Geef een opdracht: run, allocate, calibrate of monitor.');
  }
  const opts: Record<string, string> = {};
  const max: Record<string, number> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) throw new UsageError(`Onverwacht argument "${a}".`);
    const [name, inline] = a.slice(2).split(/=(.*)/s);
    if (name === 'scenario-file') throw new UsageError('Gebruik --file <bestand> voor een geëxporteerd scenariobestand.');
    if (!OPTIONS.includes(name)) throw new UsageError(`Onbekende optie "--${name}".`);
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Optie "--${name}" heeft een waarde nodig.`);
    if (name === 'max') {
      const m = /^(.+)=(\d+)$/.exec(value);
      const g = m && GEMEENTEN.find((x) => x.naam.toLowerCase() === m[1].trim().toLowerCase() || x.code === m[1].trim().toUpperCase());
      if (!m || !g) throw new UsageError(`--max "${value}": gebruik <gemeente>=<aantal>, bijvoorbeeld Enschede=10 (gemeenten: ${GEMEENTEN.map((x) => x.naam).join(', ')}).`);
      max[g.code] = Number(m[2]);
    } else opts[name] = value;
  }
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`Onbekend formaat "${format}": kies json of csv.`);
  const args: Args = { command, scenario: opts.scenario, file: opts.file, format, db: opts.db, out: opts.out, max };
  if (args.file !== undefined) {
    if (command !== 'run') throw new UsageError('--file werkt alleen bij run.');
    if (args.scenario !== undefined) throw new UsageError('Kies --scenario (een opgeslagen scenario) of --file (een scenariobestand), niet allebei.');
    if (args.db !== undefined) throw new UsageError('--db hoort niet bij --file: een scenariobestand wordt zonder database doorgerekend.');
  }
  if (command === 'run') {
    if (!args.scenario && !args.file) throw new UsageError('Geef het scenario met --scenario "<naam>" of een scenariobestand met --file <bestand>.');
    return args;
  }
  if (opts.total === undefined || !/^\d+$/.test(opts.total)) throw new UsageError('Geef --total als heel getal van 0 of meer.');
  if (!opts.key || !KEYS.some((k) => k.id === opts.key)) throw new UsageError(`Onbekende sleutel "${opts.key ?? ''}": kies ${KEYS.map((k) => k.id).join(', ')}.`);
  if (!opts.method || !(METHODS as readonly string[]).includes(opts.method)) throw new UsageError(`Onbekende methode "${opts.method ?? ''}": kies ${METHODS.join(', ')}.`);
  return { ...args, total: Number(opts.total), key: opts.key, method: opts.method };
}

function call<T>(backend: Backend, channel: string, input: unknown): T {
  const r = backend.call(channel, input);
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.data as T;
}

type CliResult = { code: number; stdout: string; stderr: string };

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): CliResult {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${USAGE}\n` };
  }
  if (args.file !== undefined) return runFile(args.file, args);
  const dataFile = resolveDataFile(args.db ? ['--db', args.db] : [], env);
  let backend: Backend;
  try {
    backend = openBackend(dataFile, 'test');
  } catch (e) {
    return { code: 3, stdout: '', stderr: `${(e as Error).message}\n` };
  }
  try {
    const list = call<ScenarioSummary[]>(backend, 'scenario.list', {});
    const wanted = args.scenario ?? BASELINE_NAME;
    const scenario = list.find((s) => s.name === wanted) ?? list.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!scenario) {
      const names = list.map((s) => `  - ${s.name}`).join('\n') || '  (geen scenario’s)';
      return { code: 2, stdout: '', stderr: `Scenario "${wanted}" bestaat niet in ${dataFile}. Beschikbaar:\n${names}\n` };
    }
    let text: string;
    if (args.command === 'run') {
      const p = call<CapacityProjection>(backend, 'projection.capacity', { scenarioId: scenario.id });
      text = projectionText(args.format, scenario, p);
    } else {
      const a = call<AllocationResult>(backend, 'fairShare.allocate', { scenarioId: scenario.id, total: args.total, key: args.key, method: args.method, max: args.max });
      text = args.format === 'json' ? JSON.stringify({ scenario: scenario.name, ...a }, null, 2) + '\n' : allocationCsv(a);
    }
    return deliver(text, args.out, backend.startNotice);
  } catch (e) {
    return { code: e instanceof AppError && e.code !== 'INTERN' ? 2 : 3, stdout: '', stderr: `${(e as Error).message}\n` };
  } finally {
    backend.close();
  }
}

/** `run --file`: no database is opened or created. */
function runFile(file: string, args: Args): CliResult {
  let run: ReturnType<typeof runScenarioFile>;
  try {
    run = runScenarioFile(file);
  } catch (e) {
    if (e instanceof FileError) return { code: 2, stdout: '', stderr: `${e.message}\n` };
    return { code: 1, stdout: '', stderr: `Onverwachte fout bij het doorrekenen van ${file}: ${(e as Error).message}\n` };
  }
  return deliver(projectionText(args.format, run.scenario, run), args.out, run.notice);
}

function projectionText(format: Args['format'], scenario: ProjectionSource, p: Pick<CapacityProjection, 'result' | 'description' | 'reportingYear'>): string {
  return format === 'json' ? JSON.stringify(projectionJson(scenario, p.result, p.description, p.reportingYear), null, 2) + '\n' : projectionCsv(scenario, p.result);
}

/** To the screen, or to --out; a notice (if any) goes to stderr either way. */
function deliver(text: string, out: string | undefined, notice: string | null | undefined): CliResult {
  const before = notice ? `${notice}\n` : '';
  if (!out) return { code: 0, stdout: text, stderr: before };
  try {
    fs.writeFileSync(out, text);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${before}Kan niet schrijven naar ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n` };
  }
  return { code: 0, stdout: '', stderr: `${before}Geschreven: ${out}\n` };
}

if (typeof require !== 'undefined' && require.main === module) {
  // Piping into `head` closes stdout early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const argv = process.argv.slice(2);
  const monitor = argv[0] === 'calibrate' || argv[0] === 'monitor';
  void (monitor ? monitorMain(argv) : Promise.resolve(main(argv))).then(
    (r) => {
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.code;
    },
    (e: Error) => {
      process.stderr.write(`Onverwachte fout: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
