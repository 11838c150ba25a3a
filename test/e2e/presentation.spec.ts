/**
 * Presentation mode at a projector's 1280×720 and at 1920×1080: every slide inside the window, a headline of at most
 * two lines from the changed scenario's side, navigation fully visible, a norm line on the waiting-time slide.
 * A screenshot of every slide at both sizes under test-output/slides/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, tempDbFile, test } from './browserMode';
import { EXTRA, runUncertainty, scenarioWithExtraPlaces } from './reportScenarios';

const SLIDES_DIR = path.join('test-output', 'slides');

/** What sticks out of the window or its box on the current slide; empty when the slide fits. */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${String(el.getAttribute('class')).split(' ')[0]}` : ''}${el.textContent ? ` "${el.textContent.slice(0, 30)}"` : ''}`;
    for (const el of Array.from(document.querySelectorAll('.presentation, .presentation *'))) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('title')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) out.push(`${name(el)} outside the window: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    for (const sel of ['.presentation', '.slide', '.slide-head', '.slide-body', '.slide-nav']) {
      const el = document.querySelector(sel);
      if (el && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push(`${sel} overflows: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    const h1 = document.querySelector('.slide-message') as HTMLElement;
    const lines = h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight);
    if (lines > 2.05) out.push(`headline of ${lines.toFixed(1)} lines: ${h1.textContent}`);
    return out;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`slides fit ${size.width}×${size.height}: short headline, visible navigation, norm line`, async ({ page, app: apps }) => {
    const app = await apps.start(tempDbFile(`slides-${size.width}`));
    await page.setViewportSize(size);
    await scenarioWithExtraPlaces(page, app); // through the contract, before the page loads its list
    await page.goto(app.url);
    await runUncertainty(page); // adds the slide with the chance of staying within the norm
    await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();
    await page.getByRole('checkbox', { name: 'Basis — ongewijzigd beleid' }).check();
    await page.getByRole('checkbox', { name: EXTRA }).check();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Presenteren' }).click();
    const show = page.getByTestId('presentation');
    await expect(show).toBeVisible();
    fs.mkdirSync(SLIDES_DIR, { recursive: true });

    const counter = await page.getByTestId('slide-counter').innerText();
    const total = Number(counter.split('/')[1]);
    expect(total).toBe(9);
    for (let n = 1; n <= total; n++) {
      await expect(page.getByTestId('slide-counter')).toHaveText(`${n} / ${total}`);
      const id = await show.locator('.slide').getAttribute('data-slide');
      await expect.poll(() => problems(page), { message: `slide ${n} (${id})` }).toEqual([]);
      for (const button of await show.getByRole('navigation').getByRole('button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      }
      if (id === 'wachtlijst') {
        await expect(show.locator('.slide-message')).toHaveText(/^Met 24 extra plekken in Haaksbergen wachten eind 2030 \d+ mensen minder$/);
        await expect(show.locator('.slide-figures')).toContainText(`${EXTRA}: `);
        await expect(show.locator('.recharts-line')).toHaveCount(2);
      }
      if (id === 'wachttijd') {
        await expect(show.locator('.recharts-reference-line')).toHaveCount(1);
        await expect(show.locator('svg text', { hasText: 'norm 3,0 mnd' })).toBeVisible();
      }
      if (id === 'onzekerheid') await expect(show.locator('.slide-message')).toContainText('toekomsten');
      if (id === 'fairshare') await expect(show.getByTestId('region-map')).toHaveCount(2);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SLIDES_DIR, `${size.width}x${size.height}-${String(n).padStart(2, '0')}-${id}.png`) });
      if (n < total) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${total}`);
    await page.keyboard.press('Escape');
    await expect(show).toBeHidden();
  });
}
