/**
 * The monitor: monitoring figures in (preview, import all or nothing, remove and restore), the plan against them,
 * and two ways to a new scenario: the estimates taken over ("Neem over"), or a start from the latest measurement.
 */
import { BEGINSTAND_JAAR, BEGINSTAND_MAAND } from '../../../shared/assumptions';
import { AppError } from '../../../shared/errors';
import { importedObservations, observationImportIsClean, readObservationTable } from '../../../shared/observationImport';
import { periodEndLabel } from '../../../shared/observations';
import type { AssumptionRange } from '../../../shared/ranges';
import { adoptEstimates } from '../../../models/monitor/adopt';
import { estimateFromObservations } from '../../../models/monitor/estimate';
import { currentValues } from '../../../models/monitor/scenarioValues';
import { startFromLatest } from '../../../models/monitor/startFrom';
import { exportBundle } from '../exportBundle';
import { monitorTables } from '../monitorTables';
import { storedMonitorView } from '../monitorView';
import type { HandlerContext, HandlersFor } from './types';

export function monitorHandlers({ store, cache, info, now }: HandlerContext): HandlersFor<'monitor.'> {
  /** The observations in use and the files they came from; refuses when there are none. */
  function inUse() {
    const observations = store.observations.active();
    if (!observations.length) throw new AppError('ONGELDIGE_INVOER', 'Er zijn nog geen monitoringcijfers in gebruik. Importeer eerst de cijfers van een periode.');
    return { observations, files: store.observations.list().filter((s) => !s.removedAt).map((s) => s.fileName).join(', ') };
  }
  /** A copy of the scenario with edits, all in one transaction: the new scenario exists with every value, or not at all. */
  function copyWith(scenarioId: number, name: string, values: { key: string; value: number; source: string }[], reason: string, ranges: { key: string; range: AssumptionRange }[] = []) {
    return store.batch(() => {
      const scenario = store.duplicate(scenarioId, name);
      let changed = 0;
      const copied = store.assumptions(scenario.id);
      for (const v of values) {
        const before = copied[v.key];
        if (!before) continue;
        if (before.value !== v.value || before.formula !== null) changed += 1;
        store.setValue(scenario.id, v.key, { value: v.value }, reason);
        store.setSource(scenario.id, v.key, v.source, false);
      }
      const now = store.assumptions(scenario.id);
      for (const r of ranges) if (now[r.key]) store.ranges.set(scenario.id, r.key, r.range, now[r.key], reason);
      return { scenario: store.get(scenario.id), changed };
    });
  }
  return {
    'monitor.preview': ({ rows }) => {
      const read = readObservationTable(rows);
      return { import: read, clean: observationImportIsClean(read) };
    },
    'monitor.import': ({ fileName, source, rows }) => {
      const read = readObservationTable(rows);
      if (!observationImportIsClean(read)) throw new AppError('ONGELDIGE_INVOER', 'Het bestand bevat fouten; er is niets opgeslagen. Verbeter de regels met een melding en importeer opnieuw.');
      return store.observations.add(fileName, source || `Monitoringcijfers uit "${fileName}"`, importedObservations(read));
    },
    'monitor.sets': () => store.observations.list(),
    'monitor.remove': ({ id }) => store.observations.remove(id),
    'monitor.restore': ({ id }) => store.observations.restore(id),
    'monitor.view': ({ scenarioId, bands }) => storedMonitorView(store, scenarioId, cache, bands ?? {}),
    'monitor.export': ({ scenarioId }) => {
      const view = storedMonitorView(store, scenarioId, cache);
      return exportBundle({ store, info, now }, scenarioId, monitorTables(view), [
        ['Inhoud', 'Monitor: het plan tegen de monitoringcijfers'],
        ['Monitoringcijfers', view.sets.map((x) => `${x.fileName} (${x.source})`).join('; ') || 'geen'],
      ]);
    },
    'monitor.adopt': ({ scenarioId, name, only }) => {
      const { observations, files } = inUse();
      const current = currentValues(store.assumptions(scenarioId));
      const adoption = adoptEstimates(estimateFromObservations(observations, current), { fileName: files, current, only });
      if (!adoption.values.length) throw new AppError('ONGELDIGE_INVOER', 'De monitoringcijfers geven nog geen schatting die in een scenario kan: er is niets overgenomen.');
      const done = copyWith(scenarioId, name, adoption.values, adoption.source, adoption.ranges);
      return { ...done, ranges: adoption.ranges.length, notes: adoption.notes };
    },
    'monitor.startFrom': ({ scenarioId, name }) => {
      const { observations, files } = inUse();
      const start = startFromLatest(observations, currentValues(store.assumptions(scenarioId)), files);
      if (!start.ok) throw new AppError('ONGELDIGE_INVOER', start.reason);
      const [y, m] = start.period.to.split('-').map(Number);
      const source = `Stand ${periodEndLabel(start.period)} uit de monitor (${files}); de projectie begint in ${start.start.label}`;
      const edits = [...start.edits, { key: BEGINSTAND_JAAR, value: y, source }, { key: BEGINSTAND_MAAND, value: m, source }];
      const done = copyWith(scenarioId, name, edits, `Start vanaf de meting van ${start.start.label}`);
      return { ...done, notes: start.notes };
    },
  };
}
