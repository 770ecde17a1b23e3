/** The sidebar « Trésorerie » and the report sidebar's « Préparer l’AG » in Chromium, against the built files. */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebars "Trésorerie" and "Préparer l’AG" in Chromium', () => {
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
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  });
  afterEach(async () => {
    await page.close();
  });

  it('shows twelve months from the current one, the months below the minimum in red, a line with red dots, and the versements incertains apart', async () => {
    await page.goto(`${server.url}/cashplan.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    expect(await page.locator('#from').inputValue()).toBe('2026-01');
    expect(await page.locator('#months tbody tr').count()).toBe(12);
    // The demo opens 2026 at 17 422,58 €, under its 25 000 € minimum; C-2025-009's 12 000 € (unsigned,
    // ended) is not counted: every month stays below, every dot is red.
    expect(await page.locator('#months tr.below').count()).toBe(12);
    expect(await page.locator('#chart circle[fill="#d93025"]').count()).toBe(12);
    const notes = await page.locator('#notes li').allTextContents();
    expect(notes).toContain('La trésorerie de départ est déjà sous la trésorerie minimale de 25\u202f000,00\u202f€.');
    expect(notes).toContain('Point bas : juin 2026, 10\u202f422,56\u202f€.');
    expect(notes.filter((n) => n.startsWith('Versement incertain, non compté : C-2025-009, 12\u202f000,00\u202f€'))).toHaveLength(1);
    await page.locator('#from').fill('2026-07');
    await page.locator('#show').click();
    await page.locator('#title').filter({ hasText: 'juillet 2026' }).waitFor();
    // From July, C-2025-002 (ended 30/06/2026) has ended before the plan: its solde is uncertain too.
    expect(await page.locator('#months tr.below').count()).toBe(12);
    expect(await page.locator('#notes li').allTextContents()).toContain(
      'Versement incertain, non compté : C-2025-002, 14\u202f000,00\u202f€ à recevoir le 31/07/2026 (convention terminée avant le début du plan).',
    );
  });

  it('« Préparer l’AG » in the report sidebar writes the pack and links to it', async () => {
    await page.goto(`${server.url}/report.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    await page.locator('#ag').click();
    await page.locator('#ag-done').waitFor({ state: 'visible' });
    expect(await page.locator('#ag-done div').textContent()).toBe(
      'Citego — Cités, territoires, gouvernance — Assemblée générale, comptes 2025 est prêt.',
    );
    expect(await page.locator('#ag-done a').getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/);
  });
});
