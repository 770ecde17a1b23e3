/** The « Dossiers » and « Atlas » sidebars in Chromium, through the built bundle on the demo (docs/domain.md, "Dossier pipeline", "Relational atlas"). */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

describeInBrowser('sidebars « Dossiers » and « Atlas » in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;

  beforeAll(async () => {
    bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(join(ROOT, 'examples', 'demo.xlsx')), now: '2026-01-15T10:00:00Z' });
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

  async function open(name: string): Promise<void> {
    await page.goto(`${server.url}/${name}.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  }

  const statusOf = (id: string) => {
    const rows = bundle.spreadsheet.sheet('Dossiers').rows();
    return rows.find((r) => r[0] === id)?.[3];
  };

  it('« Atlas » shows the domains (before any dossier moves), what the site does not say yet and the watch themes without a term', async () => {
    await open('atlas');
    await page.locator('#year').selectOption('2025');
    await page.locator('#terms-title', { hasText: '2025' }).waitFor();
    expect(await page.locator('#domains tbody tr').count()).toBe(6);
    expect(await page.locator('#gaps li').first().textContent()).toBe(
      'Économie × Services publics : aucun contenu publié (6 relations dans l’atlas), 2 en préparation',
    );
    expect(await page.locator('#terms li').first().textContent()).toBe('Eau (Services publics) — 4');
    expect(await page.locator('#watch li').allTextContents()).toContain('16/04/2025 — Communs numériques et collectivités');
  });

  it('shows the board by stage, what is late and who reviews what', async () => {
    await open('dossiers');
    const counts = await page.locator('section.stage h2').allTextContents();
    expect(counts).toEqual(['Idée (3)', 'Rédaction (3)', 'Relecture (4)', 'Publié (10)']);
    expect(await page.locator('#late li').allTextContents()).toEqual([
      'D-0013 — Alimentation et territoires (Rédaction, 30/11/2025)',
      'D-0004 — Les communs urbains, une analyse (Relecture, 15/12/2025)',
      'D-0010 — Villes et climat (Relecture, 31/12/2025)',
    ]);
    expect(await page.locator('li.card[data-id="D-0004"] .meta').last().textContent()).toBe(
      // The Membres register (network.ts): L. Fernández's mandate ended on 30/06/2025, O. Faye's began on 01/07/2025.
      'Comité de relecture des fiches de cas : Amina Sow, Mamadou Diallo, Ousmane Faye',
    );
    // The reviewers of G-0002, G-0005 and G-0006 by name, with their role (« relectrice » reads as the list's
    // « relecteur »): Aïssatou Ba (G-0005 → D-0009) comes first.
    expect(await page.locator('#reviews li').first().textContent()).toBe('Aïssatou Ba (relecteur) : D-0009');
  });

  it('moves a dossier one stage on, and publishing asks for the URL and the date', async () => {
    await open('dossiers');
    await page.locator('li.card[data-id="D-0006"] button[data-to="rédaction"]').click();
    await page.locator('section[data-stage="rédaction"] li.card[data-id="D-0006"]').waitFor();
    expect(statusOf('D-0006')).toBe('rédaction');

    const card = page.locator('li.card[data-id="D-0009"]');
    await card.locator('button[data-to="publié"]').click();
    await card.locator('.publish button').click(); // no URL yet: refused, nothing written
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('indiquez l’adresse de sa page');
    expect(statusOf('D-0009')).toBe('relecture');
    await card.locator('input[type="url"]').fill('https://www.citego.example/fr/dossier/communs');
    await card.locator('.publish button').click();
    await page.locator('section[data-stage="publié"] li.card[data-id="D-0009"]').waitFor();
    const row =
      bundle.spreadsheet
        .sheet('Dossiers')
        .rows()
        .find((r) => r[0] === 'D-0009') ?? [];
    expect([row[3], row[5]]).toEqual(['publié', 'https://www.citego.example/fr/dossier/communs']); // Statut, URL
  });

  it('refuses a stale move: the sheet changed since the board was read', async () => {
    await open('dossiers');
    const rows = bundle.spreadsheet.sheet('Dossiers').rows();
    const at = rows.findIndex((r) => r[0] === 'D-0016');
    bundle.spreadsheet
      .sheet('Dossiers')
      .getRange(at + 1, 4)
      .setValue('rédaction');
    await page.locator('li.card[data-id="D-0016"] button[data-to="rédaction"]').click();
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('D-0016 n’est plus en « idée » mais en « rédaction »');
  });
});
