/**
 * Monitor: a beleidsmedewerker downloads the template, imports a half year of figures (fictief in this test), sees a
 * damaged file refused row by row with nothing stored, and removes and restores an import (kept in the history).
 */
import fs from 'node:fs';
import { expect, shot, tempDbFile, test } from './browserMode';

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
