/** An export's tables with what makes a printed number traceable: scenario, model and app version, time, last change. */
import type { ExportBundle, ExportTable } from '../../shared/tables';
import { MODEL_VERSION } from '../../models/version';
import type { HandlerContext } from './handlers/types';

export function exportBundle({ store, info, now }: Pick<HandlerContext, 'store' | 'info' | 'now'>, scenarioId: number, tables: ExportTable[], extra?: [string, string][]): ExportBundle {
  const s = store.get(scenarioId);
  const last = store.history.latest(scenarioId);
  return {
    scenario: { id: s.id, name: s.name, status: s.status, author: s.author, updatedAt: s.updatedAt },
    modelVersion: MODEL_VERSION,
    appVersion: info.appVersion,
    generatedAt: now().toISOString(),
    lastChange: last ? `${last.at}: ${last.label}` : `geen wijzigingen sinds het aanmaken (${s.createdAt})`,
    tables,
    ...(extra ? { info: extra } : {}),
  };
}
