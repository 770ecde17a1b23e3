/**
 * The « Opportunités » sidebar offline (`citego preview`'s dispatch over an .xlsx): a granted
 * opportunity's button takes the page itself to the convention form, pre-filled; saving writes the
 * convention and links it in Opportunités › Convention of the file.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { localDispatch } from '../../scripts/preview/dispatch';
import { readXlsx } from '../../scripts/xlsx/read';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { networkSheets } from '../helpers/network';

describeInBrowser('« Opportunités » offline, over an .xlsx', () => {
  let browser: Browser;
  let server: BridgeServer;
  const file = join(mkdtempSync(join(tmpdir(), 'citego-pipeline-')), 'reseau.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(networkSheets())) wb.addWorksheet(name).addRows(rows);
    await wb.xlsx.writeFile(file);
    browser = await launch();
    server = await serveDist(localDispatch(file));
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('goes to the pre-filled convention form, and the saved convention is linked to the opportunity in the file', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 1600 } });
    await page.goto(`${server.url}/pipeline.html?lang=en`);
    await page.locator('#content').waitFor({ state: 'visible' });
    await page.locator('#items li[data-id="O-0011"] .convert').click();
    await page.waitForURL(/\/convention\.html\?opportunity=O-0011&lang=en$/);
    await page.locator('#form').waitFor({ state: 'visible' });
    expect(await page.locator('#from-opportunity').textContent()).toBe(
      'From opportunity O-0011: it will be linked to the saved agreement.',
    );
    expect(await page.locator('#title').inputValue()).toBe('Atlas — cartographie Afrique');
    expect(await page.locator('#amount').inputValue()).toBe('24000,00');
    await page.locator('#signedOn').fill('27/11/2026');
    await page.locator('#start').fill('01/01/2027');
    await page.locator('#end').fill('31/12/2027');
    await page.locator('#createFolder').uncheck();
    await page.locator('#save').click();
    await page.locator('#saved').waitFor({ state: 'visible' });
    const book = readWorkbook(await readXlsx(file));
    expect(book.conventions.records.at(-1)?.id).toBe('C-2026-002');
    expect(book.opportunities.records.find((o) => o.id === 'O-0011')?.convention).toBe('C-2026-002');
    await page.close();
  });
});
