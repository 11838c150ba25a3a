/**
 * Vergelijken says what differs: a scenario with only another range is not "gelijk"; a different need driver is a
 * clear warning; values and ranges read as the grid shows them (%, labels), also in the source note after an edit.
 */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const BASIS = 'Basis — ongewijzigd beleid';
const UITVAL = 'Uitval van de wachtlijst per jaar, All-inclusive (zonder plek van de lijst af)';

async function openCompare(page: Page) {
  await page.getByRole('tab', { name: 'Vergelijken' }).click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
}

test('a different range, then a different need driver: listed, warned, formatted as in the grid', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('compare'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.getByLabel('Naam').fill('Ruimer bereik');
  await page.getByRole('button', { name: 'Dupliceren' }).last().click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Ruimer bereik');

  // Nothing differs yet: only now may it say the scenarios are the same.
  await openCompare(page);
  await expect(page.getByTestId('difference-summary')).toHaveText(/^De gekozen scenario’s zijn gelijk/);

  // A range of a share, edited on Onzekerheid beside the run: shown and typed in %.
  await page.getByRole('tab', { name: 'Onzekerheid' }).click();
  const ranges = page.getByTestId('ranges-table');
  await expect(ranges.locator('tr', { hasText: UITVAL })).toContainText('5 %');
  await ranges.getByRole('button', { name: `Bereik van ${UITVAL} wijzigen` }).click();
  const editor = page.getByTestId('range-edit').getByTestId('range-editor');
  await expect(editor).toContainText('Nu: 80 %-interval van 5 % tot 20 %; meest waarschijnlijk is de waarde zelf (10 %).');
  await expect(editor.getByLabel('Laag (P10) (%)')).toHaveValue('5 %');
  await editor.getByLabel('Laag (P10) (%)').fill('2,5 %');
  await editor.getByLabel('Hoog (P90) (%)').fill('30');
  await editor.getByRole('button', { name: 'Bereik opslaan' }).click();
  await expect(page.getByTestId('range-feedback')).toHaveText(`Bereik van "${UITVAL}" opgeslagen.`);
  await expect(ranges.locator('tr', { hasText: UITVAL })).toContainText('2,5 %');
  await expect(ranges.locator('tr', { hasText: UITVAL })).toContainText('30 %');
  // A share range out of bounds is refused in %.
  await page.getByTestId('range-edit').getByTestId('range-editor').getByLabel('Hoog (P90) (%)').fill('150 %');
  await page.getByTestId('range-edit').getByRole('button', { name: 'Bereik opslaan' }).click();
  await expect(page.getByTestId('range-edit').getByRole('alert')).toContainText('het bereik moet tussen 0 % en 100 % liggen');

  // Vergelijken: the assumptions are the same, but the range is not, so it does not say "gelijk".
  await openCompare(page);
  await expect(page.getByTestId('difference-summary')).toHaveText('De scenario’s verschillen in 1 bereik voor de onzekerheidsanalyse; hieronder staat wat er anders is.');
  const rangeDiff = page.getByTestId('range-diff');
  await expect(rangeDiff).toContainText(UITVAL);
  await expect(rangeDiff).toContainText('80 %-interval van 5 % tot 20 %');
  await expect(rangeDiff).toContainText('80 %-interval van 2,5 % tot 30 %');
  await expect(page.getByTestId('compare-warning')).toHaveCount(0);

  // Another need driver: typed by its label in the grid; the source note names the old value as the grid showed it.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Model', exact: true }).click();
  const driver = page.locator('.ag-row', { hasText: 'Wat de projectie drijft' }).locator('[col-id="waarde"]');
  await driver.click();
  await page.keyboard.type('instroom');
  await page.keyboard.press('Enter');
  await expect(driver).toHaveText('instroom is gegeven');
  await expect(page.locator('.source-panel textarea')).toHaveValue(/\(was behoefte volgt de trend\)\./);

  await openCompare(page);
  const warning = page.getByTestId('compare-warning');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('Let op: niet één op één te vergelijken.');
  await expect(warning).toContainText(`andere aandrijving (${BASIS}: behoefte volgt de trend; Ruimer bereik: instroom is gegeven)`);
  await expect(page.getByTestId('difference-summary')).toHaveText(
    'De scenario’s verschillen in 1 instelling van het model en 1 bereik voor de onzekerheidsanalyse; hieronder staat wat er anders is.',
  );
  await expect(page.getByTestId('setting-diff')).toContainText('instroom is gegeven');
  await expect(page.getByTestId('setting-diff')).toContainText('(keuze)');
  await expect(page.getByTestId('assumption-diff')).toHaveCount(0);
  await page.screenshot({ path: shot('compare-01-verschillen'), fullPage: true });

  // The report shows the same block.
  await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();
  await page.getByRole('checkbox', { name: BASIS }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  await expect(page.getByText('De scenario’s verschillen in 1 instelling van het model en 1 bereik')).toBeVisible();
  // The warning stands on the summary page, before the figures it is about.
  await expect(page.locator('.page', { hasText: 'Samenvatting' }).getByText('niet één op één te vergelijken')).toBeVisible();
  await page.getByTestId('report-differences').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('compare-02-rapport-verschillen') });
});
