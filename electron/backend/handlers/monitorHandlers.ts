/** The monitor: monitoring figures in (preview, import all or nothing, remove and restore). */
import { AppError } from '../../../shared/errors';
import { importedObservations, observationImportIsClean, readObservationTable } from '../../../shared/observationImport';
import type { HandlerContext, HandlersFor } from './types';

export function monitorHandlers({ store }: HandlerContext): HandlersFor<'monitor.'> {
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
  };
}
