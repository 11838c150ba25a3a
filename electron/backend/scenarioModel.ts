/** A scenario's data resolved for the models: assumptions per year, locations, events, and its capacity projection. */
import type { ScenarioData } from '../../shared/contract';
import { resolveAssumptions, type FormulaCache, type Resolved } from '../../models/assumptions/resolve';
import { projectScenario, START_YEAR } from '../../models/capacity/fromScenario';
import type { CapacityResult } from '../../models/capacity/types';
import type { ScenarioStore } from './scenarioStore';

export interface ScenarioModel {
  data: ScenarioData;
  resolved: Resolved;
  capacity(): CapacityResult;
}

export function scenarioModel(store: ScenarioStore, scenarioId: number, cache: FormulaCache): ScenarioModel {
  const data: ScenarioData = {
    assumptions: store.assumptions(scenarioId),
    ranges: store.ranges.list(scenarioId),
    locations: store.locations.list(scenarioId),
    wlzEvents: store.locations.events(scenarioId),
  };
  const cells = Object.fromEntries(Object.values(data.assumptions).map((a) => [a.key, { value: a.value, formula: a.formula }]));
  const resolved = resolveAssumptions(cells, START_YEAR, cache);
  let capacity: CapacityResult | undefined;
  return {
    data,
    resolved,
    capacity: () => (capacity ??= projectScenario(resolved, data.locations, data.wlzEvents)),
  };
}
