import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, eventually, launch, serveDist } from '../browser/browser';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');

describeInBrowser('sidebar « Fiche partenaire » in Chromium, on the demo', () => {
  let browser: Browser;
  let page: Page;
  const servers: BridgeServer[] = [];

  async function open(bundle: Bundle, query = ''): Promise<void> {
    const server = await serveDist((name, args) => bundle.run(name, ...args));
    servers.push(server);
    await page.goto(`${server.url}/partner.html${query}`);
    await page.locator('#content').waitFor({ state: 'visible' });
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  });
  afterEach(async () => {
    await page.close();
  });

  it('opens on the partner of the row the menu was used on; a click on an item selects its row', async () => {
    const bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2026-01-15T10:00:00+01:00' });
    bundle.spreadsheet.sheet('Conventions').getRange(4, 3).activate();
    bundle.run('menuShowPartner');
    await open(bundle);
    expect(await page.locator('#identity').textContent()).toBe('Fondation pour le progrès de l’homme · fondation · Suisse · actif');
    expect(await page.locator('#picker').inputValue()).toBe('P-0003');
    expect(await page.locator('#money tbody tr').allTextContents()).toEqual([
      '202518\u202f000,00\u202f€0,00\u202f€',
      'Total18\u202f000,00\u202f€0,00\u202f€',
    ]);
    expect(await page.locator('#people > li').count()).toBe(2);
    const seat = page.locator('#memory li', { hasText: 'Rencontre avec la FPH' });
    await seat.click();
    await eventually(() => bundle.spreadsheet.activeSheet?.sheetName === 'Mémoire');
    expect(bundle.spreadsheet.activeRange?.getRow()).toBe(23);
    await page.locator('#opportunities li').first().press('Enter');
    await eventually(() => bundle.spreadsheet.activeSheet?.sheetName === 'Opportunités');
    expect(bundle.spreadsheet.activeRange?.getRow()).toBe(5);
  });

  it('another partner picked in the list replaces the card; English on request', async () => {
    const bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2026-01-15T10:00:00+01:00' });
    await open(bundle, '?lang=en&partner=P-0003');
    expect(await page.locator('h1').textContent()).toBe('Partner card');
    await page.locator('#picker').selectOption('P-0012');
    await page.waitForFunction(() => document.querySelector('#identity')?.textContent?.startsWith('Université de Dakar'));
    expect(await page.locator('#dossiers li').first().textContent()).toContain('D-0004');
    expect(await page.locator('#conventions li').first().textContent()).toContain('C-2025-011');
  });
});
