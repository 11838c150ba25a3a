/** A stored scenario, loaded from the store and run through the one scenario run (models/scenario/runScenario.ts). */
import type { ScenarioData } from '../../shared/contract';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { scenarioInput, scenarioRun, type RunOptions, type ScenarioRun } from '../../models/scenario/runScenario';
import type { ScenarioStore } from './scenarioStore';

export interface ScenarioModel extends ScenarioRun {
  data: ScenarioData;
}

/** `options`: what the run leaves out (e.g. `placesNeeded: false`); the cache is always the backend's. */
export function scenarioModel(store: ScenarioStore, scenarioId: number, cache: FormulaCache, options: Omit<RunOptions, 'cache'> = {}): ScenarioModel {
  const data: ScenarioData = {
    assumptions: store.assumptions(scenarioId),
    ranges: store.ranges.list(scenarioId),
    locations: store.locations.list(scenarioId),
    wlzEvents: store.locations.events(scenarioId),
  };
  return { data, ...scenarioRun(scenarioInput(data), { ...options, cache }) };
}
