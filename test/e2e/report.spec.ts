/** Report and presentation for the Colleges, Excel/CSV export, and the import of key inputs — driven in Chromium. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { expect, SCREENSHOTS, shot, tempDbFile, test } from './browserMode';

test('PDF report, presentation mode and Excel/CSV export of two scenarios', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('report'));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Dupliceren' }).click();
  await page.getByLabel('Naam').fill('Twee nieuwe locaties');
  await page.getByRole('button', { name: 'Dupliceren' }).last().click();
  await expect(page.getByTestId('active-scenario')).toHaveText('Twee nieuwe locaties');
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Instroom', exact: true }).click();
  await page.locator('.ag-row', { hasText: 'Groei vraag all-inclusive' }).locator('[col-id="waarde"]').dblclick();
  await page.locator('.ag-cell-inline-editing input').first().fill('25');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('edit-feedback')).toContainText('Opgeslagen');
  await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();

  // Excel: a sheet per table plus Info with the model version.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar Excel (.xlsx)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^Twee-nieuwe-locaties-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = await readXlsxFile(fs.readFileSync((await xlsx.path())!));
  expect(sheets.map((s) => s.sheet)).toContain('Aannames');
  expect(sheets[0].data.find((r) => r[0] === 'Modelversie')?.[1]).toMatch(/^\d+\.\d+\.\d+$/);
  await page.getByLabel('Tabel').selectOption('Urgentie');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer tabel als CSV' }).click();
  const csv = fs.readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('Jaar;Vraag (woningen);Gehuisvest');

  // The report of both scenarios, Basis as reference.
  await page.getByRole('checkbox', { name: 'Basis — ongewijzigd beleid' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('2 scenario’s vergeleken');
  await expect(page.getByTestId('report-summary')).toContainText(/Wachtlijst eind 2030: Basis — ongewijzigd beleid \d+; Twee nieuwe locaties \d+ \(\d+ meer dan Basis/);
  await expect(page.getByTestId('report-assumptions')).toContainText('aanname:');
  await expect(report.getByTestId('region-map')).toBeVisible();
  await page.screenshot({ path: shot('40-rapport-scherm') });

  const pdfFile = path.join(SCREENSHOTS, 'rapport.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, tagged: true, outline: true });
  await page.emulateMedia({ media: 'screen' });
  const pdf = fs.readFileSync(pdfFile);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(execFileSync('pdfinfo', [pdfFile]).toString()).toMatch(/Tagged:\s+yes/);
  const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdfFile, '-']).toString();
  expect(text).toContain('Samenvatting');
  // First two pages as PNG for people to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdfFile, path.join(SCREENSHOTS, '41-rapport-pagina')]);
  expect(fs.readdirSync(SCREENSHOTS).filter((f) => f.startsWith('41-rapport-pagina')).length).toBeGreaterThanOrEqual(3);

  // Presentation mode: one message per slide, keyboard navigation, Escape to stop.
  await page.getByRole('button', { name: 'Presenteren' }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 8');
  await page.screenshot({ path: shot('42-presentatie-titel') });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText('2 / 8');
  await expect(show.locator('.slide-message')).toContainText('Wachtlijst eind 2030');
  await expect(show.locator('.recharts-line')).toHaveCount(2);
  await page.screenshot({ path: shot('43-presentatie-wachtlijst') });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(show.locator('[data-slide="fairshare"]')).toBeVisible();
  await page.screenshot({ path: shot('44-presentatie-fairshare') });
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-counter')).toHaveText('8 / 8');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
});

test('import key inputs from CSV and Excel: preview with per-row errors, then store', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('keyimport'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Aannames' }).click();
  await page.getByRole('tab', { name: 'Verdeelsleutels' }).click();

  await page.getByLabel('Importeer sleutelcijfers').setInputFiles({
    name: 'fout.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Gemeente;Sociale huurwoningen;ETHOS\nBorne;-4;12\nAmsterdam;5;5\n'),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('import-preview')).toContainText('mag niet negatief zijn');
  await expect(dialog.getByTestId('import-preview')).toContainText('"Amsterdam" is geen van de acht gemeenten.');
  await expect(dialog.getByRole('button', { name: 'Importeren niet mogelijk' })).toBeDisabled();
  await page.screenshot({ path: shot('45-import-fouten') });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // A damaged Excel file and an old .xls are refused with a Dutch message; nothing is stored.
  await page.getByLabel('Importeer sleutelcijfers').setInputFiles({ name: 'kapot.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('dit is geen zip') });
  await expect(page.getByTestId('edit-feedback')).toContainText('"kapot.xlsx" is geen leesbaar Excel-bestand (.xlsx)');
  await page.getByLabel('Importeer sleutelcijfers').setInputFiles({ name: 'oud.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') });
  await expect(page.getByTestId('edit-feedback')).toContainText('Het oude .xls-formaat wordt niet gelezen');
  const writeXlsx = (await import('write-excel-file/node')).default;
  const buffer = await writeXlsx([
    ['Gemeentenaam', 'Sociale huurwoningen', 'ETHOS-telling'],
    ['Borne', 4_100, 14],
    ['Oldenzaal', 6_000, null],
  ]).toBuffer();
  await page.getByLabel('Importeer sleutelcijfers').setInputFiles({ name: 'sleutels.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(dialog.getByTestId('import-preview')).toContainText('Oldenzaal');
  await dialog.getByRole('button', { name: 'Importeer 3 waarden' }).click();
  await expect(page.getByTestId('edit-feedback')).toContainText('3 waarden geïmporteerd uit "sleutels.xlsx"');
  await expect(page.locator('.ag-row', { hasText: 'Borne' }).first()).toContainText('4.100');
  await page.screenshot({ path: shot('46-import-klaar') });
});
