import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebar « Clôture de l’exercice » in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;

  beforeAll(async () => {
    bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx')) });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${server.url}/close.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  });
  afterEach(async () => {
    await page.close();
  });

  it('lists the proposed entries of the last closed year with their reason, and the ended conventions to look at', async () => {
    await page.locator('#year').selectOption('2025');
    await page.locator('li[data-proposal="2025-PAR-C-2025-002"]').waitFor();
    const heads = await page.locator('.proposal-head').allTextContents();
    expect(heads).toEqual([
      'Produit à recevoir — C-2025-0024\u202f717,95\u202f€',
      'Report en fonds dédiés — C-2025-00212\u202f717,95\u202f€',
    ]);
    expect(await page.locator('li[data-proposal="2025-PAR-C-2025-002"] .reason').textContent()).toContain(
      '28\u202f000,00\u202f€ × 365/546 jours',
    );
    expect(await page.locator('#finding-list li').count()).toBe(2);
    expect(await page.locator('#accept-all').isEnabled()).toBe(true);
  });

  it('accepts one entry: written once into « Écritures d’inventaire », the Journal untouched, the button replaced', async () => {
    await page.locator('#year').selectOption('2025');
    const item = page.locator('li[data-proposal="2025-PAR-C-2025-002"]');
    await item.locator('button').waitFor();
    const journalBefore = JSON.stringify(bundle.spreadsheet.sheet('Journal').rows());
    await item.locator('button').click();
    await item.locator('.accepted').waitFor();
    expect(await page.locator('#result').textContent()).toBe("1 écriture écrite dans « Écritures d'inventaire ».");
    const rows = bundle.spreadsheet.sheet("Écritures d'inventaire").rows();
    expect(rows.map((r) => r[1])).toEqual([
      'ID',
      '2025-PAR-C-2025-002',
      '2025-PAR-C-2025-002',
      '2025-PAR-C-2025-002-EXT',
      '2025-PAR-C-2025-002-EXT',
    ]);
    expect(JSON.stringify(bundle.spreadsheet.sheet('Journal').rows())).toBe(journalBefore);
  });
});
