/**
 * « Opportunités » in Chromium, against the built files and the built bundle: the funnel, this
 * week's actions, a move with its dated note, a concurrent move refused, hostile strings shown as
 * text, and a granted opportunity turned into a pre-filled convention that links back to it.
 */
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, type Bundle } from '../fakes/harness';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { HOSTILE, networkSpreadsheet } from '../helpers/network';

describeInBrowser('sidebar « Opportunités » in Chromium', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    bundle = loadBundle({ spreadsheet: networkSpreadsheet(), now: '2026-11-29T10:00:00+01:00' });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    page = await browser.newPage({ viewport: { width: 300, height: 1600 } });
  });
  afterEach(async () => {
    await page.close();
    await server.close();
  });

  const row = (id: string) =>
    bundle.spreadsheet
      .sheet('Opportunités')
      .rows()
      .find((r) => r[0] === id) as unknown[];

  async function open(query = ''): Promise<void> {
    await page.goto(`${server.url}/pipeline.html${query}`);
    await page.locator('#content').waitFor({ state: 'visible' });
  }

  it('shows the funnel per stage and per project, and this week’s actions, hostile text as text', async () => {
    await open();
    expect(await page.locator('#funnel tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t')))).toEqual(
      [
        ['repérée', '3', '73\u202f000,00\u202f€'],
        ['contact', '3', '8\u202f500,00\u202f€'],
        ['dossier en cours', '2', '38\u202f000,00\u202f€'],
        ['déposée', '2', '135\u202f000,00\u202f€'],
        ['accordée', '2', '28\u202f000,00\u202f€'],
        ['refusée', '2', '21\u202f000,00\u202f€'],
        ['abandonnée', '1', '3\u202f000,00\u202f€'],
      ],
    );
    await page.locator('#project').selectOption('FORM');
    expect(await page.locator('#funnel tbody tr[data-stage="déposée"] td').allTextContents()).toEqual([
      'déposée',
      '1',
      '15\u202f000,00\u202f€',
    ]);
    expect(await page.locator('#week li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual([
      'O-0004',
      'O-0008',
      'O-0006',
      'O-0010',
      'O-0001',
      'O-0005',
    ]);
    expect(await page.locator('#week li').first().locator('.overdue').textContent()).toBe('20/11/2026 · en retard de 9 j');
    expect(await page.locator('#week li[data-id="O-0006"]').textContent()).toContain(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#left-out').textContent()).toContain('18');
  });

  it('moves an opportunity on one stage with a dated note kept in Notes', async () => {
    await open();
    await page.locator('#items li[data-id="O-0004"] .move-open').click();
    expect(await page.locator('#move-to option').allTextContents()).toEqual(['dossier en cours', 'abandonnée']);
    await page.locator('#move-note').fill('Accord de principe du directeur');
    await page.locator('#move-submit').click();
    await page.locator('#moved').waitFor({ state: 'visible' });
    expect(await page.locator('#moved').textContent()).toBe(
      'O-0004 — 2026-11-29 : contact → dossier en cours — Accord de principe du directeur',
    );
    expect(row('O-0004')[6]).toBe('dossier en cours');
    expect(row('O-0004')[10]).toBe(
      'Premier échange au colloque\n2026-11-29 : contact → dossier en cours — Accord de principe du directeur',
    );
    expect(await page.locator('#items li[data-id="O-0004"] .stage').textContent()).toBe('dossier en cours');
  });

  it('tells the second of two people moving the same opportunity, and shows its stage now', async () => {
    await open();
    await page.locator('#items li[data-id="O-0010"] .move-open').click();
    // Meanwhile someone else grants it from their own sidebar.
    bundle.run('moveOpportunity', { requestId: 'other-user-0001', id: 'O-0010', from: 'déposée', to: 'accordée', note: 'Lettre reçue' });
    await page.locator('#move-to').selectOption('refusée');
    await page.locator('#move-submit').click();
    await page.locator('.move-refused').waitFor({ state: 'visible' });
    expect(await page.locator('.move-refused').textContent()).toBe(
      'O-0010 n’est plus à l’étape « déposée » : quelqu’un l’a passée à « accordée » entre-temps. Rien n’a été écrit ; le panneau montre l’état actuel.',
    );
    expect(row('O-0010')[6]).toBe('accordée');
    expect(String(row('O-0010')[10]).match(/→/g)).toHaveLength(1);
    expect(await page.locator('#items li[data-id="O-0010"] .stage').textContent()).toBe('accordée');
  });

  it('says under the field that a note is too long, and writes nothing', async () => {
    await open();
    await page.locator('#items li[data-id="O-0001"] .move-open').click();
    await page.locator('#move-note').fill('x'.repeat(520));
    await page.locator('#move-submit').click();
    expect(await page.locator('.field-error[data-for="note"]').textContent()).toBe('500 caractères au plus.');
    expect(row('O-0001')[6]).toBe('repérée');
  });

  it('turns a granted opportunity into a convention: the form opens pre-filled, and saving links the two', async () => {
    await open();
    await page.locator('#items li[data-id="O-0011"] .convert').click();
    await page.waitForFunction(() => !document.querySelector('#items li[data-id="O-0011"] .convert')?.hasAttribute('disabled'));
    // On Google the convention sidebar replaces this one, told which opportunity by its <html> element.
    const shown = bundle.ui.sidebars[bundle.ui.sidebars.length - 1];
    expect(shown.getTitle()).toBe('Convention');
    expect(shown.getContent()).toContain('<html lang="fr" data-opportunity="O-0011">');
    await page.goto(`${server.url}/convention.html?opportunity=O-0011`);
    await page.locator('#form').waitFor({ state: 'visible' });
    expect(await page.locator('#title').inputValue()).toBe('Atlas — cartographie Afrique');
    expect(await page.locator('#partner').inputValue()).toBe('Région Auvergne-Rhône-Alpes (P-0001)');
    expect(await page.locator('#project').inputValue()).toBe('ATLAS');
    expect(await page.locator('#type').inputValue()).toBe('subvention');
    expect(await page.locator('#amount').inputValue()).toBe('24000,00');
    expect(await page.locator('#from-opportunity').textContent()).toContain('O-0011');
    await page.locator('#signedOn').fill('27/11/2026');
    await page.locator('#start').fill('01/01/2027');
    await page.locator('#end').fill('31/12/2027');
    await page.locator('#createFolder').uncheck();
    await page.locator('#save').click();
    await page.locator('#saved').waitFor({ state: 'visible' });
    expect(await page.locator('#saved div').first().textContent()).toBe('Convention C-2026-002 enregistrée.');
    expect(row('O-0011')[9]).toBe('C-2026-002');
    const conv = bundle.spreadsheet
      .sheet('Conventions')
      .rows()
      .find((r) => r[0] === 'C-2026-002') as unknown[];
    expect(conv.slice(1, 6)).toEqual(['Atlas — cartographie Afrique', 'P-0001', 'subvention', '', 'ATLAS']);
    expect(conv[9]).toBe(24000);
    // Back in the pipeline, it is no longer convertible and names its convention.
    await open();
    expect(await page.locator('#items li[data-id="O-0011"] .convert').count()).toBe(0);
    expect(await page.locator('#items li[data-id="O-0011"]').textContent()).toContain('Convention C-2026-002');
  });

  it('speaks English with ?lang=en', async () => {
    await open('?lang=en');
    expect(await page.locator('#week-heading').textContent()).toBe('To do this week');
    expect(await page.locator('#week li').first().locator('.overdue').textContent()).toBe('2026-11-20 · 9 d overdue');
  });
});
