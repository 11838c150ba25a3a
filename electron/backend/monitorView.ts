/**
 * The Monitor tab's figures for a scenario: its plan against the observations in use (with a Monte Carlo band when
 * the renderer has one), the estimates from the observations beside the scenario's values, the backtest, the
 * needs-and-gaps table per gemeente, and what a start from the latest measurement would be.
 */
import type { MonitorView } from '../../shared/contract';
import { MEASURE_IDS, type Observation, type ObservationSetSummary } from '../../shared/observations';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { buildCapacityInput } from '../../models/capacity/fromScenario';
import type { CapacityResult } from '../../models/capacity/types';
import { placesAt } from '../../models/fairshare/facilities';
import { backtest } from '../../models/monitor/backtest';
import { estimateChanges, observationsUpTo } from '../../models/monitor/changes';
import { ObservationTable } from '../../models/monitor/table';
import type { Bands } from '../../models/monitor/bands';
import { deviations } from '../../models/monitor/deviations';
import { estimateFromObservations } from '../../models/monitor/estimate';
import { needsAndGaps } from '../../models/monitor/needsAndGaps';
import { currentValues } from '../../models/monitor/scenarioValues';
import { startFromLatest } from '../../models/monitor/startFrom';
import { scenarioModel, type ScenarioModel } from './scenarioModel';
import type { ScenarioStore } from './scenarioStore';

/** The plan's monthly region series the charts draw as lines (stocks at month end, flows per month). */
function planSeries(r: CapacityResult): MonitorView['plan'] {
  return r.months.map((m) => ({ month: m.month, inZorg: m.inCare, wachtend: m.waitingList, plaatsingen: m.placements, nieuweIndicaties: m.inflow, places: m.places }));
}

/** The observations to set beside the plan: the ones in use in the database, or (the CLI) ones read from a file. */
export interface ObservationSource {
  observations: Observation[];
  sets: ObservationSetSummary[];
}

export function storedObservations(store: ScenarioStore): ObservationSource {
  return { observations: store.observations.active(), sets: store.observations.list().filter((s) => !s.removedAt) };
}

/** A stored scenario against the observations in use. */
export function storedMonitorView(store: ScenarioStore, scenarioId: number, cache: FormulaCache, bands: Bands = {}): MonitorView {
  return monitorView(scenarioModel(store, scenarioId, cache), storedObservations(store), bands);
}

export function monitorView(model: ScenarioModel, source: ObservationSource, bands: Bands = {}): MonitorView {
  const { observations, sets } = source;
  const plan = model.capacity();
  const current = currentValues(model.data.assumptions);
  const files = sets.map((s) => s.fileName).join(', ');
  const estimates = estimateFromObservations(observations, current);
  const dev = deviations(observations, plan, { bands });
  const latestMonth = observations.reduce((m, o) => (o.period.to > m ? o.period.to : m), '');
  const input = buildCapacityInput(model.resolved, model.data.locations, model.data.wlzEvents);
  const test = observations.length ? backtest(observations, input, { estimates }) : null;
  const gaps = needsAndGaps(
    observations,
    {
      now: latestMonth ? placesAt(model.data.locations, latestMonth, 'alle') : model.placesAt(model.reportingYear, 'alle'),
      planned: model.placesAt(model.reportingYear, 'alle'),
      plannedYear: model.reportingYear,
    },
    plan,
  );
  const start = startFromLatest(observations, current, files || 'geen bestand');
  // What changed since the last monitoring round: the estimates on the figures up to the previous period, and now.
  const periods = new ObservationTable(observations).periods;
  const previous = periods.length > 1 ? periods[periods.length - 2] : null;
  const changes = previous ? estimateChanges(estimateFromObservations(observationsUpTo(observations, previous), current), estimates) : [];
  return {
    observations,
    sets,
    measures: MEASURE_IDS.filter((m) => observations.some((o) => o.measure === m)),
    plan: planSeries(plan),
    reportingYear: model.reportingYear,
    deviations: dev.deviations,
    deviationNotes: dev.notes,
    estimates,
    backtest: test && (test.ok ? { ...test, need: slim(test.need), inflow: slim(test.inflow) } : test),
    needsAndGaps: gaps,
    changes,
    previousPeriod: previous,
    startFrom: start.ok ? { ok: true, period: start.period, startLabel: start.start.label, notes: start.notes, edits: start.edits.length } : start,
  };
}

/** A backtest fit without the whole projection: the monthly region series is enough for its chart. */
function slim<T extends { result: CapacityResult }>(fit: T): Omit<T, 'result'> & { series: MonitorView['plan'] } {
  const { result, ...rest } = fit;
  return { ...rest, series: planSeries(result) };
}
