/**
 * Uncertainty in Chromium: a range in the assumptions, a Monte Carlo with progress, the same outcome again on warm
 * worker threads, cancel keeps the previous result, a chart per chance, tornados with their why and labels in full,
 * export.
 */
import fs from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { expect, shot, tempDbFile, test } from './browserMode';

test('ranges, Monte Carlo bands with progress and cancel, tornado and export of the percentiles', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('uncertainty'));
  await page.goto(app.url);

  // A range on the tariff, set where the assumption lives.
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Tarieven' }).click();
  await page.locator('.ag-row', { hasText: 'Tarief All-inclusive' }).locator('[col-id="waarde"]').click();
  const editor = page.getByTestId('range-editor');
  await editor.getByLabel('Soort').selectOption('pert');
  await editor.getByLabel('Laag', { exact: true }).fill('150');
  await editor.getByLabel('Hoog', { exact: true }).fill('150');
  await editor.getByRole('button', { name: 'Bereik opslaan' }).click();
  await expect(editor.getByRole('alert')).toContainText('laag (150) moet kleiner zijn dan hoog (150)');
  await editor.getByLabel('Hoog', { exact: true }).fill('260');
  await editor.getByLabel('Waarom dit bereik (bron of aanname)').fill('Aanname: offertes 2026 lopen uiteen');
  await editor.getByRole('button', { name: 'Bereik opslaan' }).click();
  await expect(page.getByTestId('edit-feedback')).toContainText('Bereik van "Tarief All-inclusive" opgeslagen.');

  await page.getByRole('tab', { name: 'Onzekerheid' }).click();
  await expect(page.getByTestId('ranges-table')).toContainText('Tarief All-inclusive');
  // Growth 2, Wlz 4, stay 4, list departures 4 + 4, time already waited 1, omgeklapt wijk 1, and the tariff just set.
  await expect(page.getByTestId('ranges-table').locator('tbody tr')).toHaveCount(21);
  await expect(page.getByTestId('tornado')).toContainText('hangt het meest af van');
  await expect(page.getByTestId('tornado-time').locator('.recharts-bar-rectangle').first()).toBeVisible();
  // The waiting-time tornado has its own why.
  await expect(page.getByTestId('tornado-time')).toContainText('Zonder onzekerheid wachtte wie in 2030 een plek kreeg gemiddeld');
  await expect(page.getByTestId('tornado-time')).toContainText('De wachttijd hangt het meest af van');
  // Tornado labels wrap over lines and are never cut off: every label is an assumption's label in full, inside the chart.
  const labels = await page.getByTestId('ranges-table').locator('tbody th').allTextContents();
  for (const id of ['tornado', 'tornado-time']) {
    const ticks = await page.getByTestId(id).locator('.recharts-yAxis-tick-labels text').evaluateAll((els) =>
      els.map((el) => ({ text: Array.from(el.querySelectorAll('tspan'), (t) => t.textContent).join(' '), inside: el.getBoundingClientRect().left >= el.closest('svg')!.getBoundingClientRect().left - 1 })),
    );
    expect(ticks.length).toBeGreaterThan(5);
    expect(ticks.filter((t) => !labels.includes(t.text))).toEqual([]);
    expect(ticks.some((t) => t.text.length > 60)).toBe(true);
    expect(ticks.filter((t) => t.text.includes('…') || !t.inside)).toEqual([]);
  }
  await page.getByTestId('tornado').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('55-tornado-labels') });

  await page.getByLabel('Aantal trekkingen').selectOption('1000');
  await page.getByRole('button', { name: 'Bereken' }).click();
  const result = page.getByTestId('mc-result');
  await expect(result).toContainText('Uitkomst: 1.000 trekkingen, startgetal 2026', { timeout: 60_000 });
  await expect(page.getByTestId('mc-sentences')).toContainText('toekomsten');
  await expect(page.getByTestId('mc-sentences')).toContainText('De fair-share-index eind 2030');
  await expect(result.locator('.recharts-area')).toHaveCount(4);
  // One chart per question about a chance, each with its why.
  await expect(page.getByTestId('chance-target').getByRole('heading')).toHaveText('Hoe groot is de kans dat de wachttijd binnen de norm blijft?');
  await expect(page.getByTestId('chance-target')).toContainText('De kans dat de wachttijd binnen de norm van 3 maanden blijft');
  await expect(page.getByTestId('chance-urgent').getByRole('heading')).toHaveText('Hoe groot is de kans op een tekort aan urgente huisvesting?');
  await expect(page.getByTestId('chance-urgent')).toContainText('De kans op een tekort aan urgente huisvesting');
  await page.screenshot({ path: shot('50-onzekerheid'), fullPage: true });
  const firstSentences = await page.getByTestId('mc-sentences').textContent();

  // Export the percentiles with the seed and N.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Percentielen naar Excel (.xlsx)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('Basis-ongewijzigd-beleid-onzekerheid-seed2026-N1000.xlsx');
  const sheets = await readXlsxFile(fs.readFileSync((await xlsx.path())!));
  expect(sheets.map((s) => s.sheet)).toEqual(['Info', 'Percentielen', 'Kansen', 'Bereiken']);
  expect(sheets[0].data.find((r) => r[0] === 'Startgetal (seed)')?.[1]).toBe('2026');
  expect(sheets[0].data.find((r) => r[0] === 'Aantal trekkingen (N)')?.[1]).toBe('1000');

  // Computing again, on the worker threads the first computation left warm: another seed gives another outcome,
  // and the first seed again exactly the first outcome.
  const seedField = page.getByRole('spinbutton', { name: 'Startgetal' });
  await seedField.fill('5');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(result).toContainText('Uitkomst: 1.000 trekkingen, startgetal 5', { timeout: 60_000 });
  await expect(page.getByTestId('mc-sentences')).not.toHaveText(firstSentences!);
  await seedField.fill('2026');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(result).toContainText('Uitkomst: 1.000 trekkingen, startgetal 2026', { timeout: 60_000 });
  await expect(page.getByTestId('mc-sentences')).toHaveText(firstSentences!);

  // A long run shows progress and can be cancelled; the previous result stays.
  await page.getByLabel('Aantal trekkingen').selectOption('20000');
  await page.getByRole('spinbutton', { name: 'Startgetal' }).fill('7');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(page.getByTestId('mc-progress')).toContainText(/[1-9][\d.]* van 20\.000 trekkingen/);
  await page.screenshot({ path: shot('51-onzekerheid-voortgang') });
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByTestId('mc-ended')).toContainText('Geannuleerd na');
  await expect(page.getByTestId('mc-ended')).toContainText('De vorige uitkomst blijft staan.');
  await expect(page.getByTestId('mc-sentences')).toHaveText(firstSentences!);
  await expect(result).toContainText('startgetal 2026');
  await page.screenshot({ path: shot('52-onzekerheid-geannuleerd'), fullPage: true });

  // The report and the slides of this scenario now say how sure the conclusion is.
  await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  await expect(page.getByTestId('report-uncertainty')).toContainText('1.000 doorrekeningen');
  await expect(page.getByTestId('report-uncertainty')).toContainText('binnen de norm van 3 maanden');
  await page.getByTestId('report-uncertainty').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('53-rapport-onzekerheid') });
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-counter')).toHaveText('9 / 9');
  await page.keyboard.press('Home');
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-slide="onzekerheid"]')).toBeVisible();
  await page.screenshot({ path: shot('54-presentatie-onzekerheid') });
});
