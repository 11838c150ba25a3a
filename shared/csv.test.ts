/** The one CSV writer: formula text is neutralised (OWASP CSV injection), numbers stay numbers, one line per record. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DUTCH_EXCEL, PLAIN_CSV, formatCsvNumber, singleLine, startsLikeFormula, writeCsv, type CsvValue } from './csv';

const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
const DANGEROUS_START = /^[=+\-@\t\r\n]/;
const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;
/** Any text, often starting with a formula trigger. */
const text = fc
  .tuple(fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ' =', '-1', '"', ';', ','), fc.string({ unit: 'binary' }))
  .map(([start, rest]) => start + rest);

describe('writeCsv', () => {
  it.each(['=1+1', '+31 53 123', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("https://example.com","klik")', '  =1+1'])(
    'neutralises text that starts like a formula: %j',
    (text) => {
      const [cell] = parse(writeCsv([[text]], DUTCH_EXCEL), ';').data[0];
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(singleLine(text));
    },
  );

  it('recognises formula text with a line break after the first character (papaparse’s default pattern misses it)', () => {
    expect(startsLikeFormula('=1+1\nx')).toBe(true);
    expect(/^[=+\-@\t\r].*$/.test('=1+1\nx')).toBe(false);
    expect(writeCsv([['=1+1\nx', 'b']], PLAIN_CSV)).toBe("\"'=1+1 x\",b\n");
  });

  it('does not take a plain negative number in text for a formula, but does any longer expression', () => {
    expect(['-12', '-12,5', '-0.25'].map(startsLikeFormula)).toEqual([false, false, false]);
    expect(['-12+1', '-1e5', '- 3', ' -5', '-'].map(startsLikeFormula)).toEqual([true, true, true, true, true]);
  });

  it('leaves ordinary text alone, also with a - or = further on', () => {
    expect(writeCsv([['Enschede', 'a-b', 'x = 1', 'Hof van Twente']], PLAIN_CSV)).toBe('Enschede,a-b,x = 1,Hof van Twente\n');
  });

  it('keeps negative numbers as numbers: no apostrophe, decimal comma for Dutch Excel', () => {
    const rows: CsvValue[][] = [[-12.5, -3, 0.25, 1234.5, -0.001, null]];
    expect(writeCsv(rows, { ...DUTCH_EXCEL, digits: [2, 0, 4, 2, 2] })).toBe('\uFEFF-12,50;-3;0,2500;1234,50;0,00;\r\n');
    expect(writeCsv(rows, PLAIN_CSV)).toBe('-12.5,-3,0.25,1234.5,-0.001,\n');
  });

  it('writes numbers without exponent or thousands separators, and NaN/Infinity as empty', () => {
    expect([1e21, 1e-7, -0, NaN, Infinity, 1234567.891].map((x) => formatCsvNumber(x, ','))).toEqual(['1000000000000000000000', '0,0000001', '0', '', '', '1234567,891']);
  });

  it('keeps a scenario name with CR/LF on one record', () => {
    const name = 'Basis\r\n=HYPERLINK("x")\nregel 3\u2028';
    const csv = writeCsv([['scenario', 'jaar'], [name, 2025], [name, 2026]], PLAIN_CSV);
    expect(csv.trim().split('\n')).toHaveLength(3);
    const rows = parse(csv, ',').data;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['Basis =HYPERLINK("x") regel 3 ', '2025']);
  });

  it('uses the app’s one set of control characters: C1, separators, zero-width space and bidi controls become a space, ZWJ stays', () => {
    for (const c of ['\u0085', '\u009f', '\u2028', '\u2029', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069']) {
      expect(singleLine(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('a b');
    }
    expect(singleLine('Gezin 👩‍👩‍👧')).toBe('Gezin 👩‍👩‍👧');
    expect(writeCsv([['naam\u202Etxt.exe', 1]], PLAIN_CSV)).toBe('naam txt.exe,1\n');
  });

  it('quotes delimiters and quotes the Dutch way', () => {
    expect(writeCsv([['a;b "c"', 1234.5]], { ...DUTCH_EXCEL, digits: [undefined, 2] })).toBe('\uFEFF"a;b ""c""";1234,50\r\n');
  });

  it('property: any text gives one record per row that reads back safely', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.integer()), { minLength: 1, maxLength: 5 }), fc.boolean(), (rows, dutch) => {
        const o = dutch ? DUTCH_EXCEL : PLAIN_CSV;
        const csv = writeCsv(rows, o);
        const physicalLines = csv.replace(/^\uFEFF/, '').split(o.newline);
        expect(physicalLines).toHaveLength(rows.length + 1); // the last one is empty: the closing newline
        const back = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: o.delimiter }).data.slice(0, rows.length);
        expect(back).toHaveLength(rows.length);
        back.forEach((cells, i) => {
          expect(cells).toHaveLength(3);
          for (const cell of cells.slice(0, 2)) {
            if (DANGEROUS_START.test(cell)) expect(cell).toMatch(PLAIN_NEGATIVE);
          }
          expect(Number(cells[2])).toBe(rows[i][2]);
          const text = singleLine(rows[i][0]);
          expect(cells[0] === text || cells[0] === `'${text}`).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
