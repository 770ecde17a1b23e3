/** The memory and calendar sidebars in Chromium, against the built files and the bundle (issue 16). */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebars « Mémoire », « Noter » and « Calendrier » in Chromium', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;

  beforeAll(async () => {
    const ss = await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx'));
    ss.addSheetWith('Personnes', [
      ['ID', 'Nom'],
      ['PE-0001', 'Claire Martin'],
    ]);
    bundle = loadBundle({ spreadsheet: ss, now: '2026-01-15T10:00:00+01:00' });
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

  it('searches as one types, accents ignored, and a click selects the row', async () => {
    await page.goto(`${server.url}/memory.html`);
    await page.locator('#hits li').first().waitFor();
    await page.locator('#query').fill('CHARTE');
    await page.waitForFunction(() => document.querySelector('#hits strong')?.textContent === 'Adoption de la charte des partenariats');
    expect(await page.locator('#hits strong').allTextContents()).toEqual([
      'Adoption de la charte des partenariats',
      'Révision de la charte pour les universités étrangères',
    ]);
    const before = bundle.log.count('Range.activate');
    await page.locator('#hits li').first().click();
    for (let i = 0; i < 50 && bundle.log.count('Range.activate') === before; i++) await page.waitForTimeout(50);
    expect(bundle.log.count('Range.activate')).toBe(before + 1);
    expect(bundle.spreadsheet.activeSheet?.getName()).toBe('Mémoire');
  });

  it('records a decision with its follow-up, which the calendar then lists', async () => {
    await page.goto(`${server.url}/memory-entry.html`);
    await page.locator('#form').waitFor({ state: 'visible' });
    expect(await page.locator('#date').inputValue()).toBe('15/01/2026');
    await page.locator('#type').selectOption('décision');
    await page.locator('#title').fill('Achat d’un vidéoprojecteur');
    await page.locator('#participants').selectOption(['PE-0001']);
    await page.locator('#followUpBy').fill('Claire Martin');
    await page.locator('#followUpDue').fill('20/02/2026');
    await page.locator('#save').dblclick();
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done').textContent()).toMatch(/^Noté dans la feuille Mémoire, ligne \d+\.$/);
    const titles = bundle.spreadsheet
      .sheet('Mémoire')
      .rows()
      .filter((r) => r.includes('Achat d’un vidéoprojecteur'));
    expect(titles).toHaveLength(1);

    await page.goto(`${server.url}/calendar.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    expect(await page.locator('#upcoming li').allTextContents()).toContain(
      '20/02/2026Suivi de la décision « Achat d’un vidéoprojecteur » (Claire Martin)',
    );
    expect(await page.locator('#late li').first().textContent()).toBe(
      '30/06/2025Compte rendu financier (Cerfa 15059) de la subvention C-2024-003',
    );
  });

  it('turns the weekly e-mail on, then off: one trigger, then none', async () => {
    await page.goto(`${server.url}/calendar.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    await page.locator('#digest-on').check();
    await page.locator('#digest-emails').fill('bureau@citego.example');
    await page.locator('#digest-save').click();
    await page.waitForFunction(() => document.querySelector('#digest-state')?.textContent === 'Envoi actif.');
    expect(bundle.scriptApp.all.map((t) => t.getHandlerFunction())).toEqual(['sendWeeklyDigest']);
    await page.locator('#digest-on').uncheck();
    await page.locator('#digest-save').click();
    await page.waitForFunction(() => document.querySelector('#digest-state')?.textContent === 'Envoi arrêté.');
    expect(bundle.scriptApp.all).toEqual([]);
  });
});
