/** Row access shared by the stores: find a scenario, refuse changes to an adopted one, stamp a change. */
import type { ScenarioStatus, ScenarioSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Db } from './db';

export interface ScenarioRow {
  id: number;
  name: string;
  status: ScenarioStatus;
  description: string;
  author: string;
  tags: string;
  created_at: string;
  updated_at: string;
  adopted_at: string | null;
}

export const toSummary = (r: ScenarioRow): ScenarioSummary => ({
  id: r.id,
  name: r.name,
  status: r.status,
  description: r.description,
  author: r.author,
  tags: JSON.parse(r.tags) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  adoptedAt: r.adopted_at,
});

export function scenarioRows(db: Db, now: () => Date) {
  const get = db.prepare('SELECT * FROM scenario WHERE id = ?');
  const touch = db.prepare('UPDATE scenario SET updated_at = ? WHERE id = ?');
  return {
    require(id: number): ScenarioRow {
      const row = get.get(id) as ScenarioRow | undefined;
      if (!row) throw new AppError('NIET_GEVONDEN', `Scenario ${id} bestaat niet (meer). Kies een ander scenario.`);
      return row;
    },
    /** The scenario, if it may still be changed. */
    requireEditable(id: number): ScenarioRow {
      const row = this.require(id);
      if (row.status === 'vastgesteld') {
        throw new AppError('CONFLICT', `Scenario "${row.name}" is vastgesteld en kan niet meer worden gewijzigd. Dupliceer het om verder te werken.`);
      }
      return row;
    },
    touch(id: number): void {
      touch.run(now().toISOString(), id);
    },
  };
}
