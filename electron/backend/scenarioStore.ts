/**
 * Scenarios and their assumptions in SQLite. Every write is one transaction: nothing is left half-written.
 * A value or formula is only stored when the whole scenario still resolves without errors afterwards.
 */
import { assumptionDef, checkAssumptionValue, type AssumptionMap, type AssumptionValue } from '../../shared/assumptions';
import type { ChangeEntry, ScenarioSummary } from '../../shared/contract';
import type { Location, WlzEvent } from '../../shared/locations';
import type { ScenarioFile } from '../../shared/scenarioFile';
import { AppError } from '../../shared/errors';
import { formatAssumptionText } from '../../shared/numberFormat';
import { isFormulaText } from '../../models/formula/formula';
import { resolveAssumptions, type CellInput, type FormulaCache } from '../../models/assumptions/resolve';
import { START_YEAR } from '../../models/capacity/fromScenario';
import { BASELINE_NAME, baselineAssumptions, baselineLocations, baselineRanges } from './baseline';
import { createObservationStore } from './observationStore';
import { createRangeStore } from './rangeStore';
import { checkRange, type AssumptionRange } from '../../shared/ranges';
import type { Db } from './db';
import { createChangeLog } from './changeLog';
import { createLocationStore } from './locationStore';
import { checkedFileAssumptions, freeImportName, withLabel } from './scenarioFile';
import { scenarioRows, toSummary, type ScenarioRow } from './scenarioRows';

interface AssumptionRow {
  key: string;
  value: number;
  formula: string | null;
  source: string;
  is_aanname: number;
}

const toValue = (r: AssumptionRow): AssumptionValue => ({ key: r.key, value: r.value, formula: r.formula, source: r.source, isAanname: r.is_aanname === 1 });

export type ScenarioStore = ReturnType<typeof createScenarioStore>;

export function createScenarioStore(db: Db, now: () => Date = () => new Date(), cache: FormulaCache = new Map()) {
  const rows = scenarioRows(db, now);
  const history = createChangeLog(db, now);
  const locations = createLocationStore(db, rows, history);
  const ranges = createRangeStore(db, rows, history);
  const stamp = () => now().toISOString();
  const q = {
    list: db.prepare('SELECT * FROM scenario ORDER BY name COLLATE NOCASE'),
    ids: db.prepare('SELECT id FROM scenario'),
    byName: db.prepare('SELECT id FROM scenario WHERE name = ? COLLATE NOCASE'),
    insert: db.prepare("INSERT INTO scenario (name, status, created_at, updated_at) VALUES (?, 'concept', ?, ?)"),
    rename: db.prepare('UPDATE scenario SET name = ?, updated_at = ? WHERE id = ?'),
    update: db.prepare('UPDATE scenario SET description = ?, author = ?, tags = ?, updated_at = ? WHERE id = ?'),
    importMeta: db.prepare('UPDATE scenario SET description = ?, author = ?, tags = ?, status = ?, adopted_at = ? WHERE id = ?'),
    adopt: db.prepare("UPDATE scenario SET status = 'vastgesteld', adopted_at = ?, updated_at = ? WHERE id = ?"),
    delete: db.prepare('DELETE FROM scenario WHERE id = ?'),
    assumptions: db.prepare('SELECT key, value, formula, source, is_aanname FROM assumption WHERE scenario_id = ? ORDER BY key'),
    put: db.prepare(
      'INSERT INTO assumption (scenario_id, key, value, formula, source, is_aanname) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (scenario_id, key) DO UPDATE SET value = excluded.value, formula = excluded.formula, source = excluded.source, is_aanname = excluded.is_aanname',
    ),
    setResult: db.prepare('UPDATE assumption SET value = ? WHERE scenario_id = ? AND key = ?'),
    copy: db.prepare(
      'INSERT INTO assumption (scenario_id, key, value, formula, source, is_aanname) SELECT ?, key, value, formula, source, is_aanname FROM assumption WHERE scenario_id = ?',
    ),
    meta: db.prepare('SELECT value FROM app_meta WHERE key = ?'),
    putMeta: db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  function requireFreeName(name: string, exceptId?: number): void {
    const other = q.byName.get(name) as { id: number } | undefined;
    if (other && other.id !== exceptId) throw new AppError('CONFLICT', `Er is al een scenario met de naam "${name}". Kies een andere naam.`);
  }

  function load(scenarioId: number): AssumptionMap {
    const map: AssumptionMap = {};
    for (const r of q.assumptions.all(scenarioId) as AssumptionRow[]) if (assumptionDef(r.key)) map[r.key] = toValue(r);
    return map;
  }

  const cellsOf = (map: AssumptionMap): Record<string, CellInput> =>
    Object.fromEntries(Object.values(map).map((a) => [a.key, { value: a.value, formula: a.formula }]));

  /** Stores each formula's first-year result as its value, so lists and exports show a number. */
  function refreshFormulaResults(scenarioId: number, map: AssumptionMap): void {
    const r = resolveAssumptions(cellsOf(map), START_YEAR, cache);
    for (const a of Object.values(map)) {
      if (!a.formula || r.errors[a.key]) continue;
      const v = r.series(a.key)[0];
      if (v !== a.value) q.setResult.run(v, scenarioId, a.key);
    }
  }

  function insertScenario(name: string, values: AssumptionValue[]): ScenarioSummary {
    requireFreeName(name);
    const t = stamp();
    const id = Number(q.insert.run(name, t, t).lastInsertRowid);
    for (const a of values) q.put.run(id, a.key, a.value, a.formula, a.source, a.isAanname ? 1 : 0);
    refreshFormulaResults(id, load(id));
    return toSummary(rows.require(id));
  }

  /** What the history keeps of a value before a change: with its source, so undoing a change puts the source back too. */
  function describe(a: AssumptionValue): { value: number; formula: string | null; source: string; isAanname: boolean } {
    return { value: a.value, formula: a.formula, source: a.source, isAanname: a.isAanname };
  }

  /** Scenarios from an older version get the assumptions and locations that version did not have yet. */
  function upgradeScenarios(): void {
    for (const { id } of q.ids.all() as { id: number }[]) {
      const have = load(id);
      const missing = baselineAssumptions().filter((a) => !have[a.key]);
      for (const a of missing) {
        q.put.run(id, a.key, a.value, a.formula, `Standaardwaarde, toegevoegd bij een update van Plekkenplanner. ${a.source}`, a.isAanname ? 1 : 0);
      }
      if (missing.length) refreshFormulaResults(id, load(id));
    }
    if (!q.meta.get('locations_backfilled')) {
      for (const { id } of q.ids.all() as { id: number }[]) {
        if (locations.list(id).length === 0) for (const l of baselineLocations()) locations.insert(id, l);
      }
      q.putMeta.run('locations_backfilled', stamp());
    }
  }

  /** Checks a candidate change against the whole scenario; returns the new value of the edited key. */
  function validated(scenarioId: number, key: string, cell: CellInput): number {
    const map = load(scenarioId);
    const before = resolveAssumptions(cellsOf(map), START_YEAR, cache).errors;
    const cells = { ...cellsOf(map), [key]: cell };
    const after = resolveAssumptions(cells, START_YEAR, cache);
    if (after.errors[key]) throw new AppError('ONGELDIGE_INVOER', withLabel(key, after.errors[key]));
    const broken = Object.keys(after.errors).find((k) => !before[k]);
    if (broken) {
      throw new AppError(
        'ONGELDIGE_INVOER',
        `Deze wijziging maakt "${assumptionDef(broken)?.label ?? broken}" ongeldig: ${after.errors[broken]} Er is niets opgeslagen.`,
      );
    }
    return after.series(key)[0];
  }

  const api = {
    /** Runs several writes as one transaction: all land or none. */
    batch<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
    locations,
    ranges,

    /** First start: the baseline. Every start: bring older scenarios up to date. */
    start(): void {
      db.transaction(() => {
        if (!q.meta.get('baseline_seeded')) {
          const s = insertScenario(BASELINE_NAME, baselineAssumptions());
          for (const l of baselineLocations()) locations.insert(s.id, l);
          q.putMeta.run('baseline_seeded', stamp());
          q.putMeta.run('locations_backfilled', stamp());
        }
        upgradeScenarios();
        if (!q.meta.get('ranges_backfilled')) {
          // Scenarios from before ranges existed get the baseline ranges (aannames) where they fit; adopted ones stay as they were.
          for (const summary of (q.list.all() as ScenarioRow[]).map(toSummary)) {
            if (summary.status !== 'concept' || Object.keys(ranges.list(summary.id)).length) continue;
            const values = load(summary.id);
            for (const [key, r] of Object.entries(baselineRanges())) {
              const a = values[key];
              if (a && !checkRange(assumptionDef(key)!, r, a.value, a.formula !== null)) ranges.insert(summary.id, key, r);
            }
          }
          q.putMeta.run('ranges_backfilled', stamp());
        }
      })();
    },

    /** Whether the first-start introduction was closed for good (kept in the database, so in every mode). */
    introDismissed(): boolean {
      return q.meta.get('intro_dismissed') !== undefined;
    },

    dismissIntro(): void {
      q.putMeta.run('intro_dismissed', stamp());
    },

    get(id: number): ScenarioSummary {
      return toSummary(rows.require(id));
    },

    /**
     * A scenario file as a new scenario (never overwriting one): a free name, missing assumptions from the baseline,
     * every value and formula checked; all or nothing.
     */
    importFile(file: ScenarioFile, fileName: string): ScenarioSummary {
      return db.transaction(() => {
        const name = freeImportName(file.scenario.name, (candidate) => q.byName.get(candidate) !== undefined);
        const values = checkedFileAssumptions(file, cache);
        const s = insertScenario(name, values);
        for (const l of file.locations) locations.insert(s.id, l);
        for (const e of file.wlzEvents) locations.insertEvent(s.id, e);
        for (const { key, ...r } of file.ranges ?? []) ranges.insert(s.id, key, r);
        q.importMeta.run(file.scenario.description, file.scenario.author, JSON.stringify(file.scenario.tags), file.scenario.status, file.scenario.adoptedAt, s.id);
        history.record(s.id, 'scenario', 'aangemaakt', 'Scenario geïmporteerd', null, { name, from: `${fileName} (geëxporteerd ${file.exportedAt})` });
        return toSummary(rows.require(s.id));
      })();
    },

    list(): ScenarioSummary[] {
      return (q.list.all() as ScenarioRow[]).map(toSummary);
    },

    create(name: string): ScenarioSummary {
      return db.transaction(() => {
        const s = insertScenario(name, baselineAssumptions());
        for (const l of baselineLocations()) locations.insert(s.id, l);
        for (const [key, r] of Object.entries(baselineRanges())) ranges.insert(s.id, key, r);
        history.record(s.id, 'scenario', 'aangemaakt', 'Scenario aangemaakt', null, { name, from: BASELINE_NAME });
        return s;
      })();
    },

    duplicate(id: number, name: string): ScenarioSummary {
      return db.transaction(() => {
        const from = rows.require(id);
        const created = insertScenario(name, []);
        q.copy.run(created.id, id);
        locations.copyAll(id, created.id);
        ranges.copyAll(id, created.id);
        history.record(created.id, 'scenario', 'aangemaakt', 'Scenario aangemaakt als kopie', null, { name, from: from.name });
        return created;
      })();
    },

    rename(id: number, name: string): ScenarioSummary {
      return db.transaction(() => {
        const old = rows.requireEditable(id);
        requireFreeName(name, id);
        q.rename.run(name, stamp(), id);
        if (old.name !== name) history.record(id, 'scenario', 'name', 'Naam', old.name, name);
        return toSummary(rows.require(id));
      })();
    },

    update(id: number, meta: { description: string; author: string; tags: string[] }): ScenarioSummary {
      return db.transaction(() => {
        const old = toSummary(rows.requireEditable(id));
        const tags = [...new Set(meta.tags)];
        q.update.run(meta.description, meta.author, JSON.stringify(tags), stamp(), id);
        if (old.description !== meta.description) history.record(id, 'scenario', 'description', 'Beschrijving', old.description, meta.description);
        if (old.author !== meta.author) history.record(id, 'scenario', 'author', 'Auteur', old.author, meta.author);
        if (JSON.stringify(old.tags) !== JSON.stringify(tags)) history.record(id, 'scenario', 'tags', 'Labels', old.tags, tags);
        return toSummary(rows.require(id));
      })();
    },

    /** Concept → vastgesteld. From then on the contract refuses every change; changing it means duplicating it. */
    adopt(id: number): ScenarioSummary {
      return db.transaction(() => {
        rows.requireEditable(id);
        const t = stamp();
        q.adopt.run(t, t, id);
        history.record(id, 'scenario', 'status', 'Status', 'concept', 'vastgesteld');
        return toSummary(rows.require(id));
      })();
    },

    delete(id: number): void {
      db.transaction(() => {
        const row = rows.require(id);
        if (row.status === 'vastgesteld') {
          throw new AppError('CONFLICT', `Scenario "${row.name}" is vastgesteld en kan niet worden verwijderd; het is het besluit waarnaar verwezen wordt.`);
        }
        q.delete.run(id);
      })();
    },

    /** Monitoring figures (not tied to a scenario). */
    observations: createObservationStore(db, now),

    history: {
      list(scenarioId: number): ChangeEntry[] {
        rows.require(scenarioId);
        return history.list(scenarioId);
      },
      latest(scenarioId: number): ChangeEntry | undefined {
        rows.require(scenarioId);
        return history.latest(scenarioId);
      },
      setReason(scenarioId: number, entryId: number, reason: string): ChangeEntry {
        return db.transaction(() => {
          rows.require(scenarioId);
          if (!history.setReason(scenarioId, entryId, reason)) throw new AppError('NIET_GEVONDEN', `Wijziging ${entryId} bestaat niet in dit scenario.`);
          return history.get(scenarioId, entryId)!;
        })();
      },
    },

    assumptions(scenarioId: number): AssumptionMap {
      rows.require(scenarioId);
      return load(scenarioId);
    },

    /**
     * A new number or formula ("=…") for an assumption. It loses its old source: it becomes an aanname until
     * the user names a source.
     */
    setValue(scenarioId: number, key: string, input: { value: number } | { formula: string }, reason = ''): AssumptionValue & { changeId: number | null } {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        const def = assumptionDef(key);
        if (!def) throw new AppError('ONGELDIGE_INVOER', `Onbekende aanname "${key}".`);
        const old = load(scenarioId)[key];
        if (!old) throw new AppError('NIET_GEVONDEN', `Aanname "${def.label}" ontbreekt in dit scenario.`);
        let formula: string | null = null;
        let value: number;
        if ('formula' in input) {
          if (!isFormulaText(input.formula)) throw new AppError('ONGELDIGE_INVOER', `${def.label}: een formule begint met "=".`);
          formula = input.formula.trim();
          value = validated(scenarioId, key, { value: old.value, formula });
        } else {
          const problem = checkAssumptionValue(def, input.value);
          if (problem) throw new AppError('ONGELDIGE_INVOER', problem);
          value = input.value;
          validated(scenarioId, key, { value, formula: null });
        }
        if (old.value === value && old.formula === formula) return { ...old, changeId: null };
        const was = formatAssumptionText(def, old);
        const source = `Aangepast op ${now().toLocaleDateString('nl-NL')} (was ${was}). Geef de bron op, anders blijft dit een aanname.`;
        q.put.run(scenarioId, key, value, formula, source, 1);
        refreshFormulaResults(scenarioId, load(scenarioId));
        rows.touch(scenarioId);
        const changeId = history.record(scenarioId, 'waarde', key, def.label, describe(old), { value, formula }, reason);
        return { ...load(scenarioId)[key], changeId };
      })();
    },

    setSource(scenarioId: number, key: string, source: string, isAanname: boolean): AssumptionValue {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        const old = load(scenarioId)[key];
        if (!old) throw new AppError(assumptionDef(key) ? 'NIET_GEVONDEN' : 'ONGELDIGE_INVOER', `Onbekende aanname "${key}".`);
        q.put.run(scenarioId, key, old.value, old.formula, source, isAanname ? 1 : 0);
        rows.touch(scenarioId);
        if (old.source !== source || old.isAanname !== isAanname) {
          history.record(scenarioId, 'bron', key, assumptionDef(key)!.label, { source: old.source, isAanname: old.isAanname }, { source, isAanname });
        }
        return load(scenarioId)[key];
      })();
    },

    /** Puts back the value from before a change; the restore is itself a change (so it can be undone). */
    restore(scenarioId: number, entryId: number, reason?: string): { entryId: number | null } {
      return db.transaction(() => {
        rows.requireEditable(scenarioId);
        const e = history.get(scenarioId, entryId);
        if (!e) throw new AppError('NIET_GEVONDEN', `Wijziging ${entryId} bestaat niet in dit scenario.`);
        const why = reason ?? `Teruggezet naar de situatie van vóór ${new Date(e.at).toLocaleString('nl-NL')}`;
        const before = history.latest(scenarioId)?.id ?? 0;
        if (e.kind === 'waarde') {
          const old = e.oldValue as { value: number; formula: string | null; source?: string; isAanname?: boolean };
          const now = api.setValue(scenarioId, e.target, old.formula ? { formula: old.formula } : { value: old.value }, why);
          // The value is back; so is its source (entries from before version 0.3 did not keep it).
          if (old.source !== undefined) q.put.run(scenarioId, e.target, now.value, now.formula, old.source, old.isAanname ? 1 : 0);
        } else if (e.kind === 'bron') {
          const old = e.oldValue as { source: string; isAanname: boolean };
          api.setSource(scenarioId, e.target, old.source, old.isAanname);
        } else if (e.kind === 'bereik') {
          const cur = load(scenarioId)[e.target];
          ranges.set(scenarioId, e.target, e.oldValue as AssumptionRange | null, cur, why);
        } else if (e.kind === 'locatie') {
          locations.restore(scenarioId, Number(e.target), e.oldValue as Location | null, why);
        } else if (e.kind === 'wlz') {
          locations.restoreEvent(scenarioId, Number(e.target), e.oldValue as WlzEvent | null, why);
        } else if (e.target === 'name') {
          api.rename(scenarioId, e.oldValue as string);
        } else if (e.target === 'description' || e.target === 'author' || e.target === 'tags') {
          const cur = toSummary(rows.require(scenarioId));
          api.update(scenarioId, { description: cur.description, author: cur.author, tags: cur.tags, [e.target]: e.oldValue });
        } else {
          throw new AppError('CONFLICT', 'Deze wijziging kan niet worden teruggezet.');
        }
        const latest = history.latest(scenarioId)?.id ?? 0;
        if (latest > before && why) history.setReason(scenarioId, latest, why);
        return { entryId: latest > before ? latest : null };
      })();
    },
  };
  return api;
}

