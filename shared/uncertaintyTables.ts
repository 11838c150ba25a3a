/** A Monte Carlo result as export tables: percentiles per year with the seed and number of runs, so a number can be reproduced. */
import type { McResult } from './contract';
import { UNCERTAINTY_METRICS } from './metrics';
import type { ExportColumn, ExportTable } from './tables';
import type { McMetric } from '../models/uncertainty/montecarlo';

/** The Monte Carlo figures with their labels from the one list (shared/metrics.ts), and the urgent-housing shortfall. */
const METRICS: { id: McMetric; label: string; kind: ExportColumn['kind'] }[] = [
  ...UNCERTAINTY_METRICS.map((m) => ({ id: m.id, label: m.label, kind: m.kind })),
  { id: 'urgentShortfall', label: 'Tekort urgente huisvesting', kind: 'decimaal' },
];

export function uncertaintyInfo(r: McResult): [string, string][] {
  return [
    ['Startgetal (seed)', String(r.seed)],
    ['Aantal trekkingen (N)', String(r.runs)],
    ['Rekentijd', `${(r.durationMs / 1000).toFixed(1).replace('.', ',')} s`],
    ['Percentielen', 'P10, P25, P50 (mediaan), P75, P90; leeg = onbepaald (niemand geplaatst terwijl mensen wachten)'],
  ];
}

export function uncertaintyTables(r: McResult): ExportTable[] {
  const percentiles: ExportTable = {
    name: 'Percentielen',
    title: `Monte Carlo: ${r.runs} trekkingen met startgetal ${r.seed}; per jaar de percentielen en de uitkomst zonder onzekerheid`,
    columns: [
      { header: 'Uitkomst', kind: 'tekst' },
      { header: 'Jaar', kind: 'tekst' },
      ...['P10', 'P25', 'P50', 'P75', 'P90', 'Zonder onzekerheid'].map((header) => ({ header, kind: 'decimaal' as const })),
    ],
    rows: METRICS.flatMap((m) =>
      r.years.map((year, y) => {
        const b = r.bands[m.id][y];
        const det = r.deterministic[m.id][y];
        return [m.label, String(year), b.p10, b.p25, b.p50, b.p75, b.p90, det];
      }),
    ),
  };
  const probabilities: ExportTable = {
    name: 'Kansen',
    title: `Kans per jaar (aandeel van de ${r.runs} trekkingen)`,
    columns: [
      { header: 'Jaar', kind: 'tekst' },
      { header: `Kans wachttijd binnen de norm (${String(r.waitingNormMonths).replace('.', ',')} mnd)`, kind: 'fractie' },
      { header: 'Kans op een tekort aan urgente huisvesting', kind: 'fractie' },
    ],
    rows: r.years.map((year, y) => [String(year), r.probabilityTargetMet[y], r.probabilityUrgentShortfall[y]]),
  };
  const ranges: ExportTable = {
    name: 'Bereiken',
    title: 'De bereiken waaruit getrokken is',
    columns: [
      { header: 'Aanname', kind: 'tekst' },
      { header: 'Soort', kind: 'tekst' },
      { header: 'Laag', kind: 'decimaal' },
      { header: 'Meest waarschijnlijk', kind: 'decimaal' },
      { header: 'Hoog', kind: 'decimaal' },
      { header: 'Gebruikt', kind: 'tekst' },
      { header: 'Opmerking', kind: 'tekst' },
    ],
    rows: r.ranges.map((x) => [x.label, x.kind, x.low, x.mode, x.high, x.used ? 'ja' : 'nee', x.note]),
  };
  const f = r.fairShareIndex;
  percentiles.rows.push([`Fair-share-index eind ${r.reportingYear} (sleutel inwoners, fractie)`, String(r.reportingYear), f.p10, f.p25, f.p50, f.p75, f.p90, null]);
  return [percentiles, probabilities, ranges];
}
