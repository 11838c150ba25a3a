/**
 * Monitor: a beleidsmedewerker downloads the template, imports a half year of figures (fictief in this test), sees a
 * damaged file refused row by row with nothing stored, and removes and restores an import (kept in the history).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MONITOR_FICTIEF_CSV } from '../fixtures/monitorFictief';
import { expect, SCREENSHOTS, shot, tempDbFile, test } from './browserMode';

// Fictief: made-up figures for the test.
const FILLED = `Periode;Gemeente;Vorm;Doelgroep;In zorg;Wachtend;Nieuwe indicaties;Plaatsingen;Uitstroom uit zorg
2026-H1;Enschede;All-inclusive;;130;44;20;16;11
2026-H1;Hengelo;Modulair;;95;21;12;10;8
2026-H1;Regio;;;;;61;;
`;

test('import monitoring figures: template, preview, all or nothing, remove and restore', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('monitor'));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Monitor' }).click();
  await expect(page.getByText('Nog geen monitoringcijfers geïmporteerd')).toBeVisible();

  // The template downloads as Dutch Excel CSV with every measure as a column and no figures.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download het sjabloon' }).click();
  const template = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(template).toContain('Periode;Gemeente;Vorm;Doelgroep;In zorg;Wachtend;Nieuwe indicaties');
  expect(template).toMatch(/\n20\d\d-H[12];Borne;All-inclusive;;;;/);

  // A damaged file: errors per row, the import button disabled, nothing stored.
  await page.getByLabel('Importeer monitoringcijfers').setInputFiles({ name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from('Periode;Gemeente;In zorg\n2026-H3;Borne;4\n2026-H1;Amsterdam;1,5\n') });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('monitor-preview')).toContainText('Periode "2026-H3" wordt niet herkend');
  await expect(dialog.getByTestId('monitor-preview')).toContainText('"Amsterdam" is geen van de acht gemeenten');
  await expect(dialog.getByTestId('monitor-preview')).toContainText('In zorg: vul een heel getal in');
  await expect(dialog.getByRole('button', { name: 'Importeren niet mogelijk' })).toBeDisabled();
  await page.screenshot({ path: shot('monitor-01-import-fouten-1280') });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Nog geen monitoringcijfers geïmporteerd')).toBeVisible();

  // A clean file with a source.
  await page.getByLabel('Importeer monitoringcijfers').setInputFiles({ name: 'monitor-2026-h1.csv', mimeType: 'text/csv', buffer: Buffer.from(FILLED) });
  await expect(dialog.getByTestId('monitor-preview')).toContainText('eerste helft 2026, Enschede, all-inclusive');
  await dialog.getByLabel(/^Bron/).fill('Cimot BW, peildatum 30 juni 2026 (fictief)');
  await page.screenshot({ path: shot('monitor-02-import-voorbeeld-1280') });
  await dialog.getByRole('button', { name: 'Importeer 11 cijfers' }).click();
  await expect(page.getByTestId('monitor-message')).toContainText('11 cijfers geïmporteerd uit "monitor-2026-h1.csv"');
  const imports = page.getByTestId('monitor-imports');
  await expect(imports).toContainText('Cimot BW, peildatum 30 juni 2026 (fictief)');
  await expect(imports).toContainText('eerste helft 2026');
  await expect(imports).toContainText('in gebruik');

  await imports.getByRole('button', { name: 'Verwijder' }).click();
  await expect(imports).toContainText('verwijderd op');
  await imports.getByRole('button', { name: 'Zet terug' }).click();
  await expect(imports).toContainText('in gebruik');
  await page.screenshot({ path: shot('monitor-03-imports-1280'), fullPage: true });
  await app.stop();
});


test('plan against reality, estimates into a new scenario, start from the latest count, the monitor report', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('monitor-plan'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Monitor' }).click();
  await page.getByLabel('Importeer monitoringcijfers').setInputFiles({ name: 'monitor-fictief.csv', mimeType: 'text/csv', buffer: Buffer.from(MONITOR_FICTIEF_CSV) });
  await page.getByRole('dialog').getByRole('button', { name: /^Importeer \d+ cijfers$/ }).click();
  await expect(page.getByTestId('monitor-message')).toContainText('cijfers geïmporteerd');

  // Plan against reality: the chart of the waiting list and the deviations in words.
  await expect(page.getByLabel('Reeks in de grafiek')).toBeVisible();
  await expect(page.getByTestId('monitor-deviations')).toContainText(/eind juni 2026 wachtten 122 mensen, \d+ meer dan het plan/i);
  await expect(page.getByTestId('monitor-gaps')).toContainText('Enschede');
  await expect(page.getByTestId('monitor-estimates')).toContainText('80');
  await expect(page.getByTestId('monitor-backtest')).toContainText(/variant/);
  await page.screenshot({ path: shot('monitor-04-plan-tegen-werkelijkheid-1440'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: shot('monitor-05-plan-1280') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Neem over: a new concept scenario with the monitor as source.
  await page.getByRole('button', { name: 'Neem de schattingen over in een nieuw scenario…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Maak het scenario' }).click();
  await expect(page.getByTestId('monitor-message')).toContainText('geschat uit de monitor" gemaakt');
  await expect(page.getByTestId('active-scenario')).toHaveText('Basis — ongewijzigd beleid');

  // Start from the latest count: the projection starts in July 2026.
  await page.getByRole('button', { name: 'Nieuw scenario vanaf de laatste meting…' }).click();
  await expect(page.getByRole('dialog')).toContainText('de projectie begint in juli 2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Maak het scenario' }).click();
  await page.getByRole('button', { name: /^Open ".*vanaf juli 2026"$/ }).click();
  await expect(page.getByTestId('active-scenario')).toContainText('vanaf juli 2026');
  await page.getByRole('tab', { name: 'Capaciteit' }).click();
  await page.screenshot({ path: shot('monitor-06-scenario-vanaf-juli-2026') });
  await page.getByRole('tab', { name: 'Monitor' }).click();

  // Excel export of the monitor tables.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer de monitortabellen naar Excel (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Monitor-beschermd-wonen.*\.xlsx$/);

  // The monitor report about the plan (Basis): at most 8 A4 pages, rendered and kept as PNG.
  await page.getByLabel('Scenario om mee te vergelijken').selectOption({ label: 'Basis — ongewijzigd beleid' });
  await page.getByRole('button', { name: 'Monitorrapport bekijken' }).click();
  await expect(page.getByTestId('monitor-report').getByRole('heading', { level: 1 })).toHaveText('Monitor beschermd wonen — eerste helft 2026');
  const pdfFile = path.join(SCREENSHOTS, 'monitorrapport.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(8);
  execFileSync('pdftoppm', ['-png', '-r', '50', pdfFile, path.join(SCREENSHOTS, 'monitor-rapport-pagina')]);
  const text = execFileSync('pdftotext', [pdfFile, '-']).toString();
  expect(text).toContain('Behoeften en tekorten per gemeente');
  expect(text).toMatch(/wachtten 122 mensen, \d+ meer dan het plan/);
  expect(text).not.toMatch(/NaN|undefined|Infinity/);
  fs.rmSync(pdfFile, { force: true });
  await app.stop();
});
