/** Scenarios for decisions: compare side by side, history with restore, export and import, adoption. */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const row = (page: Page, text: string) => page.locator('.ag-row', { hasText: text });

async function editInRow(page: Page, rowText: string, colId: string, text: string) {
  await row(page, rowText).locator(`[col-id="${colId}"]`).dblclick();
  const input = page.locator('.ag-cell-inline-editing input').first();
  await input.fill(text);
  await input.press('Enter');
}

test('compare two scenarios, restore a change, export and import, adopt', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('scenarios'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.getByLabel('Naam').fill('Hogere groei');
  await page.getByRole('button', { name: 'Dupliceren' }).last().click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Hogere groei');
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
  await editInRow(page, 'Groei vraag all-inclusive', 'waarde', '25');
  await expect(page.getByTestId('edit-feedback')).toContainText('Opgeslagen');

  // Side by side, with the difference in words and only the assumption that differs.
  await page.getByRole('tab', { name: 'Vergelijken' }).click();
  await expect(page.getByTestId('compare-table')).toContainText('meer dan Basis — ongewijzigd beleid');
  await expect(page.getByTestId('assumption-diff')).toContainText('Groei vraag all-inclusive');
  await expect(page.getByTestId('assumption-diff').locator('tbody tr')).toHaveCount(1);
  await page.screenshot({ path: shot('30-vergelijken'), fullPage: true });

  // History: the change is there; add a reason; put the old value back.
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  const entry = page.getByTestId('history-table').locator('tr', { hasText: 'Groei vraag all-inclusive' }).first();
  await expect(entry).toContainText('15');
  await expect(entry).toContainText('25');
  await entry.getByRole('textbox').fill('Nieuwe prognose Cimot');
  await entry.getByRole('textbox').press('Enter');
  await expect(page.getByTestId('scenario-message')).toContainText('Reden opgeslagen');
  await entry.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByTestId('scenario-message')).toContainText('teruggezet');
  await expect(page.getByTestId('history-table').locator('tbody tr').first().getByRole('textbox')).toHaveValue(/^Teruggezet naar de situatie van vóór/);
  await page.screenshot({ path: shot('31-geschiedenis'), fullPage: true });

  // Export and import again: a new scenario, nothing overwritten.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer scenario (JSON)' }).click();
  const file = await downloadPromise;
  expect(file.suggestedFilename()).toBe('Hogere-groei.plekkenplanner.json');
  const path = await file.path();
  await page.getByLabel('Importeer scenario').setInputFiles(path!);
  await expect(page.getByTestId('scenario-message')).toContainText('geïmporteerd als nieuw scenario "Hogere groei (geïmporteerd)"');
  await expect(page.getByRole('button', { name: /Hogere groei \(geïmporteerd\)/ })).toBeVisible();
  // A broken file is refused with a Dutch message.
  await page.getByLabel('Importeer scenario').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "iets anders"}') });
  await expect(page.getByTestId('scenario-message')).toContainText('geen Plekkenplanner-scenario');

  // Adopt: from then on read-only.
  await page.getByRole('button', { name: 'Vaststellen…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Vaststellen' }).click();
  await expect(page.locator('.topbar .status')).toHaveText('vastgesteld');
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await expect(page.locator('.notice')).toContainText('vastgesteld');
  await page.screenshot({ path: shot('32-vastgesteld'), fullPage: true });
});

test('undo and redo in the editing session: buttons and Ctrl+Z', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('undo'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
  const cell = row(page, 'Groei vraag all-inclusive').locator('[col-id="waarde"]');
  await expect(cell).toHaveText('15');
  await editInRow(page, 'Groei vraag all-inclusive', 'waarde', '40');
  await expect(cell).toHaveText('40');
  await page.getByRole('button', { name: '↶ Ongedaan maken' }).click();
  await expect(page.getByTestId('undo-message')).toHaveText('Ongedaan gemaakt: Groei vraag all-inclusive.');
  await expect(cell).toHaveText('15');
  await page.getByRole('button', { name: '↷ Opnieuw' }).click();
  await expect(cell).toHaveText('40');
  await page.screenshot({ path: shot('33-ongedaan-opnieuw') });
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveText('15');
  await expect(page.getByRole('button', { name: '↷ Opnieuw' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '↶ Ongedaan maken' })).toBeDisabled();
  // Undo and redo are ordinary changes in the history, with their reason.
  await page.getByRole('tab', { name: 'Scenario en geschiedenis' }).click();
  await expect(page.getByTestId('history-table').locator('tbody tr').first().getByRole('textbox')).toHaveValue('Ongedaan gemaakt');
});
