/** Two scenarios for the report and slide tests: the baseline, and a copy with 24 extra places in Haaksbergen (set up through the contract). */
import type { Page } from '@playwright/test';
import type { RunningApp } from './browserMode';

export async function api<T>(page: Page, app: RunningApp, channel: string, input: unknown): Promise<T> {
  const r = await page.request.post(`${app.origin}/api/${channel}`, { headers: { 'x-plekkenplanner-token': app.token, 'content-type': 'application/json', origin: app.origin }, data: input });
  const body = await r.json();
  if (!body.ok) throw new Error(body.error.message);
  return body.data as T;
}

export const EXTRA = 'Haaksbergen 24 plekken';

/** Duplicates the baseline (id 1) and adds 24 all-inclusive Wmo places in Haaksbergen from January 2027; returns the new id. */
export async function scenarioWithExtraPlaces(page: Page, app: RunningApp): Promise<number> {
  const copy = await api<{ id: number }>(page, app, 'scenario.duplicate', { id: 1, name: EXTRA });
  await api(page, app, 'locations.save', {
    scenarioId: copy.id,
    location: {
      name: 'Nieuwbouw Haaksbergen',
      gemeente: 'GM0158',
      variant: 'allInclusive',
      places: 24,
      opening: '2027-01',
      closing: null,
      financing: 'Wmo',
      targetGroup: 'algemeen',
      source: 'Plan van de gemeente Haaksbergen (voorbeeld)',
      isAanname: true,
    },
  });
  return copy.id;
}

/** A Monte Carlo of the active scenario (Basis) on the Onzekerheid tab, so that the report and slides show it. */
export async function runUncertainty(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Onzekerheid' }).click();
  await page.getByLabel('Aantal trekkingen').selectOption('500');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await page.getByTestId('mc-result').filter({ hasText: 'Uitkomst: 500 trekkingen' }).waitFor({ timeout: 60_000 });
}
