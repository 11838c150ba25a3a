/** Urgentie from a scenario: modulair-in-de-wijk exits whose lease is omgeklapt, the norm per gemeente, and older databases. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { baselineAssumptions } from '../../electron/backend/baseline';
import { resolveAssumptions } from '../../models/assumptions/resolve';
import type { CapacityResult } from '../../models/capacity/types';
import { urgentInputFrom } from '../../models/urgentie/fromScenario';
import { URGENT_OMGEKLAPT_WIJK } from '../../shared/assumptions';
import type { ScenarioData, ScenarioSummary, UrgentieView } from '../../shared/contract';
import { GEMEENTE_CODES } from '../../shared/domain';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

const OUTFLOW = [3, 2, 20, 2, 10, 3, 2, 3]; // 45 exits needing a home, 9 of them from modulair in de wijk
const WIJK = 9;

/** A capacity result with only what the urgentie input reads: exits per gemeente, per form and in total. */
function capacityStub(years: number[]): CapacityResult {
  const metrics = (outflowNeedingHome: number) => ({ outflowNeedingHome, wlzPlacesReturned: 0 });
  return {
    years: years.map((year) => ({
      year,
      ...metrics(45),
      byVariant: { modulairWijk: metrics(WIJK) },
      byGemeente: Object.fromEntries(GEMEENTE_CODES.map((g, i) => [g, metrics(OUTFLOW[i])])),
    })),
  } as unknown as CapacityResult;
}

function bwDemand(share: number) {
  const cells = Object.fromEntries(baselineAssumptions().map((a) => [a.key, { value: a.value, formula: a.formula }]));
  cells[URGENT_OMGEKLAPT_WIJK] = { value: share, formula: null };
  const r = urgentInputFrom(resolveAssumptions(cells, 2025), capacityStub([2025, 2026]));
  if (!r.ok) throw new Error(r.message);
  return { bw: r.input.demand.map((d) => d.uitstroomBW), kept: r.input.leaseKeptWijk, settings: r.settings };
}
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('modulair-in-de-wijk exits whose lease is omgeklapt', () => {
  it('share 0 keeps the old demand exactly; share 1 removes exactly the wijk exits; in between in proportion', () => {
    const none = bwDemand(0);
    expect(none.bw).toEqual([OUTFLOW, OUTFLOW]);
    expect(none.kept).toEqual([0, 0]);
    const all = bwDemand(1);
    for (const y of all.bw) {
      expect(total(y)).toBeCloseTo(45 - WIJK, 12);
      y.forEach((x, g) => expect(x).toBeCloseTo(OUTFLOW[g] * (1 - WIJK / 45), 12));
    }
    expect(all.kept).toEqual([WIJK, WIJK]);
    const half = bwDemand(0.5);
    expect(total(half.bw[0])).toBeCloseTo(45 - WIJK / 2, 12);
    expect(half.settings.leaseKeptWijkShare).toBe(0.5);
  });

  it('is a ranged aanname in the baseline, citing the regional vision', () => {
    const a = baselineAssumptions().find((x) => x.key === URGENT_OMGEKLAPT_WIJK)!;
    expect(a).toMatchObject({ value: 0.5, isAanname: true });
    expect(a.source).toMatch(/Regionale visie.*§2\.2/);
  });
});

describe('urgentie through the contract', () => {
  let backend: Backend;
  afterEach(() => backend?.close());
  const { ok } = contractCalls(() => backend);

  it('reports the norm per gemeente, adds up per gemeente, and lowers BW demand by the omgeklapte wijk exits', () => {
    backend = openBackend(tempDb('urgentie'), 'test', FIXED_NOW);
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Urgentie' }).id;
    expect(ok<ScenarioData>('scenario.data', { scenarioId: id }).ranges[URGENT_OMGEKLAPT_WIJK]).toMatchObject({ kind: 'driehoek', low: 0, high: 1 });
    const view = (share: number) => {
      ok('assumptions.setValue', { scenarioId: id, key: URGENT_OMGEKLAPT_WIJK, value: share });
      const v = ok<UrgentieView>('urgentie.view', { scenarioId: id });
      if (!v.ok) throw new Error(v.message);
      return v;
    };
    const kept = view(1);
    const old = view(0);
    expect(kept.settings.leaseKeptWijkShare).toBe(1);
    expect(kept.years[0].leaseKeptWijk).toBeGreaterThan(0);
    expect(old.years[0].leaseKeptWijk).toBe(0);
    const bw = (v: typeof old) => total(v.years.map((y) => y.byGroup.uitstroomBW.demand));
    // Whole homes: the difference over the years is the sum of the wijk exits left out, give or take one rounding.
    expect(Math.abs(bw(old) - bw(kept) - total(kept.years.map((y) => y.leaseKeptWijk)))).toBeLessThanOrEqual(1);
    for (const y of old.years) {
      y.byGemeente.forEach((g) => expect(g.demand + g.carriedIn - g.housedOrigin).toBe(g.shortfall));
      expect(y.meetsNorm).toBe(y.byGemeente.every((g) => g.meetsNorm));
      expect(y.monthsToHome).not.toBe(0);
    }
  });

  it('an existing database gets the new assumption on start, marked as added by an update', () => {
    const file = tempDb('urgentie-upgrade');
    backend = openBackend(file, 'test', FIXED_NOW);
    const id = ok<ScenarioSummary>('scenario.create', { name: 'Van vóór de update' }).id;
    backend.close();
    const db = new Database(file);
    db.prepare('DELETE FROM assumption WHERE key = ?').run(URGENT_OMGEKLAPT_WIJK);
    db.close();
    backend = openBackend(file, 'test', FIXED_NOW);
    const a = ok<ScenarioData>('scenario.data', { scenarioId: id }).assumptions[URGENT_OMGEKLAPT_WIJK];
    expect(a).toMatchObject({ value: 0.5, isAanname: true });
    expect(a.source).toMatch(/^Standaardwaarde, toegevoegd bij een update van Plekkenplanner\. Aanname\./);
  });
});
