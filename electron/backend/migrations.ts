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
];
