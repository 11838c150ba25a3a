/**
 * Uncertainty: Monte Carlo jobs (start, progress, cancel) and the tornado of the ranged assumptions. A start
 * replaces the scenario's running job; with too many other scenarios computing it is refused (see jobs.ts).
 */
import { WACHTTIJD_NORM, assumptionDef } from '../../../shared/assumptions';
import type { McResult } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { MC_METRICS, type McSetup } from '../../../models/uncertainty/montecarlo';
import { summarize } from '../../../models/uncertainty/summary';
import { tornado } from '../../../models/uncertainty/tornado';
import { MODEL_VERSION } from '../../../models/version';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

function setupOf(m: ScenarioModel): McSetup {
  return {
    cells: m.input.cells,
    ranges: m.data.ranges,
    locations: m.data.locations,
    wlzEvents: m.data.wlzEvents,
  };
}

/** The run without uncertainty, per year: every figure the Monte Carlo draws, and the places needed. */
function deterministicOf(m: ScenarioModel): McResult['deterministic'] {
  const years = m.capacity().years;
  const urgent = m.urgent();
  const out = { placesNeeded: years.map((y) => y.placesNeeded) } as McResult['deterministic'];
  for (const metric of MC_METRICS) {
    out[metric] = metric === 'urgentShortfall' ? years.map((_, i) => (urgent.ok ? (urgent.years[i]?.shortfall ?? null) : null)) : years.map((y) => y[metric]);
  }
  return out;
}

function rangeInfo(m: ScenarioModel): McResult['ranges'] {
  return Object.entries(m.data.ranges).map(([key, r]) => {
    const a = m.data.assumptions[key];
    const inside = r.kind === 'interval80' || (a.value >= r.low && a.value <= r.high);
    return {
      key,
      label: assumptionDef(key)?.label ?? key,
      ...r,
      mode: a.value,
      used: a.formula === null,
      note: a.formula !== null ? 'niet gebruikt: de aanname is een formule' : inside ? '' : 'de waarde ligt buiten het bereik; de dichtstbijzijnde grens geldt als meest waarschijnlijk',
    };
  });
}

export function uncertaintyHandlers({ store, cache, jobs }: HandlerContext): HandlersFor<'uncertainty.'> {
  return {
    'uncertainty.start': ({ scenarioId, runs, seed }) => {
      const m = scenarioModel(store, scenarioId, cache);
      const ranges = rangeInfo(m);
      if (!ranges.some((r) => r.used)) {
        throw new AppError('ONGELDIGE_INVOER', 'Dit scenario heeft geen bruikbaar bereik. Geef eerst bij Aannames een of meer aannames een bereik (laag en hoog).');
      }
      // Refuse before the work below when other scenarios already fill the running jobs, naming them.
      jobs.assertRoom(scenarioId, (other) => {
        try {
          return store.get(other).name;
        } catch {
          return undefined; // removed meanwhile
        }
      });
      const updatedAt = store.get(scenarioId).updatedAt;
      const deterministic = deterministicOf(m);
      return jobs.start(scenarioId, setupOf(m), runs, seed, (chunks, durationMs) => ({
        ...summarize(chunks, seed),
        scenarioId,
        scenarioUpdatedAt: updatedAt,
        modelVersion: MODEL_VERSION,
        durationMs,
        deterministic,
        waitingNormMonths: m.resolved.series(WACHTTIJD_NORM)[0],
        ranges,
      }));
    },
    'uncertainty.status': ({ jobId }) => jobs.status(jobId),
    'uncertainty.cancel': ({ jobId }) => jobs.cancel(jobId),
    'uncertainty.tornado': ({ scenarioId, year }) => tornado(setupOf(scenarioModel(store, scenarioId, cache)), year, cache),
  };
}
