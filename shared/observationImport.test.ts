import { describe, expect, it } from 'vitest';
import { DUTCH_EXCEL, writeCsv } from './csv';
import fc from 'fast-check';
import { parseCsv } from './keyImport';
import { importedObservations, observationImportIsClean, observationTemplate, parsePeriod, readObservationTable, OBSERVATION_TEMPLATE_HEADER } from './observationImport';

// Fictief: made-up figures for the test, not monitoring data.
const CSV = `Periode;Gemeente;Vorm;Doelgroep;In zorg;Wachtend;Nieuwe indicaties;Gemiddelde wachttijd (maanden)
2026-H1;Enschede;All-inclusive;;120;40;18;7,5
2026-H1;Hengelo;Modulair;;1.050;12;;
2026-H1;Regio;;;;;60;
`;

describe('reading monitoring figures', () => {
  it('reads a clean file into one observation per filled cell (fictief)', () => {
    const read = readObservationTable(parseCsv(CSV));
    expect(read.errors).toEqual([]);
    expect(observationImportIsClean(read)).toBe(true);
    const obs = importedObservations(read);
    expect(obs).toHaveLength(7);
    expect(obs[0]).toEqual({ period: { from: '2026-01', to: '2026-06' }, gemeente: 'GM0153', form: 'allInclusive', targetGroup: null, measure: 'inZorg', value: 120 });
    expect(obs.find((o) => o.measure === 'wachttijd')!.value).toBe(7.5);
    expect(obs.find((o) => o.gemeente === 'GM0164')).toMatchObject({ form: 'modulair', value: 1050 });
    expect(obs.at(-1)).toMatchObject({ gemeente: null, form: 'alle', measure: 'nieuweIndicaties', value: 60 });
    expect(read.rows[0].label).toBe('eerste helft 2026, Enschede, all-inclusive');
  });

  it('the template header reads as a header with every measure', () => {
    const read = readObservationTable([OBSERVATION_TEMPLATE_HEADER, ['2026-06', 'Borne', '', '', 1, 2, 3, 4, 5, 6, 7, 8, 2.5]]);
    expect(read.errors).toEqual([]);
    expect(read.measures).toHaveLength(9);
    expect(importedObservations(read)).toHaveLength(9);
  });

  it('reports every problem per row, and nothing is clean then', () => {
    const read = readObservationTable(
      parseCsv(`Periode;Gemeente;Vorm;In zorg;Wachtend
2026-H3;Enschede;;1;2
2026-H1;Amsterdam;;1;2
2026-H1;Borne;Luxe;1;2
2026-H1;Borne;;1,5;-2
2026-H1;Borne;;=1+1;abc
2026-H2;Borne;;3;
2026-H2;Borne;;4;
`),
    );
    expect(observationImportIsClean(read)).toBe(false);
    const errs = read.rows.map((r) => r.errors.join(' | '));
    expect(errs[0]).toMatch(/Periode "2026-H3" wordt niet herkend/);
    expect(errs[1]).toMatch(/"Amsterdam" is geen van de acht gemeenten/);
    expect(errs[2]).toMatch(/Vorm "Luxe" is onbekend/);
    expect(errs[3]).toMatch(/In zorg: vul een heel getal in/);
    expect(errs[3]).toMatch(/Wachtend: een aantal kan niet negatief zijn/);
    expect(errs[4]).toMatch(/In zorg: hier kan geen formule/);
    expect(errs[4]).toMatch(/Wachtend: "abc" is geen getal/);
    expect(errs[5]).toBe('');
    expect(errs[6]).toMatch(/staan al op regel 7/);
  });

  it('a file without a header or without known columns says so', () => {
    expect(readObservationTable([['a', 'b'], ['1', '2']]).errors[0]).toMatch(/Geen kopregel gevonden/);
    expect(readObservationTable([['Periode', 'Iets'], ['2026-H1', '2']]).errors[0]).toMatch(/Geen bekende kolom/);
    expect(readObservationTable([['Periode', 'In zorg']]).errors[0]).toMatch(/geen regels met cijfers/);
  });

  it('periods: months, halves, years and ranges; nonsense is null', () => {
    expect(parsePeriod('2026-06')).toEqual({ from: '2026-06', to: '2026-06' });
    expect(parsePeriod('juni 2026')).toEqual({ from: '2026-06', to: '2026-06' });
    expect(parsePeriod('H2 2026')).toEqual({ from: '2026-07', to: '2026-12' });
    expect(parsePeriod('Eerste helft 2027')).toEqual({ from: '2027-01', to: '2027-06' });
    expect(parsePeriod('2025')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(parsePeriod('2026-01 t/m 2026-03')).toEqual({ from: '2026-01', to: '2026-03' });
    // A date (Excel turns a typed month into one; a peildatum): the month it falls in.
    expect(parsePeriod('2026-06-01')).toEqual({ from: '2026-06', to: '2026-06' });
    expect(parsePeriod('30-06-2026')).toEqual({ from: '2026-06', to: '2026-06' });
    expect(parsePeriod(new Date(2026, 5, 30))).toEqual({ from: '2026-06', to: '2026-06' });
    expect(parsePeriod('jun. 2026')).toEqual({ from: '2026-06', to: '2026-06' });
    for (const bad of ['2026-13', '2026-06 t/m 2026-01', '1999', 'morgen', '', null, 2026.5, 'junk 2026', 'maatschappelijk 2026', '2026-02-31x', '31-13-2026']) expect(parsePeriod(bad)).toBeNull();
  });

  it('never throws on any table', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('Periode', 'In zorg', '2026-H1', 'Borne', '1.234', '=A1'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const read = readObservationTable(rows);
        for (const o of importedObservations(read)) expect(Number.isFinite(o.value) && o.value >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the template', () => {
  it('reads back as a clean header without figures, its notes skipped', () => {
    const rows = observationTemplate('2026-H1');
    const csv = rows.map((r) => r.join(';')).join('\n');
    const read = readObservationTable(parseCsv(csv));
    expect(read.measures).toHaveLength(9);
    expect(read.errors).toEqual(['Het bestand heeft geen regels met cijfers onder de kopregel.']);
    expect(importedObservations(read)).toEqual([]);
  });
});

describe('the template as Dutch Excel CSV', () => {
  it('its comment lines (with commas) do not mislead the separator guess', () => {
    const csv = writeCsv(observationTemplate('2026-H2'), DUTCH_EXCEL);
    const read = readObservationTable(parseCsv(csv));
    expect(read.measures).toHaveLength(9);
    expect(read.rows).toEqual([]);
  });
});
