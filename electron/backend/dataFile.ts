/**
 * Where the database lives: --db <file>, else PLEKKENPLANNER_DB, else the user's data folder — the same
 * folder Electron's app.getPath('userData') gives, so Electron and browser mode share one database.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Plekkenplanner';
export const DB_FILE_NAME = 'plekkenplanner.sqlite';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}

export function resolveDataFile(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.indexOf('--db');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  const flag = argv.find((a) => a.startsWith('--db='));
  if (flag) return path.resolve(flag.slice('--db='.length));
  if (env.PLEKKENPLANNER_DB) return path.resolve(env.PLEKKENPLANNER_DB);
  return path.join(userDataDir(env), DB_FILE_NAME);
}
