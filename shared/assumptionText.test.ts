import { describe, expect, it } from 'vitest';
import { assumptionDef, ASSUMPTION_DEFS, EINDJAAR, GROEI_ALL_INCLUSIVE, inZorgKey, tariefKey, UITWIJKEN, uitvalKey, URGENT_MAX_AANDEEL, URGENT_REGEL, sleutelGewichtKey, verblijfsduurKey } from './assumptions';
import { assumptionValueText } from './assumptionText';

const text = (key: string, value: number) => assumptionValueText(assumptionDef(key)!, value);

describe('assumption values in words', () => {
  it('writes counts with their unit, singular for one', () => {
    expect(text(inZorgKey('GM0147', 'allInclusive'), 12)).toBe('12 cliënten');
    expect(text(inZorgKey('GM0147', 'allInclusive'), 1)).toBe('1 cliënt');
    expect(text(GROEI_ALL_INCLUSIVE, 15)).toBe('15 cliënten per jaar');
    expect(text(GROEI_ALL_INCLUSIVE, 1)).toBe('1 cliënt per jaar');
    expect(text(GROEI_ALL_INCLUSIVE, 12.345)).toBe('12,3 cliënten per jaar');
    expect(text(verblijfsduurKey('allInclusive'), 60)).toBe('60 maanden');
    expect(text('inwoners.GM0153', 161_000)).toBe('161.000 inwoners');
  });
  it('writes choices by their label, yes/no as ja/nee, years without a thousands dot', () => {
    expect(text(URGENT_REGEL, 0)).toBe('woonplaatsbeginsel');
    expect(text(URGENT_REGEL, 2)).toBe('hybride');
    expect(text(UITWIJKEN, 0)).toBe('nee');
    expect(text(UITWIJKEN, 1)).toBe('ja');
    expect(text(EINDJAAR, 2035)).toBe('2035');
  });
  it('writes shares as percentages, money in euro, mix weights in percent', () => {
    expect(text(URGENT_MAX_AANDEEL, 0.1)).toBe('10 %');
    expect(text(uitvalKey('allInclusive'), 0.125)).toBe('12,5 % van de wachtenden per jaar');
    expect(text(tariefKey('allInclusive'), 120)).toBe('€ 120 per dag');
    expect(text(tariefKey('allInclusive'), 120.5)).toBe('€ 120,50 per dag');
    expect(text(sleutelGewichtKey('inwoners'), 50)).toBe('50 %');
  });
  it('never shows a bare code or "0 of 1" for any assumption', () => {
    for (const d of ASSUMPTION_DEFS) {
      const shown = assumptionValueText(d, d.min);
      expect(shown).not.toMatch(/0 of 1|fractie|keuze/);
      if (d.unit === 'jaar') expect(shown).toMatch(/^\d{4}$/);
    }
  });
});
