/** Scenarios and their assumptions in SQLite. Every write is one transaction: nothing is left half-written. */
import { assumptionDef, checkAssumptionValue, type AssumptionMap, type AssumptionValue } from '../../shared/assumptions';
import type { ScenarioStatus, ScenarioSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { BASELINE_NAME, baselineAssumptions } from './baseline';
import type { Db } from './db';

interface ScenarioRow {
  id: number;
  name: string;
  status: ScenarioStatus;
  created_at: string;
  updated_at: string;
}
interface AssumptionRow {
  key: string;
  value: number;
  source: string;
  is_aanname: number;
}

const toSummary = (r: ScenarioRow): ScenarioSummary => ({
  id: r.id,
  name: r.name,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type ScenarioStore = ReturnType<typeof createScenarioStore>;

export function createScenarioStore(db: Db, now: () => Date = () => new Date()) {
  const stamp = () => now().toISOString();
  const q = {
    list: db.prepare('SELECT * FROM scenario ORDER BY name COLLATE NOCASE'),
    get: db.prepare('SELECT * FROM scenario WHERE id = ?'),
    byName: db.prepare('SELECT id FROM scenario WHERE name = ? COLLATE NOCASE'),
    insert: db.prepare("INSERT INTO scenario (name, status, created_at, updated_at) VALUES (?, 'concept', ?, ?)"),
    rename: db.prepare('UPDATE scenario SET name = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE scenario SET updated_at = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM scenario WHERE id = ?'),
    assumptions: db.prepare('SELECT key, value, source, is_aanname FROM assumption WHERE scenario_id = ? ORDER BY key'),
    assumption: db.prepare('SELECT key, value, source, is_aanname FROM assumption WHERE scenario_id = ? AND key = ?'),
    putAssumption: db.prepare(
      'INSERT INTO assumption (scenario_id, key, value, source, is_aanname) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (scenario_id, key) DO UPDATE SET value = excluded.value, source = excluded.source, is_aanname = excluded.is_aanname',
    ),
    copyAssumptions: db.prepare(
      'INSERT INTO assumption (scenario_id, key, value, source, is_aanname) SELECT ?, key, value, source, is_aanname FROM assumption WHERE scenario_id = ?',
    ),
    meta: db.prepare('SELECT value FROM app_meta WHERE key = ?'),
    putMeta: db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  function requireScenario(id: number): ScenarioRow {
    const row = q.get.get(id) as ScenarioRow | undefined;
    if (!row) throw new AppError('NIET_GEVONDEN', `Scenario ${id} bestaat niet (meer). Kies een ander scenario.`);
    return row;
  }

  function requireFreeName(name: string, exceptId?: number): void {
    const other = q.byName.get(name) as { id: number } | undefined;
    if (other && other.id !== exceptId) {
      throw new AppError('CONFLICT', `Er is al een scenario met de naam "${name}". Kies een andere naam.`);
    }
  }

  function requireEditable(row: ScenarioRow): void {
    if (row.status === 'vastgesteld') {
      throw new AppError('CONFLICT', `Scenario "${row.name}" is vastgesteld en kan niet meer worden gewijzigd. Dupliceer het om verder te werken.`);
    }
  }

  function insertScenario(name: string, assumptions: AssumptionValue[]): ScenarioSummary {
    requireFreeName(name);
    const t = stamp();
    const id = Number(q.insert.run(name, t, t).lastInsertRowid);
    for (const a of assumptions) q.putAssumption.run(id, a.key, a.value, a.source, a.isAanname ? 1 : 0);
    return toSummary(requireScenario(id));
  }

  function toValue(r: AssumptionRow): AssumptionValue {
    return { key: r.key, value: r.value, source: r.source, isAanname: r.is_aanname === 1 };
  }

  function requireAssumption(scenarioId: number, key: string): AssumptionValue {
    const def = assumptionDef(key);
    if (!def) throw new AppError('ONGELDIGE_INVOER', `Onbekende aanname "${key}".`);
    const row = q.assumption.get(scenarioId, key) as AssumptionRow | undefined;
    if (!row) throw new AppError('NIET_GEVONDEN', `Aanname "${def.label}" ontbreekt in dit scenario.`);
    return toValue(row);
  }

  return {
    /** Seeds the baseline on the very first start (an empty database); later deletions are respected. */
    seedIfNew(): void {
      db.transaction(() => {
        if (q.meta.get('baseline_seeded')) return;
        insertScenario(BASELINE_NAME, baselineAssumptions());
        q.putMeta.run('baseline_seeded', stamp());
      })();
    },

    list(): ScenarioSummary[] {
      return (q.list.all() as ScenarioRow[]).map(toSummary);
    },

    create(name: string): ScenarioSummary {
      return db.transaction(() => insertScenario(name, baselineAssumptions()))();
    },

    duplicate(id: number, name: string): ScenarioSummary {
      return db.transaction(() => {
        requireScenario(id);
        const created = insertScenario(name, []);
        q.copyAssumptions.run(created.id, id);
        return created;
      })();
    },

    rename(id: number, name: string): ScenarioSummary {
      return db.transaction(() => {
        requireScenario(id);
        requireFreeName(name, id);
        q.rename.run(name, stamp(), id);
        return toSummary(requireScenario(id));
      })();
    },

    delete(id: number): void {
      db.transaction(() => {
        requireScenario(id);
        q.delete.run(id);
      })();
    },

    assumptions(scenarioId: number): AssumptionMap {
      requireScenario(scenarioId);
      const map: AssumptionMap = {};
      for (const r of q.assumptions.all(scenarioId) as AssumptionRow[]) map[r.key] = toValue(r);
      return map;
    },

    /** A new value loses its old source: it becomes an aanname until the user names a source. */
    setValue(scenarioId: number, key: string, value: number): AssumptionValue {
      return db.transaction(() => {
        const row = requireScenario(scenarioId);
        requireEditable(row);
        const old = requireAssumption(scenarioId, key);
        const def = assumptionDef(key)!;
        const problem = checkAssumptionValue(def, value);
        if (problem) throw new AppError('ONGELDIGE_INVOER', problem);
        if (old.value === value) return old;
        const date = now().toLocaleDateString('nl-NL');
        const source = `Aangepast op ${date} (was ${old.value.toLocaleString('nl-NL')}). Geef de bron op, anders blijft dit een aanname.`;
        q.putAssumption.run(scenarioId, key, value, source, 1);
        q.touch.run(stamp(), scenarioId);
        return requireAssumption(scenarioId, key);
      })();
    },

    setSource(scenarioId: number, key: string, source: string, isAanname: boolean): AssumptionValue {
      return db.transaction(() => {
        const row = requireScenario(scenarioId);
        requireEditable(row);
        const old = requireAssumption(scenarioId, key);
        q.putAssumption.run(scenarioId, key, old.value, source, isAanname ? 1 : 0);
        q.touch.run(stamp(), scenarioId);
        return requireAssumption(scenarioId, key);
      })();
    },
  };
}
