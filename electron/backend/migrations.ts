/**
 * Versioned schema migrations, applied in order, each in its own transaction.
 * Never edit a migration that has shipped: add a new one. The runner refuses a database whose history
 * does not match this list (for example one written by a newer Plekkenplanner).
 */
export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_scenarios_and_assumptions',
    sql: `
      CREATE TABLE scenario (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'vastgesteld')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE assumption (
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value REAL NOT NULL,
        source TEXT NOT NULL,
        is_aanname INTEGER NOT NULL CHECK (is_aanname IN (0, 1)),
        PRIMARY KEY (scenario_id, key)
      ) STRICT;
      CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    id: '0002_formulas_locations_wlz_events',
    sql: `
      ALTER TABLE assumption ADD COLUMN formula TEXT;
      CREATE TABLE location (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        gemeente TEXT NOT NULL,
        variant TEXT NOT NULL,
        places INTEGER NOT NULL CHECK (places >= 0),
        opening TEXT NOT NULL,
        closing TEXT,
        financing TEXT NOT NULL CHECK (financing IN ('Wmo', 'Wlz')),
        target_group TEXT NOT NULL,
        source TEXT NOT NULL,
        is_aanname INTEGER NOT NULL CHECK (is_aanname IN (0, 1))
      ) STRICT;
      CREATE INDEX location_scenario ON location (scenario_id);
      CREATE TABLE wlz_event (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        clients REAL NOT NULL CHECK (clients >= 0),
        variant TEXT,
        source TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wlz_event_scenario ON wlz_event (scenario_id);
    `,
  },
  {
    id: '0003_scenario_metadata_and_change_log',
    sql: `
      ALTER TABLE scenario ADD COLUMN description TEXT NOT NULL DEFAULT '';
      ALTER TABLE scenario ADD COLUMN author TEXT NOT NULL DEFAULT '';
      ALTER TABLE scenario ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE scenario ADD COLUMN adopted_at TEXT;
      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        label TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX change_log_scenario ON change_log (scenario_id, id);
    `,
  },
  {
    id: '0004_assumption_ranges',
    sql: `
      CREATE TABLE assumption_range (
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        low REAL NOT NULL,
        high REAL NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (scenario_id, key)
      ) STRICT;
    `,
  },
  {
    id: '0005_observations',
    sql: `
      CREATE TABLE observation_set (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE TABLE observation (
        set_id INTEGER NOT NULL REFERENCES observation_set(id) ON DELETE CASCADE,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        gemeente TEXT,
        form TEXT NOT NULL,
        target_group TEXT,
        measure TEXT NOT NULL,
        value REAL NOT NULL CHECK (value >= 0)
      ) STRICT;
      CREATE INDEX observation_by_set ON observation(set_id);
    `,
  },
];
