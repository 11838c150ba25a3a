/**
 * Accessibility (WCAG 2.1 AA) in Chromium: axe on every view, dialog, the intro, the report and the presentation,
 * also with a chart tooltip open; the contrast of chart legends and tooltips, which axe cannot judge (their text lies
 * over the chart's SVG); reflow at 320 CSS px; the tabs pattern, the skip link, focus after dialogs, one key out of a grid.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MONITOR_FICTIEF_CSV } from '../fixtures/monitorFictief';
import { expect, shot, tempDbFile, test } from './browserMode';

const MAIN_TABS = ['Capaciteit', 'Onzekerheid', 'Fair share', 'Urgentie', 'Vergelijken', 'Monitor', 'Rapport en presentatie', 'Aannames', 'Scenario en geschiedenis'];
const ASSUMPTION_TABS = ['Beginstand', 'Instroom', 'Verdeelsleutel instroom', 'Wachtlijst', 'Doelgroepen', 'Verblijfsduur en uitstroom', 'Wlz', 'Locaties', 'Tarieven', 'Verdeelsleutels', 'Urgente groepen', 'Model'];

/** axe with the WCAG 2.0/2.1 A and AA rules; the violations as readable lines, so a failure says what and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

async function expectNoViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

/**
 * Text in chart legends and tooltips against white (their background): axe reports these as "incomplete" because the
 * text lies over an SVG. WCAG 1.4.3 asks 4.5:1 for text of this size.
 */
async function chartTextContrast(page: Page): Promise<{ text: string; color: string; ratio: number }[]> {
  return page.evaluate(() => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (rgb: number[]) => 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    const selector = '.recharts-legend-item-text, .recharts-tooltip-label, .recharts-tooltip-item-name, .recharts-tooltip-item-value, .recharts-tooltip-item-separator';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((e) => e.offsetParent !== null && e.textContent!.trim() !== '')
      .map((e) => {
        const color = getComputedStyle(e).color;
        const rgb = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        return { text: e.textContent!.trim(), color, ratio: 1.05 / (luminance(rgb) + 0.05) };
      });
  });
}

async function expectReadableChartText(page: Page, where: string) {
  const texts = await chartTextContrast(page);
  expect(texts.length, `${where}: chart texts found`).toBeGreaterThan(0);
  expect(texts.filter((t) => t.ratio < 4.5), where).toEqual([]);
}

/** Opens a main tab and waits until its content has drawn. */
async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tabpanel').first()).toBeVisible();
  await expect(page.locator('.busy')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(400);
}

/** Waits for the content of a view that loads after the tab is open. */
const ready: Record<string, (page: Page) => Promise<void>> = {
  Capaciteit: (p) => expect(p.locator('[data-testid="chart-wachtlijst"] .recharts-area').first()).toBeVisible(),
  Onzekerheid: (p) => expect(p.getByTestId('tornado-time').locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 30_000 }),
  'Fair share': (p) => expect(p.getByTestId('region-map')).toBeVisible(),
  Urgentie: (p) => expect(p.getByTestId('why-urgentie')).toBeVisible(),
  Vergelijken: (p) => expect(p.getByTestId('compare-table')).toBeVisible({ timeout: 20_000 }),
  Monitor: (p) => expect(p.getByRole('heading', { name: 'Plan tegen werkelijkheid' })).toBeVisible(),
  'Rapport en presentatie': (p) => expect(p.getByRole('button', { name: 'Rapport bekijken' })).toBeEnabled({ timeout: 30_000 }),
  Aannames: (p) => expect(p.locator('.ag-row').first()).toBeVisible(),
  'Scenario en geschiedenis': (p) => expect(p.locator('.history, .status-panel').first()).toBeVisible(),
};

/** A second scenario, so Vergelijken and the report have two to show. */
async function duplicate(page: Page) {
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.getByLabel('Naam').fill('Tweede scenario');
  await page.getByRole('dialog').getByRole('button', { name: 'Dupliceren' }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Tweede scenario');
}

async function visit(page: Page, name: string) {
  await openTab(page, name);
  await ready[name](page);
}

test('axe finds nothing on any view, dialog, report or slide, also with a chart tooltip open; chart legends and tooltips are readable', async ({ page, app: apps }) => {
  test.setTimeout(480_000);
  const app = await apps.start(tempDbFile('a11y-axe'));
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toBeVisible();
  // The intro of a first start.
  await expect(page.getByTestId('intro')).toBeVisible();
  await ready.Capaciteit(page);
  await expectNoViolations(page, 'Capaciteit met de introductie');
  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  await duplicate(page);

  for (const name of MAIN_TABS) {
    await visit(page, name);
    await expectNoViolations(page, name);
    if (name === 'Aannames') {
      for (const sub of ASSUMPTION_TABS.slice(1)) {
        await page.getByRole('tab', { name: sub, exact: true }).click();
        await expect(page.getByRole('heading', { level: 2, name: sub, exact: true })).toBeVisible();
        await page.waitForTimeout(300);
        await expectNoViolations(page, `Aannames › ${sub}`);
      }
    }
  }

  // The Monitor with figures: its chart, tables and buttons.
  await visit(page, 'Monitor');
  await page.getByLabel('Importeer monitoringcijfers').setInputFiles({ name: 'monitor-fictief.csv', mimeType: 'text/csv', buffer: Buffer.from(MONITOR_FICTIEF_CSV) });
  await expectNoViolations(page, 'Monitor: voorbeeld van de import');
  await page.getByRole('dialog').getByRole('button', { name: /^Importeer \d+ cijfers$/ }).click();
  await expect(page.getByTestId('monitor-estimates')).toBeVisible();
  await expectNoViolations(page, 'Monitor met cijfers');
  await expectReadableChartText(page, 'Monitor: legenda');

  // Chart tooltips: hover a chart on Capaciteit, on Fair share and on Urgentie.
  for (const [tab, chart] of [
    ['Capaciteit', '[data-testid="chart-wachtlijst"]'],
    ['Capaciteit', '[data-testid="chart-gemeenten"]'],
    ['Urgentie', 'figure[aria-labelledby="homes-title"]'],
  ] as const) {
    await visit(page, tab);
    const surface = page.locator(`${chart} svg.recharts-surface[role="application"]`);
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.45, { steps: 5 });
    await expect(page.locator(`${chart} .recharts-tooltip-item`).first()).toBeVisible();
    await expectNoViolations(page, `${tab}: tooltip van ${chart}`);
    await expectReadableChartText(page, `${tab}: legenda en tooltip van ${chart}`);
    if (chart.includes('gemeenten')) await page.screenshot({ path: shot('a11y-tooltip-gemeenten'), clip: { x: box.x - 20, y: box.y - 60, width: box.width + 40, height: box.height + 80 } });
    await page.mouse.move(0, 0);
  }
  // Legends on the other views (no tooltip needed).
  for (const tab of ['Fair share', 'Onzekerheid'])
    await visit(page, tab).then(() => expectReadableChartText(page, `${tab}: legenda`));

  // Dialogs: a new scenario (with a name that is refused: the error inside the dialog), and the confirmation to delete.
  await page.getByRole('button', { name: 'Nieuw scenario' }).click();
  await page.getByLabel('Naam').fill('');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'dialoog Nieuw scenario');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Verwijderen' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'dialoog Verwijderen');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // Report on screen and the presentation.
  await visit(page, 'Rapport en presentatie');
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  await expect(page.getByTestId('report')).toBeVisible();
  await page.waitForTimeout(500);
  await expectNoViolations(page, 'rapport');
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('button', { name: 'Rapport bekijken' })).toBeFocused();
  await page.getByRole('button', { name: 'Presenteren' }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  for (let slide = 1; slide <= 8; slide++) {
    await expect(page.getByTestId('slide-counter')).toHaveText(`${slide} / 8`);
    await page.waitForTimeout(200);
    await expectNoViolations(page, `presentatie dia ${slide}`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Presenteren' })).toBeFocused();
});

test('at 320 CSS px every view reflows without scrolling the page sideways', async ({ page, app: apps }) => {
  test.setTimeout(240_000);
  const app = await apps.start(tempDbFile('a11y-reflow'));
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toBeVisible();
  await ready.Capaciteit(page);
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(await pageWidth(), 'Capaciteit met de introductie').toBeLessThanOrEqual(320);
  await page.screenshot({ path: shot('a11y-320-capaciteit') });
  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  await duplicate(page);
  for (const name of MAIN_TABS) {
    await visit(page, name);
    expect.soft(await pageWidth(), name).toBeLessThanOrEqual(320);
    await page.screenshot({ path: shot(`a11y-320-${name.split(' ')[0].toLowerCase()}`), fullPage: name === 'Capaciteit' || name === 'Vergelijken' });
  }
  await visit(page, 'Aannames');
  await page.getByRole('tab', { name: 'Locaties', exact: true }).click();
  await expect(page.locator('.ag-row').first()).toBeVisible();
  expect.soft(await pageWidth(), 'Aannames › Locaties').toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Nieuw scenario' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect.soft(await pageWidth(), 'dialoog').toBeLessThanOrEqual(320);
  await page.screenshot({ path: shot('a11y-320-dialoog') });
  await page.getByRole('button', { name: 'Annuleren' }).click();
  // The report's A4 pages scroll inside the report, not the page.
  await visit(page, 'Rapport en presentatie');
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  await expect(page.getByTestId('report')).toBeVisible();
  expect.soft(await pageWidth(), 'rapport').toBeLessThanOrEqual(320);
  await page.screenshot({ path: shot('a11y-320-rapportweergave') });
  await page.getByRole('button', { name: 'Sluiten' }).click();

  // 1280×720: grid headers wrap between words, row labels in full (issue 12, item 10).
  await page.setViewportSize({ width: 1280, height: 720 });
  await visit(page, 'Capaciteit');
  await page.screenshot({ path: shot('a11y-1280-capaciteit') });
  await visit(page, 'Aannames');
  for (const sub of ['Beginstand', 'Locaties', 'Verblijfsduur en uitstroom']) {
    await page.getByRole('tab', { name: sub, exact: true }).click();
    await expect(page.locator('.ag-row').first()).toBeVisible();
    await page.locator('.grid').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(800); // AG Grid measures wrapped rows again after the resize
    await page.screenshot({ path: shot(`a11y-1280-aannames-${sub.split(' ')[0].toLowerCase()}`) });
  }
});

test('keyboard: skip link, tabs with arrow keys, Home and End, focus back after a dialog, one key out of a grid', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('a11y-keys'));
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toBeVisible();

  // The skip link is the first stop and moves the focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: shot('a11y-skiplink'), clip: { x: 0, y: 0, width: 640, height: 120 } });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
  // Closing the intro leaves the focus in the content.
  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  await expect(page.locator('main#inhoud')).toBeFocused();

  // Tabs: one stop; arrows, Home and End move and open.
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  await tab('Capaciteit').focus();
  await expect(page.locator('[role="tablist"][aria-label="Onderdelen"] [role="tab"][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(tab('Onzekerheid')).toBeFocused();
  await expect(tab('Onzekerheid')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Onzekerheid' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab('Scenario en geschiedenis')).toBeFocused();
  await expect(tab('Scenario en geschiedenis')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Capaciteit')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Scenario en geschiedenis')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Capaciteit')).toBeFocused();
  await expect(tab('Capaciteit')).toHaveAttribute('aria-selected', 'true');
  // Tab leaves the tab list for the panel.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tablist', { name: 'Onderdelen' }).locator(':focus')).toHaveCount(0);

  // The charts are named stops.
  const names = await page.locator('.recharts-surface[role="application"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(5);
  for (const n of names) expect(n).toMatch(/^Grafiek: .{10,}/);

  // Focus goes back to the button that opened a dialog.
  const newButton = page.getByRole('button', { name: 'Nieuw scenario' });
  await newButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(newButton).toBeFocused();
  await newButton.press('Enter');
  await page.getByLabel('Naam').fill('Toetsenbord');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-scenario')).toHaveText('Toetsenbord');
  await expect(newButton).toBeFocused();
  // After deleting a scenario the focus is on the scenario now chosen, not on "Verwijderen" again.
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('active-scenario')).not.toHaveText('Toetsenbord');
  await expect(page.locator('.scenario-list .scenario.selected')).toBeFocused();

  // A grid: the arrow keys move inside, one Tab leaves it.
  await tab('Aannames').click();
  await tab('Instroom').click();
  await page.locator('.ag-row').first().locator('[col-id="waarde"]').click();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ag-row').nth(1).locator('[col-id="waarde"]')).toBeFocused();
  // The source panel follows the focused cell (it is drawn anew for it): wait until it shows that row.
  const second = (await page.locator('.ag-row').nth(1).locator('[col-id="aanname"]').innerText()).trim();
  await expect(page.locator('.source-panel h3')).toContainText(second.slice(0, 20));
  // The next stop after the grid: the source of the chosen value.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Bron of toelichting')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.ag-root-wrapper'))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.ag-root-wrapper'))).toBe(false);

  // Tab while editing keeps the value and leaves the grid.
  await page.locator('.ag-row', { hasText: 'Groei vraag all-inclusive' }).locator('[col-id="waarde"]').dblclick();
  await page.locator('.ag-cell-inline-editing input').first().fill('16');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('edit-feedback')).toContainText('Opgeslagen');
  await expect(page.locator('.ag-row', { hasText: 'Groei vraag all-inclusive' }).locator('[col-id="waarde"]')).toHaveText('16');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.ag-root-wrapper'))).toBe(false);

  // In a list, Enter on the delete cell (reached with the arrow keys) asks; cancelling returns to that cell.
  await tab('Locaties').click();
  await page.locator('.ag-row').first().locator('[col-id="name"]').click();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.ag-row').first().locator('[col-id="verwijderen"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('verwijderen uit dit scenario?');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.ag-row').first().locator('[col-id="verwijderen"]')).toBeFocused();
  // Confirmed: the row is gone and the focus is back in the list.
  const rows = await page.locator('.ag-row [col-id="name"]').count();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByTestId('edit-feedback')).toBeVisible();
  await expect(page.locator('.ag-row [col-id="name"]')).toHaveCount(rows - 1);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ag-root-wrapper'))).toBe(true);

  // The assumption groups are tabs too.
  await tab('Instroom').click();
  await tab('Instroom').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Verdeelsleutel instroom')).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Verdeelsleutel instroom' })).toBeVisible();
});

test('after a Monte Carlo run the focus is on its outcome; after cancelling, back on Bereken', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('a11y-mc'));
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toBeVisible();
  await page.getByRole('tab', { name: 'Onzekerheid' }).click();
  await page.getByLabel('Aantal trekkingen').selectOption('500');
  const start = page.getByRole('button', { name: 'Bereken' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Uitkomst: 500 trekkingen/ })).toBeFocused({ timeout: 60_000 });

  await page.getByLabel('Aantal trekkingen').selectOption('20000');
  await start.focus();
  await page.keyboard.press('Enter');
  const cancel = page.getByRole('button', { name: 'Annuleren' });
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mc-ended')).toContainText('Geannuleerd');
  await expect(start).toBeFocused();
});
