/**
 * Hardening of the UI (issue #10): a view that fails to draw never blanks the app, and spreadsheet imports always
 * answer — a preview, a Dutch error, or a cancellation — under the strict CSP.
 */
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import fs from 'node:fs';
import { expect, shot, tempDbFile, test } from './browserMode';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A key-input workbook whose second sheet is large enough (> 512 kB unpacked) that the unzip library wanted a worker. */
async function workbookWithLargeSecondSheet(): Promise<Buffer> {
  const writeXlsx = (await import('write-excel-file/node')).default;
  const notes: (string | number)[][] = [['Jaar', 'Toelichting', 'Waarde']];
  for (let i = 0; i < 20_000; i++) notes.push([2000 + (i % 50), `regel ${i % 100}`, i * 3]);
  return writeXlsx([
    { sheet: 'Sleutels', data: [['Gemeente', 'Sociale huurwoningen'], ['Borne', 4_100], ['Oldenzaal', 6_000]] },
    { sheet: 'Toelichting', data: notes },
  ]).toBuffer();
}

async function openKeyImport(page: Page) {
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Verdeelsleutels' }).click();
}

/** The shell is there: header with the active scenario, the scenario list, and a working Capaciteit tab. */
async function expectAppStillWorks(page: Page) {
  await expect(page.getByTestId('active-scenario')).toBeVisible();
  await expect(page.getByRole('navigation', { name: "Scenario's" })).toBeVisible();
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  await expect(page.getByTestId('why-wachtlijst')).toContainText('De wachtlijst');
}

test('a scenario file with an unreadable adoption date never blanks the app', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('robust-date'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer scenario (JSON)' }).click();
  const exported = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
  exported.scenario = { ...exported.scenario, name: 'Kapotte datum', status: 'vastgesteld', adoptedAt: 'x' };
  await page.getByLabel('Importeer scenario').setInputFiles({ name: 'kapotte-datum.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });

  const message = page.getByTestId('scenario-message');
  await expect(message).not.toContainText('geëxporteerd');
  if ((await message.getAttribute('role')) === 'alert') {
    // The backend refuses the file: a Dutch message, and the app carries on.
    await expect(message).toContainText(/[Dd]atum|geen Plekkenplanner-scenario|niet/);
  } else {
    // The backend accepts it: the scenario shows, with the date marked unknown (or at worst the view's own message).
    await page.getByRole('button', { name: /Kapotte datum/ }).click();
    await expect(page.getByTestId('active-scenario')).toHaveText('Kapotte datum');
    await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
    await expect(page.getByText('onbekende datum').or(page.getByTestId('view-error'))).toBeVisible();
  }
  await page.screenshot({ path: shot('60-kapotte-datum'), fullPage: true });
  await expectAppStillWorks(page);

  // However such a date reaches the UI (an older database, a backend that lets it through), the views show it as unknown.
  await page.route('**/api/scenario.list', async (route) => {
    const response = await route.fetch();
    const envelope = await response.json();
    for (const s of envelope.data ?? []) Object.assign(s, { status: 'vastgesteld', adoptedAt: 'x', updatedAt: 'ook kapot' });
    await route.fulfill({ response, json: envelope });
  });
  await page.reload();
  await expect(page.locator('.topbar')).toContainText('Laatste wijziging: onbekende datum');
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  await expect(page.locator('.status-panel')).toContainText('Vastgesteld op onbekende datum');
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await page.screenshot({ path: shot('61-onbekende-datum'), fullPage: true });
  await expectAppStillWorks(page);
});

test('a view that fails to draw shows a Dutch message with a way back; the rest of the app works', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('robust-boundary'));
  // Damage what the backend answers (a scenario without its labels) so that the Scenario view cannot draw.
  await page.route('**/api/scenario.list', async (route) => {
    const response = await route.fetch();
    const envelope = await response.json();
    for (const s of envelope.data ?? []) s.tags = null;
    await route.fulfill({ response, json: envelope });
  });
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toHaveText('Basis — ongewijzigd beleid');
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  const failed = page.getByTestId('view-error');
  await expect(failed).toContainText('kan niet worden getoond');
  await expect(failed).toContainText('Er is niets verloren');
  await expect(failed.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
  await page.screenshot({ path: shot('62-onderdeel-fout'), fullPage: true });

  // The way back, and every other part still works.
  await failed.getByRole('button', { name: 'Naar Capaciteit' }).click();
  await expect(page.getByRole('tab', { name: 'Capaciteit' })).toHaveAttribute('aria-selected', 'true');
  await expectAppStillWorks(page);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await expect(page.getByTestId('edit-feedback').or(page.locator('.ag-row').first())).toBeVisible();

  // Once the cause is gone, "Opnieuw proberen" reloads and draws the view.
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  await expect(failed).toBeVisible();
  await page.unroute('**/api/scenario.list');
  await failed.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByTestId('history-table')).toBeVisible();
  await expect(failed).toBeHidden();
});

test('an Excel file with a large second sheet is previewed under the CSP', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('robust-xlsx'));
  const cspErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
  await page.goto(app.url);
  await openKeyImport(page);
  await page.getByLabel('Importeer sleutelcijfers').setInputFiles({ name: 'met-toelichting.xlsx', mimeType: XLSX_TYPE, buffer: await workbookWithLargeSecondSheet() });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('import-preview')).toContainText('Oldenzaal');
  await expect(dialog.getByTestId('import-preview')).toContainText('6.000');
  await page.screenshot({ path: shot('63-import-groot-werkblad') });
  expect(cspErrors).toEqual([]);
  await dialog.getByRole('button', { name: 'Importeer 2 waarden' }).click();
  await expect(page.getByTestId('edit-feedback')).toContainText('2 waarden geïmporteerd uit "met-toelichting.xlsx"');
});

test('too large or damaged Excel files get a Dutch message, and a read can be cancelled', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('robust-xlsx-errors'));
  await page.goto(app.url);
  await openKeyImport(page);
  const input = page.getByLabel('Importeer sleutelcijfers');
  const feedback = page.getByTestId('edit-feedback');

  // Over the limit: refused before reading, with the file's size.
  await input.setInputFiles({ name: 'groot.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.alloc(6_300_000, 1) });
  await expect(feedback).toContainText('"groot.xlsx" is 6,3 MB');
  await expect(feedback).toContainText('5 MB');
  await page.screenshot({ path: shot('64-import-te-groot') });

  // Damaged in several ways: cut off, scrambled inside, or a zip without a workbook.
  const good = await workbookWithLargeSecondSheet();
  const scrambled = Buffer.from(good);
  for (let i = 1_000; i < 260_000; i += 7) scrambled[i] ^= 0xff;
  const damaged: [string, Uint8Array][] = [
    ['afgebroken.xlsx', good.subarray(0, good.length >> 1)],
    ['door-elkaar.xlsx', scrambled],
    ['geen-werkmap.xlsx', zipSync({ 'notitie.xml': strToU8('<notitie>geen werkmap</notitie>') })],
  ];
  for (const [name, buffer] of damaged) {
    await input.setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(buffer) });
    await expect(feedback).toContainText(`"${name}" is geen leesbaar Excel-bestand (.xlsx)`);
  }
  await page.screenshot({ path: shot('65-import-kapot') });
  await expect(page.getByRole('dialog')).toBeHidden();

  // Cancel while the file is being read (the preview is held back here so there is time to press the button).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/keyInputs.preview', async (route) => {
    await held;
    await route.continue();
  });
  await input.setInputFiles({ name: 'sleutels.xlsx', mimeType: XLSX_TYPE, buffer: good });
  await expect(page.getByTestId('import-reading')).toContainText('sleutels.xlsx');
  await page.screenshot({ path: shot('66-import-bezig') });
  await page.getByTestId('import-reading').getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByTestId('import-reading')).toBeHidden();
  await expect(page.getByTestId('import-cancelled')).toContainText('geannuleerd');
  release();
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog')).toBeHidden();

  // After a cancel the next file is read as usual.
  await page.unroute('**/api/keyInputs.preview');
  await input.setInputFiles({ name: 'sleutels.xlsx', mimeType: XLSX_TYPE, buffer: good });
  await expect(page.getByRole('dialog').getByTestId('import-preview')).toContainText('Borne');
});
