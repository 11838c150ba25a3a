import { describe, expect, it } from 'vitest';
import type { CompareView } from '../../../shared/contract';
import { indicatorMessage, summaryMessages } from './messages';

const view = (names: string[], values: (number | null)[]): CompareView => ({
  scenarios: names.map((name, i) => ({ id: i + 1, name, status: 'concept', updatedAt: '2026-11-23T10:00:00Z' })),
  referenceId: 1,
  modelVersion: '1.0.0',
  reportingYear: 2030,
  indicators: [
    { id: 'wachtlijst', label: 'Wachtlijst eind 2030', unit: 'mensen', values },
    { id: 'wachttijd', label: 'Wachttijd 2030', unit: 'maanden', values: values.map((v) => (v === null ? null : v / 10)) },
  ],
  years: [],
  series: { waitingList: [], waitingTimeMonths: [], places: [], costEuro: [] },
  assumptionDiff: [],
  rangeDiff: [],
  locationDiff: [],
  wlzEventDiff: [],
});

describe('report messages', () => {
  it('says the difference with the reference in words', () => {
    expect(indicatorMessage(view(['Basis', 'Twee locaties'], [123, 45]), 'wachtlijst')?.text).toBe('Wachtlijst eind 2030: Basis 123; Twee locaties 45 (78 minder dan Basis).');
    expect(indicatorMessage(view(['Basis', 'Meer groei'], [20, 35]), 'wachttijd')?.text).toBe('Wachttijd 2030: Basis 2,0 mnd; Meer groei 3,5 mnd (1,5 maanden langer dan Basis).');
  });
  it('gives one value for a single scenario, and "onbepaald" for an undetermined one', () => {
    expect(indicatorMessage(view(['Basis'], [12]), 'wachtlijst')?.text).toBe('Wachtlijst eind 2030: 12.');
    expect(indicatorMessage(view(['Basis', 'Niets'], [12, null]), 'wachttijd')?.text).toBe('Wachttijd 2030: Basis 1,2 mnd; Niets onbepaald (niet te vergelijken).');
    expect(summaryMessages(view(['Basis'], [1]))).toHaveLength(2);
    expect(indicatorMessage(view(['Basis', 'Kopie', 'Nog een'], [12, 12, 12]), 'wachtlijst')?.text).toBe('Wachtlijst eind 2030: 12 in alle scenario’s.');
    expect(indicatorMessage(view(['Basis'], [1]), 'bestaat-niet')).toBeNull();
  });
  it('says the year of the comparison: the reporting year in the labels, under stable ids', () => {
    const in2028: CompareView = {
      ...view(['Basis', 'Twee locaties'], [123, 45]),
      reportingYear: 2028,
      indicators: [{ id: 'wachtlijst', label: 'Wachtlijst eind 2028 (het rapportagejaar van Basis)', unit: 'mensen', values: [123, 45] }],
    };
    expect(summaryMessages(in2028).map((m) => m.text)).toEqual(['Wachtlijst eind 2028 (het rapportagejaar van Basis): Basis 123; Twee locaties 45 (78 minder dan Basis).']);
  });
});
