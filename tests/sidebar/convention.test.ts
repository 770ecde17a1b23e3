import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { CallLog } from '../fakes/calls';
import { loadBundle, type Bundle } from '../fakes/harness';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { catalogue } from '../../shared/i18n/catalogue';

const HOSTILE = '<img src=x onerror=alert(1)>';

function spreadsheet(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog());
  ss.addSheetWith('Paramètres', [
    ['Paramètre', 'Valeur'],
    ["Nom de l'association", 'Citego'],
  ]);
  ss.addSheetWith('Partenaires', [
    ['ID', 'Nom', 'Type', 'Pays', 'Contact', 'E-mail', 'Statut'],
    ['P-0001', 'Ville de Grenoble', 'collectivité', 'France', '', '', 'actif'],
    ['P-0002', HOSTILE, 'autre', '', '', '', ''],
  ]);
  ss.addSheetWith('Projets', [
    ['Code', 'Intitulé', 'Action'],
    ['ATLAS', 'Atlas relationnel', 'atlas relationnel'],
  ]);
  ss.addSheetWith('Conventions', [
    [
      'ID',
      'Intitulé',
      'Partenaire',
      'Type',
      'Action',
      'Projet',
      'Signée le',
      'Début',
      'Fin',
      'Montant',
      'Sens',
      'Statut',
      'Dossier',
      'Notes',
    ],
  ]);
  ss.addSheetWith('Échéances', [['Convention', 'Date', 'Type', 'Montant', 'Fait']]);
  return ss;
}

describeInBrowser('sidebar "Nouvelle convention" in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    bundle = loadBundle({ spreadsheet: spreadsheet(), now: '2025-12-03T10:00:00+01:00' });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/convention.html`);
    await page.locator('#form').waitFor({ state: 'visible' });
  });
  afterEach(async () => {
    await page.close();
    await server.close();
  });

  it('fills, saves, shows the new ID; the row, the new partner and the schedule are in the spreadsheet', async () => {
    await page.locator('#title').fill('Formation des élus — Amérique latine');
    await page.locator('#new-partner').check();
    await page.locator('#partnerName').fill('Red de Ciudades');
    await page.locator('#partnerType').selectOption('réseau de villes');
    await page.locator('#partnerCountry').fill('Argentine');
    await page.locator('#type').selectOption('subvention');
    await page.locator('#project').selectOption('ATLAS');
    await page.locator('#signedOn').fill('01/12/2025');
    await page.locator('#start').fill('01/01/2026');
    await page.locator('#end').fill('31/12/2026');
    await page.locator('#amount').fill('24 000,00');
    await page.locator('#add-instalment').click();
    await page.locator('#add-instalment').click();
    const dates = page.locator('#instalments .date');
    const amounts = page.locator('#instalments .amount');
    await dates.nth(0).fill('15/01/2026');
    await amounts.nth(0).fill('12 000');
    await dates.nth(1).fill('15/09/2026');
    await amounts.nth(1).fill('12 000');
    expect(await page.locator('#instalment-sum').textContent()).toBe(
      'Total des versements : 24\u202f000,00\u202f€ sur 24\u202f000,00\u202f€',
    );
    expect(await page.locator('#suggest-report').textContent()).toBe('Proposer le compte rendu financier : 30/06/2027');
    await page.locator('#suggest-report').click();
    await page.locator('#save').click();
    await page.locator('#saved').waitFor({ state: 'visible' });
    expect(await page.locator('#saved div').first().textContent()).toBe('Convention C-2025-001 enregistrée, partenaire P-0003 créé.');
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent === 'Modifier la convention C-2025-001');

    const conv = bundle.spreadsheet.sheet('Conventions').rows();
    expect(conv[1].slice(0, 12)).toEqual([
      'C-2025-001',
      'Formation des élus — Amérique latine',
      'P-0003',
      'subvention',
      '',
      'ATLAS',
      expect.any(Date),
      expect.any(Date),
      expect.any(Date),
      24000,
      'recette',
      '',
    ]);
    expect(conv[1][12]).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(bundle.spreadsheet.sheet('Partenaires').rows()[3].slice(0, 4)).toEqual([
      'P-0003',
      'Red de Ciudades',
      'réseau de villes',
      'Argentine',
    ]);
    expect(
      bundle.spreadsheet
        .sheet('Échéances')
        .rows()
        .slice(1)
        .map((r) => [r[0], r[2], r[3]]),
    ).toEqual([
      ['C-2025-001', 'versement', 12000],
      ['C-2025-001', 'versement', 12000],
      ['C-2025-001', 'rapport', ''],
    ]);
  });

  it('an invalid amount shows the field error and nothing is written', async () => {
    await page.locator('#title').fill('Essai');
    await page.locator('#partner').fill('Ville de Grenoble (P-0001)');
    await page.locator('#start').fill('01/01/2026');
    await page.locator('#end').fill('31/12/2026');
    await page.locator('#amount').fill('douze mille');
    await page.locator('#save').click();
    expect(await page.locator('.field-error[data-for="amount"]').textContent()).toBe(
      "« douze mille » n'est pas un montant (ex. 1 234,56).",
    );
    expect(await page.locator('#amount').getAttribute('aria-invalid')).toBe('true');
    expect(bundle.spreadsheet.sheet('Conventions').rows()).toHaveLength(1);
  });

  it('shows the server’s field errors too (instalments that do not add up)', async () => {
    await page.locator('#title').fill('Essai');
    await page.locator('#partner').fill('Ville de Grenoble (P-0001)');
    await page.locator('#start').fill('01/01/2026');
    await page.locator('#end').fill('31/12/2026');
    await page.locator('#amount').fill('1 000');
    await page.locator('#add-instalment').click();
    await page.locator('#instalments .date').fill('15/01/2026');
    await page.locator('#instalments .amount').fill('900');
    await page.locator('#save').click();
    await page.locator('#form-error').waitFor({ state: 'visible' });
    expect(await page.locator('.field-error[data-for="instalments"]').textContent()).toBe(
      'Les versements totalisent 900,00\u202f€, pour un montant de 1\u202f000,00\u202f€ (écart 100,00\u202f€).',
    );
    expect(await page.locator('#form-error').textContent()).toBe('Un champ est à corriger : rien n’a été enregistré.');
    expect(await page.locator('#save').isEnabled()).toBe(true);
  });

  it("the form's own checks speak the page's language, in the server's words (?lang=en, and French by default)", async () => {
    const fieldErrors = () =>
      page
        .locator('.field-error')
        .evaluateAll((es) =>
          Object.fromEntries(es.filter((e) => e.textContent).map((e) => [(e as HTMLElement).dataset.for, e.textContent])),
        );
    const fillBad = async () => {
      await page.locator('#start').fill('31/02/2026');
      await page.locator('#amount').fill('-5');
      await page.locator('#add-instalment').click();
      await page.locator('#save').click();
    };
    await fillBad();
    const fr = catalogue('fr').form;
    expect(await fieldErrors()).toEqual({
      title: fr.required(),
      partner: 'Choisissez un partenaire dans la liste, ou cochez « Nouveau partenaire ».',
      start: fr.notADate('31/02/2026'),
      end: fr.dateRequired(),
      amount: fr.negativeAmount(),
    });
    expect(fr.required()).toBe('Champ obligatoire.');

    await page.goto(`${server.url}/convention.html?lang=en`);
    await page.locator('#form').waitFor({ state: 'visible' });
    await fillBad();
    const en = catalogue('en').form;
    expect(await fieldErrors()).toEqual({
      title: 'Required field.',
      partner: 'Choose a partner from the list, or tick "New partner".',
      start: en.notADate('31/02/2026'),
      end: en.dateRequired(),
      amount: en.negativeAmount(),
    });
    await page.locator('#amount').fill('douze');
    await page.locator('#new-partner').check();
    await page.locator('#save').click();
    expect(await fieldErrors()).toEqual(
      expect.objectContaining({ amount: en.notAnAmount('douze'), partnerName: en.partnerNameRequired() }),
    );
    const remove = page.locator('#instalments .line button');
    expect([await remove.getAttribute('title'), await page.locator('#instalments .date').getAttribute('aria-label')]).toEqual([
      'Remove',
      'Instalment date',
    ]);
    expect(bundle.spreadsheet.sheet('Conventions').rows()).toHaveLength(1);
  });

  it('hides the loading indicator once the form is ready', async () => {
    expect(await page.locator('#status').isVisible()).toBe(false);
    expect(await page.locator('#notice').isVisible()).toBe(false);
  });

  it('shows a hostile partner name as text', async () => {
    const values = await page.locator('#partners option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toContain(`${HOSTILE} (P-0002)`);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('shows a Dossier that is not a web address (javascript:) as text, never as a link', async () => {
    bundle.spreadsheet
      .sheet('Conventions')
      .appendRow([
        'C-2025-007',
        'Atlas — cartographie',
        'P-0001',
        'partenariat',
        '',
        'ATLAS',
        new Date(2025, 0, 10),
        new Date(2025, 1, 1),
        new Date(2025, 11, 31),
        5000,
        'recette',
        '',
        'javascript:alert(1)',
        '',
      ]);
    await page.goto(`${server.url}/convention.html?convention=C-2025-007`);
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent === 'Modifier la convention C-2025-007');
    await page.locator('#save').click();
    await page.locator('#saved').waitFor({ state: 'visible' });
    expect(await page.locator('#saved div').first().textContent()).toBe('Convention C-2025-007 mise à jour.');
    const folder = page.locator('#saved', { hasText: 'Ouvrir son dossier' });
    await folder.waitFor();
    expect(await page.locator('#saved a').count()).toBe(0);
    expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
    await page.getByText('Ouvrir son dossier').click();
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('on a saved subsidy: « Compte rendu financier (Cerfa 15059) » writes the Doc and shows its link; hidden on a partnership', async () => {
    const row = (id: string, type: string) => [
      id,
      'Atlas — soutien',
      'P-0001',
      type,
      '',
      'ATLAS',
      new Date(2025, 0, 10),
      new Date(2025, 0, 1),
      new Date(2025, 11, 31),
      5000,
      'recette',
      '',
      '',
      '',
    ];
    bundle.spreadsheet.sheet('Conventions').appendRow(row('C-2025-008', 'subvention'));
    bundle.spreadsheet.sheet('Conventions').appendRow(row('C-2025-009', 'partenariat'));
    // A report needs something booked in the year: the first instalment received.
    bundle.spreadsheet.addSheetWith('Journal', [
      ['Date', 'Pièce', 'Libellé', 'Compte', 'Projet', 'Convention', 'Tiers', 'Recette', 'Dépense', 'Moyen'],
      [new Date(2025, 2, 15), '2025-001', 'Subvention atlas — 1er versement', '741', 'ATLAS', 'C-2025-008', 'P-0001', 2500, '', 'banque'],
    ]);
    await page.goto(`${server.url}/convention.html?convention=C-2025-009`);
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent === 'Modifier la convention C-2025-009');
    expect(await page.locator('#cerfa-generate').isVisible()).toBe(false);
    await page.goto(`${server.url}/convention.html?convention=C-2025-008`);
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent === 'Modifier la convention C-2025-008');
    await page.locator('#cerfa-generate').click();
    const open = page.locator('#cerfa-result a');
    await open.waitFor();
    expect(await open.textContent()).toBe('Ouvrir le compte rendu 2025');
    expect(await open.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect([...bundle.documents.values()].map((d) => d.body.paragraphs()[1]?.content)).toEqual([
      'Compte rendu financier de subvention — C-2025-008',
    ]);
  });
});
