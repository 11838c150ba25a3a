/**
 * The capacity projection of a scenario; without the places needed and the months when asked (the effect preview
 * beside the grid needs neither, and the places needed are a search over many projections).
 */
import { MODEL_DESCRIPTION } from '../../../models/capacity/description';
import { scenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

export function capacityHandlers({ store, cache }: HandlerContext): HandlersFor<'projection.'> {
  return {
    'projection.capacity': ({ scenarioId, placesNeeded = true, months = true }) => {
      const m = scenarioModel(store, scenarioId, cache, { placesNeeded, months });
      return { result: m.capacity(), errors: m.errors, reportingYear: m.reportingYear, description: MODEL_DESCRIPTION, placesNeeded };
    },
  };
}
