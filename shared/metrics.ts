/**
 * The yearly output figures of the capacity model, once: id, Dutch label, unit and how to show them. This list
 * drives the CLI's JSON and CSV, the Excel/CSV export and the yearly table, so a new figure is added here
 * (and computed in models/capacity/results.ts) and appears everywhere.
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
}

export const OUTPUT_METRICS = [
  { id: 'demand', label: 'Behoefte (in zorg + wachtend)', short: 'Behoefte', unit: 'mensen', kind: 'decimaal' },
  { id: 'inCare', label: 'In zorg', short: 'In zorg', unit: 'mensen', kind: 'decimaal' },
  { id: 'waitingList', label: 'Wachtlijst', short: 'Wachtlijst', unit: 'mensen', kind: 'decimaal' },
  { id: 'waitingTimeMonths', label: 'Gemiddelde wachttijd van wie dat jaar een plek kreeg (maanden)', short: 'Wachttijd geplaatsten (mnd)', unit: 'maanden', kind: 'decimaal' },
  { id: 'expectedWaitMonths', label: 'Verwachte wachttijd voor wie eind van het jaar op de wachtlijst komt (maanden)', short: 'Wachttijd nieuwe aanmelding (mnd)', unit: 'maanden', kind: 'decimaal' },
  { id: 'clearanceMonths', label: 'Tijd om de wachtlijst weg te werken bij het plaatsingstempo van het jaar (maanden)', short: 'Wegwerktijd (mnd)', unit: 'maanden', kind: 'decimaal' },
  { id: 'places', label: 'Wmo-plekken (eind van het jaar)', short: 'Plekken', unit: 'plekken', kind: 'decimaal' },
  { id: 'placesNeeded', label: 'Extra plekken nodig voor de norm', short: 'Plekken nodig', unit: 'plekken', kind: 'getal' },
  { id: 'inflow', label: 'Nieuwe indicaties (benodigde instroom)', short: 'Instroom', unit: 'mensen', kind: 'decimaal' },
  { id: 'placements', label: 'Plaatsingen', short: 'Plaatsingen', unit: 'mensen', kind: 'decimaal' },
  { id: 'departuresUnplaced', label: 'Van de wachtlijst af zonder plek (uitval)', short: 'Uitval', unit: 'mensen', kind: 'decimaal' },
  { id: 'wlzFromList', label: 'Van de wachtlijst naar de Wlz', short: 'Wachtlijst → Wlz', unit: 'mensen', kind: 'decimaal' },
  { id: 'outflowNeedingHome', label: 'Uitstroom die een woning nodig heeft', short: 'Uitstroom met woningvraag', unit: 'mensen', kind: 'decimaal' },
  { id: 'wlzTransfers', label: 'Overgang uit zorg naar de Wlz', short: 'Zorg → Wlz', unit: 'mensen', kind: 'decimaal' },
  { id: 'wmoPlacesLostToWlz', label: 'Wmo-plekken omgeklapt naar de Wlz (cumulatief)', short: 'Plekken naar Wlz', unit: 'plekken', kind: 'decimaal' },
  { id: 'freePlaces', label: 'Vrije plekken', short: 'Vrij', unit: 'plekken', kind: 'decimaal' },
  { id: 'inCareElsewhere', label: 'In zorg buiten de eigen gemeente', short: 'Elders in zorg', unit: 'mensen', kind: 'decimaal' },
  { id: 'costEuro', label: 'Kosten Wmo-BW (euro)', short: 'Kosten plekken', unit: 'euro', kind: 'euro' },
  { id: 'costOfWaitingEuro', label: 'Kosten van wachten: overbruggingszorg (euro)', short: 'Kosten wachten', unit: 'euro', kind: 'euro' },
] as const satisfies readonly MetricDef[];

export type OutputMetricId = (typeof OUTPUT_METRICS)[number]['id'];
