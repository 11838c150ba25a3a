/**
 * One scenario run, one list of outputs: every caller — the capacity handler, Vergelijken, the export, Fair share,
 * Urgentie, the CLI (stored scenario and scenario file) and the Monte Carlo — shows the same figures for the same
 * scenario and year, and all of them follow the reporting-year setting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { main } from '../../electron/cli/plan';
import { runScenarioFile } from '../../electron/cli/runFile';
import { EINDJAAR, RAPPORTAGEJAAR } from '../../shared/assumptions';
import type { CapacityProjection, CompareView, FairShareView, ScenarioSummary, UrgentieView } from '../../shared/contract';
import { COMPARE_METRICS } from '../../shared/metrics';
import type { ExportBundle } from '../../shared/tables';
import { prepare, runChunk, runOnce } from '../../models/uncertainty/montecarlo';
import { scenarioInput } from '../../models/scenario/runScenario';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

const BASIS = 'Basis — ongewijzigd beleid';
let backend: Backend | undefined;
const { ok } = contractCalls(() => backend!);
afterEach(() => {
  backend?.close();
  backend = undefined;
});

/** The baseline and a copy with a new location (so the two differ), in a fresh database. */
function twoScenarios(db: string) {
  backend = openBackend(db, 'test', FIXED_NOW);
  const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
  const plus = ok<ScenarioSummary>('scenario.duplicate', { id: basis.id, name: 'Haaksbergen 24' });
  ok('locations.save', {
    scenarioId: plus.id,
    location: { name: 'Nieuw Haaksbergen', gemeente: 'GM0158', variant: 'allInclusive', places: 24, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'Plan', isAanname: true },
  });
  return { basis, plus };
}

const value = (view: CompareView, id: string, i: number) => view.indicators.find((x) => x.id === id)!.values[i];
const table = (bundle: ExportBundle, name: string) => bundle.tables.find((t) => t.name === name)!;
const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** Every caller's figure for the scenario in `year`, checked against the capacity handler's. */
function expectSameFigures(scenario: ScenarioSummary, index: number, view: CompareView, year: number) {
  const p = ok<CapacityProjection>('projection.capacity', { scenarioId: scenario.id });
  expect(p.reportingYear).toBe(year);
  const y = p.result.years.find((x) => x.year === year)!;
  // Vergelijken: every figure from the list of outputs, and the three of its own.
  for (const m of COMPARE_METRICS) expect(value(view, m.compare.id, index)).toBe(y[m.id]);
  expect(value(view, 'wlz-verlies', index)).toBe(y.wmoPlacesLostToWlz - y.wlzPlacesReturned);
  const urgent = ok<UrgentieView>('urgentie.view', { scenarioId: scenario.id });
  expect(urgent.ok).toBe(true);
  expect(urgent.reportingYear).toBe(year);
  const shortfall = urgent.ok ? urgent.years.find((x) => x.year === year)!.shortfall : null;
  expect(value(view, 'urgentie-tekort', index)).toBe(shortfall);
  // Fair share without a year is the reporting year, as in Vergelijken and the report.
  const fair = ok<FairShareView>('fairShare.view', { scenarioId: scenario.id, key: 'inwoners', variant: 'alle' });
  expect(fair.date).toBe(`${year}-12`);
  expect(value(view, 'fairshare', index)).toBe(fair.facility!.index);

  // The export: the yearly table, the fair-share table of the reporting year, the urgentie table.
  const bundle = ok<ExportBundle>('export.tables', { scenarioId: scenario.id });
  const cap = table(bundle, 'Capaciteit per jaar');
  const row = cap.rows.find((r) => r[0] === String(year))!;
  for (const m of COMPARE_METRICS) expect(row[cap.columns.findIndex((c) => c.header === (m.label as string))]).toBe(y[m.id]);
  const fairTable = table(bundle, 'Fair share');
  expect(fairTable.title).toContain(`plekken eind ${year}`);
  expect(fairTable.rows.map((r) => r[r.length - 3])).toEqual(fair.facility!.rows.map((x) => x.actual));
  expect(table(bundle, 'Urgentie').rows.find((r) => r[0] === String(year))![4]).toBe(shortfall);

  // The Monte Carlo's run without draws: the same capacity, urgent shortfall and fair-share index.
  const data = ok<Parameters<typeof scenarioInput>[0]>('scenario.data', { scenarioId: scenario.id });
  const prepared = prepare({ ...scenarioInput(data), ranges: {} });
  expect(prepared.reportingYear).toBe(year);
  const once = runOnce(prepared, prepared.setup.cells, []);
  const yi = once.capacity.years.findIndex((x) => x.year === year);
  for (const m of COMPARE_METRICS) if (m.id !== 'placesNeeded') expect(once.capacity.years[yi][m.id]).toBe(y[m.id]);
  expect(once.urgentShortfall[yi]).toBe(shortfall);
  expect(once.fairShareIndex).toBe(fair.facility!.index);
  return p;
}

describe('one scenario run', () => {
  it('gives every caller the same figures for the same scenario and year', () => {
    const db = tempDb('one-run');
    const { basis, plus } = twoScenarios(db);
    const view = ok<CompareView>('compare.run', { scenarioIds: [basis.id, plus.id], referenceId: basis.id });
    expect(view.reportingYear).toBe(2030);
    const p = expectSameFigures(basis, 0, view, 2030);
    expectSameFigures(plus, 1, view, 2030);
    const exported = ok<{ json: string }>('scenario.export', { id: plus.id }).json;
    backend!.close();
    backend = undefined;

    // The CLI on the stored scenario and on its exported file: the same figures, rounded as its JSON rounds them.
    const cli = JSON.parse(main(['run', '--scenario', BASIS, '--format', 'json', '--db', db]).stdout);
    expect(cli.reportingYear).toBe(2030);
    const cliYear = cli.years.find((y: { year: number }) => y.year === 2030);
    const y = p.result.years.find((x) => x.year === 2030)!;
    for (const m of COMPARE_METRICS) expect(cliYear[m.id]).toBe(round2(y[m.id]));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plekkenplanner-one-run-')), 'plus.json');
    fs.writeFileSync(file, exported);
    const fromFile = runScenarioFile(file);
    const plusYear = fromFile.result.years.find((x) => x.year === 2030)!;
    for (const m of COMPARE_METRICS) expect(plusYear[m.id]).toBe(value(view, m.compare.id, 1));
  });

  it('follows the reporting year: 2028 moves the comparison, its labels, the export, the report and the Monte Carlo', () => {
    const db = tempDb('reporting-year');
    const { basis, plus } = twoScenarios(db);
    for (const s of [basis, plus]) ok('assumptions.setValue', { scenarioId: s.id, key: RAPPORTAGEJAAR, value: 2028 });
    const view = ok<CompareView>('compare.run', { scenarioIds: [basis.id, plus.id], referenceId: basis.id });
    expect(view.reportingYear).toBe(2028);
    expect(view.indicators.map((i) => i.id)).toEqual(['wachtlijst-2027', 'wachtlijst', 'wachttijd-2027', 'wachttijd', 'wachttijd-aanmelding', 'plekken-nodig', 'kosten-2027', 'kosten', 'wlz-verlies', 'fairshare', 'urgentie-tekort']);
    const labels = view.indicators.map((i) => i.label);
    expect(labels).toContain('Wachtlijst eind 2028');
    expect(labels).toContain('Extra plekken nodig in 2028 (voor de wachttijdnorm)');
    expect(labels).toContain('Fair-share-index eind 2028 (sleutel inwoners, alle vormen)');
    expect(labels.join(' ')).not.toMatch(/2030/);
    expectSameFigures(basis, 0, view, 2028);
    expectSameFigures(plus, 1, view, 2028);

    // The report's fair-share page asks for the comparison's year (renderer/src/report/useReportData.ts); its
    // sentences are these labels with the values (renderer/src/report/messages.test.ts).
    expect(ok<FairShareView>('fairShare.view', { scenarioId: basis.id, key: 'inwoners', variant: 'alle', year: view.reportingYear }).date).toBe('2028-12');

    // The Monte Carlo takes the fair-share index in December 2028.
    const data = ok<Parameters<typeof scenarioInput>[0]>('scenario.data', { scenarioId: basis.id });
    expect(runChunk({ ...scenarioInput(data), ranges: {} }, 1, 0, 2).reportingYear).toBe(2028);

    // Scenarios with different reporting years: the reference's year, and the label says so.
    ok('assumptions.setValue', { scenarioId: plus.id, key: RAPPORTAGEJAAR, value: 2032 });
    const mixed = ok<CompareView>('compare.run', { scenarioIds: [basis.id, plus.id], referenceId: basis.id });
    expect(mixed.reportingYear).toBe(2028);
    expect(mixed.indicators.find((i) => i.id === 'wachtlijst')!.label).toBe('Wachtlijst eind 2028 (het rapportagejaar van Basis — ongewijzigd beleid)');
    expect(mixed.indicators.find((i) => i.id === 'wachtlijst-2027')!.label).toBe('Wachtlijst eind 2027');
    const other = ok<CompareView>('compare.run', { scenarioIds: [basis.id, plus.id], referenceId: plus.id });
    expect(other.reportingYear).toBe(2032);
    expect(other.indicators.find((i) => i.id === 'kosten')!.label).toBe('Kosten Wmo-BW 2032 (het rapportagejaar van Haaksbergen 24)');
  });

  it('keeps the reporting year within the projection', () => {
    backend = openBackend(tempDb('reporting-clamp'), 'test', FIXED_NOW);
    const id = ok<ScenarioSummary[]>('scenario.list', {})[0].id;
    ok('assumptions.setValue', { scenarioId: id, key: RAPPORTAGEJAAR, value: 2050 });
    expect(ok<CapacityProjection>('projection.capacity', { scenarioId: id }).reportingYear).toBe(2035);
    ok('assumptions.setValue', { scenarioId: id, key: EINDJAAR, value: 2040 });
    expect(ok<CapacityProjection>('projection.capacity', { scenarioId: id }).reportingYear).toBe(2040);
    const view = ok<CompareView>('compare.run', { scenarioIds: [id], referenceId: id });
    expect(view.indicators.find((i) => i.id === 'urgentie-tekort')!.label).toBe('Urgente huisvesting: tekort eind 2040');
  });
});
