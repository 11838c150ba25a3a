/**
 * The monitor from the command line:
 *   npm run --silent plan -- calibrate --observations <file> [--format json|csv] [--out FILE]
 *   npm run --silent plan -- monitor --observations <file> [--scenario "<naam>"] [--format json|csv] [--db FILE] [--out FILE]
 * calibrate needs no database: it prints the estimates with their 80 % intervals. monitor sets the figures beside a
 * stored scenario (default: the adopted one, else the baseline) without storing them. A bad file: a Dutch message, exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { PLAIN_CSV, writeCsv } from '../../shared/csv';
import type { ScenarioData, ScenarioSummary } from '../../shared/contract';
import { scenarioInput, scenarioRun } from '../../models/scenario/runScenario';
import { parseCsv, type RawCell } from '../../shared/keyImport';
import { importedObservations, observationImportIsClean, readObservationTable } from '../../shared/observationImport';
import { estimateFromObservations } from '../../models/monitor/estimate';
import { openBackend, type Backend } from '../backend/backend';
import { BASELINE_NAME } from '../backend/baseline';
import { resolveDataFile } from '../backend/dataFile';
import { monitorTables } from '../backend/monitorTables';
import { monitorView } from '../backend/monitorView';
import type { Observation } from '../../shared/observations';

export const MONITOR_USAGE = `  npm run --silent plan -- calibrate --observations <bestand> [--format json|csv] [--out <bestand>]
  npm run --silent plan -- monitor --observations <bestand> [--scenario "<naam>"] [--format json|csv] [--db <bestand>] [--out <bestand>]

  calibrate       schat uit monitoringcijfers (CSV of .xlsx, zoals het sjabloon in de app) de verblijfsduur,
                  uitval, Wlz-overgangen, instroom en herkomst, elk met een 80 %-interval
  monitor         zet de monitoringcijfers naast een opgeslagen scenario (standaard het vastgestelde, anders het
                  basisscenario) en zegt per cijfer hoeveel het van het plan afwijkt; er wordt niets opgeslagen`;

export type CliResult = { code: number; stdout: string; stderr: string };
const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n` });

/** Reads and checks an observations file; a Dutch message per problem. */
async function readObservations(file: string): Promise<{ ok: true; observations: Observation[]; name: string } | { ok: false; message: string }> {
  const name = path.basename(file);
  let rows: RawCell[][];
  try {
    if (fs.statSync(file).size > 5_000_000) return { ok: false, message: `${name} is groter dan 5 MB; dat is geen bestand met monitoringcijfers.` };
    if (/\.xlsx$/i.test(file)) rows = (await readSheet(file)).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : (c as RawCell))));
    else if (/\.(csv|txt)$/i.test(file)) rows = parseCsv(fs.readFileSync(file, 'utf8'));
    else return { ok: false, message: `${name}: kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx).` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `Het bestand ${file} bestaat niet.` : `${name} is niet te lezen (${code ?? 'geen geldig bestand'}).` };
  }
  const read = readObservationTable(rows);
  if (!observationImportIsClean(read)) {
    const lines = [...read.errors, ...read.rows.filter((r) => r.errors.length).map((r) => `Regel ${r.line}: ${r.errors.join(' ')}`)];
    return { ok: false, message: `${name} bevat fouten; er is niets gebruikt.\n${lines.slice(0, 20).join('\n')}${lines.length > 20 ? `\n… en nog ${lines.length - 20} meldingen.` : ''}` };
  }
  return { ok: true, observations: importedObservations(read), name };
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

const KNOWN = ['observations', 'format', 'out', 'scenario', 'db'];

export async function monitorMain(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const [command, ...rest] = argv;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) return fail(`Onverwacht argument "${a}".\n\n${MONITOR_USAGE}`);
    const name = a.slice(2).split('=')[0];
    if (!KNOWN.includes(name) || (command === 'calibrate' && (name === 'scenario' || name === 'db'))) return fail(`Onbekende optie "--${name}" bij ${command}.\n\n${MONITOR_USAGE}`);
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('--')) return fail(`Optie "--${name}" heeft een waarde nodig.\n\n${MONITOR_USAGE}`);
  }
  const file = option(rest, 'observations');
  if (!file) return fail(`Geef de monitoringcijfers met --observations <bestand>.\n\n${MONITOR_USAGE}`);
  const format = option(rest, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return fail(`Onbekend formaat "${format}": kies json of csv.`);
  const read = await readObservations(file);
  if (!read.ok) return fail(read.message);

  let text: string;
  if (command === 'calibrate') {
    const e = estimateFromObservations(read.observations);
    text =
      format === 'json'
        ? JSON.stringify({ observations: read.name, span: e.span, estimates: e.estimates.map(({ id, label, value, low, high, unit, keys, basis, sentence }) => ({ id, label, value, low, high, unit, keys, basis, sentence })), absent: e.absent.map(({ id, label, reason }) => ({ id, label, reason })), notes: e.notes }, null, 2) + '\n'
        : writeCsv([['id', 'label', 'value', 'low80', 'high80', 'unit', 'sentence'], ...e.estimates.map((x) => [x.id, x.label, x.value, x.low, x.high, x.unit, x.sentence])], PLAIN_CSV);
  } else {
    let backend: Backend;
    const db = option(rest, 'db');
    // monitor only reads: a database that is not there is a typo, not a new database.
    if (db && !fs.existsSync(db)) return fail(`Het databasebestand ${db} bestaat niet. Geef het bestand van Plekkenplanner met --db, of laat --db weg.`);
    try {
      backend = openBackend(resolveDataFile(db ? ['--db', db] : [], env), 'test');
    } catch (e) {
      return { code: 3, stdout: '', stderr: `${(e as Error).message}\n` };
    }
    try {
      const list = backend.call('scenario.list', {});
      const scenarios = (list.ok ? list.data : []) as ScenarioSummary[];
      const wanted = option(rest, 'scenario');
      const scenario = wanted
        ? scenarios.find((s) => s.name.toLowerCase() === wanted.toLowerCase())
        : (scenarios.find((s) => s.status === 'vastgesteld') ?? scenarios.find((s) => s.name === BASELINE_NAME));
      if (!scenario) return fail(`Scenario "${wanted}" bestaat niet. Beschikbaar:\n${scenarios.map((s) => `  - ${s.name}`).join('\n')}`);
      const got = backend.call('scenario.data', { scenarioId: scenario.id });
      if (!got.ok) return fail(got.error.message);
      const data = got.data as ScenarioData;
      const model = { data, ...scenarioRun(scenarioInput(data)) };
      const view = monitorView(model, { observations: read.observations, sets: [{ id: 0, fileName: read.name, source: read.name, importedAt: '', removedAt: null, count: read.observations.length, from: '', to: '' }] });
      const table = monitorTables(view)[0];
      text =
        format === 'json'
          ? JSON.stringify({ scenario: scenario.name, observations: read.name, deviations: view.deviations.map((d) => ({ ...d.observation, plan: d.plan, difference: d.difference, sentence: d.sentence, note: d.note })), notes: view.deviationNotes, backtest: view.backtest?.ok ? view.backtest.sentence : (view.backtest?.reason ?? null) }, null, 2) + '\n'
          : writeCsv([table.columns.map((c) => c.header), ...table.rows], PLAIN_CSV);
    } finally {
      backend.close();
    }
  }
  const out = option(rest, 'out');
  if (!out) return { code: 0, stdout: text, stderr: '' };
  try {
    fs.writeFileSync(out, text);
  } catch (e) {
    return fail(`Kan niet schrijven naar ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return { code: 0, stdout: '', stderr: `Geschreven: ${out}\n` };
}
