/** A beleidsmedewerker tests fair-share splits: changes a key weight, sees the map and the allocation change, places new places, switches the urgentie rule. */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const row = (page: Page, text: string) => page.locator('.ag-row', { hasText: text });
const mapLabel = (page: Page, naam: string) => page.locator('.map-label', { hasText: naam }).locator('.map-value');

async function editInRow(page: Page, rowText: string, colId: string, text: string) {
  await row(page, rowText).locator(`[col-id="${colId}"]`).dblclick();
  const input = page.locator('.ag-cell-inline-editing input').first();
  await input.fill(text);
  await input.press('Enter');
}

test('changing a key weight changes the map and the allocation; a suggestion becomes planned locations', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('fairshare'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await page.getByLabel('Verdeelsleutel').selectOption('mix');
  await page.getByLabel('Vorm van de plekken').selectOption('alle');
  await expect(page.getByTestId('region-map')).toBeVisible();
  const enschedeBefore = (await mapLabel(page, 'Enschede').textContent()) ?? '';
  const indexBefore = await page.getByTestId('fairshare-index').innerText();
  expect(Number(enschedeBefore.replace('+', '').replace('.', ''))).toBeGreaterThan(0);
  await page.screenshot({ path: shot('20-fairshare-mix'), fullPage: true });

  // Weights that do not add up to 100 % are refused for the mix, with a Dutch message.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Verdeelsleutels' }).click();
  await editInRow(page, 'Gewicht van "Inwoners" in de gewogen mix', 'waarde', '0');
  await expect(page.getByTestId('weights-sum')).toContainText('tellen op tot 50,0 %');
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await expect(page.getByTestId('key-message')).toContainText('tellen op tot 50 %');
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await editInRow(page, 'Gewicht van "ETHOS-telling" in de gewogen mix', 'waarde', '75');
  await expect(page.getByTestId('weights-sum')).toContainText('tellen op tot 100,0 %');
  await page.screenshot({ path: shot('21-verdeelsleutels'), fullPage: true });

  // The map and the index follow the new key: ETHOS puts more weight on Enschede.
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await expect(page.getByTestId('key-message')).toHaveCount(0);
  await expect(mapLabel(page, 'Enschede')).not.toHaveText(enschedeBefore);
  await expect(page.getByTestId('fairshare-index')).not.toHaveText(indexBefore);
  await expect(page.getByTestId('why-map')).toContainText('Volgens de sleutel "Gewogen mix"');
  await page.screenshot({ path: shot('22-fairshare-na-gewicht'), fullPage: true });

  // Where should 24 new all-inclusive places go (not in Enschede, at least 12 per location)?
  await page.getByLabel('Vorm van de plekken').selectOption('allInclusive');
  const indexAi = await page.getByTestId('fairshare-index').innerText();
  await page.getByLabel('Enschede uitsluiten').check();
  await page.getByRole('button', { name: 'Stel verdeling voor' }).click();
  await expect(page.getByTestId('suggestion-why')).toContainText('fair-share-index gaat van');
  await expect(page.getByTestId('voorstel-GM0153')).toHaveText('0');
  await page.locator('.suggestion').screenshot({ path: shot('23-voorstel') });
  await page.getByRole('button', { name: 'Maak geplande locaties' }).click();
  await expect(page.getByTestId('suggestion-message')).toContainText('geplande locaties toegevoegd');
  await expect(page.getByTestId('fairshare-index')).not.toHaveText(indexAi);

  // Urgentie: from the woonplaatsbeginsel to the fair-share key.
  await page.getByRole('tab', { name: 'Urgentie' }).click();
  await expect(page.getByTestId('urgentie-settings')).toContainText('woonplaatsbeginsel');
  const before = await page.getByTestId('urgentie-table').innerText();
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Urgente groepen' }).click();
  await row(page, 'Verdeelregel').locator('[col-id="waarde"]').dblclick();
  await page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
  await page.getByRole('option', { name: 'verdeelsleutel' }).click();
  await expect(row(page, 'Verdeelregel').locator('[col-id="waarde"]')).toHaveText('verdeelsleutel');
  await page.getByRole('tab', { name: 'Urgentie' }).click();
  await expect(page.getByTestId('urgentie-settings')).toContainText('verdeelsleutel "Inwoners"');
  await expect(page.getByTestId('urgentie-table')).not.toHaveText(before);
  await page.screenshot({ path: shot('24-urgentie'), fullPage: true });
});
