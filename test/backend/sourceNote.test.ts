/** The note an edited assumption gets: the old value reads as the grid shows it ("80 %", "nee", "2035"), not as the stored number. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { EINDJAAR, UITWIJKEN, tariefKey, wlzOmklapKey, type AssumptionValue } from '../../shared/assumptions';
import type { ScenarioSummary } from '../../shared/contract';
import { contractCalls } from './contractCalls';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
const { ok } = contractCalls(() => backend);
beforeEach(() => {
  backend = openBackend(tempDb('source-note'), 'test', FIXED_NOW);
});
afterEach(() => backend.close());

describe('source note after an edit', () => {
  it('formats the old value the way the grid shows the current one', () => {
    const basis = ok<ScenarioSummary[]>('scenario.list', {})[0];
    const s = ok<ScenarioSummary>('scenario.duplicate', { id: basis.id, name: 'Bewerkt' });
    const set = (key: string, value: number) => ok<AssumptionValue>('assumptions.setValue', { scenarioId: s.id, key, value }).source;
    expect(set(wlzOmklapKey('allInclusive'), 0.5)).toMatch(/\(was 80 %\)\./);
    expect(set(UITWIJKEN, 1)).toMatch(/\(was nee\)\./);
    expect(set(EINDJAAR, 2040)).toMatch(/\(was 2035\)\./);
    const tariff = ok<AssumptionValue>('assumptions.setValue', { scenarioId: s.id, key: tariefKey('allInclusive'), formula: '=200 + 0,5' });
    expect(set(tariefKey('allInclusive'), 210)).toMatch(/\(was =200 \+ 0,5 \(200,5\)\)\./);
    expect(tariff.formula).toBe('=200 + 0,5');
  });
});
