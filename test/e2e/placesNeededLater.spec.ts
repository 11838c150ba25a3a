/**
 * A grid edit redraws the effect preview from a projection without the places needed (a search over many
 * projections); the complete projection follows, and Capaciteit shows the places needed the backend computes.
 */
import type { APIRequestContext } from '@playwright/test';
import type { CapacityProjection } from '../../shared/contract';
import { expect, shot, tempDbFile, test, type RunningApp } from './browserMode';

async function projection(request: APIRequestContext, app: RunningApp): Promise<CapacityProjection> {
  const res = await request.post(`${app.origin}/api/projection.capacity`, { headers: { 'X-Plekkenplanner-Token': app.token }, data: { scenarioId: 1 } });
  const body = (await res.json()) as { ok: boolean; data: CapacityProjection };
  expect(body.ok).toBe(true);
  return body.data;
}

test('the effect preview does not wait for the places needed; Capaciteit shows them', async ({ page, request, app: apps }) => {
  const app = await apps.start(tempDbFile('placesNeeded'));
  const asked: unknown[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/projection.capacity')) asked.push(r.postDataJSON());
  });
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
  const before = await page.getByTestId('effect-waiting').innerText();

  asked.length = 0;
  await page.locator('.ag-row', { hasText: 'Groei vraag all-inclusive' }).locator('[col-id="waarde"]').dblclick();
  await page.locator('.ag-cell-inline-editing input').first().fill('60');
  await page.locator('.ag-cell-inline-editing input').first().press('Enter');
  await expect(page.getByTestId('edit-feedback')).toContainText('Opgeslagen');
  // First the quick projection for the preview, then the complete one.
  expect(asked).toEqual([
    { scenarioId: 1, placesNeeded: false, months: false },
    { scenarioId: 1 },
  ]);
  const full = await projection(request, app);
  const at = full.result.years.find((y) => y.year === full.reportingYear)!;
  await expect(page.getByTestId('effect-waiting')).not.toHaveText(before);
  await expect(page.getByTestId('effect-waiting')).toHaveText(Math.round(at.waitingList).toLocaleString('nl-NL'));
  await page.screenshot({ path: shot('placesNeeded-1-effect-preview'), fullPage: false });

  // Capaciteit: the places needed of the complete projection (more growth: places are needed).
  expect(at.placesNeeded).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  const card = page.locator('.card', { hasText: `Extra plekken nodig ${at.year}` });
  await expect(card.locator('.card-value')).toHaveText(`${at.placesNeeded.toLocaleString('nl-NL')} plekken`);
  await expect(page.getByText('Bezig met doorrekenen…')).toHaveCount(0);
  await card.screenshot({ path: shot('placesNeeded-2-capaciteit-card') });
});
