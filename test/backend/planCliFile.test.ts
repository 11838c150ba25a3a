/**
 * `plan -- run --file`: an exported scenario file is run without a database and prints exactly what
 * `run --scenario` prints for the stored scenario (apart from its id and last change, which a file does not have).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { MAX_SCENARIO_FILE_BYTES } from '../../electron/backend/scenarioFile';
import { main } from '../../electron/cli/plan';
import { GROEI_ALL_INCLUSIVE } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
import type { ScenarioFile } from '../../shared/scenarioFile';
import { TEST_CLI } from '../buildWorker';
import { FIXED_NOW, tempDb } from './tempFiles';

const BASIS = 'Basis — ongewijzigd beleid';
const NAME = 'Haaksbergen 24';
const tempDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `plekkenplanner-${name}-`));

function ok<T>(backend: Backend, channel: string, input: unknown): T {
  const r = backend.call(channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data as T;
}

let db: string;
let file: string;
/** The exported file as an object, to derive damaged or older variants from. */
let exported: ScenarioFile;

/** A scenario with a formula, a new location and a one-off Wlz event, stored and exported through the backend. */
beforeAll(() => {
  db = tempDb('cli-file');
  const a = openBackend(db, 'test', FIXED_NOW);
  try {
    const id = ok<ScenarioSummary>(a, 'scenario.create', { name: NAME }).id;
    ok(a, 'scenario.update', { id, description: 'Met een nieuwe locatie', author: 'Projectgroep', tags: ['locaties'] });
    ok(a, 'assumptions.setValue', { scenarioId: id, key: GROEI_ALL_INCLUSIVE, formula: '=15 * 1,02 ^ (jaar - 2025)' });
    ok(a, 'locations.save', { scenarioId: id, location: { name: 'Nieuw', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: '2033-06', financing: 'Wmo', targetGroup: 'LVB', source: 'Plan', isAanname: true } });
    ok(a, 'wlzEvents.save', { scenarioId: id, event: { year: 2027, clients: 40, variant: 'allInclusive', source: 'Scenario' } });
    const f = ok<{ fileName: string; json: string }>(a, 'scenario.export', { id });
    file = path.join(tempDir('cli-file-export'), f.fileName);
    fs.writeFileSync(file, f.json);
    exported = JSON.parse(f.json);
  } finally {
    a.close();
  }
});

/** Writes a variant of the exported file and returns its path. */
function variant(name: string, change: (f: typeof exported) => unknown): string {
  const p = path.join(tempDir('cli-file-variant'), name);
  const copy = structuredClone(exported);
  const text = change(copy);
  fs.writeFileSync(p, typeof text === 'string' ? text : JSON.stringify(copy));
  return p;
}

const withoutIdentity = (stdout: string) => {
  const out = JSON.parse(stdout);
  delete out.scenario.id;
  delete out.scenario.lastChange;
  return out;
};

describe('npm run plan -- run --file', () => {
  it('prints the same JSON as run --scenario for the stored scenario, without id and last change', () => {
    const fromFile = main(['run', '--file', file, '--format', 'json']);
    const fromDb = main(['run', '--scenario', NAME, '--format', 'json', '--db', db]);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);
    expect(fromDb.code).toBe(0);
    const json = JSON.parse(fromFile.stdout);
    expect(json.scenario).toEqual({ id: null, name: NAME, status: 'concept', lastChange: null });
    expect(withoutIdentity(fromFile.stdout)).toEqual(withoutIdentity(fromDb.stdout));
    expect(fromFile.stdout).not.toMatch(/NaN|Infinity/);
    // The changes count: the file's figures are not the baseline's.
    const basis = withoutIdentity(main(['run', '--scenario', BASIS, '--db', db]).stdout);
    expect(withoutIdentity(fromFile.stdout).years).not.toEqual(basis.years);
  });

  it('prints the same CSV as run --scenario, also with --out', () => {
    const fromFile = main(['run', `--file=${file}`, '--format', 'csv']);
    const fromDb = main(['run', '--scenario', NAME, '--format', 'csv', '--db', db]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(fromDb.stdout);
    expect(fromFile.stdout.trim().split('\n')[1]).toMatch(/^Haaksbergen 24,\d+\.\d+\.\d+,2025,regio,regio,/);
    const out = path.join(tempDir('cli-file-out'), 'uit.csv');
    const written = main(['run', '--file', file, '--format', 'csv', '--out', out]);
    expect(written).toEqual({ code: 0, stdout: '', stderr: `Geschreven: ${out}\n` });
    expect(fs.readFileSync(out, 'utf8')).toBe(fromDb.stdout);
  });

  it('is reproducible: the same file twice gives identical output', () => {
    for (const format of ['json', 'csv']) {
      const first = main(['run', '--file', file, '--format', format]);
      const second = main(['run', '--file', file, '--format', format]);
      expect(first.code).toBe(0);
      expect(second).toEqual(first);
    }
  });

  it('fills assumptions an older file lacks from the baseline, as the import does', () => {
    const key = exported.assumptions.find((a) => a.key !== GROEI_ALL_INCLUSIVE)!.key;
    const older = variant('ouder.plekkenplanner.json', (f) => {
      f.assumptions = f.assumptions.filter((a) => a.key !== key);
    });
    const r = main(['run', '--file', older]);
    expect(r.code).toBe(0);
    // The scenario was made from the baseline, so the filled-in value is the one it had.
    expect(r.stdout).toBe(main(['run', '--file', file]).stdout);
  });

  it('reads past a byte-order mark, as the app does', () => {
    const bom = variant('bom.plekkenplanner.json', (f) => `\uFEFF${JSON.stringify(f)}`);
    expect(main(['run', '--file', bom]).stdout).toBe(main(['run', '--file', file]).stdout);
  });

  it('says so on stderr when the file was exported with another model version', () => {
    const old = variant('oud-model.plekkenplanner.json', (f) => {
      f.modelVersion = '0.9.0';
    });
    const r = main(['run', '--file', old]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/geëxporteerd met modelversie 0\.9\.0 en nu doorgerekend met modelversie/);
    expect(r.stdout).toBe(main(['run', '--file', file]).stdout);
  });

  it.each([
    ['a damaged file', () => variant('kapot.plekkenplanner.json', () => JSON.stringify(exported).slice(0, 500)), /geen geldig JSON-bestand/],
    ['a newer version', () => variant('nieuw.plekkenplanner.json', (f) => void ((f as { schemaVersion: number }).schemaVersion = 3)), /nieuwere versie van Plekkenplanner \(bestandsversie 3/],
    ['another JSON file', () => variant('anders.json', () => '{"hallo": 1}'), /geen Plekkenplanner-scenario/],
    [
      'a broken formula',
      () =>
        variant('formule.plekkenplanner.json', (f) => {
          f.assumptions.find((a) => a.key === GROEI_ALL_INCLUSIVE)!.formula = '=15 * onbekend';
        }),
      /Onbekende naam "onbekend" in de formule/,
    ],
    [
      'a negative count',
      () =>
        variant('negatief.plekkenplanner.json', (f) => {
          f.assumptions.find((a) => a.key === 'inZorg.GM0147.allInclusive')!.value = -4;
        }),
      /mag niet negatief zijn/,
    ],
    ['a bad location', () => variant('locatie.plekkenplanner.json', (f) => void (f.locations[0].places = -1)), /Locatie 1, plekken/],
    ['a missing file', () => path.join(tempDir('cli-file-missing'), 'weg.plekkenplanner.json'), /bestaat niet/],
    ['a folder', () => tempDir('cli-file-folder'), /is een map, geen scenariobestand/],
    ['an oversize file', () => variant('groot.plekkenplanner.json', () => ' '.repeat(MAX_SCENARIO_FILE_BYTES + 1)), /te groot .*hooguit 5 MB/],
  ])('refuses %s with a Dutch message and exit code 2', (_what, make, message) => {
    const p = make();
    const r = main(['run', '--file', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(p);
    // Nothing is ever stored from the command line, so the import's "nothing was stored" is left out.
    expect(r.stderr).not.toMatch(/opgeslagen/);
  });

  it.each([
    [['run', '--file', 'x.json', '--scenario', NAME], /niet allebei/],
    [['run', '--file', 'x.json', '--db', 'y.sqlite'], /--db hoort niet bij --file/],
    [['allocate', '--total', '3', '--key', 'inwoners', '--method', 'dhondt', '--file', 'x.json'], /--file werkt alleen bij run/],
    [['run', '--scenario-file', 'x.json'], /Gebruik --file <bestand>/],
    [['run', '--file'], /heeft een waarde nodig/],
  ])('refuses %j as wrong use with exit code 2 and the usage text', (argv, message) => {
    const r = main(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('run --file <scenario.plekkenplanner.json>');
  });

  it('opens and creates no database: an empty home folder stays empty (the real CLI process)', () => {
    const home = tempDir('cli-file-home');
    const config = path.join(home, '.config');
    const r = spawnSync(process.execPath, [TEST_CLI, 'run', '--file', file, '--format', 'csv'], {
      encoding: 'utf8',
      cwd: home,
      env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: config, APPDATA: config },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(main(['run', '--scenario', NAME, '--format', 'csv', '--db', db]).stdout);
    expect(fs.readdirSync(home)).toEqual([]);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    // Not even where PLEKKENPLANNER_DB points.
    const pointed = path.join(home, 'hier-niet.sqlite');
    expect(main(['run', '--file', file], { PLEKKENPLANNER_DB: pointed, XDG_CONFIG_HOME: config }).code).toBe(0);
    expect(fs.readdirSync(home)).toEqual([]);
  });
});
