/** Export of a scenario's tables (the renderer writes them as Excel or CSV) and the import of key inputs. */
import { AppError } from '../../../shared/errors';
import { assumptionDef } from '../../../shared/assumptions';
import { importIsClean, importedValues, readKeyTable, type RawCell } from '../../../shared/keyImport';
import { exportBundle } from '../exportBundle';
import { scenarioTables } from '../exportTables';
import { scenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

export function exportHandlers({ store, cache, info, now }: HandlerContext): HandlersFor<'export.' | 'keyInputs.'> {
  function preview(scenarioId: number, rows: RawCell[][]) {
    const current = store.assumptions(scenarioId);
    const read = readKeyTable(rows);
    const changes = importedValues(read)
      .filter(({ key, value }) => current[key].value !== value || current[key].formula !== null)
      .map(({ key, value }) => ({ key, label: assumptionDef(key)!.label, oldValue: current[key].value, newValue: value }));
    return { import: read, changes, clean: importIsClean(read) };
  }
  return {
    'keyInputs.preview': ({ scenarioId, rows }) => preview(scenarioId, rows),
    'keyInputs.apply': ({ scenarioId, fileName, rows }) => {
      const p = preview(scenarioId, rows);
      if (!p.clean) throw new AppError('ONGELDIGE_INVOER', 'Het bestand bevat fouten; er is niets opgeslagen. Verbeter de regels met een melding en importeer opnieuw.');
      const source = `Geïmporteerd uit "${fileName}" op ${now().toLocaleDateString('nl-NL')}.`;
      store.batch(() => {
        for (const c of p.changes) {
          store.setValue(scenarioId, c.key, { value: c.newValue }, `Import uit ${fileName}`);
          store.setSource(scenarioId, c.key, source, false);
        }
      });
      return { changed: p.changes.length };
    },
    'export.tables': ({ scenarioId }) => {
      return exportBundle({ store, info, now }, scenarioId, scenarioTables(scenarioModel(store, scenarioId, cache)));
    },
  };
}
