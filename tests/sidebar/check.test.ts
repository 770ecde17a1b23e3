import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { CallLog } from '../fakes/calls';
import { loadBundle, type Bundle } from '../fakes/harness';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { describeInBrowser, eventually, launch, serveDist } from '../browser/browser';

const HOSTILE = '<img src=x onerror=alert(1)>';

function inconsistent(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog());
  ss.addSheetWith('Partenaires', [
    ['ID', 'Nom', 'Type'],
    ['P-0001', 'Région', 'collectivité'],
  ]);
  ss.addSheetWith('Projets', [
    ['Code', 'Intitulé'],
    ['ATLAS', 'Atlas'],
  ]);
  ss.addSheetWith('Conventions', [
    ['ID', 'Intitulé', 'Partenaire', 'Type', 'Projet', 'Signée le', 'Début', 'Fin', 'Montant'],
    ['C-2025-001', 'Atlas', HOSTILE, 'subvention', 'ATLAS', '', '01/01/2025', '31/12/2025', 28000],
  ]);
  ss.addSheetWith('Journal', [
    ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Recette', 'Dépense'],
    [new Date('2025-03-02T00:00:00+01:00'), 'B1', 'Cotisation', 7561, 'ATLAS', 30, 30],
  ]);
  return ss;
}

describeInBrowser('sidebar "Vérifier la cohérence" in Chromium, against the built files', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const servers: BridgeServer[] = [];

  async function open(bundle: Bundle | null): Promise<void> {
    const server = await serveDist((name, args) => {
      if (!bundle) throw new Error('Le service Spreadsheets ne répond pas.');
      return bundle.run(name, ...args);
    });
    servers.push(server);
    await page.goto(`${server.url}/check.html`);
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
  });

  it('lists the findings by sheet with counts; a click selects the cell in the spreadsheet', async () => {
    const bundle = loadBundle({ spreadsheet: inconsistent() });
    await open(bundle);
    await page.locator('#content').waitFor({ state: 'visible' });
    // The busy indicator is gone once the findings are shown.
    expect(await page.locator('#status').isVisible()).toBe(false);
    expect(await page.locator('#count-error').textContent()).toBe('2 erreurs');
    expect(await page.locator('#count-warning').textContent()).toBe('1 avertissement');
    expect(await page.locator('#groups h2').allTextContents()).toEqual(['Conventions (2)', 'Journal (1)']);
    const unknown = page.locator('.finding[data-rule="ref.unknown"]');
    expect(await unknown.locator('.where').textContent()).toBe('C2 · Partenaire');
    await unknown.click();
    await page.waitForFunction(() => document.querySelector('.finding.selected') !== null);
    await eventually(() => bundle.spreadsheet.activeRange !== null);
    expect(bundle.spreadsheet.activeSheet?.sheetName).toBe('Conventions');
    expect(bundle.spreadsheet.activeRange?.getA1Notation()).toBe('C2');
    await page.locator('.finding[data-rule="ledger.amount"]').press('Enter');
    await eventually(() => bundle.spreadsheet.activeRange?.getA1Notation() === 'G2');
    expect(bundle.spreadsheet.activeRange?.getA1Notation()).toBe('G2');
  });

  it('shows a hostile partner name as text', async () => {
    await open(loadBundle({ spreadsheet: inconsistent() }));
    await page.locator('#content').waitFor({ state: 'visible' });
    const text = await page.locator('.finding[data-rule="ref.unknown"]').textContent();
    expect(text).toContain(`Partenaire « ${HOSTILE} » inconnu`);
    expect(await page.locator('#groups img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('filters by severity', async () => {
    await open(loadBundle({ spreadsheet: inconsistent() }));
    await page.locator('#content').waitFor({ state: 'visible' });
    await page.locator('#filters input[value="error"]').uncheck();
    expect(await page.locator('.finding').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-rule')))).toEqual(['convention.written']);
  });

  it('says all is consistent on a consistent spreadsheet, and re-runs on demand', async () => {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Journal', [
      ['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense'],
      [new Date('2025-03-02T00:00:00+01:00'), 'B1', 'Cotisation', 7561, 30, ''],
    ]);
    const bundle = loadBundle({ spreadsheet: ss });
    await open(bundle);
    await page.locator('#content').waitFor({ state: 'visible' });
    expect(await page.locator('#empty').isVisible()).toBe(true);
    expect(await page.locator('#empty').textContent()).toBe('Tout est cohérent : aucune anomalie trouvée.');
    ss.sheet('Journal').put(2, 6, 30);
    await page.locator('#rerun').click();
    await page.waitForFunction(() => document.querySelectorAll('.finding').length === 1);
    expect(await page.locator('#empty').isVisible()).toBe(false);
  });

  it('speaks English on request', async () => {
    const bundle = loadBundle({ spreadsheet: inconsistent() });
    const server = await serveDist((name, args) => bundle.run(name, ...args));
    servers.push(server);
    await page.goto(`${server.url}/check.html?lang=en`);
    await page.locator('#content').waitFor({ state: 'visible' });
    expect(await page.locator('#count-error').textContent()).toBe('2 errors');
    expect(await page.locator('#rerun').textContent()).toBe('Check again');
    expect(await page.locator('h1').textContent()).toBe('Check consistency');
    expect(await page.locator('.finding[data-rule="ref.unknown"]').textContent()).toContain(
      'Partner "<img src=x onerror=alert(1)>" unknown',
    );
  });

  it('says clearly when the check itself fails', async () => {
    await open(null);
    await page.waitForFunction(() => document.querySelector('#status')?.className === 'banner error');
    expect(await page.locator('#status').textContent()).toBe('La vérification a échoué : Le service Spreadsheets ne répond pas.');
    expect(await page.locator('#rerun').isEnabled()).toBe(true);
  });
});
