import { describe, expect, it } from 'vitest';
import { EINDJAAR, UITWIJKEN, uitvalKey, wlzOmklapKey } from '../../../shared/assumptions';
import { formatChangeValue } from './formatChange';

describe('history values in words', () => {
  it('shows an assumption value as the grids and the report do', () => {
    expect(formatChangeValue('waarde', { value: 2, formula: null }, 'urgentie.regel')).toBe('hybride');
    expect(formatChangeValue('waarde', { value: 1, formula: null }, UITWIJKEN)).toBe('ja');
    expect(formatChangeValue('waarde', { value: 2035, formula: null }, EINDJAAR)).toBe('2035');
    expect(formatChangeValue('waarde', { value: 25, formula: null }, 'groeiPerJaar.allInclusive')).toBe('25 cliënten per jaar');
    expect(formatChangeValue('waarde', { value: 0.1, formula: '=urgentie_maxAandeelVerhuringen' }, 'urgentie.maxAandeel.GM0147')).toBe('=urgentie_maxAandeelVerhuringen (10 %)');
    expect(formatChangeValue('waarde', { value: 1.5, formula: null })).toBe('1,5');
    expect(formatChangeValue('waarde', { value: 0.8, formula: null }, wlzOmklapKey('allInclusive'))).toMatch(/^80 %/);
  });
  it('formats a range with its kind and ends in the assumption’s unit', () => {
    expect(formatChangeValue('bereik', { kind: 'interval80', low: 0.05, high: 0.2, source: 'Aanname' }, uitvalKey('allInclusive'))).toBe('80 %-interval van 5 % tot 20 %; Aanname');
  });
});
