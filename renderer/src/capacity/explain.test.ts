import { describe, expect, it } from 'vitest';
import { addPlacesNeeded } from '../../../models/capacity/placesNeeded';
import { projectCapacity } from '../../../models/capacity/project';
import { AI, BORNE, testInput } from '../../../models/capacity/testInput';
import type { CapacityInput, CapacityResult } from '../../../models/capacity/types';
import { explainCapacity, explainFlows, explainPlacesNeeded, explainWaiting, explainWaitingTime, explainWlz } from './explain';

/** 100 places, full, 10 waiting, 2 exits a month, inflow 36 a year: the queue grows by exactly 12 a year. */
const input: CapacityInput = testInput({ inCare: [[BORNE, AI, 100]], waiting: [[BORNE, AI, 10]], locations: [{ h: BORNE, v: AI, places: 100 }], year: { inflowPerYear: [36, 0, 0, 0] } });
const r = projectCapacity(input);
addPlacesNeeded(input, r);

describe('generated explanations', () => {
  it('tells the list over the years and per form, and who joins and leaves it in numbers that add up', () => {
    expect(explainWaiting(r, 2025)).toBe('De wachtlijst groeit van 10 naar 46 eind 2027. Eind 2025 wachten 22 mensen (eind 2024: 10). De langste wachtlijst is die voor all-inclusive: 22 mensen eind 2025.');
    // 10 waiting + 36 new − 24 placed (2 exits a month) = 22.
    expect(explainFlows(r, 2025)).toMatch(/^In 2025 komen 36 mensen op de wachtlijst en gaan er 24 af: 24 met een plek, 0 zonder plek \(uitval\) en 0 naar de Wlz\. Zo gaat de wachtlijst van 10 naar 22\./);
    // The waiting times have their own text (under their chart), not repeated here.
    expect(explainWaiting(r, 2025)).not.toContain('gewacht');
    expect(explainWaitingTime(r, 2025, 3).join(' ')).toMatch(/Wie in 2025 een plek kreeg, had gemiddeld \d+,\d maanden gewacht \(norm: gemiddeld hoogstens 3,0\)\./);
    expect(explainWaitingTime(r, 2025, 3).join(' ')).toMatch(/Wie eind 2025 op de wachtlijst komt, wacht naar verwachting 11,0 maanden/);
  });

  it('says when rounding to whole people keeps the balance from adding up, and by how much', () => {
    // 217,6 + 163,4 − (97,3 + 23,1 + 8,2) = 252,4; rounded 218 + 163 − (97 + 23 + 8) = 253, one more than 252.
    const y = { year: 2030, waitingList: 252.4, inflow: 163.4, displaced: 0, placements: 97.3, departuresUnplaced: 23.1, wlzFromList: 8.2 };
    const fake = { driver: 'given', start: { waitingList: 217.6 }, years: [y] } as unknown as CapacityResult;
    expect(explainFlows(fake, 2030)).toBe(
      'In 2030 komen 163 mensen op de wachtlijst en gaan er 128 af: 97 met een plek, 23 zonder plek (uitval) en 8 naar de Wlz. ' +
        'Zo gaat de wachtlijst van 218 naar 252 (afgerond op hele mensen; het verschil van 1 komt door de afronding). De nieuwe indicaties zijn gegeven (basisinstroom + groei).',
    );
  });

  it('explains capacity, the places needed with their promise, and the Wlz in plain Dutch', () => {
    expect(explainCapacity(r)).toContain('Alle plekken zijn bezet');
    const needed = r.years[0].placesNeeded;
    expect(needed).toBeGreaterThan(0);
    expect(explainPlacesNeeded(r, 2025, 3)).toBe(
      `Met ${needed} extra plekken (all-inclusive ${needed}), open vanaf januari 2025, krijgt wie eind 2025 op de wachtlijst komt binnen 3,0 maanden een plek; met één plek minder van een vorm lukt dat voor die vorm niet. Per gemeente zijn de plekken verdeeld naar waar de wachtenden vandaan komen; samen is dat het regiototaal.`,
    );
    expect(explainWlz(r)).toBe('In dit scenario gaat niemand van de Wmo naar de Wlz.');
  });
});
