import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary database path per test (the file itself does not exist yet). */
export function tempDb(name = 'test'): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), `plekkenplanner-${name}-`)), 'plekkenplanner.sqlite');
}

/** A frozen clock so timestamps in tests are deterministic. */
export const FIXED_NOW = () => new Date('2026-11-23T10:00:00.000Z');
