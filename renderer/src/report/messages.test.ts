import { describe, expect, it } from 'vitest';
import type { CompareView } from '../../../shared/contract';
import { chosenScenario, headline, reportTitle, valuesLine } from './messages';

const view = (names: string[], indicators: { id: string; unit: CompareView['indicators'][number]['unit']; values: (number | null)[] }[], referenceId = 1): CompareView => ({
  scenarios: names.map((name, i) => ({ id: i + 1, name, status: 'concept', updatedAt: '2026-11-23T10:00:00Z' })),
  referenceId,
  modelVersion: '2.0.0',
  reportingYear: 2030,
  indicators: indicators.map((i) => ({ ...i, label: `${i.id} 2030` })),
  years: [],
  series: { waitingList: [], waitingTimeMonths: [], places: [], costEuro: [] },
  assumptionDiff: [],
  rangeDiff: [],
  locationDiff: [],
  wlzEventDiff: [],
});

const BASIS = 'Basis — ongewijzigd beleid';
const text = (v: CompareView, id: string, changes: (string | null)[] = [null, 'Met 24 extra plekken in Haaksbergen']) => headline(v, id, changes)?.text;

describe('headlines from the side of the scenario that changes something', () => {
  it('says what the scenario does and what it brings, without naming the reference', () => {
    const v = view([BASIS, 'Twee locaties'], [{ id: 'wachtlijst', unit: 'mensen', values: [271, 228] }]);
    expect(text(v, 'wachtlijst')).toBe('Met 24 extra plekken in Haaksbergen wachten eind 2030 43 mensen minder');
    expect(text(view([BASIS, 'Meer groei'], [{ id: 'wachtlijst', unit: 'mensen', values: [252, 312] }]), 'wachtlijst', [null, null])).toBe('In Meer groei wachten eind 2030 60 mensen meer');
  });
  it('words each headline indicator, singular for one, and "evenveel" when the shown figures are equal', () => {
    const v = view(
      [BASIS, 'Twee locaties'],
      [
        { id: 'wachttijd', unit: 'maanden', values: [18.8, 16.7] },
        { id: 'wachttijd-aanmelding', unit: 'maanden', values: [28.1, 29.1] },
        { id: 'plekken-nodig', unit: 'plekken', values: [216, 192] },
        { id: 'kosten', unit: 'euro', values: [18_800_000, 20_040_000] },
        { id: 'fairshare', unit: 'procent', values: [0.256, 0.231] },
        { id: 'urgentie-tekort', unit: 'mensen', values: [14, 14.2] },
        { id: 'wlz-verlies', unit: 'plekken', values: [26, 27] },
        { id: 'wachtlijst', unit: 'mensen', values: [100, 99] },
      ],
    );
    expect(text(v, 'wachttijd')).toBe('Met 24 extra plekken in Haaksbergen wacht wie in 2030 een plek krijgt 2,1 maanden korter');
    expect(text(v, 'wachttijd-aanmelding')).toBe('Met 24 extra plekken in Haaksbergen wacht wie eind 2030 op de lijst komt 1,0 maand langer');
    expect(text(v, 'plekken-nodig')).toBe('Met 24 extra plekken in Haaksbergen zijn in 2030 24 extra plekken minder nodig voor de wachttijdnorm');
    expect(text(v, 'kosten')).toBe('Met 24 extra plekken in Haaksbergen kost beschermd wonen in 2030 € 1,2 mln meer');
    expect(text(v, 'fairshare')).toBe('Met 24 extra plekken in Haaksbergen is de verdeling eind 2030 2,5 procentpunt eerlijker');
    expect(text(v, 'urgentie-tekort')).toBe('Met 24 extra plekken in Haaksbergen is het tekort aan woningen voor urgenten eind 2030 even groot');
    expect(text(v, 'wlz-verlies')).toBe('Met 24 extra plekken in Haaksbergen gaat tot en met 2030 1 Wmo-plek meer naar de Wlz');
    expect(text(v, 'wachtlijst')).toBe('Met 24 extra plekken in Haaksbergen wacht eind 2030 1 persoon minder');
  });
  it('describes one scenario on its own', () => {
    const v = view([BASIS], [
      { id: 'wachtlijst', unit: 'mensen', values: [252] },
      { id: 'plekken-nodig', unit: 'plekken', values: [0] },
      { id: 'wachttijd', unit: 'maanden', values: [null] },
    ]);
    expect(text(v, 'wachtlijst', [null])).toBe('Eind 2030 wachten 252 mensen op een plek');
    expect(text(v, 'plekken-nodig', [null])).toBe('In 2030 zijn geen extra plekken nodig om binnen de wachttijdnorm te blijven');
    expect(text(v, 'wachttijd', [null])).toBe('wachttijd 2030: onbepaald');
    expect(headline(v, 'bestaat-niet', [null])).toBeNull();
  });
  it('speaks for the scenario that differs most when there are more, whichever is the reference', () => {
    const v = view(['A', 'B', 'C'], [{ id: 'wachtlijst', unit: 'mensen', values: [100, 90, 130] }], 2);
    expect(chosenScenario(v, 'wachtlijst')).toBe(2);
    expect(text(v, 'wachtlijst', [null, null, null])).toBe('In C wachten eind 2030 40 mensen meer');
    expect(text(view(['A', 'B'], [{ id: 'wachtlijst', unit: 'mensen', values: [100, null] }]), 'wachtlijst', [null, null])).toBe('Wachtlijst 2030: A 100; B onbepaald');
  });
  it('puts the figures under the headline: the chosen scenarios first, the reference last and marked', () => {
    const v = view([BASIS, 'Twee locaties'], [{ id: 'wachtlijst', unit: 'mensen', values: [271, 228] }]);
    expect(valuesLine(v, 'wachtlijst')).toBe(`wachtlijst 2030 · Twee locaties: 228 · ${BASIS} (referentie): 271`);
  });
  it('titles the report with the scenarios, not a count', () => {
    expect(reportTitle(['Basis'], 0)).toBe('Scenario Basis');
    expect(reportTitle([BASIS, 'Twee locaties'], 0)).toBe(`Twee locaties tegenover ${BASIS}`);
    expect(reportTitle(['A', 'B', 'C'], 1)).toBe('A en C tegenover B');
  });
});

describe('headline for a given scenario', () => {
  it('speaks for the scenario asked for, and about the reference alone when that is asked', () => {
    const v = view(['A', 'B', 'C'], [{ id: 'wachtlijst', unit: 'mensen', values: [100, 90, 130] }]);
    expect(headline(v, 'wachtlijst', [null, 'Met 5 extra plekken in Borne', null], 1)?.text).toBe('Met 5 extra plekken in Borne wachten eind 2030 10 mensen minder');
    expect(headline(v, 'wachtlijst', [null, null, null], 0)?.text).toBe('Eind 2030 wachten 100 mensen op een plek');
  });
});
