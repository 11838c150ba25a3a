/**
 * Observations as a table the monitor's functions can ask: "how many were waiting at the end of this period, for
 * this form, in this gemeente (or the region)?". Rows that cannot be used (a malformed period, a negative or
 * non-finite number) are left out and counted; overlapping periods are reduced to one chronology.
 */
import { GEMEENTE_CODES, MODULAIR_VARIANT_IDS, VARIANT_IDS, type GemeenteCode, type VariantId } from '../../shared/domain';
import { periodLabel, periodMonths, type MeasureId, type Observation, type ObservedForm, type Period } from '../../shared/observations';
import { nl } from './format';

const YM = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Months since year 0 for "YYYY-MM". */
export function monthNumber(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

/** "YYYY-MM" for a month number. */
export function monthOf(n: number): string {
  const y = Math.floor(n / 12);
  return `${y}-${String(n - y * 12 + 1).padStart(2, '0')}`;
}

export const periodId = (p: Period) => `${p.from}|${p.to}`;

/** The variants an observed form covers. */
export function variantsOf(form: ObservedForm): VariantId[] {
  if (form === 'alle') return [...VARIANT_IDS];
  if (form === 'modulair') return [...MODULAIR_VARIANT_IDS];
  return [form];
}

export function isValidPeriod(p: Period | undefined | null): p is Period {
  return !!p && typeof p.from === 'string' && typeof p.to === 'string' && YM.test(p.from) && YM.test(p.to) && monthNumber(p.from) <= monthNumber(p.to);
}

export class ObservationTable {
  /** The usable rows. */
  readonly rows: Observation[];
  /** The periods in time order, without overlaps (see `chronology`). */
  readonly periods: Period[];
  readonly notes: string[] = [];
  /** measure|period|form → gemeente (null: region) → its row for all target groups (rows per target group are not indexed). */
  private readonly index = new Map<string, Map<GemeenteCode | null, { all: number | null }>>();
  /** measure|period → the gemeenten and forms with a row. */
  private readonly seen = new Map<string, { gemeenten: Set<GemeenteCode>; forms: Set<ObservedForm> }>();

  constructor(observations: readonly Observation[]) {
    const rows: Observation[] = [];
    let bad = 0;
    const valid = new Map<string, boolean>();
    const validPeriod = (p: Period) => {
      const id = p && typeof p === 'object' ? periodId(p) : '';
      let ok = valid.get(id);
      if (ok === undefined) valid.set(id, (ok = isValidPeriod(p)));
      return ok;
    };
    for (const o of observations ?? []) {
      if (!o || !validPeriod(o.period) || !Number.isFinite(o.value) || o.value < 0 || !o.measure) bad++;
      else rows.push(o);
    }
    if (bad) this.notes.push(`${nl(bad)} waarneming${bad === 1 ? '' : 'en'} overgeslagen: geen geldige periode of geen getal van 0 of meer.`);
    const { kept, dropped } = chronology(rows.map((r) => r.period));
    const keptIds = new Set(kept.map(periodId));
    if (dropped.length) {
      this.notes.push(
        `${dropped.length === 1 ? 'De periode' : 'De perioden'} ${dropped.map(periodLabel).join(', ')} ${dropped.length === 1 ? 'overlapt' : 'overlappen'} met een langere periode en ${dropped.length === 1 ? 'telt' : 'tellen'} hier niet mee (de langste periode telt). Geef standen en stromen per maand of per halfjaar, niet door elkaar.`,
      );
    }
    if (rows.some((r) => r.targetGroup !== null)) this.notes.push('Cijfers per doelgroep staan naast het plan, maar tellen niet mee voor de schattingen en de beginstand: daarvoor zijn de cijfers voor alle doelgroepen samen nodig.');
    this.rows = rows.filter((r) => keptIds.has(periodId(r.period)));
    this.periods = kept;
    for (const r of this.rows) {
      if (r.targetGroup !== null) continue;
      const key = `${r.measure}|${periodId(r.period)}|${r.form}`;
      let cells = this.index.get(key);
      if (!cells) this.index.set(key, (cells = new Map()));
      let cell = cells.get(r.gemeente);
      if (!cell) cells.set(r.gemeente, (cell = { all: null }));
      cell.all ??= r.value;
      const sk = `${r.measure}|${periodId(r.period)}`;
      let seen = this.seen.get(sk);
      if (!seen) this.seen.set(sk, (seen = { gemeenten: new Set(), forms: new Set() }));
      if (r.gemeente) seen.gemeenten.add(r.gemeente);
      seen.forms.add(r.form);
    }
  }

  /**
   * The value observed for exactly this form (all target groups), for a gemeente of origin or the region (null). The
   * region is its own row when there is one, otherwise the sum over the eight gemeenten when all have one. Null: not
   * observed.
   */
  direct(measure: MeasureId, period: Period, form: ObservedForm, gemeente: GemeenteCode | null): number | null {
    const cells = this.index.get(`${measure}|${periodId(period)}|${form}`);
    if (!cells) return null;
    const cell = (g: GemeenteCode | null) => cells.get(g)?.all ?? null;
    const own = cell(gemeente);
    if (own !== null || gemeente !== null) return own;
    // The region without a row of its own: the sum over the gemeenten, only when all eight have one (a gemeente that was
    // not measured is not 0, and a few gemeenten are not the region).
    let sum = 0;
    for (const g of GEMEENTE_CODES) {
      const x = cell(g);
      if (x === null) return null;
      sum += x;
    }
    return sum;
  }

  /** Only the row of exactly this gemeente or the region (for all target groups): no sum over gemeenten. */
  own(measure: MeasureId, period: Period, form: ObservedForm, gemeente: GemeenteCode | null): number | null {
    return this.index.get(`${measure}|${periodId(period)}|${form}`)?.get(gemeente)?.all ?? null;
  }

  /** As `direct`, or for 'modulair' the sum of its variants and for 'alle' the sum of the forms, when all are there. */
  value(measure: MeasureId, period: Period, form: ObservedForm, gemeente: GemeenteCode | null): number | null {
    const d = this.direct(measure, period, form, gemeente);
    if (d !== null || (form !== 'modulair' && form !== 'alle')) return d;
    if (form === 'modulair') return sumAll(MODULAIR_VARIANT_IDS.map((v) => this.direct(measure, period, v, gemeente)));
    const mod = this.value(measure, period, 'modulair', gemeente);
    return sumAll([this.direct(measure, period, 'allInclusive', gemeente), mod]);
  }

  /**
   * All forms together: the 'alle' row, else all-inclusive plus the 'modulair' row (or all three modulaire variants).
   * Null when a form has no row: a form that was not measured is not 0.
   */
  sumOfForms(measure: MeasureId, period: Period, gemeente: GemeenteCode | null): number | null {
    return this.value(measure, period, 'alle', gemeente);
  }

  /** The gemeenten with a row of their own for this measure and period (any form). */
  gemeenten(measure: MeasureId, period: Period): GemeenteCode[] {
    const seen = this.seen.get(`${measure}|${periodId(period)}`)?.gemeenten;
    return seen ? GEMEENTE_CODES.filter((g) => seen.has(g)) : [];
  }

  /** The forms with a row for this measure and period (any gemeente). */
  forms(measure: MeasureId, period: Period): ObservedForm[] {
    return [...(this.seen.get(`${measure}|${periodId(period)}`)?.forms ?? [])];
  }

  /** The period just before p when it ends the month before p starts. */
  previous(p: Period): Period | null {
    const i = this.periods.findIndex((q) => periodId(q) === periodId(p));
    const q = i > 0 ? this.periods[i - 1] : null;
    return q && monthNumber(q.to) + 1 === monthNumber(p.from) ? q : null;
  }

  /** The latest period with this measure observed (in any form or gemeente). */
  latest(measure: MeasureId): Period | null {
    for (let i = this.periods.length - 1; i >= 0; i--) if (this.seen.has(`${measure}|${periodId(this.periods[i])}`)) return this.periods[i];
    return null;
  }
}

function sumAll(xs: (number | null)[]): number | null {
  return xs.every((x) => x !== null) ? xs.reduce((s: number, x) => s + (x as number), 0) : null;
}

/** Distinct periods in time order; where periods overlap, the longest (then earliest) is kept. */
export function chronology(periods: Period[]): { kept: Period[]; dropped: Period[] } {
  const unique = new Map<string, Period>();
  for (const p of periods) unique.set(periodId(p), p);
  const byLength = [...unique.values()].sort((a, b) => periodMonths(b) - periodMonths(a) || monthNumber(a.from) - monthNumber(b.from));
  const kept: Period[] = [];
  const dropped: Period[] = [];
  for (const p of byLength) {
    const overlaps = kept.some((q) => monthNumber(p.from) <= monthNumber(q.to) && monthNumber(q.from) <= monthNumber(p.to));
    (overlaps ? dropped : kept).push(p);
  }
  kept.sort((a, b) => monthNumber(a.from) - monthNumber(b.from));
  return { kept, dropped };
}
