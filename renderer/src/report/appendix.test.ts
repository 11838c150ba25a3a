/** The report's appendix and the differences between scenarios: every value in words, every source once. */
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_DEFS, EINDJAAR, GROEI_ALL_INCLUSIVE, URGENT_REGEL, type AssumptionMap } from '../../../shared/assumptions';
import type { ScenarioData } from '../../../shared/contract';
import { assumptionAppendix, noteText } from './assumptionTable';
import { changePhrase, locationChange, locationText } from './scenarioDiff';

/** Like the baseline: the gemeente figures share one long note, the others have a note per group. */
const LONG_NOTE = 'Aanname: verdeling over gemeenten van herkomst naar rato van inwoners; echte herkomstcijfers ontbreken in de documenten.';
const baseline = (): ScenarioData => ({
  assumptions: Object.fromEntries(
    ASSUMPTION_DEFS.map((d) => {
      const value = d.key === EINDJAAR ? 2035 : d.key === GROEI_ALL_INCLUSIVE ? 15 : d.choices ? 0 : Math.max(d.min, Math.min(d.max, d.integer ? 12 : 0.5));
      const source = /GM\d{4}/.test(d.key) ? LONG_NOTE : `Bron voor ${d.group}`;
      return [d.key, { key: d.key, value, formula: null, source, isAanname: source === LONG_NOTE }];
    }),
  ) as AssumptionMap,
  ranges: {},
  locations: [{ id: 1, name: 'Bestaand', gemeente: 'GM0153', variant: 'allInclusive', places: 100, opening: '2020-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'x', isAanname: false }],
  wlzEvents: [],
});

const extraLocation = (s: ScenarioData, places = 24): ScenarioData => ({
  ...s,
  locations: [
    ...s.locations.map((l) => ({ ...l, id: l.id + 100 })),
    { id: 999, name: 'Nieuwbouw', gemeente: 'GM0158', variant: 'modulairWijk', places, opening: '2027-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'plan', isAanname: true },
  ],
});

describe('report appendix of assumptions', () => {
  it('has one row per assumption, a row per kind of gemeente figure, and each source once', () => {
    const a = assumptionAppendix([baseline(), baseline()]);
    const rows = a.sections.flatMap((s) => s.rows);
    const perGemeente = ASSUMPTION_DEFS.filter((d) => /GM\d{4}/.test(d.key)).length;
    expect(rows.length + a.gemeenteRows.length * 8).toBe(ASSUMPTION_DEFS.length);
    expect(a.gemeenteRows.length * 8).toBe(perGemeente);
    expect(new Set(a.notes.map((n) => n.text)).size).toBe(a.notes.length);
    expect(a.notes.length).toBeLessThan(15);
    expect(a.notes.filter((n) => n.text === LONG_NOTE)).toHaveLength(1);
    // Equal in both scenarios: one value for the row.
    expect(rows.every((r) => !r.differs && r.values.length === 1)).toBe(true);
    expect(a.gemeenteRows.every((r) => r.values.length === 8 && r.label.length > 3 && !/Borne|,$/.test(r.label))).toBe(true);
  });
  it('writes values in words, never as codes, internal names or years with a dot', () => {
    const a = assumptionAppendix([baseline()]);
    const all = [...a.sections.flatMap((s) => s.rows.flatMap((r) => r.values)), ...a.gemeenteRows.flatMap((r) => r.values)];
    for (const v of all) expect(v).not.toMatch(/^=|_|0 of 1|\b\d\.\d{3} jaar|\b20\.\d{2}\d\b/);
    const row = (key: string) => a.sections.flatMap((s) => s.rows).find((r) => r.key === key)!;
    expect(row(URGENT_REGEL).values).toEqual(['woonplaatsbeginsel']);
    expect(row('eindjaar').values[0]).toMatch(/^20\d\d$/);
    expect(a.gemeenteRows.find((r) => r.key === 'inZorg.*.allInclusive')!.label).toBe('In zorg All-inclusive (cliënten)');
    expect(noteText({ n: 1, text: 'geschat', isAanname: true })).toBe('Aanname: geschat');
    expect(noteText({ n: 1, text: 'Aanname: geschat', isAanname: true })).toBe('Aanname: geschat');
    expect(noteText({ n: 1, text: 'Keuze: Hamilton.', isAanname: true })).toBe('Keuze (aanname): Hamilton.');
    expect(noteText({ n: 1, text: 'CBS', isAanname: false })).toBe('CBS');
  });
  it('shows a value per scenario, with each scenario’s source, where the scenarios differ', () => {
    const other = baseline();
    other.assumptions = { ...other.assumptions, [GROEI_ALL_INCLUSIVE]: { ...other.assumptions[GROEI_ALL_INCLUSIVE], value: 25, source: 'Eigen schatting', isAanname: true } };
    const row = assumptionAppendix([baseline(), other]).sections.flatMap((s) => s.rows).find((r) => r.key === GROEI_ALL_INCLUSIVE)!;
    expect(row.differs).toBe(true);
    expect(row.values).toEqual(['15 cliënten per jaar', '25 cliënten per jaar']);
    expect(row.notes).toHaveLength(2);
  });
});

describe('what a scenario changes, in words', () => {
  it('names extra places per gemeente', () => {
    const b = baseline();
    expect(changePhrase(b, extraLocation(b))).toBe('Met 24 extra plekken in Haaksbergen');
    expect(changePhrase(extraLocation(b), b)).toBe('Met 24 plekken minder in Haaksbergen');
    expect(changePhrase(b, b)).toBeNull();
    expect(locationChange(b, extraLocation(b)).added).toHaveLength(1);
    expect(locationText(locationChange(b, extraLocation(b, 1)).added[0])).toBe('Haaksbergen: 1 plek modulair in de wijk (Wmo), vanaf januari 2027');
  });
  it('names a single changed assumption with its value, and counts several', () => {
    const b = baseline();
    const one = { ...b, assumptions: { ...b.assumptions, [GROEI_ALL_INCLUSIVE]: { ...b.assumptions[GROEI_ALL_INCLUSIVE], value: 25 } } };
    expect(changePhrase(b, one)).toBe('Met groei vraag all-inclusive op 25 cliënten per jaar');
    const share = { ...b, assumptions: { ...b.assumptions, 'uitvalWachtlijstPerJaar.allInclusive': { ...b.assumptions['uitvalWachtlijstPerJaar.allInclusive'], value: 0.05 } } };
    expect(changePhrase(b, share)).toBe('Met uitval van de wachtlijst per jaar, All-inclusive op 5 %');
    expect(changePhrase(b, extraLocation(one))).toBe('Met 24 extra plekken in Haaksbergen en één andere aanname');
    const two = { ...one, assumptions: { ...one.assumptions, [URGENT_REGEL]: { ...b.assumptions[URGENT_REGEL], value: 2 } } };
    expect(changePhrase(b, two)).toBeNull();
    expect(changePhrase(b, extraLocation(two))).toBe('Met 24 extra plekken in Haaksbergen en 2 andere aannames');
  });
});
