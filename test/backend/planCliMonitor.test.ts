/** The monitor from the command line: calibrate (no database) and monitor (a stored scenario, nothing stored). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monitorMain } from '../../electron/cli/monitorCommands';
import { main } from '../../electron/cli/plan';
import { openBackend } from '../../electron/backend/backend';
import { MONITOR_FICTIEF_CSV } from '../fixtures/monitorFictief';
import { tempDb } from './tempFiles';

const FICTIEF = MONITOR_FICTIEF_CSV;
function file(name: string, text: string | Buffer): string {
  const f = path.join(path.dirname(tempDb('cli-monitor')), name);
  fs.writeFileSync(f, text);
  return f;
}

describe('plan -- calibrate', () => {
  it('prints estimates with 80 % intervals as JSON and CSV, without a database', async () => {
    const f = file('fictief.csv', FICTIEF);
    const r = await monitorMain(['calibrate', '--observations', f]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const stay = out.estimates.find((e: { id: string }) => e.id === 'verblijfsduur.allInclusive');
    expect(stay.low).toBeLessThan(stay.value);
    expect(stay.high).toBeGreaterThan(stay.value);
    expect(stay.sentence).toMatch(/80 %-interval/);
    const csv = await monitorMain(['calibrate', '--observations', f, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('id,label,value,low80,high80,unit,sentence');
  });

  it('a bad file, a missing file, a wrong option: a Dutch message and exit code 2', async () => {
    const bad = await monitorMain(['calibrate', '--observations', file('kapot.csv', 'Periode;In zorg\n2026-H9;4\n')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/kapot\.csv bevat fouten; er is niets gebruikt\.\nRegel 2: Periode "2026-H9" wordt niet herkend/);
    expect((await monitorMain(['calibrate', '--observations', '/bestaat/niet.csv'])).stderr).toMatch(/bestaat niet/);
    expect((await monitorMain(['calibrate', '--observations', file('x.pdf', 'x')])).stderr).toMatch(/kies een CSV-bestand/);
    expect((await monitorMain(['calibrate', '--observations', file('kapot.xlsx', 'geen zip')])).code).toBe(2);
    expect((await monitorMain(['calibrate', '--scenario', 'Basis', '--observations', 'a.csv'])).stderr).toMatch(/Onbekende optie "--scenario" bij calibrate/);
    expect((await monitorMain(['calibrate'])).stderr).toMatch(/--observations/);
    expect((await monitorMain(['calibrate', '--observations', 'a.csv', '--format'])).stderr).toMatch(/Optie "--format" heeft een waarde nodig/);
    expect((await monitorMain(['monitor', '--observations', 'a.csv', '--db'])).code).toBe(2);
    const typo = await monitorMain(['monitor', '--observations', file('fictief.csv', FICTIEF), '--db', '/tmp/bestaat-niet/x.sqlite']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/bestaat niet/);
    expect(main(['kalibreer']).stderr).toMatch(/Onbekende opdracht "kalibreer"/);
  });
});

describe('plan -- monitor', () => {
  it('sets the figures beside the baseline and stores nothing', async () => {
    const db = tempDb('cli-monitor-db');
    openBackend(db, 'test').close(); // an existing database, as the app leaves it
    const r = await monitorMain(['monitor', '--observations', file('fictief.csv', FICTIEF), '--db', db]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenario).toBe('Basis — ongewijzigd beleid');
    expect(out.deviations).toHaveLength(31);
    expect(out.deviations[0].sentence).toMatch(/eind december 2025 waren 150 cliënten in zorg/);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
    const csv = await monitorMain(['monitor', '--observations', file('fictief.csv', FICTIEF), '--db', db, '--format', 'csv', '--scenario', 'basis — ONGEWIJZIGD beleid']);
    expect(csv.stdout.split('\n')[0]).toBe('Periode,Gemeente,Vorm,Maat,Gemeten,Plan,Verschil,Binnen de band (8 van 10),In woorden');
    const unknown = await monitorMain(['monitor', '--observations', file('fictief.csv', FICTIEF), '--db', db, '--scenario', 'Onbekend']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Scenario "Onbekend" bestaat niet/);
    const backend = openBackend(db, 'test');
    expect(backend.call('monitor.sets', {})).toEqual({ ok: true, data: [] });
    backend.close();
  });
});
