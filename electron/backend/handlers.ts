/** One handler per contract channel. Inputs arrive already validated by dispatch(). */
import type { AppInfo, Channel, Output, ParsedInput } from '../../shared/contract';
import { demandInputFromAssumptions } from '../../models/demand/fromAssumptions';
import { projectDemand } from '../../models/demand/projectDemand';
import type { ScenarioStore } from './scenarioStore';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> };

export function createHandlers(store: ScenarioStore, info: AppInfo): Handlers {
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
    'assumptions.get': ({ scenarioId }) => store.assumptions(scenarioId),
    'assumptions.setValue': ({ scenarioId, key, value }) => store.setValue(scenarioId, key, value),
    'assumptions.setSource': ({ scenarioId, key, source, isAanname }) => store.setSource(scenarioId, key, source, isAanname),
    'projection.demand': ({ scenarioId }) => projectDemand(demandInputFromAssumptions(store.assumptions(scenarioId))),
  };
}
