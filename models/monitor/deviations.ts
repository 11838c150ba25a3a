/**
 * Plan against reality: for each observation the plan's figure for the same measure, period, gemeente and form,
 * the difference, whether it lies inside the Monte Carlo band (8 of 10 futures) when one is given, and one Dutch
 * sentence: "Eind juni 2026 wachtten 92 mensen, 11 meer dan het plan en buiten de band van 8 op 10 toekomsten."
 */
import { GEMEENTE_CODES, type GemeenteCode } from '../../shared/domain';
import { MEASURE_IDS, periodEndLabel, type MeasureId, type Observation } from '../../shared/observations';
import type { CapacityResult } from '../capacity/types';
import { capital, duringLabel, nl, subjectPrefix } from './format';
import type { Bands } from './bands';
import { planValue } from './planValue';
import { ObservationTable, monthNumber, periodId } from './table';

export interface Deviation {
  observation: Observation;
  /** The plan's figure; null when the plan has none (see note). */
  plan: number | null;
  /** Observed minus plan. */
  difference: number | null;
  /** The plan's figure is shared out from the region or the year (see note). */
  approximate: boolean;
  band: { p10: number; p90: number; interpolated: boolean } | null;
  /** Inside the band (P10–P90); null without a band. */
  inBand: boolean | null;
  sentence: string;
  note: string | null;
}

const isStock = (m: MeasureId) => m === 'inZorg' || m === 'wachtend';

/** What was observed, in words: "eind juni 2026 wachtten 92 mensen". */
function observedPhrase(o: Observation): string {
  const n = nl(o.value);
  const when = isStock(o.measure) ? periodEndLabel(o.period) : duringLabel(o.period);
  const one = o.value === 1;
  switch (o.measure) {
    case 'inZorg': return one ? `${when} was 1 cliënt in zorg` : `${when} waren ${n} cliënten in zorg`;
    case 'wachtend': return one ? `${when} wachtte 1 persoon` : `${when} wachtten ${n} mensen`;
    case 'nieuweIndicaties': return one ? `${when} kwam er 1 nieuwe indicatie` : `${when} kwamen er ${n} nieuwe indicaties`;
    case 'plaatsingen': return one ? `${when} kreeg 1 persoon een plek` : `${when} kregen ${n} mensen een plek`;
    case 'uitstroom': return one ? `${when} verliet 1 cliënt beschermd wonen` : `${when} verlieten ${n} cliënten beschermd wonen`;
    case 'naarWlz': return one ? `${when} ging 1 cliënt uit zorg naar de Wlz` : `${when} gingen ${n} cliënten uit zorg naar de Wlz`;
    case 'uitval': return one ? `${when} ging 1 persoon zonder plek van de wachtlijst af` : `${when} gingen ${n} mensen zonder plek van de wachtlijst af`;
    case 'wachtlijstNaarWlz': return one ? `${when} ging 1 persoon van de wachtlijst naar de Wlz` : `${when} gingen ${n} mensen van de wachtlijst naar de Wlz`;
    case 'wachttijd': return `${when} hadden de geplaatsten gemiddeld ${nl(o.value, 1)} maanden gewacht`;
  }
}

function differencePhrase(measure: MeasureId, d: number, approximate: boolean): string {
  const about = approximate ? 'ongeveer ' : '';
  if (measure === 'wachttijd') {
    const x = Math.round(Math.abs(d) * 10) / 10;
    return x === 0 ? `${about}even lang als in het plan` : `${about}${nl(x, 1)} maanden ${d > 0 ? 'langer' : 'korter'} dan in het plan`;
  }
  const x = Math.round(Math.abs(d));
  return x === 0 ? `${about}evenveel als het plan` : `${about}${nl(x)} ${d > 0 ? 'meer' : 'minder'} dan het plan`;
}

/** The band for a region observation: the same period, or for a stock the same end month (else between two). */
function bandFor(bands: Bands | undefined, o: Observation): Deviation['band'] {
  const points = bands?.[o.measure];
  if (!points?.length || o.gemeente !== null || o.form !== 'alle' || o.targetGroup !== null) return null;
  const same = points.find((p) => periodId(p.period) === periodId(o.period));
  if (same) return { p10: same.p10, p90: same.p90, interpolated: false };
  if (!isStock(o.measure)) return null;
  const at = monthNumber(o.period.to);
  const sameEnd = points.find((p) => monthNumber(p.period.to) === at);
  if (sameEnd) return { p10: sameEnd.p10, p90: sameEnd.p90, interpolated: false };
  const sorted = [...points].sort((a, b) => monthNumber(a.period.to) - monthNumber(b.period.to));
  const after = sorted.findIndex((p) => monthNumber(p.period.to) > at);
  if (after <= 0) return null;
  const a = sorted[after - 1];
  const b = sorted[after];
  const f = (at - monthNumber(a.period.to)) / (monthNumber(b.period.to) - monthNumber(a.period.to));
  return { p10: a.p10 + f * (b.p10 - a.p10), p90: a.p90 + f * (b.p90 - a.p90), interpolated: true };
}

const FORM_ORDER = ['alle', 'allInclusive', 'modulair', 'modulairGeclusterd', 'modulairNabijheid', 'modulairWijk'];
const gemeenteOrder = (g: GemeenteCode | null) => (g === null ? -1 : GEMEENTE_CODES.indexOf(g));

/** Each usable observation against the plan, in time order, then measure, gemeente (region first) and form. */
export function deviations(observations: readonly Observation[], result: CapacityResult, opts: { bands?: Bands } = {}): { deviations: Deviation[]; notes: string[] } {
  const table = new ObservationTable(observations);
  const rows = [...table.rows].sort(
    (a, b) =>
      monthNumber(a.period.to) - monthNumber(b.period.to) ||
      MEASURE_IDS.indexOf(a.measure) - MEASURE_IDS.indexOf(b.measure) ||
      gemeenteOrder(a.gemeente) - gemeenteOrder(b.gemeente) ||
      FORM_ORDER.indexOf(a.form) - FORM_ORDER.indexOf(b.form),
  );
  const out: Deviation[] = rows.map((o) => {
    const prefix = subjectPrefix(o.gemeente, o.form);
    const observed = observedPhrase(o);
    const lead = prefix ? `${prefix}${observed}` : capital(observed);
    if (o.targetGroup !== null) {
      const note = 'Het plan houdt doelgroepen niet per maand en gemeente bij: geen vergelijking per doelgroep.';
      return { observation: o, plan: null, difference: null, approximate: false, band: null, inBand: null, sentence: `${lead} (doelgroep ${o.targetGroup}); het plan heeft hier geen cijfer.`, note };
    }
    const p = planValue(result, o.measure, o.period, o.form, o.gemeente);
    if (p.value === null) return { observation: o, plan: null, difference: null, approximate: false, band: null, inBand: null, sentence: `${lead}; het plan heeft hier geen cijfer.`, note: p.note };
    const difference = o.value - p.value;
    const band = bandFor(opts.bands, o);
    const inBand = band ? o.value >= band.p10 && o.value <= band.p90 : null;
    const bandText = band ? ` en ${inBand ? 'binnen' : 'buiten'} de band van 8 op 10 toekomsten` : '';
    return {
      observation: o, plan: p.value, difference, approximate: p.approximate, band, inBand,
      sentence: `${lead}, ${differencePhrase(o.measure, difference, p.approximate)}${bandText}.`,
      note: p.note,
    };
  });
  return { deviations: out, notes: table.notes };
}
