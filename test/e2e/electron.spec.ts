/** The real Electron app, where its binary exists; reported as skipped where it cannot be downloaded. */
import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { shot, tempDbFile } from './browserMode';

function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { encoding: 'utf8', timeout: 180_000 });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}
const binary = electronBinary();

test('Electron window shows the baseline through the IPC transport, hardened', async () => {
  test.skip(!binary, 'Het Electron-programmabestand ontbreekt op deze machine (geen download mogelijk).');
  const app = await electron.launch({ executablePath: binary!, args: ['.', '--db', tempDbFile('electron')] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('active-scenario')).toHaveText('Basis — ongewijzigd beleid');
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0].webContents;
    const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await page.screenshot({ path: shot('electron-01-start') });
  await app.close();
});
