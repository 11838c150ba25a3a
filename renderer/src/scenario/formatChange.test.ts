import { describe, expect, it } from 'vitest';
import { formatChangeValue } from './formatChange';

describe('history values in words', () => {
  it('shows an assumption value as the grids and the report do', () => {
    expect(formatChangeValue('waarde', { value: 2, formula: null }, 'urgentie.regel')).toBe('hybride');
    expect(formatChangeValue('waarde', { value: 1, formula: null }, 'uitwijkenAndereVorm')).toBe('ja');
    expect(formatChangeValue('waarde', { value: 2035, formula: null }, 'eindjaar')).toBe('2035');
    expect(formatChangeValue('waarde', { value: 25, formula: null }, 'groeiPerJaar.allInclusive')).toBe('25 cliënten per jaar');
    expect(formatChangeValue('waarde', { value: 0.1, formula: '=urgentie_maxAandeelVerhuringen' }, 'urgentie.maxAandeel.GM0147')).toBe('=urgentie_maxAandeelVerhuringen (10 %)');
    expect(formatChangeValue('waarde', { value: 1.5, formula: null })).toBe('1,5');
  });
});
