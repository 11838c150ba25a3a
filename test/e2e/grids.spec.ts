/**
 * The assumption grids driven with the keyboard, as a beleidsmedewerker types: Dutch numbers read by one parser (a
 * whole-number cell refuses 1,5), rows that keep their identity when the store re-orders them, settings as ja/nee,
 * shares as %, years without a thousands point, labels and headers in full, errors without internal field names.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Location } from '../../shared/locations';
import { expect, shot, tempDbFile, test, type RunningApp } from './browserMode';

/** The scenario's data as the backend has it (the store is the truth, not the grid). */
async function backend(request: APIRequestContext, app: RunningApp) {
  const res = await request.post(`${app.origin}/api/scenario.data`, { headers: { 'X-Plekkenplanner-Token': app.token }, data: { scenarioId: 1 } });
  const body = (await res.json()) as { ok: boolean; data: { locations: Location[]; assumptions: Record<string, { value: number; formula: string | null }> } };
  expect(body.ok).toBe(true);
  return body.data;
}

/** A cell of an AG Grid by row id and column (a row is split over the pinned and the scrolling part). */
const gridCell = (grid: Locator, rowId: string, colId: string) => grid.locator(`[row-id="${rowId}"] [col-id="${colId}"]`);
/** The row id at a displayed position. */
const rowIdAt = (grid: Locator, index: number) => grid.locator(`[row-index="${index}"]`).first().getAttribute('row-id');
const rowByLabel = (page: Page, text: string) => page.locator('.ag-row', { hasText: text });
/** The id of the row that has the keyboard focus, and the column. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('[col-id]');
    return { row: cell?.closest('[row-id]')?.getAttribute('row-id') ?? null, col: cell?.getAttribute('col-id') ?? null };
  });

/** Types text into the focused cell as a user does: Enter opens the editor, select all, type, Enter saves. */
async function typeInFocusedCell(page: Page, text: string) {
  await page.keyboard.press('Enter');
  const input = page.locator('.ag-cell-inline-editing input');
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Before a screenshot: no hover tooltip, rows done moving (AG Grid animates rows to their new place). */
async function settle(page: Page) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
}

const RAW_FIELD = /\b[a-z]+\.[a-zA-Z]+:|\bname:|\blocation\b|\bplaces\b/;

test('Locaties with the keyboard: 1,5 is refused in Plekken, and the next value lands in the same location after its gemeente changed', async ({ page, request, app: apps }) => {
  const app = await apps.start(tempDbFile('grids'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Locaties' }).click();
  const grid = page.getByRole('region', { name: 'Locaties' });
  const feedback = page.getByTestId('edit-feedback');

  // The first location (Borne comes first: gemeenten are alphabetical).
  const before = await backend(request, app);
  const target = before.locations[0];
  expect(target.gemeente).toBe('GM0147');
  const id = String(target.id);
  await gridCell(grid, id, 'places').click();
  expect(await focused(page)).toEqual({ row: id, col: 'places' });

  // 1,5 in a whole-number cell: a Dutch message naming the column, nothing stored (it used to store 15).
  await typeInFocusedCell(page, '1,5');
  await expect(feedback).toHaveText('Plekken: vul een heel getal in; 1,5 heeft decimalen. Er is niets opgeslagen.');
  await expect(gridCell(grid, id, 'places')).toHaveText(String(target.places));
  // Text and formula-like text say what is wrong (not "een lege cel kan niet").
  await typeInFocusedCell(page, 'abc');
  await expect(feedback).toContainText('Plekken: "abc" is geen getal.');
  await typeInFocusedCell(page, '=foo+');
  await expect(feedback).toContainText('Plekken: hier kan geen formule');
  await expect(feedback).not.toContainText(RAW_FIELD);
  await settle(page);
  await page.screenshot({ path: shot('grids-01-locaties-1komma5-geweigerd') });
  expect((await backend(request, app)).locations.find((l) => l.id === target.id)!.places).toBe(target.places);

  // Gemeente with the keyboard: two cells to the left, Enter opens the list, two down (Borne → Dinkelland → Enschede), Enter.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focused(page)).toEqual({ row: id, col: 'gemeente' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox').getByRole('option', { name: 'Dinkelland' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // A valid edit replaces the old error.
  await expect(feedback).toHaveText(`Locatie "${target.name}" opgeslagen.`);
  await expect(page.locator('.feedback.error')).toHaveCount(0);

  // The store re-sorted the list (the row moved among the Enschede rows): the focus moved with it.
  const movedIndex = await grid.locator(`[row-id="${id}"]`).first().getAttribute('row-index');
  expect(movedIndex).not.toBe('0');
  await expect.poll(() => focused(page)).toEqual({ row: id, col: 'gemeente' });
  expect(await rowIdAt(grid, 0)).not.toBe(id);

  // Two to the right is Plekken of the same location: 24 goes there, nowhere else.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focused(page)).toEqual({ row: id, col: 'places' });
  await typeInFocusedCell(page, '24');
  await expect(feedback).toHaveText(`Locatie "${target.name}" opgeslagen.`);
  await expect(gridCell(grid, id, 'places')).toHaveText('24');
  await expect(gridCell(grid, id, 'name')).toHaveText(target.name);

  const after = await backend(request, app);
  const changed = after.locations.find((l) => l.id === target.id)!;
  expect(changed).toMatchObject({ gemeente: 'GM0153', places: 24, name: target.name });
  // Every other location is as it was.
  for (const l of after.locations.filter((x) => x.id !== target.id)) expect(l).toEqual(before.locations.find((b) => b.id === l.id));

  // A thousands point is read the Dutch way in a whole-number cell.
  await typeInFocusedCell(page, '1.500');
  await expect(gridCell(grid, id, 'places')).toHaveText('1.500');
  expect((await backend(request, app)).locations.find((l) => l.id === target.id)!.places).toBe(1500);

  // The location's name is shown in full (wrapped), not cut off.
  const name = gridCell(grid, id, 'name');
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await settle(page);
  await page.screenshot({ path: shot('grids-02-locaties-1440'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await settle(page);
  await page.screenshot({ path: shot('grids-03-locaties-1280') });
});

test('settings as ja/nee, shares as %, years without a point, formulas marked "=", labels and headers in full', async ({ page, request, app: apps }) => {
  const app = await apps.start(tempDbFile('grids-settings'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  const feedback = page.getByTestId('edit-feedback');
  const value = (label: string) => rowByLabel(page, label).locator('[col-id="waarde"]');

  // Model: yes/no as ja/nee (typing "ja" works), a choice by its label, the horizon as 2035 (not 2.035).
  await page.getByRole('tab', { name: 'Model', exact: true }).click();
  const uitwijken = value('Wachtenden mogen een vrije plek');
  await expect(uitwijken).toHaveText('nee');
  await expect(value('Laatste jaar van de projectie')).toHaveText('2035');
  await expect(value('Wat de projectie drijft')).toHaveText('behoefte volgt de trend');
  await expect(rowByLabel(page, 'Wachtenden mogen een vrije plek').locator('[col-id="aanname"]')).toContainText('(ja of nee)');
  await uitwijken.click();
  await page.keyboard.type('ja');
  await page.keyboard.press('Enter');
  await expect(uitwijken).toHaveText('ja');
  await expect(feedback).toContainText('Opgeslagen');
  expect((await backend(request, app)).assumptions.uitwijkenAndereVorm.value).toBe(1);
  // And back with the list: Enter opens it, the arrow chooses nee.
  await uitwijken.click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: 'nee' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(uitwijken).toHaveText('nee');
  expect((await backend(request, app)).assumptions.uitwijkenAndereVorm.value).toBe(0);
  await settle(page);
  await page.screenshot({ path: shot('grids-04-model-instellingen'), fullPage: true });

  // Wlz: shares as %; "3 %" is stored as 0,03; a wrong entry is marked, the next valid one clears it.
  await page.getByRole('tab', { name: 'Wlz', exact: true }).click();
  const omklapLabel = 'Aandeel overgangen waarbij de plek meegaat naar de Wlz (omklappen), All-inclusive';
  const omklap = value(omklapLabel);
  await expect(omklap).toHaveText('80 %');
  await omklap.click();
  await typeInFocusedCell(page, 'veel');
  await expect(feedback).toContainText(`${omklapLabel}: "veel" is geen getal.`);
  await expect(feedback).not.toContainText(RAW_FIELD);
  await expect(omklap).toHaveClass(/cel-fout/);
  await typeInFocusedCell(page, '3 %');
  await expect(omklap).toHaveText('3 %');
  await expect(omklap).not.toHaveClass(/cel-fout/);
  await expect(page.locator('.cel-fout')).toHaveCount(0);
  await expect(feedback).toHaveText(`Opgeslagen: ${omklapLabel}.`);
  expect((await backend(request, app)).assumptions['wlzOmklapAandeel.allInclusive'].value).toBe(0.03);
  // The source panel says it the same way.
  await expect(page.locator('.source-panel .value-line')).toContainText('Waarde: 3 %');
  // A percentage above 100 % is refused in %, not as "maximaal 1 fractie".
  await typeInFocusedCell(page, '150 %');
  await expect(feedback).toContainText('kies een percentage van 0 % tot en met 100 %');
  await expect(omklap).toHaveText('3 %');

  // The long label that tells the rows apart is shown in full.
  const labelCell = rowByLabel(page, omklapLabel).locator('[col-id="aanname"]');
  await expect(labelCell).toContainText(`${omklapLabel} (%)`);
  expect(await labelCell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await settle(page);
  await page.screenshot({ path: shot('grids-05-wlz-aandelen-1440'), fullPage: true });

  // Formulas are marked with an "=" badge, not "ƒ" (which reads as guilders).
  await page.getByRole('tab', { name: 'Verdeelsleutel instroom' }).click();
  const formulaCell = value('Gewicht Enschede');
  await expect(formulaCell.getByRole('img', { name: 'formule' })).toHaveText('=');
  await expect(formulaCell).toHaveText(/^= [\d.]+$/);
  await expect(formulaCell).not.toContainText('ƒ');
  await settle(page);
  await formulaCell.screenshot({ path: shot('grids-09-formule-teken'), scale: 'device' });

  // Per gemeente: headers wrap between words only; every header word fits its column (at both screen sizes).
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.getByRole('tab', { name: 'Beginstand' }).click();
    await expect(page.locator('.ag-header-cell-text', { hasText: 'Geclusterd' }).first()).toBeVisible();
    const cut = await page.locator('.ag-header-cell-text').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
    expect(cut).toEqual([]);
    await settle(page);
    await page.screenshot({ path: shot(`grids-06-beginstand-${size.width}`) });
    await page.getByRole('tab', { name: 'Urgente groepen' }).click();
    await expect(value('Verdeelregel')).toHaveText('woonplaatsbeginsel');
    await settle(page);
    await page.screenshot({ path: shot(`grids-07-urgente-groepen-${size.width}`), fullPage: true });
    await page.getByRole('tab', { name: 'Wlz', exact: true }).click();
    await settle(page);
    await page.screenshot({ path: shot(`grids-08-wlz-${size.width}`) });
  }
});
