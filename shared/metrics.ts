/**
 * The yearly output figures of the capacity model, once: id, Dutch label, unit and how to show them. This list
 * drives the CLI's JSON and CSV, the Excel/CSV export, the yearly table, the Monte Carlo (figures flagged
 * `uncertainty`) and the headline figures of Vergelijken and the report (figures with `compare`). A new figure is
 * computed in models/capacity/results.ts (typed in models/capacity/types.ts) and added here; it then appears everywhere.
 */
import type { Metrics } from '../models/capacity/types';
import type { ColumnKind } from './tables';

export interface MetricDef {
  id: keyof Metrics;
  /** Dutch column label. */
  label: string;
  /** Short Dutch header for narrow tables. */
  short: string;
  unit: 'mensen' | 'maanden' | 'plekken' | 'euro' | 'fractie';
  kind: ColumnKind;
  /** Drawn in the Monte Carlo: percentile bands per year (an undetermined value counts as +∞). */
  uncertainty?: true;
  /**
   * A headline figure in Vergelijken, the report and the slides: its id there, its Dutch label ({jaar} = the
   * reporting year), and whether an early year (two years after the start) is shown beside it.
   */
  compare?: { id: string; label: string; early?: true };
}

export const OUTPUT_METRICS = [
  { id: 'demand', label: 'Behoefte (in zorg + wachtend)', short: 'Behoefte', unit: 'mensen', kind: 'decimaal' },
  { id: 'inCare', label: 'In zorg', short: 'In zorg', unit: 'mensen', kind: 'decimaal' },
  { id: 'waitingList', label: 'Wachtlijst', short: 'Wachtlijst', unit: 'mensen', kind: 'decimaal', uncertainty: true, compare: { id: 'wachtlijst', label: 'Wachtlijst eind {jaar}', early: true } },
  { id: 'waitingTimeMonths', label: 'Gemiddelde wachttijd van wie dat jaar een plek kreeg (maanden)', short: 'Wachttijd geplaatsten (mnd)', unit: 'maanden', kind: 'decimaal', uncertainty: true, compare: { id: 'wachttijd', label: 'Wachttijd van geplaatsten {jaar} (gemiddeld)', early: true } },
  { id: 'expectedWaitMonths', label: 'Verwachte wachttijd voor wie eind van het jaar op de wachtlijst komt (maanden)', short: 'Wachttijd bij aanmelding (mnd)', unit: 'maanden', kind: 'decimaal', uncertainty: true, compare: { id: 'wachttijd-aanmelding', label: 'Wachttijd bij aanmelding eind {jaar} (verwacht)' } },
  { id: 'clearanceMonths', label: 'Tijd om de wachtlijst weg te werken bij het plaatsingstempo van het jaar (maanden)', short: 'Wegwerktijd (mnd)', unit: 'maanden', kind: 'decimaal' },
  { id: 'places', label: 'Wmo-plekken (eind van het jaar)', short: 'Plekken', unit: 'plekken', kind: 'decimaal', uncertainty: true },
  { id: 'placesNeeded', label: 'Extra plekken nodig voor de norm', short: 'Plekken nodig', unit: 'plekken', kind: 'getal', compare: { id: 'plekken-nodig', label: 'Extra plekken nodig in {jaar} (voor de wachttijdnorm)' } },
  { id: 'inflow', label: 'Nieuwe indicaties (benodigde instroom)', short: 'Instroom', unit: 'mensen', kind: 'decimaal' },
  { id: 'placements', label: 'Plaatsingen', short: 'Plaatsingen', unit: 'mensen', kind: 'decimaal' },
  { id: 'departuresUnplaced', label: 'Van de wachtlijst af zonder plek (uitval)', short: 'Uitval', unit: 'mensen', kind: 'decimaal' },
  { id: 'wlzFromList', label: 'Van de wachtlijst naar de Wlz', short: 'Wachtlijst → Wlz', unit: 'mensen', kind: 'decimaal' },
  { id: 'outflowNeedingHome', label: 'Uitstroom die een woning nodig heeft', short: 'Uitstroom met woningvraag', unit: 'mensen', kind: 'decimaal' },
  { id: 'wlzTransfers', label: 'Overgang uit zorg naar de Wlz', short: 'Zorg → Wlz', unit: 'mensen', kind: 'decimaal' },
  { id: 'wmoPlacesLostToWlz', label: 'Wmo-plekken omgeklapt naar de Wlz (cumulatief)', short: 'Plekken naar Wlz', unit: 'plekken', kind: 'decimaal' },
  { id: 'freePlaces', label: 'Vrije plekken', short: 'Vrij', unit: 'plekken', kind: 'decimaal' },
  { id: 'inCareElsewhere', label: 'In zorg buiten de eigen gemeente', short: 'Elders in zorg', unit: 'mensen', kind: 'decimaal' },
  { id: 'costEuro', label: 'Kosten Wmo-BW (euro)', short: 'Kosten plekken', unit: 'euro', kind: 'euro', uncertainty: true, compare: { id: 'kosten', label: 'Kosten Wmo-BW {jaar}', early: true } },
  { id: 'costOfWaitingEuro', label: 'Kosten van wachten: overbruggingszorg (euro)', short: 'Kosten wachten', unit: 'euro', kind: 'euro', uncertainty: true },
] as const satisfies readonly MetricDef[];

export type OutputMetricId = (typeof OUTPUT_METRICS)[number]['id'];

/** The figures the Monte Carlo draws, in list order. */
export const UNCERTAINTY_METRICS = OUTPUT_METRICS.filter((m): m is Extract<(typeof OUTPUT_METRICS)[number], { uncertainty: true }> => 'uncertainty' in m);
export type UncertaintyMetricId = (typeof UNCERTAINTY_METRICS)[number]['id'];

/** The headline figures of Vergelijken and the report, in list order. */
export const COMPARE_METRICS = OUTPUT_METRICS.filter((m): m is Extract<(typeof OUTPUT_METRICS)[number], { compare: object }> => 'compare' in m);
