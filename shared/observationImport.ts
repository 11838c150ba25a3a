/**
 * Reading monitoring figures from a table as the centrumgemeente keeps them: a header row with "Periode" and
 * optionally "Gemeente", "Vorm" and "Doelgroep", then one column per measure ("In zorg", "Wachtend", …). Each row is
 * one period for one gemeente (or the region), form and target group; an empty cell means "not measured".
 * Every problem is reported per row; nothing is stored unless the whole file is clean (all or nothing).
 */
import { GEMEENTEN, VARIANTS, type GemeenteCode } from './domain';
import type { RawCell } from './keyImport';
import { TARGET_GROUPS, TARGET_GROUP_SLUGS, type TargetGroup } from './locations';
import { parseDutchNumber } from './numberFormat';
import { OBSERVATION_MEASURES, periodLabel, type MeasureId, type Observation, type ObservedForm, type Period } from './observations';

/** Header texts per measure (lower case, spaces collapsed); the first is what the template uses. */
const MEASURE_HEADERS: Record<MeasureId, RegExp> = {
  inZorg: /^(in zorg|aantal in zorg|cli[eë]nten in zorg|bezetting)$/,
  wachtend: /^(wachtend|wachtenden|wachtlijst|op de wachtlijst)$/,
  nieuweIndicaties: /^(nieuwe indicaties|instroom|indicaties)$/,
  plaatsingen: /^(plaatsingen|geplaatst)$/,
  uitstroom: /^(uitstroom|uitstroom uit zorg)$/,
  naarWlz: /^(naar de wlz|naar wlz|wlz-overgangen|overgangen naar de wlz)( uit zorg)?$/,
  uitval: /^(van de wachtlijst af zonder plek|uitval|uitval wachtlijst)$/,
  wachtlijstNaarWlz: /^(van de wachtlijst naar de wlz|wachtlijst naar wlz)$/,
  wachttijd: /^(gemiddelde )?wachttijd( van geplaatsten)?( \(maanden\)| in maanden)?$/,
};

export const OBSERVATION_TEMPLATE_HEADER = ['Periode', 'Gemeente', 'Vorm', 'Doelgroep', ...OBSERVATION_MEASURES.map((m) => (m.id === 'wachttijd' ? `${m.label} (maanden)` : m.label))];

export interface ObservationRow {
  /** Row number as the spreadsheet shows it (1-based). */
  line: number;
  /** The row as read: period, gemeente (null: region), form, group. */
  label: string;
  observations: Observation[];
  errors: string[];
}

export interface ObservationImport {
  measures: MeasureId[];
  rows: ObservationRow[];
  /** Problems with the file as a whole. */
  errors: string[];
}

const norm = (c: RawCell) => String(c ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
const pad = (m: number) => String(m).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

/** Month names and their usual abbreviations, exactly (so "junk 2026" is not June). */
const MONTH_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt', 'mar', 'maa'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1])),
);
function monthOf(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) {
    const m = Number(text);
    return m >= 1 && m <= 12 ? m : null;
  }
  return MONTH_WORDS[text.replace(/\.$/, '')] ?? null;
}

const validYear = (y: number) => y >= 2000 && y <= 2100;

/**
 * "2026-06" or "juni 2026" (a month), "2026-H1", "H1 2026", "1e helft 2026", "eerste helft 2026" (a half year),
 * "2026" (a year), "2026-01 t/m 2026-06" (months, both included). Null: not a period.
 */
export function parsePeriod(cell: RawCell | Date): Period | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : parsePeriod(`${cell.getFullYear()}-${pad(cell.getMonth() + 1)}`);
  const t = norm(cell).replace(/[–—]/g, '-');
  let m: RegExpMatchArray | null;
  // A date (as Excel makes of a typed month, or a peildatum): the month it falls in.
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/)) || (m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) {
    const [y, mo, d] = m[1].length === 4 ? [+m[1], +m[2], +m[3]] : [+m[3], +m[2], +m[1]];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && validYear(y) ? { from: ym(y, mo), to: ym(y, mo) } : null;
  }
  const half = (y: number, h: number): Period => (h === 1 ? { from: ym(y, 1), to: ym(y, 6) } : { from: ym(y, 7), to: ym(y, 12) });
  if ((m = t.match(/^(\d{4})$/))) return validYear(+m[1]) ? { from: ym(+m[1], 1), to: ym(+m[1], 12) } : null;
  if ((m = t.match(/^(\d{4})[- ]?h([12])$/))) return validYear(+m[1]) ? half(+m[1], +m[2]) : null;
  if ((m = t.match(/^h([12])[- ]?(\d{4})$/))) return validYear(+m[2]) ? half(+m[2], +m[1]) : null;
  if ((m = t.match(/^(1e|2e|eerste|tweede) (half ?jaar|helft) (\d{4})$/))) return validYear(+m[3]) ? half(+m[3], m[1] === '1e' || m[1] === 'eerste' ? 1 : 2) : null;
  const month = (s: string): { y: number; m: number } | null => {
    let k: RegExpMatchArray | null;
    if ((k = s.match(/^(\d{4})-(\d{1,2})$/))) {
      const mm = monthOf(k[2]);
      return mm && validYear(+k[1]) ? { y: +k[1], m: mm } : null;
    }
    if ((k = s.match(/^([a-z]+)\.? (\d{4})$/))) {
      const mm = monthOf(k[1]);
      return mm && validYear(+k[2]) ? { y: +k[2], m: mm } : null;
    }
    return null;
  };
  const range = t.split(/ t\/m | tot en met | - /);
  if (range.length === 2) {
    const a = month(range[0].trim());
    const b = month(range[1].trim());
    if (!a || !b || a.y * 12 + a.m > b.y * 12 + b.m || b.y * 12 + b.m - (a.y * 12 + a.m) >= 60) return null;
    return { from: ym(a.y, a.m), to: ym(b.y, b.m) };
  }
  const one = month(t);
  return one ? { from: ym(one.y, one.m), to: ym(one.y, one.m) } : null;
}

function findGemeente(text: string): GemeenteCode | null | undefined {
  const t = text.replace(/^gemeente\s+/, '');
  if (t === '' || /^(regio|regio twente|twente|totaal|regio enschede|alle gemeenten)$/.test(t)) return null;
  const g = GEMEENTEN.find((x) => t === x.naam.toLowerCase() || t === x.code.toLowerCase() || t === String(Number(x.code.slice(2))));
  return g ? g.code : undefined;
}

function findForm(text: string): ObservedForm | undefined {
  if (text === '' || /^(alle|alle vormen|totaal|bw)$/.test(text)) return 'alle';
  if (/^modulair( \(alle\))?$/.test(text)) return 'modulair';
  const v = VARIANTS.find((x) => [x.label, x.short, x.id].some((s) => s.toLowerCase() === text) || (x.id === 'allInclusive' && /^all[- ]?in(clusive)?$/.test(text)));
  return v ? v.id : undefined;
}

function findGroup(text: string): TargetGroup | null | undefined {
  if (text === '' || /^(alle|alle doelgroepen|totaal)$/.test(text)) return null;
  return TARGET_GROUPS.find((t) => t.toLowerCase() === text || TARGET_GROUP_SLUGS[t] === text);
}

const isPeriodHeader = (c: RawCell) => /^(periode|maand|halfjaar|peildatum)$/.test(norm(c));

export function readObservationTable(rows: RawCell[][]): ObservationImport {
  const headerAt = rows.findIndex((r) => r.some(isPeriodHeader));
  if (headerAt < 0) {
    return { measures: [], rows: [], errors: [`Geen kopregel gevonden: zet boven de cijfers de kolommen ${OBSERVATION_TEMPLATE_HEADER.slice(0, 6).map((h) => `"${h}"`).join(', ')} … (zie het sjabloon).`] };
  }
  const header = rows[headerAt].map(norm);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const periodCol = header.findIndex((h) => isPeriodHeader(h));
  const gemeenteCol = col(/^(gemeente(naam|code)?|herkomst|gemeente van herkomst|regio)$/);
  const formCol = col(/^(vorm|woonvorm|variant)$/);
  const groupCol = col(/^doelgroep$/);
  const errors: string[] = [];
  const measureCol = new Map<number, MeasureId>();
  header.forEach((h, i) => {
    const id = (Object.keys(MEASURE_HEADERS) as MeasureId[]).find((k) => MEASURE_HEADERS[k].test(h));
    if (!id) return;
    const label = OBSERVATION_MEASURES.find((m) => m.id === id)!.label;
    if ([...measureCol.values()].includes(id)) errors.push(`De kolom "${label}" staat er twee keer in (kolom ${i + 1}).`);
    else measureCol.set(i, id);
  });
  if (measureCol.size === 0) errors.push('Geen bekende kolom met cijfers gevonden. Herkend worden: ' + OBSERVATION_MEASURES.map((m) => `"${m.label}"`).join(', ') + '.');

  const out: ObservationRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(headerAt + 1).forEach((r, k) => {
    const line = headerAt + k + 2;
    if (r.every((c) => norm(c) === '')) return;
    const errs: string[] = [];
    const period = parsePeriod(r[periodCol]);
    const periodText = String(r[periodCol] ?? '').trim();
    if (!period) errs.push(periodText ? `Periode "${periodText.slice(0, 30)}" wordt niet herkend; schrijf bijvoorbeeld 2026-H1, 2026-06 of 2026-01 t/m 2026-06.` : 'De periode ontbreekt.');
    const gText = gemeenteCol < 0 ? '' : norm(r[gemeenteCol]);
    const gemeente = findGemeente(gText);
    if (gemeente === undefined) errs.push(`"${String(r[gemeenteCol]).trim().slice(0, 30)}" is geen van de acht gemeenten (laat de cel leeg of schrijf "Regio" voor de hele regio).`);
    const fText = formCol < 0 ? '' : norm(r[formCol]);
    const form = findForm(fText);
    if (form === undefined) errs.push(`Vorm "${String(r[formCol]).trim().slice(0, 30)}" is onbekend; kies All-inclusive, Modulair, ${VARIANTS.slice(1).map((v) => v.label).join(', ')} of laat de cel leeg voor alle vormen.`);
    const tText = groupCol < 0 ? '' : norm(r[groupCol]);
    const group = findGroup(tText);
    if (group === undefined) errs.push(`Doelgroep "${String(r[groupCol]).trim().slice(0, 30)}" is onbekend; kies ${TARGET_GROUPS.join(', ')} of laat de cel leeg.`);
    const where = gemeente === null ? 'regio' : gemeente ? GEMEENTEN.find((g) => g.code === gemeente)!.naam : gText;
    const label = [period ? periodLabel(period) : periodText, where, form === 'alle' || form === undefined ? '' : fText, group ?? ''].filter(Boolean).join(', ');
    const observations: Observation[] = [];
    if (period && gemeente !== undefined && form !== undefined && group !== undefined) {
      const id = `${period.from}|${period.to}|${gemeente}|${form}|${group}`;
      if (seen.has(id)) errs.push(`Dezelfde periode, gemeente, vorm en doelgroep staan al op regel ${seen.get(id)}.`);
      else seen.set(id, line);
    }
    for (const [i, measure] of measureCol) {
      if (norm(r[i]) === '') continue;
      const def = OBSERVATION_MEASURES.find((m) => m.id === measure)!;
      const whole = def.kind !== 'gemiddelde';
      const parsed = parseDutchNumber(typeof r[i] === 'boolean' ? String(r[i]) : r[i], { what: def.label, whole });
      if (!parsed.ok) errs.push(parsed.message);
      else if (parsed.value < 0) errs.push(`${def.label}: een aantal kan niet negatief zijn.`);
      else if (parsed.value > (whole ? 100_000 : 600)) errs.push(`${def.label}: meer dan ${whole ? '100.000' : '600 maanden'} is onwaarschijnlijk voor deze regio; controleer de kolom.`);
      else if (period && gemeente !== undefined && form !== undefined && group !== undefined) observations.push({ period, gemeente, form, targetGroup: group, measure, value: parsed.value });
    }
    if (errs.length === 0 && observations.length === 0) return; // a row with a period but no figures is a note
    out.push({ line, label, observations, errors: errs });
  });
  if (!errors.length && out.length === 0 && measureCol.size > 0) errors.push('Het bestand heeft geen regels met cijfers onder de kopregel.');
  return { measures: [...measureCol.values()], rows: out, errors };
}

export function observationImportIsClean(i: ObservationImport): boolean {
  return i.errors.length === 0 && i.rows.length > 0 && i.rows.every((r) => r.errors.length === 0);
}

export const importedObservations = (i: ObservationImport): Observation[] => i.rows.flatMap((r) => r.observations);

/**
 * The template that ships with the app: the header, a comment line per column (lines starting with # are skipped
 * when read) and an empty row per gemeente and form for one half year. It holds no figures: those come from the
 * monitoring (Cimot BW/MO, uitstroomproces, Transferpunt).
 */
export function observationTemplate(halfYear: string): string[][] {
  const notes: string[][] = [
    ['# Sjabloon monitoringcijfers beschermd wonen — Plekkenplanner. Regels die met # beginnen worden overgeslagen.'],
    ['# Periode: 2026-H1 (eerste helft), 2026-H2, een maand (2026-06) of een reeks (2026-01 t/m 2026-06). Standen (In zorg, Wachtend) gelden aan het eind van de periode, stromen zijn totalen over de periode.'],
    ['# Gemeente: gemeente van herkomst (naam of CBS-code), leeg of "Regio" voor de hele regio. Vorm: All-inclusive, Modulair (alle modulaire vormen samen) of één modulaire vorm, leeg = alle vormen. Doelgroep: leeg = alle doelgroepen.'],
    ...OBSERVATION_MEASURES.map((m) => [`# ${m.label}: ${m.help}`]),
    ['# Laat een cel leeg als het cijfer niet bekend is. Hele aantallen, de wachttijd in maanden mag decimalen hebben (7,5).'],
  ];
  const rows: string[][] = GEMEENTEN.flatMap((g) => ['All-inclusive', 'Modulair'].map((form) => [halfYear, g.naam, form, '', ...OBSERVATION_MEASURES.map(() => '')]));
  return [...notes, OBSERVATION_TEMPLATE_HEADER, ...rows];
}
