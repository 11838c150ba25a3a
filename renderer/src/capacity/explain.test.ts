import { describe, expect, it } from 'vitest';
import { projectCapacity } from '../../../models/capacity/project';
import { AI, BORNE, testInput } from '../../../models/capacity/testInput';
import { explainCapacity, explainPlacesNeeded, explainWaiting, explainWlz } from './explain';

/** 100 places, full, 10 waiting, 2 exits a month, inflow 36 a year: the queue grows by exactly 12 a year. */
const r = projectCapacity(
  testInput({ inCare: [[BORNE, AI, 100]], waiting: [[BORNE, AI, 10]], locations: [{ h: BORNE, v: AI, places: 100 }], year: { inflowPerYear: [36, 0, 0, 0] } }),
);

describe('generated explanations', () => {
  it('tells why the waiting list grows, with the numbers of the projection', () => {
    const text = explainWaiting(r, 2025, 3);
    expect(text).toContain('De wachtlijst groeit van 10 naar 46 eind 2027.');
    expect(text).toContain('In 2025 komen er 36 nieuwe cliënten bij en krijgen 24 mensen een plek; wie dan op de wachtlijst komt, wacht 11,0 maanden (norm: 3,0).');
    expect(text).toContain('meer mensen instromen dan er plekken vrijkomen');
  });

  it('explains capacity, places needed and the Wlz in plain Dutch', () => {
    expect(explainCapacity(r)).toContain('Alle plekken zijn bezet');
    expect(explainPlacesNeeded(r, 2025, 3)).toBe(
      'Om in 2025 de wachttijd binnen 3,0 maanden te houden zijn 13 extra plekken nodig (all-inclusive 13). Dat is de vraag min de plekken min een wachtlijst van 3,0 maanden instroom.',
    );
    expect(explainWlz(r)).toBe('In dit scenario gaat niemand van de Wmo naar de Wlz.');
  });
});
