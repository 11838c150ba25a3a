/** The headless CLI on the seeded baseline. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/plan';
import { tempDb } from './tempFiles';

const BASIS = 'Basis — ongewijzigd beleid';

describe('npm run plan -- run', () => {
  it('prints the baseline projection as JSON with region, variant and gemeente figures per year', () => {
    const db = tempDb('cli');
    const r = main(['run', '--scenario', BASIS, '--format', 'json', '--db', db]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.modelVersion).toBe('2.0.0');
    expect(out.scenario.name).toBe(BASIS);
    expect(out.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    for (const y of out.years) {
      for (const f of ['demand', 'inCare', 'waitingList', 'waitingTimeMonths', 'expectedWaitMonths', 'places', 'placesNeeded', 'costEuro', 'costOfWaitingEuro', 'departuresUnplaced']) expect(y).toHaveProperty(f);
      expect(Object.keys(y.byVariant)).toEqual(['allInclusive', 'modulairGeclusterd', 'modulairNabijheid', 'modulairWijk']);
      expect(Object.keys(y.byGemeente)).toEqual(['Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal']);
      const sumV = Object.values(y.byVariant as Record<string, { demand: number }>).reduce((s, m) => s + m.demand, 0);
      expect(sumV).toBeCloseTo(y.demand, 1);
      expect(y.demand).toBeCloseTo(y.inCare + y.waitingList, 1);
    }
    // Unchanged policy: need (in care + waiting) grows by exactly the documented +30 a year (397 in December 2024).
    out.years.forEach((y: { demand: number }, i: number) => expect(y.demand).toBeCloseTo(397 + 30 * (i + 1), 1));
    expect(out.years[10].waitingList).toBeGreaterThan(out.years[0].waitingList);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('prints CSV: a header and one row per year for the region, 4 variants and 8 gemeenten', () => {
    const out = path.join(path.dirname(tempDb('csv')), 'uit.csv');
    const r = main(['run', `--scenario=${BASIS}`, '--format', 'csv', '--db', tempDb('csv2'), '--out', out]);
    expect(r.code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'scenario,modelVersion,year,level,name,demand,inCare,waitingList,waitingTimeMonths,expectedWaitMonths,clearanceMonths,places,placesNeeded,inflow,placements,departuresUnplaced,wlzFromList,outflowNeedingHome,wlzTransfers,wmoPlacesLostToWlz,freePlaces,inCareElsewhere,costEuro,costOfWaitingEuro',
    );
    expect(lines).toHaveLength(1 + 11 * 14); // region, 4 forms, 8 gemeenten, 1 target group (algemeen)
    expect(lines[1]).toMatch(/^Basis — ongewijzigd beleid,2\.0\.0,2025,regio,regio,/);
  });

  it.each([
    [['run', '--scenario', 'Bestaat niet'], 2, /bestaat niet .* Beschikbaar:\n {2}- Basis/s],
    [['run'], 2, /Geef het scenario met --scenario/],
    [['draai', '--scenario', BASIS], 2, /Onbekende opdracht "draai"/],
    [['run', '--scenario', BASIS, '--format', 'xml'], 2, /Onbekend formaat "xml"/],
    [['run', '--scenario', BASIS, '--kleur', 'rood'], 2, /Onbekende optie "--kleur"/],
    [['run', '--scenario'], 2, /heeft een waarde nodig/],
  ])('refuses %j with a clear message and exit code %i', (argv, code, message) => {
    const r = main([...argv, '--db', tempDb('cli-bad')]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('allocate: divides a total over the eight gemeenten with caps, as JSON and CSV', () => {
    const db = tempDb('cli-allocate');
    const r = main(['allocate', '--total', '30', '--key', 'inwoners', '--method', 'dhondt', '--max', 'Enschede=8', '--max', 'Hof van Twente=2', '--db', db]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ method: 'dhondt', key: 'inwoners', total: 30, scenario: BASIS });
    expect(out.allocation).toHaveLength(8);
    expect(out.allocation[0]).toEqual({ gemeente: 'Borne', share: expect.any(Number), quota: expect.any(Number), seats: expect.any(Number) });
    expect(out.allocation.reduce((s: number, a: { seats: number }) => s + a.seats, 0)).toBe(30);
    expect(out.allocation[2].seats).toBe(8);
    expect(out.allocation[5].seats).toBeLessThanOrEqual(2);
    const csv = main(['allocate', '--total', '30', '--key', 'inwoners', '--method', 'sainte-lague', '--format', 'csv', '--db', db]);
    expect(csv.stdout.split('\n')[0]).toBe('gemeente,share,quota,seats,method,key,total');
    expect(csv.stdout.trim().split('\n')).toHaveLength(9);
  });

  it.each([
    [['allocate', '--total', '30', '--key', 'inwoners', '--method', 'dhondt', ...['Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal'].flatMap((g) => ['--max', `${g}=1`])], /maxima zijn samen 8, minder dan het totaal 30/],
    [['allocate', '--total', '30', '--key', 'postcode', '--method', 'dhondt'], /Onbekende sleutel "postcode"/],
    [['allocate', '--total', '30', '--key', 'inwoners', '--method', 'loting'], /Onbekende methode "loting"/],
    [['allocate', '--total', '-3', '--key', 'inwoners', '--method', 'dhondt'], /heel getal/],
    [['allocate', '--total', '3', '--key', 'inwoners', '--method', 'dhondt', '--max', 'Amsterdam=3'], /gebruik <gemeente>=<aantal>/],
  ])('allocate refuses %j with exit code 2', (argv, message) => {
    const r = main([...argv, '--db', tempDb('cli-allocate-bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reports a damaged database with exit code 3', () => {
    const db = tempDb('cli-damaged');
    fs.writeFileSync(db, 'geen database'.repeat(200));
    const r = main(['run', '--scenario', BASIS, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/beschadigd/);
  });
});
