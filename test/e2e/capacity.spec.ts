/** The projectgroep's question end to end: 24 all-inclusive places in Haaksbergen from 2027, growth as a formula, a Wlz wave. */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const row = (page: Page, text: string) => page.locator('.ag-row', { hasText: text });

async function cardNumber(page: Page, label: RegExp): Promise<number> {
  const text = await page.locator('.card', { hasText: label }).locator('.card-value').innerText();
  return Number(text.replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));
}

async function editInRow(page: Page, rowText: string, colId: string, text: string) {
  await row(page, rowText).locator(`[col-id="${colId}"]`).dblclick();
  const input = page.locator('.ag-cell-inline-editing input, .ag-popup-editor textarea').first();
  await input.fill(text);
  await input.press('Enter');
}

test('a new location, a growth formula and a Wlz wave change the projection', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('capacity'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw scenario' }).click();
  await page.getByLabel('Naam').fill('Haaksbergen 24 all-inclusive');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Haaksbergen 24 all-inclusive');

  await page.getByLabel('Jaar van de kerncijfers').selectOption('2027');
  const waitingBefore = await cardNumber(page, /Wachtlijst eind 2027/);
  expect(waitingBefore).toBeGreaterThan(100);

  // Add the location in the Locaties grid.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Locaties' }).click();
  await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
  await expect(page.getByTestId('edit-feedback')).toContainText('Nieuwe locatie toegevoegd');
  await editInRow(page, 'Nieuwe locatie', 'name', 'Nieuwe locatie Haaksbergen');
  await expect(page.getByTestId('edit-feedback')).toContainText('opgeslagen');
  await row(page, 'Nieuwe locatie Haaksbergen').locator('[col-id="gemeente"]').dblclick();
  await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
  await page.getByRole('listbox').getByRole('option', { name: 'Haaksbergen' }).click();
  await expect(row(page, 'Nieuwe locatie Haaksbergen').locator('[col-id="gemeente"]')).toHaveText('Haaksbergen');
  await editInRow(page, 'Nieuwe locatie Haaksbergen', 'places', '24');
  await expect(row(page, 'Nieuwe locatie Haaksbergen').locator('[col-id="places"]')).toHaveText('24');
  // A bad month is refused in Dutch and nothing changes.
  await editInRow(page, 'Nieuwe locatie Haaksbergen', 'opening', 'januari');
  await expect(page.getByTestId('edit-feedback')).toContainText('geef een maand als jjjj-mm');
  await editInRow(page, 'Nieuwe locatie Haaksbergen', 'opening', '2027-01');
  await expect(row(page, 'Nieuwe locatie Haaksbergen').locator('[col-id="opening"]')).toHaveText('2027-01');
  await page.screenshot({ path: shot('10-locaties'), fullPage: true });

  // The waiting list in 2027 is lower by about the 24 places.
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  await page.getByLabel('Jaar van de kerncijfers').selectOption('2027');
  await expect.poll(() => cardNumber(page, /Wachtlijst eind 2027/)).toBeLessThan(waitingBefore - 20);
  await expect(page.getByTestId('why-gemeenten')).toContainText('In 2027 wachten de meeste mensen uit');
  await page.screenshot({ path: shot('11-capaciteit-met-locatie'), fullPage: true });

  // Growth as a formula; a broken formula is refused with a Dutch message.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
  await editInRow(page, 'Groei vraag all-inclusive', 'waarde', '=15 * 1,02 ^ (jaar - 2025)');
  await expect(row(page, 'Groei vraag all-inclusive').locator('[col-id="waarde"]')).toHaveText('= 15');
  await row(page, 'Groei vraag all-inclusive').locator('[col-id="waarde"]').click();
  await expect(page.getByTestId('formula')).toHaveText('=15 * 1,02 ^ (jaar - 2025)');
  await editInRow(page, 'Groei vraag all-inclusive', 'waarde', '=15 * (jaar - ');
  await expect(page.getByTestId('edit-feedback')).toContainText('De formule klopt niet');
  await expect(page.getByTestId('edit-feedback')).toContainText('Er is niets opgeslagen');
  await expect(row(page, 'Groei vraag all-inclusive').locator('[col-id="waarde"]')).toHaveText('= 15');
  await editInRow(page, 'Groei vraag all-inclusive', 'waarde', '=groeiPerJaar_allInclusive + 1');
  await expect(page.getByTestId('edit-feedback')).toContainText('Kringverwijzing');
  await page.screenshot({ path: shot('12-formule-fout'), fullPage: true });
  // Plain numbers only: a root of a negative number, or a comparison with 0 / 0, is refused in Dutch; so is an operator
  // outside the allowed ones. Nothing is stored: the cell keeps its formula.
  for (const [text, message] of [
    ['=15 .* 2', 'Het teken ".*" mag niet in een formule.'],
    ['=(jaar - jaar) / (jaar - jaar) > 1 ? 20 : 15', 'de vergelijking > krijgt een ongeldig getal'],
    ['=sqrt(0 * jaar - 4)', 'de wortel van een negatief getal (-4) bestaat niet.'],
  ]) {
    await editInRow(page, 'Groei vraag all-inclusive', 'waarde', text);
    await expect(page.getByTestId('edit-feedback')).toContainText(message);
    await expect(page.getByTestId('edit-feedback')).toContainText('Er is niets opgeslagen');
    await expect(row(page, 'Groei vraag all-inclusive').locator('[col-id="waarde"]')).toHaveText('= 15');
  }
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: shot('12b-formule-negatief-1280'), fullPage: false });
  if (viewport) await page.setViewportSize(viewport);

  // A one-off Wlz wave of 100 clients in 2026.
  await page.getByRole('tab', { name: 'Wlz', exact: true }).click();
  await page.getByRole('button', { name: 'Eenmalige overgang toevoegen' }).click();
  await expect(row(page, 'Nieuwe gebeurtenis')).toBeVisible();
  await editInRow(page, 'Nieuwe gebeurtenis', 'clients', '100');
  await expect(row(page, 'Nieuwe gebeurtenis').locator('[col-id="clients"]')).toHaveText('100');
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  await expect(page.getByTestId('why-wlz')).toContainText('cliënten van de Wmo naar de Wlz');
  const wlzText = await page.getByTestId('why-wlz').innerText();
  expect(Number(/gaan ([\d.]+) cliënten/.exec(wlzText)![1].replace('.', ''))).toBeGreaterThan(150);
  await page.getByTestId('chart-wlz').screenshot({ path: shot('13-wlz-grafiek') });
});
