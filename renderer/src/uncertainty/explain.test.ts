import { describe, expect, it } from 'vitest';
import type { McResult } from '../../../shared/contract';
import { bandSentence, chanceSentence, fairShareSentence, outOfTen, targetSentence, tornadoSentence, tornadoTimeSentence, urgentSentence } from './explain';

const band = (p10: number, p50: number, p90: number) => ({ p10, p25: p10, p50, p75: p90, p90 });
const result = {
  seed: 1,
  runs: 2000,
  years: [2029, 2030],
  bands: { waitingList: [band(1, 2, 3), band(190, 260, 320)] },
  probabilityTargetMet: [0.5, 0.81],
  probabilityUrgentShortfall: [0, 0.3],
  deterministic: { waitingList: [2, 255] },
  fairShareIndex: band(0.2, 0.25, 0.31),
  reportingYear: 2030,
  waitingNormMonths: 3,
} as unknown as McResult;

describe('uncertainty sentences', () => {
  it('says chances in x out of 10 and the 80 % range', () => {
    expect(outOfTen(0.81)).toBe('8 van de 10');
    expect(outOfTen(0.01)).toBe('minder dan 1 op de 20');
    expect(outOfTen(0.99)).toBe('meer dan 19 op de 20');
    expect(targetSentence(result, 2030)).toBe('In 8 van de 10 toekomsten (81 %) blijft de wachttijd in 2030 binnen de norm van 3 maanden.');
    expect(bandSentence(result, 2030)).toBe('De wachtlijst eind 2030 ligt in 8 van de 10 toekomsten tussen 190 en 320 mensen (mediaan 260; zonder onzekerheid 255).');
    expect(urgentSentence(result, 2029)).toBe('In geen van de 2.000 toekomsten is er in 2029 een tekort aan urgente huisvesting.');
    expect(urgentSentence(result, 2030)).toBe('In 3 van de 10 toekomsten (30 %) is er eind 2030 een tekort aan urgente huisvesting.');
  });
  it('gives the fair-share index as a range, or as one number when nothing about it is uncertain', () => {
    expect(fairShareSentence(result)).toBe('De fair-share-index eind 2030 ligt in 8 van de 10 toekomsten tussen 20,0 % en 31,0 %.');
    expect(fairShareSentence({ ...result, fairShareIndex: band(0.256, 0.256, 0.256) })).toBe(
      'De fair-share-index eind 2030 is in alle toekomsten 25,6 %: de plekken en de sleutel hebben geen bereik.',
    );
    // The year is the scenario's reporting year, whatever it is.
    expect(fairShareSentence({ ...result, reportingYear: 2028 })).toMatch(/^De fair-share-index eind 2028 ligt/);
  });
  it('names the assumption the waiting list depends on most', () => {
    const bar = { key: 'groeiPerJaar.allInclusive', label: 'Groei vraag all-inclusive', low: 10, high: 20, waitingList: { atLow: 200, atHigh: 310 }, waitingTime: { atLow: 1, atHigh: 2 }, swing: 110 };
    expect(tornadoSentence({ year: 2030, base: { waitingList: 255, waitingTime: 2 }, bars: [bar] })).toBe(
      'De wachtlijst in 2030 hangt het meest af van "Groei vraag all-inclusive": van 200 (bij 10 cliënten per jaar) tot 310 (bij 20 cliënten per jaar) mensen.',
    );
    expect(tornadoSentence({ year: 2030, base: { waitingList: 255, waitingTime: 2 }, bars: [] })).toContain('Geen van de bereiken');
  });
  it('gives the waiting-time tornado its own why, and names shares in %', () => {
    const growth = { key: 'groeiPerJaar.allInclusive', label: 'Groei vraag all-inclusive', low: 10, high: 20, waitingList: { atLow: 200, atHigh: 310 }, waitingTime: { atLow: 2.5, atHigh: 3.1 }, swing: 110 };
    const dropout = { key: 'uitvalWachtlijstPerJaar.allInclusive', label: 'Uitval', low: 0.05, high: 0.2, waitingList: { atLow: 260, atHigh: 250 }, waitingTime: { atLow: 4.25, atHigh: 1.5 }, swing: 10 };
    const t = { year: 2030, base: { waitingList: 255, waitingTime: 2.8 }, bars: [growth, dropout] };
    expect(tornadoTimeSentence(t)).toBe(
      'Zonder onzekerheid wachtte wie in 2030 een plek kreeg gemiddeld 2,8 maanden. De wachttijd hangt het meest af van "Uitval": 4,3 maanden bij 5 % en 1,5 maanden bij 20 %. ' +
        'Dat is een andere aanname dan die de wachtlijst het meest verandert: de wachttijd hangt ook af van hoeveel mensen een plek krijgen.',
    );
    expect(tornadoSentence({ ...t, bars: [dropout] })).toBe('De wachtlijst in 2030 hangt het meest af van "Uitval": van 260 (bij 5 %) tot 250 (bij 20 %) mensen.');
    expect(tornadoTimeSentence({ ...t, bars: [] })).toBe('Zonder onzekerheid wachtte wie in 2030 een plek kreeg gemiddeld 2,8 maanden. Geen van de bereiken verandert die wachttijd merkbaar.');
  });

  it('says the chance per year for each question on its own', () => {
    const r = { ...result, years: [2029, 2030, 2031], probabilityTargetMet: [0.5, 0.81, 0.9], probabilityUrgentShortfall: [0.3, 0.3, 0.3] } as McResult;
    expect(chanceSentence(r, 'target')).toBe(
      'De kans dat de wachttijd binnen de norm van 3 maanden blijft gaat van 50 % in 2029 naar 90 % in 2031 (2030: 81 %): per jaar het deel van de 2.000 doorrekeningen waarin dat zo is.',
    );
    expect(chanceSentence(r, 'urgent')).toBe('De kans op een tekort aan urgente huisvesting is 30 % in elk jaar van 2029 tot 2031: per jaar het deel van de 2.000 doorrekeningen waarin dat zo is.');
  });
});
