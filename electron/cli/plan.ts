/**
 * Headless Plekkenplanner: `npm run --silent plan -- run --scenario "<naam>" --format json|csv [--db FILE] [--out FILE]`.
 * Exit codes: 0 ok, 2 wrong use or unknown scenario, 3 database problem.
 */
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { CapacityProjection, ScenarioSummary } from '../../shared/contract';
import { openBackend, type Backend } from '../backend/backend';
import { resolveDataFile } from '../backend/dataFile';
import { projectionCsv, projectionJson } from './output';

const USAGE = `Gebruik:
  npm run --silent plan -- run --scenario "<naam>" [--format json|csv] [--db <bestand>] [--out <bestand>]

  run         rekent de projectie van een opgeslagen scenario door en schrijft die naar het scherm (of --out)
  --scenario  naam van het scenario (zoals in de lijst in het programma)
  --format    json (standaard) of csv
  --db        het databasebestand (standaard: PLEKKENPLANNER_DB of de gebruikersmap)
  --out       schrijf naar dit bestand in plaats van naar het scherm`;

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  const opts: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) throw new UsageError(`Onverwacht argument "${a}".`);
    const [name, inline] = a.slice(2).split(/=(.*)/s);
    if (!['scenario', 'scenario-file', 'format', 'db', 'out'].includes(name)) throw new UsageError(`Onbekende optie "--${name}".`);
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Optie "--${name}" heeft een waarde nodig.`);
    opts[name] = value;
  }
  if (command !== 'run') throw new UsageError(command ? `Onbekende opdracht "${command}".` : 'Geef een opdracht, bijvoorbeeld "run".');
  if (opts['scenario-file']) throw new UsageError('--scenario-file werkt pas als scenario-export er is; gebruik nu --scenario met de naam van een opgeslagen scenario.');
  if (!opts.scenario) throw new UsageError('Geef het scenario met --scenario "<naam>".');
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`Onbekend formaat "${format}": kies json of csv.`);
  return { scenario: opts.scenario, format, db: opts.db, out: opts.out };
}

function call<T>(backend: Backend, channel: string, input: unknown): T {
  const r = backend.call(channel, input);
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.data as T;
}

export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): { code: number; stdout: string; stderr: string } {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return { code: 2, stdout: '', stderr: `${(e as Error).message}\n\n${USAGE}\n` };
  }
  const dataFile = resolveDataFile(args.db ? ['--db', args.db] : [], env);
  let backend: Backend;
  try {
    backend = openBackend(dataFile, 'test');
  } catch (e) {
    return { code: 3, stdout: '', stderr: `${(e as Error).message}\n` };
  }
  try {
    const list = call<ScenarioSummary[]>(backend, 'scenario.list', {});
    const scenario = list.find((s) => s.name === args.scenario) ?? list.find((s) => s.name.toLowerCase() === args.scenario.toLowerCase());
    if (!scenario) {
      const names = list.map((s) => `  - ${s.name}`).join('\n') || '  (geen scenario’s)';
      return { code: 2, stdout: '', stderr: `Scenario "${args.scenario}" bestaat niet in ${dataFile}. Beschikbaar:\n${names}\n` };
    }
    const p = call<CapacityProjection>(backend, 'projection.capacity', { scenarioId: scenario.id });
    const text = args.format === 'json' ? JSON.stringify(projectionJson(scenario, p.result, p.description), null, 2) + '\n' : projectionCsv(scenario, p.result);
    if (args.out) {
      fs.writeFileSync(args.out, text);
      return { code: 0, stdout: '', stderr: `Geschreven: ${args.out}\n` };
    }
    return { code: 0, stdout: text, stderr: '' };
  } catch (e) {
    return { code: e instanceof AppError && e.code !== 'INTERN' ? 2 : 3, stdout: '', stderr: `${(e as Error).message}\n` };
  } finally {
    backend.close();
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  // Piping into `head` closes stdout early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const r = main(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
