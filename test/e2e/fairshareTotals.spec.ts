/**
 * Fair share in whole places that add up: every column of "Dezelfde … plekken, verdeeld met elke sleutel" sums to its
 * total (each cell rounded on its own gave 374 or 376 of 375), with a total row; the method (grootste overschot,
 * Sainte-Laguë, D'Hondt) is chosen on the tab and changes the distribution, never the sum.
 */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test } from './browserMode';

const int = (text: string) => Number(text.replace(/\./g, '').replace('−', '-').replace('+', '').trim());

/** The key table as numbers: per column (Werkelijk, then each key) the eight gemeente cells and the total cell. */
async function keyTable(page: Page) {
  const table = page.getByTestId('key-table');
  const headers = await table.locator('thead th').allInnerTexts();
  const body = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')));
  const foot = await table.locator('tfoot td').allInnerTexts();
  expect(body).toHaveLength(8);
  return headers.slice(1).map((header, j) => ({ header, cells: body.map((r) => r[j]), total: foot[j] }));
}

async function expectColumnsAddUp(page: Page) {
  // After a new choice the heading and the table load together; wait until both show the same places.
  await expect
    .poll(async () => {
      const h = int(/Dezelfde ([\d.]+) plekken/.exec(await page.locator('#keys-title').innerText())?.[1] ?? '0');
      const first = await page.getByTestId('key-table').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[0]?.textContent ?? '0'));
      return first.reduce((s, x) => s + int(x), 0) === h;
    })
    .toBe(true);
  const heading = await page.locator('#keys-title').innerText();
  const total = int(/Dezelfde ([\d.]+) plekken/.exec(heading)![1]);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId('key-table').locator('tfoot th')).toHaveText('Totaal');
  const columns = await keyTable(page);
  let checked = 0;
  for (const c of columns) {
    if (c.total === '—') continue;
    const sum = c.cells.reduce((s, x) => s + int(x), 0);
    expect(sum, `kolom ${c.header}`).toBe(total);
    expect(int(c.total), `totaal ${c.header}`).toBe(total);
    checked += 1;
  }
  expect(checked).toBeGreaterThanOrEqual(6);
  // The map's numbers are differences with the whole-place norm: together 0.
  const labels = await page.locator('.map-label .map-value').allTextContents();
  expect(labels).toHaveLength(8);
  expect(labels.reduce((s, x) => s + int(x), 0)).toBe(0);
  return { total, columns };
}

test('every key column sums exactly to its total; switching the method changes the places, not the sum', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('fairshare-totals'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await page.getByLabel('Vorm van de plekken').selectOption('alle');
  await page.getByLabel('Jaar', { exact: true }).selectOption('2030');
  await expect(page.getByTestId('key-table')).toBeVisible();
  await expect(page.getByLabel('Afrondingsmethode')).toHaveValue('largest-remainder');

  const hamilton = await expectColumnsAddUp(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('fairshare-totals-01-hamilton-1440'), fullPage: true });

  // D'Hondt favours the larger gemeenten: another distribution, the same sums.
  const before = await page.getByTestId('key-table').innerText();
  await page.getByLabel('Afrondingsmethode').selectOption('dhondt');
  await expect(page.getByTestId('method-help')).toContainText("D'Hondt");
  await expect(page.getByTestId('key-table')).not.toHaveText(before);
  const dhondt = await expectColumnsAddUp(page);
  expect(dhondt.total).toBe(hamilton.total);
  expect(dhondt.columns.map((c) => c.cells)).not.toEqual(hamilton.columns.map((c) => c.cells));
  // Werkelijk (the actual places) does not depend on the method.
  expect(dhondt.columns[0].cells).toEqual(hamilton.columns[0].cells);

  await page.getByLabel('Afrondingsmethode').selectOption('sainte-lague');
  await expectColumnsAddUp(page);
  await expect(page.getByTestId('why-keys')).toContainText(`Elke kolom telt precies op tot ${hamilton.total}`);

  // The choice stays when the user goes to another tab and back.
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  await page.getByRole('tab', { name: 'Fair share' }).click();
  await expect(page.getByLabel('Afrondingsmethode')).toHaveValue('sainte-lague');

  // One variant, another year: still exact.
  await page.getByLabel('Vorm van de plekken').selectOption('allInclusive');
  await page.getByLabel('Jaar', { exact: true }).selectOption('2027');
  await expectColumnsAddUp(page);

  // The placement suggestion's table has a total row; the norm after the expansion adds up to current + new.
  await page.getByRole('button', { name: 'Stel verdeling voor' }).click();
  await expect(page.getByTestId('voorstel-totaal')).toHaveText('24');
  const limits = page.locator('table.limits');
  const foot = await limits.locator('tfoot td').allInnerTexts();
  const [nu, norm, voorstel] = foot.slice(-3).map(int);
  expect(norm).toBe(nu + voorstel);
  await expect(page.getByTestId('suggestion-why')).not.toContainText('volgens de sleutel 0');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('fairshare-totals-02-boven-1280') });
  await page.locator('.key-comparison').scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: shot('fairshare-totals-03-1280') });
  await page.locator('.key-comparison').screenshot({ path: shot('fairshare-totals-04-sleutels-1280') });
});
