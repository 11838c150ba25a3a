/** The capacity projection of a scenario. */
import { MODEL_DESCRIPTION } from '../../../models/capacity/description';
import { scenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

export function capacityHandlers({ store, cache }: HandlerContext): HandlersFor<'projection.'> {
  return {
    'projection.capacity': ({ scenarioId }) => {
      const m = scenarioModel(store, scenarioId, cache);
      return { result: m.capacity(), errors: m.errors, reportingYear: m.reportingYear, description: MODEL_DESCRIPTION };
    },
  };
}
