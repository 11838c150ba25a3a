/**
 * Uncertainty: Monte Carlo jobs (start, progress, cancel) and the tornado of the ranged assumptions. A start
 * replaces the scenario's running job; with too many other scenarios computing it is refused (see jobs.ts).
 */
import { WACHTTIJD_NORM, assumptionDef } from '../../../shared/assumptions';
import type { McResult } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { McSetup } from '../../../models/uncertainty/montecarlo';
import { summarize } from '../../../models/uncertainty/summary';
import { tornado } from '../../../models/uncertainty/tornado';
import { allocateUrgent } from '../../../models/urgentie/allocate';
import { urgentInputFrom } from '../../../models/urgentie/fromScenario';
import { MODEL_VERSION } from '../../../models/version';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

function setupOf(m: ScenarioModel): McSetup {
  return {
    cells: Object.fromEntries(Object.values(m.data.assumptions).map((a) => [a.key, { value: a.value, formula: a.formula }])),
    ranges: m.data.ranges,
    locations: m.data.locations,
    wlzEvents: m.data.wlzEvents,
  };
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
      const cap = m.capacity();
      const u = urgentInputFrom(m.resolved, cap);
      const urgent = u.ok ? allocateUrgent(u.input) : null;
      return jobs.start(scenarioId, setupOf(m), runs, seed, (chunks, durationMs) => ({
        ...summarize(chunks, seed),
        scenarioId,
        scenarioUpdatedAt: updatedAt,
        modelVersion: MODEL_VERSION,
        durationMs,
        deterministic: {
          waitingList: cap.years.map((y) => y.waitingList),
          waitingTimeMonths: cap.years.map((y) => y.waitingTimeMonths),
          expectedWaitMonths: cap.years.map((y) => y.expectedWaitMonths),
          places: cap.years.map((y) => y.places),
          placesNeeded: cap.years.map((y) => y.placesNeeded),
          costEuro: cap.years.map((y) => y.costEuro),
          costOfWaitingEuro: cap.years.map((y) => y.costOfWaitingEuro),
          urgentShortfall: cap.years.map((_, i) => urgent?.[i]?.shortfall ?? null),
        },
        waitingNormMonths: m.resolved.series(WACHTTIJD_NORM)[0],
        ranges,
      }));
    },
    'uncertainty.status': ({ jobId }) => jobs.status(jobId),
    'uncertainty.cancel': ({ jobId }) => jobs.cancel(jobId),
    'uncertainty.tornado': ({ scenarioId, year }) => tornado(setupOf(scenarioModel(store, scenarioId, cache)), year, cache),
  };
}
