/** Scenarios, assumptions, locations and Wlz events. Inputs arrive validated by dispatch(). */
import { AppError } from '../../../shared/errors';
import { exportScenario, parseScenarioFile } from '../scenarioFile';
import type { HandlerContext, HandlersFor } from './types';

export function scenarioHandlers({ store, info, now, copyDatabase, checkDatabase }: HandlerContext): HandlersFor<'app.' | 'database.' | 'scenario.' | 'assumptions.' | 'ranges.' | 'locations.' | 'wlzEvents.' | 'history.'> {
  /** Runs a change and says which history entry it made (null: nothing changed), for undo in the editing session. */
  const withChangeId = <T extends object>(scenarioId: number, change: () => T): T & { changeId: number | null } => {
    const before = store.history.latest(scenarioId)?.id ?? 0;
    const result = change();
    const after = store.history.latest(scenarioId)?.id ?? 0;
    return { ...result, changeId: after > before ? after : null };
  };
  return {
    'app.info': () => ({ ...info, introDismissed: store.introDismissed() }),
    'app.dismissIntro': () => {
      store.dismissIntro();
      return { introDismissed: true };
    },
    'database.copy': () => ({
      fileName: `plekkenplanner-kopie-${now().toISOString().slice(0, 10)}.sqlite`,
      base64: copyDatabase().toString('base64'),
    }),
    'database.check': () => {
      const r = checkDatabase();
      return {
        ...r,
        checkedAt: now().toISOString(),
        message: r.ok
          ? 'De database is volledig gecontroleerd: alle gegevens zijn in orde.'
          : `De controle vond problemen in de database (${r.problems.length}). Bewaar een kopie en neem contact op met beheer; wijzig intussen zo min mogelijk.`,
      };
    },
    'scenario.list': () => store.list(),
    'scenario.create': ({ name }) => store.create(name),
    'scenario.duplicate': ({ id, name }) => store.duplicate(id, name),
    'scenario.rename': ({ id, name }) => store.rename(id, name),
    'scenario.delete': ({ id }) => {
      store.delete(id);
      return { deleted: true };
    },
    'scenario.data': ({ scenarioId }) => ({
      assumptions: store.assumptions(scenarioId),
      ranges: store.ranges.list(scenarioId),
      locations: store.locations.list(scenarioId),
      wlzEvents: store.locations.events(scenarioId),
    }),
    'scenario.update': ({ id, ...meta }) => store.update(id, meta),
    'scenario.adopt': ({ id }) => store.adopt(id),
    'scenario.export': ({ id }) => {
      const file = exportScenario(store, id, info.appVersion, now);
      const safe = file.scenario.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'scenario';
      return { fileName: `${safe}.plekkenplanner.json`, json: JSON.stringify(file, null, 2) };
    },
    'scenario.import': ({ fileName, json }) => store.importFile(parseScenarioFile(json), fileName),
    'history.list': ({ scenarioId }) => store.history.list(scenarioId),
    'history.restore': ({ scenarioId, entryId, reason }) => store.restore(scenarioId, entryId, reason),
    'history.setReason': ({ scenarioId, entryId, reason }) => store.history.setReason(scenarioId, entryId, reason),
    'assumptions.setValue': (input) =>
      store.setValue(input.scenarioId, input.key, 'formula' in input ? { formula: input.formula } : { value: input.value }, input.reason ?? ''),
    'assumptions.setSource': ({ scenarioId, key, source, isAanname }) => store.setSource(scenarioId, key, source, isAanname),
    'ranges.set': ({ scenarioId, key, range }) => {
      const current = store.assumptions(scenarioId)[key];
      if (!current) throw new AppError('ONGELDIGE_INVOER', `Onbekende aanname "${key}".`);
      const changeId = store.ranges.set(scenarioId, key, range, current);
      return { range: store.ranges.list(scenarioId)[key] ?? null, changeId };
    },
    'locations.save': ({ scenarioId, location }) => withChangeId(scenarioId, () => store.locations.save(scenarioId, location)),
    'locations.delete': ({ scenarioId, id }) =>
      withChangeId(scenarioId, () => {
        store.locations.delete(scenarioId, id);
        return { deleted: true as const };
      }),
    'wlzEvents.save': ({ scenarioId, event }) => withChangeId(scenarioId, () => store.locations.saveEvent(scenarioId, event)),
    'wlzEvents.delete': ({ scenarioId, id }) =>
      withChangeId(scenarioId, () => {
        store.locations.deleteEvent(scenarioId, id);
        return { deleted: true as const };
      }),
  };
}
