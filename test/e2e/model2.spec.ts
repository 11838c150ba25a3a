/**
 * Model 2.0 on screen: the two waiting times and the places needed with their promise; a prikkelarm need with
 * its own location; departures from the list in the flows chart. Screenshots at 1440×900 and 1280×720.
 */
import type { Page } from '@playwright/test';
import { expect, shot, tempDbFile, test, type RunningApp } from './browserMode';

async function api<T>(page: Page, app: RunningApp, channel: string, input: unknown): Promise<T> {
  const r = await page.request.post(`${app.origin}/api/${channel}`, { headers: { 'x-plekkenplanner-token': app.token, 'content-type': 'application/json', origin: app.origin }, data: input });
  const body = await r.json();
  if (!body.ok) throw new Error(body.error.message);
  return body.data as T;
}

test('need, waiting times, places needed and a target group, explained on the Capaciteit tab', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('model2'));
  await page.goto(app.url);
  await expect(page.getByTestId('active-scenario')).toHaveText('Basis — ongewijzigd beleid');
  await expect(page.getByTestId('why-capaciteit')).toContainText('De behoefte (in zorg plus wachtend) groeit van 397 naar 727 in 2035: de trend uit de aannames, gemiddeld +30,0 per jaar.');
  const cards = page.getByTestId('cards');
  await expect(cards).toContainText('Wachttijd geplaatsten 2030');
  await expect(cards).toContainText('Wachttijd bij aanmelding eind 2030');
  await expect(cards).toContainText('het kleinste aantal extra plekken');
  await expect(page.getByTestId('why-stromen')).toContainText('gaan er');
  await expect(page.getByTestId('why-nodig')).toContainText('met één plek minder van een vorm lukt dat voor die vorm niet');
  await expect(page.getByTestId('model-diagram')).toBeVisible();
  await expect(page.getByTestId('why-model')).toContainText('nieuwe indicaties (benodigde instroom) op de wachtlijst');
  await page.getByTestId('chart-model').screenshot({ path: shot('74-model2-schema') });
  await page.screenshot({ path: shot('70-model2-capaciteit'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: shot('71-model2-capaciteit-1280') });

  // A scenario where 10 % of all-inclusive need is prikkelarm, with a prikkelarm location of 12 places.
  const s = await api<{ id: number }>(page, app, 'scenario.create', { name: 'Prikkelarm 12 plekken' });
  await api(page, app, 'assumptions.setValue', { scenarioId: s.id, key: 'doelgroepAandeel.allInclusive.prikkelarm', value: 0.1 });
  await api(page, app, 'locations.save', {
    scenarioId: s.id,
    location: { name: 'Prikkelarm Hengelo', gemeente: 'GM0164', variant: 'allInclusive', places: 12, opening: '2026-01', closing: null, financing: 'Wmo', targetGroup: 'prikkelarm (autisme)', source: 'Plan', isAanname: true },
  });
  // A fresh load (the app removed the token from the address bar, so only a new page load reads it again).
  await page.goto('about:blank');
  await page.goto(app.url);
  await page.getByRole('button', { name: /Prikkelarm 12 plekken/ }).click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Prikkelarm 12 plekken');
  const groups = page.getByTestId('doelgroepen');
  await expect(groups).toContainText('prikkelarm (autisme)');
  await expect(groups).toContainText('algemeen');
  await groups.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('72-model2-doelgroepen-1280') });

  // The new assumptions are on their own tabs, each with a source or an aanname note.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Wachtlijst' }).click();
  await expect(page.locator('.ag-row', { hasText: 'Uitval van de wachtlijst per jaar, All-inclusive' })).toBeVisible();
  await expect(page.locator('.ag-row', { hasText: 'Gemiddeld al gewacht' })).toBeVisible();
  await page.screenshot({ path: shot('73-model2-aannames-wachtlijst') });
  await page.getByRole('tab', { name: 'Doelgroepen' }).click();
  await expect(page.locator('.ag-row', { hasText: 'Aandeel doelgroep prikkelarm (autisme) in de wachtlijst en de groei, All-inclusive' })).toBeVisible();
});
