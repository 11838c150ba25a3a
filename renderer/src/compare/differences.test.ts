import { describe, expect, it } from 'vitest';
import { AANDRIJVING, GROEI_ALL_INCLUSIVE, UITWIJKEN, WACHTTIJD_NORM } from '../../../shared/assumptions';
import type { CompareView } from '../../../shared/contract';
import { comparabilityWarnings, differenceSummary } from './differences';

const value = (v: number) => ({ value: v, formula: null, source: 'aanname', isAanname: true });
const diff = (key: string, values: number[]) => ({ key, label: key, unit: '', values: values.map(value) });

function view(parts: Partial<CompareView>): CompareView {
  return {
    scenarios: [
      { id: 1, name: 'Basis', status: 'concept', updatedAt: '' },
      { id: 2, name: 'Snel', status: 'concept', updatedAt: '' },
    ],
    referenceId: 1,
    modelVersion: '2.0',
    reportingYear: 2030,
    indicators: [],
    years: [],
    series: { waitingList: [], waitingTimeMonths: [], places: [], costEuro: [] },
    assumptionDiff: [],
    rangeDiff: [],
    locationDiff: [],
    wlzEventDiff: [],
    ...parts,
  };
}

describe('what differs between compared scenarios', () => {
  it('says the scenarios are the same only when nothing at all differs', () => {
    expect(differenceSummary(view({}))).toBe(
      'De gekozen scenario’s zijn gelijk: dezelfde aannames, instellingen, bereiken, locaties en eenmalige Wlz-overgangen. Verschillen in de cijfers zijn er dus niet.',
    );
  });

  it('names ranges, locations and Wlz events when the assumptions are the same', () => {
    const range = { key: GROEI_ALL_INCLUSIVE, label: 'Groei', values: [{ kind: 'pert' as const, low: 10, high: 20, source: '' }, null] };
    expect(differenceSummary(view({ rangeDiff: [range] }))).toBe('De scenario’s verschillen in 1 bereik voor de onzekerheidsanalyse; hieronder staat wat er anders is.');
    const loc = { description: 'Nieuw', present: [false, true] };
    expect(differenceSummary(view({ rangeDiff: [range, range], locationDiff: [loc], wlzEventDiff: [loc] }))).toBe(
      'De scenario’s verschillen in 2 bereiken voor de onzekerheidsanalyse, 1 locatie en 1 eenmalige Wlz-overgang; hieronder staat wat er anders is.',
    );
  });

  it('counts settings apart from the other assumptions', () => {
    expect(differenceSummary(view({ assumptionDiff: [diff(UITWIJKEN, [0, 1]), diff(GROEI_ALL_INCLUSIVE, [15, 20]), diff(WACHTTIJD_NORM, [3, 6])] }))).toBe(
      'De scenario’s verschillen in 2 instellingen van het model en 1 aanname; hieronder staat wat er anders is.',
    );
  });

  it('warns when the need driver or the waiting-time norm differs, naming each scenario’s value as the grid shows it', () => {
    expect(comparabilityWarnings(view({ assumptionDiff: [diff(GROEI_ALL_INCLUSIVE, [15, 20])] }))).toEqual([]);
    const [driver, norm] = comparabilityWarnings(view({ assumptionDiff: [diff(AANDRIJVING, [0, 1]), diff(WACHTTIJD_NORM, [3, 6])] }));
    expect(driver).toMatch(/^De scenario’s rekenen met een andere aandrijving \(Basis: behoefte volgt de trend; Snel: instroom is gegeven\)\./);
    expect(driver).toContain('lees de verschillen niet als het effect van beleid');
    expect(norm).toMatch(/^De norm voor de wachttijd verschilt \(Basis: 3 maanden; Snel: 6 maanden\)\./);
  });
});
