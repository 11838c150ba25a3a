import { describe, expect, it } from 'vitest';
import { EINDJAAR, UITWIJKEN, uitvalKey, wlzOmklapKey } from '../../../shared/assumptions';
import { formatChangeValue } from './formatChange';

describe('history values read as the grid shows them', () => {
  it('formats a value by its assumption: a share in %, yes/no, a year', () => {
    expect(formatChangeValue('waarde', { value: 0.8, formula: null }, wlzOmklapKey('allInclusive'))).toBe('80 %');
    expect(formatChangeValue('waarde', { value: 1, formula: null }, UITWIJKEN)).toBe('ja');
    expect(formatChangeValue('waarde', { value: 2035, formula: null }, EINDJAAR)).toBe('2035');
  });
  it('formats a range with its kind and ends in the assumption’s unit', () => {
    expect(formatChangeValue('bereik', { kind: 'interval80', low: 0.05, high: 0.2, source: 'Aanname' }, uitvalKey('allInclusive'))).toBe('80 %-interval van 5 % tot 20 %; Aanname');
  });
});
