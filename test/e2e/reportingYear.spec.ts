/** Fair share and Urgentie open on the scenario's reporting year (rapportagejaar), as Capaciteit does, and follow a change of it. */
import { expect, shot, tempDbFile, test } from './browserMode';

test('Fair share and Urgentie open on the reporting year', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('reporting-year'));
  await page.goto(app.url);
  const fairYear = page.getByLabel('Jaar', { exact: true });
  const urgentYear = page.getByLabel('Jaar van de urgentieverdeling');

  // The baseline's reporting year is 2030.
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await expect(fairYear).toHaveValue('2030');
  await expect(page.getByText('Fair-share-index eind 2030')).toBeVisible();
  await page.getByRole('tab', { name: 'Urgentie' }).click();
  await expect(urgentYear).toHaveValue('2030');
  await expect(page.getByTestId('why-urgentie')).toContainText('Nodig in 2030:');

  // Another reporting year: both tabs follow it.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Model', exact: true }).click();
  const setting = page.locator('.ag-row', { hasText: 'Jaar waarover de kerncijfers' }).locator('[col-id="waarde"]');
  await setting.click();
  await page.keyboard.type('2028');
  await page.keyboard.press('Enter');
  await expect(setting).toHaveText('2028');
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await expect(fairYear).toHaveValue('2028');
  await page.getByRole('tab', { name: 'Urgentie' }).click();
  await expect(urgentYear).toHaveValue('2028');
  await expect(page.getByTestId('why-urgentie')).toContainText('Nodig in 2028:');
  await page.screenshot({ path: shot('reporting-year-urgentie'), fullPage: true });

  // A year picked on the tab stays picked.
  await urgentYear.selectOption('2026');
  await expect(page.getByTestId('why-urgentie')).toContainText('Nodig in 2026:');
});
