/** Report and presentation for the Colleges, Excel/CSV export, and the import of key inputs — driven in Chromium. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { expect, shot, tempDbFile, test } from './browserMode';
import { EXTRA, runUncertainty, scenarioWithExtraPlaces } from './reportScenarios';

const REPORT_DIR = path.join('test-output', 'report');
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';

test('PDF report of two scenarios: at most 12 pages, every value in words, a map per scenario', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('report'));
  await scenarioWithExtraPlaces(page, app); // through the contract, before the page loads its list
  await page.goto(app.url);
  await runUncertainty(page); // the report gets its page "Hoe zeker is dit?": the longest report of two scenarios
  await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();

  await page.getByRole('checkbox', { name: 'Basis — ongewijzigd beleid' }).check();
  await page.getByRole('checkbox', { name: EXTRA }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Rapport bekijken' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`${EXTRA} tegenover Basis — ongewijzigd beleid`);
  await expect(report.locator('.summary-lead')).toHaveText('Met 24 extra plekken in Haaksbergen:');
  await expect(page.getByTestId('report-summary')).toContainText(/wachten eind 2030 \d+ mensen minder;/);
  await expect(page.getByTestId('report-differences')).toContainText('Extra locatie Haaksbergen: 24 plekken all-inclusive (Wmo), vanaf januari 2027.');
  // A map per scenario; whole places whose norm adds up to the places, per scenario.
  await expect(page.getByTestId('report-uncertainty')).toBeVisible();
  await expect(report.getByTestId('region-map')).toHaveCount(2);
  const totals = await page.getByTestId('report-fairshare-table').locator('tfoot td').allInnerTexts();
  expect(totals).toHaveLength(6);
  for (const i of [0, 3]) {
    expect(totals[i + 1]).toBe(totals[i]);
    expect(totals[i + 2]).toBe('0');
  }
  const norms = await page.getByTestId('report-fairshare-table').locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(norms.every((n) => /^\d+$/.test(n))).toBe(true);
  await page.screenshot({ path: shot('40-rapport-scherm') });

  fs.mkdirSync(REPORT_DIR, { recursive: true });
  for (const f of fs.readdirSync(REPORT_DIR)) fs.rmSync(path.join(REPORT_DIR, f));
  const pdfFile = path.join(REPORT_DIR, 'rapport.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, tagged: true, outline: true });
  await page.emulateMedia({ media: 'screen' });
  expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [pdfFile]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(pages).toBeLessThanOrEqual(12);
  expect(info).toMatch(/Tagged:\s+yes/);
  // Every page as PNG, to look at.
  execFileSync('pdftoppm', ['-r', '50', '-png', pdfFile, path.join(REPORT_DIR, 'pagina')]);
  expect(fs.readdirSync(REPORT_DIR).filter((f) => f.startsWith('pagina') && f.endsWith('.png'))).toHaveLength(pages);

  const text = execFileSync('pdftotext', ['-raw', pdfFile, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Samenvatting');
  expect(text).toContain('Bronnen en toelichtingen');
  expect(text).toMatch(new RegExp(`\\d{1,2} ${MONTH} \\d{4}, \\d{2}:\\d{2}`));
  expect(text).toContain('woonplaatsbeginsel');
  // None of the old codes and raw forms.
  for (const bad of [/Verdeelregel 0/, /\b0 of 1\b/, /\b2\.0[2-6]\d\b/, /\b1 cliënten\b/, /\d{4}-\d{2}-\d{2}T\d{2}/, /=\s?[a-z]+_[a-zA-Z]/, /scenario’s vergeleken/, /fractie/]) {
    expect(text).not.toMatch(bad);
  }
  // The same long note is printed once, not once per cell.
  expect(text.split('echte herkomstcijfers ontbreken').length - 1).toBe(1);
});

test('Excel and CSV export of a scenario', async ({ page, app: apps }) => {
  const app = await apps.start(tempDbFile('export'));
  await page.goto(app.url);
  await page.getByRole('tab', { name: 'Rapport en presentatie' }).click();

  // Excel: a sheet per table plus Info with the model version.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar Excel (.xlsx)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/^Basis-ongewijzigd-beleid-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = await readXlsxFile(fs.readFileSync((await xlsx.path())!));
  expect(sheets.map((s) => s.sheet)).toContain('Aannames');
  expect(sheets[0].data.find((r) => r[0] === 'Modelversie')?.[1]).toMatch(/^\d+\.\d+\.\d+$/);
  await page.getByLabel('Tabel').selectOption('Urgentie');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer tabel als CSV' }).click();
  const csv = fs.readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('Jaar;Vraag (woningen);Gehuisvest');
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
