import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebar "Rapport annuel" in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;

  beforeAll(async () => {
    bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx')), now: '2026-01-15T10:00:00+01:00' });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.goto(`${server.url}/report.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  });
  afterEach(async () => {
    await page.close();
  });

  it('picks the year, generates, shows the steps, the totals and the link to the Doc', async () => {
    expect(await page.locator('#status').isVisible()).toBe(false);
    expect(await page.locator('#year option').allTextContents()).toEqual(['2025', '2024']);
    expect(await page.locator('#year').inputValue()).toBe('2025');
    await page.locator('#year').selectOption('2024');
    await page.locator('#generate').click();
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#step-read').getAttribute('class')).toBe('done');
    expect(await page.locator('#step-write').getAttribute('class')).toBe('done');
    expect(await page.locator('#fig-income').textContent()).toBe('17\u202f700,00\u202f€');
    expect(await page.locator('#done div').textContent()).toBe('Citego — Cités, territoires, gouvernance — Rapport annuel 2024 est prêt.');
    const href = await page.locator('#done a').getAttribute('href');
    expect(href).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/);
    expect([...bundle.documents.values()].map((d) => d.name)).toContain('Citego — Cités, territoires, gouvernance — Rapport annuel 2024');
  });

  it('writes the English report when asked', async () => {
    await page.locator('#lang').selectOption('en');
    await page.locator('#generate').click();
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done div').textContent()).toBe('Citego — Cités, territoires, gouvernance — Annual report 2025 est prêt.');
  });
});
