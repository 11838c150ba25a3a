/**
 * The plan's figure for an observation: the same measure, period, gemeente of origin and form, from a projection.
 * Stocks are read at the end of the period, flows summed over its months, the mean wait from the years.
 *
 * What the projection carries: per month the region's stocks and flows, and per form the stocks and placements;
 * per year every figure per form and per gemeente, with waiting and new indications per gemeente × form. Where a
 * month's figure per gemeente or per form is not kept, the region's monthly figure is shared out by the year's
 * shares — the value is then marked approximate and the note says so.
 */
import { GEMEENTE_CODES, VARIANT_IDS, type GemeenteCode } from '../../shared/domain';
import type { MeasureId, ObservedForm, Period } from '../../shared/observations';
import type { CapacityResult, Metrics, MonthResult, YearResult } from '../capacity/types';
import { monthNumber, monthOf, variantsOf } from './table';

export type PlanValue = { value: number; approximate: boolean; note: string | null } | { value: null; approximate: false; note: string };

const STOCK_FIELD = { inZorg: 'inCare', wachtend: 'waitingList' } as const;
const MONTH_FLOW = { nieuweIndicaties: 'inflow', plaatsingen: 'placements', uitstroom: 'exits', naarWlz: 'wlzTransfers' } as const;

/** A measure's figure in a year's (or a part's) metrics. */
function yearField(m: Metrics, measure: MeasureId): number {
  switch (measure) {
    case 'inZorg': return m.inCare;
    case 'wachtend': return m.waitingList;
    case 'nieuweIndicaties': return m.inflow;
    case 'plaatsingen': return m.placements;
    case 'uitstroom': return m.outflowIndependent + m.outflowOther;
    case 'naarWlz': return m.wlzTransfers;
    case 'uitval': return m.departuresUnplaced;
    case 'wachtlijstNaarWlz': return m.wlzFromList;
    default: return m.placements;
  }
}

interface Indexed {
  months: Map<string, MonthResult>;
  years: Map<number, { yr: YearResult; index: number; firstMonth: number; lastMonth: number }>;
}

const cache = new WeakMap<CapacityResult, Indexed>();

function indexOf(result: CapacityResult): Indexed {
  let ix = cache.get(result);
  if (!ix) {
    const months = new Map(result.months.map((m) => [m.month, m]));
    const years = new Map<number, { yr: YearResult; index: number; firstMonth: number; lastMonth: number }>();
    result.years.forEach((yr, index) => {
      const inYear = result.months.filter((m) => m.month.startsWith(`${yr.year}-`)).map((m) => monthNumber(m.month));
      years.set(yr.year, { yr, index, firstMonth: Math.min(...inYear), lastMonth: Math.max(...inYear) });
    });
    ix = { months, years };
    cache.set(result, ix);
  }
  return ix;
}

const ratio = (part: number, whole: number) => (whole > 1e-9 ? part / whole : 0);

/** The share of a gemeente in a year's figure for the form; exact when the result keeps it per gemeente × form. */
function gemeenteShare(result: CapacityResult, yr: YearResult, yi: number, measure: MeasureId, form: ObservedForm, g: GemeenteCode): { share: number; exact: boolean } {
  const cells = measure === 'wachtend' ? result.waitingByCell[yi] : measure === 'nieuweIndicaties' ? result.inflowByCell[yi] : null;
  if (cells) {
    const T = result.targetGroups.length;
    const K = VARIANT_IDS.length * T;
    const vs = variantsOf(form).map((v) => VARIANT_IDS.indexOf(v));
    let part = 0;
    let whole = 0;
    for (let h = 0; h < GEMEENTE_CODES.length; h++) {
      for (const v of vs) for (let t = 0; t < T; t++) {
        const x = cells[h * K + v * T + t];
        whole += x;
        if (GEMEENTE_CODES[h] === g) part += x;
      }
    }
    return { share: ratio(part, whole), exact: true };
  }
  return { share: ratio(yearField(yr.byGemeente[g], measure), yearField(yr, measure)), exact: form === 'alle' };
}

/** The share of a form in a year's flow (all gemeenten). */
function formShare(yr: YearResult, measure: MeasureId, form: ObservedForm): number {
  if (form === 'alle') return 1;
  const part = variantsOf(form).reduce((s, v) => s + yearField(yr.byVariant[v], measure), 0);
  return ratio(part, yearField(yr, measure));
}

function stockValue(result: CapacityResult, ix: Indexed, measure: 'inZorg' | 'wachtend', period: Period, form: ObservedForm, g: GemeenteCode | null): PlanValue {
  const month = ix.months.get(period.to);
  if (!month) return { value: null, approximate: false, note: 'Het plan rekent deze maand niet door.' };
  const field = STOCK_FIELD[measure];
  const region = form === 'alle' ? month[field] : variantsOf(form).reduce((s, v) => s + month.byVariant[v][field], 0);
  if (!g) return { value: region, approximate: false, note: null };
  const y = ix.years.get(Number(period.to.slice(0, 4)))!;
  const { share, exact } = gemeenteShare(result, y.yr, y.index, measure, form, g);
  const atYearEnd = monthNumber(period.to) === y.lastMonth;
  if (exact && atYearEnd) return { value: region * share, approximate: false, note: null };
  return {
    value: region * share,
    approximate: true,
    note: `Het plan houdt ${atYearEnd ? 'deze stand' : 'standen binnen het jaar'} niet per gemeente${form === 'alle' ? '' : ' en vorm'} bij: de regionale stand is verdeeld naar het aandeel van de gemeente eind ${y.yr.year}.`,
  };
}

function flowValue(result: CapacityResult, ix: Indexed, measure: MeasureId, period: Period, form: ObservedForm, g: GemeenteCode | null): PlanValue {
  const from = monthNumber(period.from);
  const to = monthNumber(period.to);
  let total = 0;
  let approximate = false;
  const notes = new Set<string>();
  for (let n = from; n <= to; n++) {
    const month = ix.months.get(monthOf(n));
    if (!month) return { value: null, approximate: false, note: 'Het plan rekent niet alle maanden van deze periode door.' };
    const y = ix.years.get(Math.floor(n / 12))!;
    let x: number;
    if (measure === 'plaatsingen' && form !== 'alle') x = variantsOf(form).reduce((s, v) => s + month.byVariant[v].placements, 0);
    else {
      if (measure === 'uitval' || measure === 'wachtlijstNaarWlz') {
        const split = ratio(yearField(y.yr, measure), y.yr.departuresUnplaced + y.yr.wlzFromList);
        if (split > 1e-9 && split < 1 - 1e-9) {
          approximate = true;
          notes.add('Het plan houdt uitval en overgang naar de Wlz per maand samen bij: gesplitst naar de verhouding in het jaar.');
        }
        x = month.listDepartures * split;
      } else x = month[MONTH_FLOW[measure as keyof typeof MONTH_FLOW]];
      if (form !== 'alle') {
        x *= formShare(y.yr, measure, form);
        approximate = true;
        notes.add('Het plan houdt deze stroom per maand niet per vorm bij: verdeeld naar het aandeel van de vorm in het jaar.');
      }
    }
    if (g) {
      const { share, exact } = gemeenteShare(result, y.yr, y.index, measure, form, g);
      x *= share;
      const wholeYear = from <= y.firstMonth && to >= y.lastMonth;
      if (!(exact && wholeYear)) {
        approximate = true;
        notes.add(`Het plan houdt deze stroom per maand niet per gemeente bij: verdeeld naar het aandeel van de gemeente in ${y.yr.year}.`);
      }
    }
    total += x;
  }
  return { value: total, approximate, note: notes.size ? [...notes].join(' ') : null };
}

function meanWaitValue(ix: Indexed, period: Period, form: ObservedForm, g: GemeenteCode | null): PlanValue {
  const from = monthNumber(period.from);
  const to = monthNumber(period.to);
  let weight = 0;
  let sum = 0;
  let wholeYears = true;
  for (let year = Math.floor(from / 12); year <= Math.floor(to / 12); year++) {
    const y = ix.years.get(year);
    if (!y) return { value: null, approximate: false, note: 'Het plan rekent deze periode niet helemaal door.' };
    const overlap = Math.min(to, y.lastMonth) - Math.max(from, y.firstMonth) + 1;
    if (overlap <= 0) continue;
    if (from > y.firstMonth || to < y.lastMonth) wholeYears = false;
    const parts: Metrics[] = g ? [y.yr.byGemeente[g]] : form === 'alle' ? [y.yr] : variantsOf(form).map((v) => y.yr.byVariant[v]);
    for (const m of parts) {
      if (m.waitingTimeMonths === null || m.placements <= 1e-9) continue;
      const w = (m.placements * overlap) / (y.lastMonth - y.firstMonth + 1);
      weight += w;
      sum += w * m.waitingTimeMonths;
    }
  }
  if (weight <= 1e-9) return { value: null, approximate: false, note: 'In het plan kreeg in deze periode niemand een plek.' };
  const perForm = g !== null && form !== 'alle';
  const approximate = !wholeYears || perForm;
  const note = approximate
    ? `Het plan houdt de wachttijd van geplaatsten per jaar${g ? ' en per gemeente voor alle vormen samen' : ''} bij: ${wholeYears ? 'dat cijfer' : 'het cijfer van het jaar'} is gebruikt.`
    : null;
  return { value: sum / weight, approximate, note } as PlanValue;
}

/** The plan's figure for a measure, period, gemeente of origin (null: region) and form. */
export function planValue(result: CapacityResult, measure: MeasureId, period: Period, form: ObservedForm, gemeente: GemeenteCode | null): PlanValue {
  const ix = indexOf(result);
  if (measure === 'inZorg' || measure === 'wachtend') return stockValue(result, ix, measure, period, form, gemeente);
  if (measure === 'wachttijd') return meanWaitValue(ix, period, form, gemeente);
  return flowValue(result, ix, measure, period, form, gemeente);
}
