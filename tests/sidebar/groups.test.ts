/**
 * « Groupes et comités » in Chromium, against the built files and the built bundle: who sits where,
 * a member picked by search and added, a mandate ended, a committee created, bad values refused
 * under their field, a person's mandates, hostile strings shown as text.
 */
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { loadBundle, type Bundle } from '../fakes/harness';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { HOSTILE, networkSpreadsheet } from '../helpers/network';

describeInBrowser('sidebar « Groupes et comités » in Chromium', () => {
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
    page = await browser.newPage({ viewport: { width: 300, height: 2000 } });
    await page.goto(`${server.url}/groups.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  });
  afterEach(async () => {
    await page.close();
    await server.close();
  });

  const members = () => bundle.spreadsheet.sheet('Membres').rows();

  it('shows who sits where, and a person’s mandates with the ended ones', async () => {
    expect(await page.locator('#groups > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual([
      'G-001',
      'G-002',
      'G-003',
    ]);
    expect(await page.locator('#groups > li[data-id="G-001"] .muted').first().textContent()).toBe(
      'groupe de travail · DOSS · Claire Martin · 2 membre(s)',
    );
    expect(
      await page.locator('#groups > li[data-id="G-002"] .members li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-person'))),
    ).toEqual(['PE-0001', 'PE-0002']);
    await page.locator('#h-person').selectOption('PE-0004');
    expect(await page.locator('#history tbody td').allTextContents()).toEqual([
      'Gouvernance urbaine (G-001)',
      'membre',
      '01/01/2025',
      '30/06/2026',
    ]);
  });

  it('searches a person by expertise, organisation type and country, picks her and adds her mandate', async () => {
    await page.locator('#m-group').selectOption('G-003');
    await page.locator('#q-text').fill('gouvernance');
    expect(await page.locator('#results .pick').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')))).toEqual([
      'PE-0001',
      'PE-0005',
    ]);
    await page.locator('#q-type').selectOption('fondation');
    expect(await page.locator('#results .pick').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')))).toEqual(['PE-0005']);
    await page.locator('#results .pick').first().click();
    await page.locator('#m-role').selectOption('observateur');
    await page.locator('#m-since').fill('01/12/2026');
    await page.locator('#member-submit').click();
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done').textContent()).toBe('Enregistré : G-003/PE-0005.');
    expect(members().at(-1)!.slice(0, 3)).toEqual(['G-003', 'PE-0005', 'observateur']);
    expect(await page.locator('#groups > li[data-id="G-003"] .members li').count()).toBe(2);
  });

  it('refuses under the field a person who already sits there, and one not picked', async () => {
    await page.locator('#member-submit').click();
    expect(await page.locator('.field-error[data-form="member"][data-for="person"]').textContent()).toBe(
      'Choisissez une personne dans la recherche.',
    );
    await page.locator('#m-group').selectOption('G-001');
    await page.locator('#q-text').fill('claire');
    await page.locator('#results .pick').first().click();
    await page.locator('#m-since').fill('32/13/2026');
    await page.locator('#member-submit').click();
    await page.locator('#member-error').waitFor({ state: 'visible' });
    expect(await page.locator('.field-error[data-form="member"][data-for="person"]').textContent()).toBe(
      'PE-0001 siège déjà dans G-001 (mandat en cours).',
    );
    expect(await page.locator('.field-error[data-form="member"][data-for="since"]').textContent()).toBe(
      '« 32/13/2026 » n’est pas une date (ex. 15/03/2026).',
    );
    expect(await page.locator('#member-error').textContent()).toBe('2 champs à corriger : rien n’a été écrit.');
    expect(members()).toHaveLength(7);
  });

  it('ends a mandate', async () => {
    const li = page.locator('#groups > li[data-id="G-001"] .members li[data-person="PE-0005"]');
    await li.locator('.end').click();
    await li.locator('.until').fill('30/11/2026');
    await li.locator('.end-confirm').click();
    await page.locator('#done').waitFor({ state: 'visible' });
    const row = members().find((r) => r[0] === 'G-001' && r[1] === 'PE-0005')!;
    expect(row[4]).toBeInstanceOf(Date);
  });

  it('creates a review committee with its animateur, and refuses one attached to no dossier', async () => {
    await page.locator('#g-name').fill(HOSTILE);
    await page.locator('#g-type').selectOption('comité de relecture');
    await page.locator('#g-animateur').selectOption('PE-0003');
    await page.locator('#group-submit').click();
    await page.locator('#group-error').waitFor({ state: 'visible' });
    expect(await page.locator('.field-error[data-form="group"][data-for="dossier"]').textContent()).toBe(
      'Un comité de relecture relit un dossier : choisissez-le.',
    );
    await page.locator('#g-dossier').selectOption('D-0003');
    await page.locator('#group-submit').click();
    await page.locator('#done').waitFor({ state: 'visible' });
    expect(await page.locator('#done').textContent()).toBe('Enregistré : G-0004.');
    expect(bundle.spreadsheet.sheet('Groupes').rows().at(-1)!.slice(0, 5)).toEqual([
      'G-0004',
      HOSTILE,
      'comité de relecture',
      '',
      'D-0003',
    ]);
    expect(members().at(-1)!.slice(0, 3)).toEqual(['G-0004', 'PE-0003', 'animateur']);
    expect(await page.locator('#groups > li[data-id="G-0004"] strong').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
