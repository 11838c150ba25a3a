/**
 * "Mijn gemeente": a beleidsmedewerker of Hengelo chooses her gemeente above the tabs, sees Hengelo's figures beside
 * the region's on every tab (checked against the backend's own numbers), switches to Enschede by clicking it on the
 * fair-share map, keeps the choice across tabs and scenarios, and clears it.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { CapacityProjection, FairShareView, ScenarioSummary, UrgentieView } from '../../shared/contract';
import { formatNumber } from '../../shared/numberFormat';
import { expect, shot, tempDbFile, test, type RunningApp } from './browserMode';

const whole = (x: number) => formatNumber(Math.round(x));
const HENGELO = 'GM0164';
const ENSCHEDE = 'GM0153';

async function api<T>(request: APIRequestContext, app: RunningApp, channel: string, input: unknown): Promise<T> {
  const res = await request.post(`${app.origin}/api/${channel}`, { headers: { 'X-Plekkenplanner-Token': app.token }, data: input });
  const body = (await res.json()) as { ok: boolean; data: T };
  expect(body.ok).toBe(true);
  return body.data;
}

const picker = (page: Page) => page.getByRole('combobox', { name: 'Mijn gemeente' });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
/** The gemeente's and the region's cell of a row of the region-vs-gemeente table. */
const focusCell = (page: Page, id: string, col: 'gemeente' | 'regio') => page.getByTestId(`focus-${id}`).locator(`[data-col="${col}"]`);

test('Mijn gemeente: its figures beside the region on every tab, chosen on the map, kept across tabs and scenarios, cleared', async ({ page, request, app: apps }) => {
  const app = await apps.start(tempDbFile('focus'));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.url);
  const [basis] = await api<ScenarioSummary[]>(request, app, 'scenario.list', {});
  // A second scenario with 24 more places in Enschede, so the comparison per scenario differs.
  const more = await api<ScenarioSummary>(request, app, 'scenario.duplicate', { id: basis.id, name: 'Enschede +24' });
  await api(request, app, 'locations.save', {
    scenarioId: more.id,
    location: { name: 'Nieuwbouw (test)', gemeente: ENSCHEDE, variant: 'allInclusive', places: 24, opening: '2026-01', closing: null, financing: 'Wmo', targetGroup: 'algemeen', source: 'test', isAanname: true },
  });
  await page.reload();
  await page.locator('.scenario', { hasText: basis.name }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText(basis.name);
  const p = await api<CapacityProjection>(request, app, 'projection.capacity', { scenarioId: basis.id });
  const y = p.result.years.find((x) => x.year === p.reportingYear)!;

  await page.getByRole('button', { name: 'Nu sluiten' }).click();
  // Nothing chosen: no gemeente table.
  await expect(picker(page)).toHaveValue('');
  await expect(page.getByTestId('focus-capacity')).toHaveCount(0);

  // Capaciteit: Hengelo's figures of the reporting year beside the region's, from the model's byGemeente.
  await picker(page).selectOption({ label: 'Hengelo' });
  await expect(page.getByTestId('focus-status')).toContainText('cijfers van Hengelo naast die van de regio');
  const h = y.byGemeente[HENGELO];
  await expect(focusCell(page, 'wachtlijst', 'gemeente')).toHaveText(whole(h.waitingList));
  await expect(focusCell(page, 'wachtlijst', 'regio')).toHaveText(whole(y.waitingList));
  await expect(focusCell(page, 'inzorg', 'gemeente')).toHaveText(whole(h.inCare));
  await expect(focusCell(page, 'plekken', 'gemeente')).toHaveText(whole(h.places));
  await expect(focusCell(page, 'plekken', 'regio')).toHaveText(whole(y.places));
  await expect(focusCell(page, 'nodig', 'gemeente')).toHaveText(whole(h.placesNeeded));
  await expect(page.getByTestId('chart-mijn-gemeente')).toContainText('Hoe ontwikkelen wachtlijst, zorg en plekken zich in Hengelo?');
  await expect(page.getByTestId('why-mijn-gemeente')).toContainText('Hengelo');
  await page.screenshot({ path: shot('focus-01-capaciteit-1280') });
  await page.getByTestId('focus-capacity').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-02-capaciteit-tabel-1280') });
  await page.getByTestId('chart-gemeenten').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-02b-capaciteit-grafieken-1280') });

  // Fair share: the sentence and the table use the tab's own numbers; the map outlines Hengelo.
  await tab(page, 'Fair share').click();
  const fs = await api<FairShareView>(request, app, 'fairShare.view', { scenarioId: basis.id, key: 'inwoners', variant: 'allInclusive', year: p.reportingYear });
  await expect(focusCell(page, 'werkelijk', 'gemeente')).toHaveText(whole(fs.facility!.rows[4].actual));
  await expect(focusCell(page, 'werkelijk', 'regio')).toHaveText(whole(fs.facility!.total));
  await expect(page.getByTestId('focus-fairshare')).toContainText(`Hengelo heeft eind ${p.reportingYear} ${whole(fs.facility!.rows[4].actual)} Wmo-plekken`);
  await expect(page.getByTestId('map-focus')).toHaveCount(1);
  await expect(page.getByTestId('key-table').locator('tr.focus-row')).toHaveText(/^Hengelo/);
  await page.getByTestId('region-map').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-03-fairshare-hengelo-1280') });

  // A click on Enschede on the map makes Enschede "Mijn gemeente".
  await page.locator(`path[role="button"][data-gemeente="${ENSCHEDE}"]`).click();
  await expect(picker(page)).toHaveValue(ENSCHEDE);
  await expect(page.getByTestId('focus-fairshare')).toContainText(`Enschede heeft eind ${p.reportingYear} ${whole(fs.facility!.rows[2].actual)} Wmo-plekken`);
  await expect(page.getByTestId('key-table').locator('tr.focus-row')).toHaveText(/^Enschede/);
  await expect(page.locator(`path[data-gemeente="${ENSCHEDE}"][aria-pressed="true"]`)).toHaveCount(1);

  // Urgentie: Enschede's row highlighted and its figures beside the region's, from urgentie.view.
  await tab(page, 'Urgentie').click();
  const u = await api<UrgentieView>(request, app, 'urgentie.view', { scenarioId: basis.id });
  if (!u.ok) throw new Error('urgentie.view not ok');
  const uy = u.years.find((x) => x.year === u.reportingYear)!;
  await expect(focusCell(page, 'vraag', 'gemeente')).toHaveText(formatNumber(uy.byGemeente[2].demand));
  await expect(focusCell(page, 'vraag', 'regio')).toHaveText(formatNumber(uy.demand));
  await expect(focusCell(page, 'tekort', 'gemeente')).toHaveText(formatNumber(uy.byGemeente[2].shortfall));
  await expect(page.getByTestId('focus-urgentie')).toContainText(uy.byGemeente[2].meetsNorm ? 'Enschede haalt de norm' : 'Enschede haalt niet de norm');
  await expect(page.getByTestId('urgentie-table').locator('tr.focus-row')).toHaveText(/^Enschede/);
  await page.getByTestId('focus-urgentie').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-04-urgentie-1280') });

  // Vergelijken: Enschede per scenario beside the region, each from that scenario's own projection.
  await tab(page, 'Vergelijken').click();
  const second = page.getByRole('checkbox', { name: 'Enschede +24' });
  if (!(await second.isChecked())) await second.check();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await expect(page.getByTestId('focus-compare').locator('thead th').nth(1)).toHaveText(basis.name);
  const pMore = await api<CapacityProjection>(request, app, 'projection.capacity', { scenarioId: more.id });
  const yMore = pMore.result.years.find((x) => x.year === p.reportingYear)!;
  const placesRow = page.getByTestId('focus-compare-places').locator('td');
  await expect(placesRow.nth(0)).toContainText(whole(y.byGemeente[ENSCHEDE].places));
  await expect(placesRow.nth(0)).toContainText(`regio: ${whole(y.places)}`);
  await expect(placesRow.nth(1)).toContainText(whole(yMore.byGemeente[ENSCHEDE].places));
  // 24 places more in Enschede (a few of them flip to the Wlz over the years).
  expect(yMore.byGemeente[ENSCHEDE].places).toBeGreaterThan(y.byGemeente[ENSCHEDE].places + 12);
  await expect(page.getByTestId('focus-compare-waitingList').locator('td').nth(1)).toContainText(whole(yMore.byGemeente[ENSCHEDE].waitingList));
  await page.getByTestId('focus-compare').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-05-vergelijken-1280') });

  // Onzekerheid: plainly region-only.
  await tab(page, 'Onzekerheid').click();
  await expect(page.getByTestId('focus-note')).toContainText('rekent alleen voor de regio: hier staan geen aparte cijfers voor Enschede');

  // Monitor: with figures imported, Enschede's row in needs and gaps is highlighted.
  await tab(page, 'Monitor').click();
  await expect(page.getByTestId('focus-monitor')).toContainText('Zonder monitoringcijfers zijn er hier nog geen cijfers voor Enschede');
  const csv = 'Periode;Gemeente;Vorm;Doelgroep;In zorg;Wachtend\n2026-H1;Enschede;All-inclusive;;130;44\n2026-H1;Hengelo;Modulair;;95;21\n';
  await page.getByLabel('Importeer monitoringcijfers').setInputFiles({ name: 'monitor.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Bron/).fill('Fictief (test)');
  await dialog.getByRole('button', { name: /^Importeer \d+ cijfers$/ }).click();
  await expect(page.getByTestId('monitor-gaps').locator('tr.focus-row')).toHaveText(/^Enschede/);
  await expect(page.getByTestId('focus-monitor')).toContainText('De rij van Enschede is gemarkeerd.');
  await page.getByTestId('monitor-gaps').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-06-monitor-1280') });

  // Aannames: Enschede's row in the per-gemeente grids, its locations; regional groups say so.
  await tab(page, 'Aannames').click();
  await expect(page.locator('.ag-row.focus-row')).toHaveCount(1);
  await expect(page.locator('.ag-row.focus-row [col-id="gemeente"]')).toHaveText('Enschede');
  await page.locator('.ag-row.focus-row').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-06b-aannames-beginstand-1280') });
  await tab(page, 'Instroom').click();
  await expect(page.getByTestId('focus-assumptions')).toHaveText('Deze aannames gelden voor de hele regio: er zijn geen aparte waarden voor Enschede.');
  await tab(page, 'Locaties').click();
  await expect(page.getByTestId('focus-assumptions')).toContainText('locaties in Enschede');
  const cells = page.locator('.ag-row.focus-row [col-id="gemeente"]');
  await expect(cells.first()).toHaveText('Enschede');
  for (const cell of await cells.all()) await expect(cell).toHaveText('Enschede');
  // The choice changes while the grid is open: the highlight follows.
  await picker(page).selectOption({ label: 'Hengelo' });
  await expect(page.getByTestId('focus-assumptions')).toContainText('locaties in Hengelo');
  await expect(cells.first()).toHaveText('Hengelo');
  await cells.first().scrollIntoViewIfNeeded();
  for (const cell of await cells.all()) await expect(cell).toHaveText('Hengelo');
  await page.screenshot({ path: shot('focus-07-aannames-locaties-1280') });

  // Another scenario and back to Capaciteit: still Hengelo, with that scenario's figures.
  await page.locator('.scenario', { hasText: 'Enschede +24' }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Enschede +24');
  await tab(page, 'Capaciteit').click();
  await expect(picker(page)).toHaveValue(HENGELO);
  await expect(focusCell(page, 'wachtlijst', 'gemeente')).toHaveText(whole(yMore.byGemeente[HENGELO].waitingList));

  // Larger screen.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId('focus-capacity').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-08-capaciteit-1440') });
  await tab(page, 'Fair share').click();
  await page.getByTestId('region-map').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('focus-09-fairshare-1440') });

  // Clearing removes it everywhere.
  await page.getByRole('button', { name: 'Wis de keuze Hengelo' }).click();
  await expect(picker(page)).toHaveValue('');
  await expect(page.getByTestId('focus-fairshare')).toHaveCount(0);
  await expect(page.getByTestId('map-focus')).toHaveCount(0);
  await tab(page, 'Capaciteit').click();
  await expect(page.getByTestId('focus-capacity')).toHaveCount(0);
  await expect(page.getByTestId('chart-mijn-gemeente')).toHaveCount(0);
  await page.screenshot({ path: shot('focus-10-gewist-1440') });
});
