/** The monitor's figures as plain tables: the one source for the Excel export, the CLI and the monitor report. */
import { gemeenteNaam } from '../../shared/domain';
import type { MonitorView } from '../../shared/contract';
import { OBSERVATION_MEASURES, periodEndLabel, periodLabel, type MeasureId, type Observation } from '../../shared/observations';
import type { ExportTable } from '../../shared/tables';
import { formLabel } from '../../models/monitor/format';

const measureLabel = (m: MeasureId) => OBSERVATION_MEASURES.find((x) => x.id === m)!.label;
/** Model figures are fractions of people: one decimal is what a table needs. */
const oneDecimal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const where = (o: Observation) => (o.gemeente ? gemeenteNaam(o.gemeente) : 'regio');

/** The two latest periods' stocks side by side: what changed since the last monitoring round. */
export function changesSinceLastPeriod(observations: Observation[]): ExportTable {
  const stocks = observations.filter((o) => (o.measure === 'inZorg' || o.measure === 'wachtend') && o.targetGroup === null);
  const ends = [...new Set(stocks.map((o) => o.period.to))].sort();
  const [prev, last] = ends.slice(-2);
  const rows: (string | number | null)[][] = [];
  if (prev && last) {
    for (const o of stocks.filter((x) => x.period.to === last)) {
      const before = stocks.find((x) => x.period.to === prev && x.measure === o.measure && x.gemeente === o.gemeente && x.form === o.form);
      if (!before) continue;
      rows.push([measureLabel(o.measure), where(o), formLabel(o.form), before.value, o.value, o.value - before.value]);
    }
  }
  return {
    name: 'Veranderd',
    title: prev && last ? `Standen ${periodEndLabel({ from: last, to: last })} tegen ${periodEndLabel({ from: prev, to: prev })}` : 'Nog maar één meting: niets te vergelijken',
    columns: [
      { header: 'Maat', kind: 'tekst' },
      { header: 'Gemeente', kind: 'tekst' },
      { header: 'Vorm', kind: 'tekst' },
      { header: 'Vorige meting', kind: 'getal' },
      { header: 'Laatste meting', kind: 'getal' },
      { header: 'Verschil', kind: 'getal' },
    ],
    rows,
  };
}

export function monitorTables(v: MonitorView): ExportTable[] {
  const deviations: ExportTable = {
    name: 'Plan tegen werkelijkheid',
    title: 'Elk gemeten cijfer naast het plan, met het verschil en, als er een band is, of het erbinnen valt',
    columns: [
      { header: 'Periode', kind: 'tekst' },
      { header: 'Gemeente', kind: 'tekst' },
      { header: 'Vorm', kind: 'tekst' },
      { header: 'Maat', kind: 'tekst' },
      { header: 'Gemeten', kind: 'decimaal' },
      { header: 'Plan', kind: 'decimaal' },
      { header: 'Verschil', kind: 'decimaal' },
      { header: 'Binnen de band (8 van 10)', kind: 'tekst' },
      { header: 'In woorden', kind: 'tekst' },
    ],
    rows: v.deviations.map((d) => [
      periodLabel(d.observation.period),
      where(d.observation),
      formLabel(d.observation.form),
      measureLabel(d.observation.measure),
      d.observation.value,
      oneDecimal(d.plan),
      oneDecimal(d.difference),
      d.inBand === null ? 'geen band' : d.inBand ? 'ja' : 'nee',
      d.sentence,
    ]),
  };
  const gaps: ExportTable = {
    name: 'Behoeften en tekorten',
    title: `Per gemeente van herkomst: wachtend en in zorg${v.needsAndGaps.period ? ` (${periodEndLabel(v.needsAndGaps.period)})` : ''} tegen de Wmo-plekken in de gemeente`,
    columns: [
      { header: 'Gemeente', kind: 'tekst' },
      { header: 'Wachtend', kind: 'getal' },
      { header: 'In zorg', kind: 'getal' },
      { header: 'Plan: wachtend', kind: 'decimaal' },
      { header: 'Wmo-plekken nu', kind: 'getal' },
      { header: `Wmo-plekken in het plan (${v.needsAndGaps.plannedYear})`, kind: 'getal' },
      { header: 'Behoefte min plekken nu', kind: 'getal' },
      { header: 'In woorden', kind: 'tekst' },
    ],
    rows: v.needsAndGaps.rows.map((r) => [gemeenteNaam(r.gemeente), r.waiting, r.inCare, oneDecimal(r.planWaiting), r.placesNow, r.placesPlanned, r.gapNow, r.sentence]),
  };
  const estimates: ExportTable = {
    name: 'Schattingen',
    title: 'Uit de monitoringcijfers geschat, met een 80 %-interval, naast de waarde in het scenario',
    columns: [
      { header: 'Wat', kind: 'tekst' },
      { header: 'Schatting', kind: 'decimaal' },
      { header: 'Interval laag', kind: 'decimaal' },
      { header: 'Interval hoog', kind: 'decimaal' },
      { header: 'Nu in het scenario', kind: 'decimaal' },
      { header: 'Eenheid', kind: 'tekst' },
      { header: 'Waarop het rust', kind: 'tekst' },
    ],
    rows: v.estimates.estimates.map((e) => [e.label, e.value, e.low, e.high, e.current, e.unit, e.sentence]),
  };
  const bt = v.backtest;
  const backtest: ExportTable = {
    name: 'Terugtoets',
    title: bt ? (bt.ok ? bt.sentence : bt.reason) : 'Geen metingen',
    columns: [
      { header: 'Maat', kind: 'tekst' },
      { header: 'Gemiddeld verschil: behoefte drijft', kind: 'decimaal' },
      { header: 'Gemiddeld verschil: instroom gegeven', kind: 'decimaal' },
      { header: 'Metingen', kind: 'getal' },
    ],
    rows: bt && bt.ok ? bt.need.byMeasure.map((m) => [m.label, m.meanAbsoluteError, bt.inflow.byMeasure.find((x) => x.measure === m.measure)?.meanAbsoluteError ?? null, m.points]) : [],
  };
  const observations: ExportTable = {
    name: 'Waarnemingen',
    title: 'De monitoringcijfers in gebruik',
    columns: [
      { header: 'Periode', kind: 'tekst' },
      { header: 'Gemeente', kind: 'tekst' },
      { header: 'Vorm', kind: 'tekst' },
      { header: 'Doelgroep', kind: 'tekst' },
      { header: 'Maat', kind: 'tekst' },
      { header: 'Waarde', kind: 'decimaal' },
    ],
    rows: v.observations.map((o) => [periodLabel(o.period), where(o), formLabel(o.form), o.targetGroup ?? 'alle', measureLabel(o.measure), o.value]),
  };
  return [deviations, gaps, estimates, backtest, changesSinceLastPeriod(v.observations), observations];
}
