/** End to end in browser mode: the real UI in Chromium against the real backend and SQLite file. */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const cell = (page: Page, rowId: string, colId: string) => page.locator(`[row-id="${rowId}"] [col-id="${colId}"]`);

async function editCell(page: Page, rowId: string, colId: string, text: string) {
  await cell(page, rowId, colId).dblclick();
  const input = page.locator('.ag-cell-inline-editing input');
  await input.fill(text);
  await input.press('Enter');
}

test('create a scenario, edit a cell, restart the backend and still see the value', async ({ page, app: apps }) => {
  const db = tempDbFile('foundation');
  let app = await apps.start(db);

  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toHaveText('Basis — ongewijzigd beleid');
  await expect(page.getByTestId('why-capaciteit')).toContainText('van 397 naar');
  await expect(page.getByTestId('why-wachtlijst')).toContainText('De wachtlijst groeit van 46 naar');
  await expect(page.locator('[data-testid="chart-wachtlijst"] .recharts-area').first()).toBeVisible();
  await page.screenshot({ path: shot('01-start-basis'), fullPage: true });

  // New scenario from the baseline.
  await page.getByRole('button', { name: 'Nieuw scenario' }).click();
  await page.getByLabel('Naam').fill('Haaksbergen 24 plekken');
  await page.screenshot({ path: shot('02-nieuw-scenario-dialoog') });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Haaksbergen 24 plekken');

  // A duplicate name is refused with a Dutch message inside the dialog.
  await page.getByRole('button', { name: 'Nieuw scenario' }).click();
  await page.getByLabel('Naam').fill('haaksbergen 24 PLEKKEN');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Er is al een scenario met de naam');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // Edit a cell in the gemeente grid.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await expect(cell(page, 'GM0158', 'inZorg.allInclusive')).toHaveText('11');
  await editCell(page, 'GM0158', 'inZorg.allInclusive', '38');
  await expect(page.getByTestId('edit-feedback')).toContainText('Opgeslagen');
  await expect(cell(page, 'GM0158', 'inZorg.allInclusive')).toHaveText('38');
  await expect(page.locator('.ag-grid-pinned-bottom-rows-container [col-id="inZorg.allInclusive"]')).toHaveText('220');

  // Invalid input: a Dutch message, the cell marked, nothing stored.
  await editCell(page, 'GM0158', 'inZorg.allInclusive', '-5');
  await expect(page.getByTestId('edit-feedback')).toContainText('mag niet negatief zijn');
  await expect(page.getByTestId('edit-feedback')).toContainText('Er is niets opgeslagen');
  await expect(cell(page, 'GM0158', 'inZorg.allInclusive')).toHaveText('38');
  await editCell(page, 'GM0147', 'inwoners', 'veel');
  await expect(page.getByTestId('edit-feedback')).toContainText('"veel" is geen getal');
  await expect(cell(page, 'GM0147', 'inwoners')).toHaveClass(/cel-fout/);
  await page.screenshot({ path: shot('03-aannames-fout'), fullPage: true });

  // Dutch number input with a thousands separator.
  await editCell(page, 'GM0147', 'inwoners', '25.000');
  await expect(cell(page, 'GM0147', 'inwoners')).toHaveText('25.000');
  await expect(cell(page, 'GM0147', 'inwoners')).not.toHaveClass(/cel-fout/);

  // Restart the backend process on the same database file.
  expect(await app.stop()).toBe(0);
  expect(app.output()).toContain('Plekkenplanner is gestopt.');
  app = await apps.start(db);
  await page.goto(app.url);
  await page.getByRole('button', { name: /Haaksbergen 24 plekken/ }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Haaksbergen 24 plekken');
  await expect(page.getByTestId('why-capaciteit')).toContainText('van 424 naar');
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await expect(cell(page, 'GM0158', 'inZorg.allInclusive')).toHaveText('38');
  await expect(cell(page, 'GM0147', 'inwoners')).toHaveText('25.000');
  // The edited value lost its old source: it is an aanname until a source is named.
  await cell(page, 'GM0158', 'inZorg.allInclusive').click();
  await expect(page.locator('.source-panel')).toContainText('aanname');
  await page.getByLabel('Bron of toelichting').fill('Telling zorgaanbieder Haaksbergen, november 2026');
  await page.getByLabel(/Dit is een aanname/).uncheck();
  await page.getByRole('button', { name: 'Bron opslaan' }).click();
  await expect(page.getByTestId('edit-feedback')).toContainText('Bron opgeslagen');
  await expect(cell(page, 'GM0158', 'inZorg.allInclusive')).not.toHaveClass(/cel-aanname/);
  await page.screenshot({ path: shot('04-na-herstart'), fullPage: true });
});
