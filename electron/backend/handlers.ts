/** One handler per contract channel. Inputs arrive already validated by dispatch(). */
import type { AppInfo, Channel, Output, ParsedInput } from '../../shared/contract';
import type { FormulaCache } from '../../models/assumptions/resolve';
import { MODEL_DESCRIPTION } from '../../models/capacity/description';
import { runScenario } from '../../models/capacity/fromScenario';
import type { ScenarioStore } from './scenarioStore';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> };

export function createHandlers(store: ScenarioStore, info: AppInfo, cache: FormulaCache): Handlers {
  const data = (scenarioId: number) => ({
    assumptions: store.assumptions(scenarioId),
    locations: store.locations.list(scenarioId),
    wlzEvents: store.locations.events(scenarioId),
  });
  return {
    'app.info': () => info,
    'scenario.list': () => store.list(),
    'scenario.create': ({ name }) => store.create(name),
    'scenario.duplicate': ({ id, name }) => store.duplicate(id, name),
    'scenario.rename': ({ id, name }) => store.rename(id, name),
    'scenario.delete': ({ id }) => {
      store.delete(id);
      return { deleted: true };
    },
    'scenario.data': ({ scenarioId }) => data(scenarioId),
    'assumptions.setValue': (input) =>
      store.setValue(input.scenarioId, input.key, 'formula' in input ? { formula: input.formula } : { value: input.value }),
    'assumptions.setSource': ({ scenarioId, key, source, isAanname }) => store.setSource(scenarioId, key, source, isAanname),
    'locations.save': ({ scenarioId, location }) => store.locations.save(scenarioId, location),
    'locations.delete': ({ scenarioId, id }) => {
      store.locations.delete(scenarioId, id);
      return { deleted: true };
    },
    'wlzEvents.save': ({ scenarioId, event }) => store.locations.saveEvent(scenarioId, event),
    'wlzEvents.delete': ({ scenarioId, id }) => {
      store.locations.deleteEvent(scenarioId, id);
      return { deleted: true };
    },
    'projection.capacity': ({ scenarioId }) => {
      const d = data(scenarioId);
      const cells = Object.fromEntries(Object.values(d.assumptions).map((a) => [a.key, { value: a.value, formula: a.formula }]));
      const run = runScenario({ assumptions: cells, locations: d.locations, wlzEvents: d.wlzEvents }, cache);
      return { result: run.result, errors: run.errors, description: MODEL_DESCRIPTION };
    },
  };
}
