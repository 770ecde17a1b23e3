import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, eventually, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebar "Dossier expert-comptable" in Chromium, against the built files', () => {
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
    await page.goto(`${server.url}/accountant.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  });
  afterEach(async () => {
    await page.close();
  });

  it('shows the accountant, the year and what the pack holds or lacks', async () => {
    expect(await page.locator('#status').isVisible()).toBe(false);
    expect(await page.locator('#email').inputValue()).toBe('cabinet.durand@expert-comptable.example');
    expect(await page.locator('#year').inputValue()).toBe('2025');
    const items = await page.locator('#checklist li').allTextContents();
    expect(items[0]).toBe('FEC : 812345679FEC20251231.txt, 242 écritures équilibrées');
    expect(items[1]).toBe('Journal : 2 lignes à corriger (lignes 72, 97), non reprises');
    expect(await page.locator('#checklist li.todo').count()).toBe(3);
    expect(await page.locator('#prepare').isEnabled()).toBe(true);
  });

  it('prepares the folder in one click and shows the link and the files', async () => {
    await page.locator('#prepare').click();
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await page.locator('#result div').first().textContent()).toBe(
      'Dossier 2025 prêt et partagé avec cabinet.durand@expert-comptable.example (commentateur).',
    );
    const href = await page.locator('#result > a').getAttribute('href');
    expect(href).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\/file-\d+$/);
    expect(await page.locator('#result .files li').count()).toBe(9);
    await page.waitForFunction(() => !document.querySelector('#folder')?.hasAttribute('hidden'));
    expect(await page.locator('#folder').textContent()).toMatch(/^Ouvrir le dossier partagé — envoyé le \d{2}\/\d{2}\/\d{4}$/);
    expect(bundle.drive.createdPermissions.map((p) => p.permission.role)).toEqual(['commenter']);
  });

  it('speaks English with Paramètres › Langue = en: the checklist too', async () => {
    const ss = await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx'));
    const params = ss.sheet('Paramètres');
    params.put(params.rows().findIndex((r) => r[0] === 'Langue') + 1, 2, 'en');
    const english = loadBundle({ spreadsheet: ss });
    const other = await serveDist((name, args) => english.run(name, ...args));
    const en = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      await en.goto(`${other.url}/accountant.html?lang=en`);
      await en.locator('#content').waitFor({ state: 'visible' });
      const items = await en.locator('#checklist li').allTextContents();
      expect(items.slice(0, 2)).toEqual([
        'FEC: 812345679FEC20251231.txt, 242 balanced entries',
        'Journal: 2 lines to fix (rows 72, 97), left out',
      ]);
      expect(items[4]).toBe('Annual report: not generated yet');
    } finally {
      await en.close();
      await other.close();
    }
  });

  it('checks the e-mail in the form and again on the server', async () => {
    await page.locator('#email').fill('pas une adresse');
    await page.locator('#save-email').click();
    expect(await page.locator('#email-error').textContent()).toBe('Saisissez une adresse comme nom@cabinet.fr.');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#email').fill('compta@cabinet-martin.fr');
    await page.locator('#save-email').click();
    await page.waitForFunction(
      () =>
        (document.querySelector('#email-error') as HTMLElement).textContent === '' &&
        !(document.querySelector('#save-email') as HTMLButtonElement).disabled,
    );
    const email = () =>
      bundle.spreadsheet
        .sheet('Paramètres')
        .rows()
        .find((r) => r[0] === "E-mail de l'expert-comptable")?.[1];
    await eventually(() => email() === 'compta@cabinet-martin.fr');
    expect(email()).toBe('compta@cabinet-martin.fr');
  });
});
