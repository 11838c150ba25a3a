import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { Cancelled } from './cancellable';
import { readFirstSheet, SpreadsheetTooLarge, unpackSheets } from './readXlsx';

/** A workbook whose second sheet unpacks to more than 512 kB: the size at which the unzip library wanted a worker. */
async function workbook(): Promise<ArrayBuffer> {
  const notes: (string | number)[][] = [['Jaar', 'Toelichting']];
  for (let i = 0; i < 20_000; i++) notes.push([2000 + (i % 50), `regel ${i % 100}`]);
  const blob = await writeXlsxFile([
    { sheet: 'Sleutels', data: [['Gemeente', 'Inwoners'], ['Borne', 24_000], ['Oldenzaal', 32_000]] },
    { sheet: 'Toelichting', data: notes },
  ]).toBlob();
  return blob.arrayBuffer();
}

describe('readFirstSheet', () => {
  it('reads the first sheet of a workbook with a large second sheet', async () => {
    const bytes = await workbook();
    expect(Object.values(unpackSheets(new Uint8Array(bytes))).some((entry) => entry.length > 512 * 1024)).toBe(true);
    expect(await readFirstSheet(bytes)).toEqual([
      ['Gemeente', 'Inwoners'],
      ['Borne', 24_000],
      ['Oldenzaal', 32_000],
    ]);
  });

  it('rejects damaged archives and archives without a workbook, instead of hanging', async () => {
    const bytes = await workbook();
    await expect(readFirstSheet(bytes.slice(0, bytes.byteLength >> 1))).rejects.toThrow();
    const scrambled = new Uint8Array(bytes.slice(0));
    for (let i = 1_000; i < scrambled.length - 2_000; i += 7) scrambled[i] ^= 0xff;
    await expect(readFirstSheet(scrambled.buffer)).rejects.toThrow();
    await expect(readFirstSheet(zipSync({ 'notitie.xml': strToU8('<notitie/>') }).buffer as ArrayBuffer)).rejects.toThrow();
    await expect(readFirstSheet(strToU8('dit is geen zip').buffer as ArrayBuffer)).rejects.toThrow();
  });

  it('refuses, before unpacking, sheets that would unpack beyond the limit', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2_000_000) });
    expect(() => unpackSheets(bomb, 1_000_000)).toThrow(SpreadsheetTooLarge);
    expect(() => unpackSheets(bomb, 1_000_000)).toThrow('groter dan 1 MB');
  });

  it('stops at the next step once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readFirstSheet(await workbook(), controller.signal)).rejects.toBeInstanceOf(Cancelled);
  });
});
