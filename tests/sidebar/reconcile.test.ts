import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { bookBankLines } from '../../shared/bank/book-lines';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { readXlsx } from '../../scripts/xlsx/read';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { frAmount } from '../unit/bank-fixture';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const HOSTILE = '<img src=x onerror="window.__xss=1">VIR INCONNU';
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The demo's bank lines of March 2025 as the bank exports them, a fee and a hostile label, with a running Solde from the books' balance. */
async function marchCsv(): Promise<{ text: string; cleared: number }> {
  const bank = bookBankLines(readWorkbook(await readXlsx(DEMO)), 2025);
  const march = bank.lines.filter((l) => l.date >= '2025-03-01' && l.date <= '2025-03-31');
  // The statement starts from the books' balance on 1 March: the year's opening + January and February.
  let balance = bank.opening + bank.lines.filter((l) => l.date < '2025-03-01').reduce((sum, l) => sum + l.amount, 0);
  const rows = [
    ...march.map((l) => ({ date: l.date, label: l.label.toUpperCase(), amount: l.amount })),
    { date: '2025-03-31', label: 'FRAIS TENUE DE COMPTE', amount: -1250 },
    { date: '2025-03-31', label: HOSTILE, amount: 777 },
  ].map((l) => {
    balance += l.amount;
    return `${fr(l.date)};"${l.label.replace(/"/g, '""')}";${frAmount(l.amount)};${frAmount(balance)}`;
  });
  return { text: ['Compte 00012345;;;', 'Date;Libellé;Montant;Solde', ...rows].join('\n'), cleared: march.length };
}

/** Text as Windows-1252 bytes (what French banks export): the few characters above U+00FF it has, mapped. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, œ: 0x9c };
  return Buffer.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

describeInBrowser('sidebar "Rapprochement bancaire" in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;
  let csv: { text: string; cleared: number };

  beforeAll(async () => {
    csv = await marchCsv();
    bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO) });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${server.url}/reconcile.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('opens on the last year with no statement yet, its import button waiting for a statement', async () => {
    expect(await page.locator('#year').inputValue()).toBe('2025');
    expect(await page.locator('#balance li').allTextContents()).toEqual(['Aucune ligne de relevé pour cet exercice : importez le relevé.']);
    expect(await page.locator('#import').isEnabled()).toBe(false);
  });

  it('imports a pasted CSV, ticks the March lines and shows the gap explained', async () => {
    await page.locator('#csv').fill(csv.text);
    await page.locator('#import').click();
    await page.locator('#imported').waitFor({ state: 'visible' });
    const total = csv.cleared + 2;
    expect(await page.locator('#imported').textContent()).toBe(`${total} lignes ajoutées à Relevés, 0 déjà présente.`);
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.includes('sur'));
    expect(await page.locator('#summary').textContent()).toBe(
      `${csv.cleared} lignes rapprochées sur ${total} du relevé (${csv.cleared} pointées à l’instant).`,
    );
    const balance = await page.locator('#balance li').allTextContents();
    expect(balance[0]).toMatch(/^Solde du relevé au 31\/03\/2025 : /);
    expect(balance).toContain('dont lignes du relevé absentes du Journal : -4,73\u202f€');
    expect(balance[balance.length - 1]).toBe('Écart entièrement expliqué.');
    const relevés = bundle.spreadsheet.sheet('Relevés').rows();
    expect(relevés[0][8]).toBe('Pointé');
    expect(relevés.slice(1).filter((r) => r[8] !== '').length).toBe(csv.cleared);
  });

  it('shows a hostile label as text, never as markup', async () => {
    const bankLines = await page.locator('#unmatched-bank li').allTextContents();
    expect(bankLines.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(await page.locator('#unmatched-bank img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('reads a chosen file in Windows-1252 as the bank wrote it: the same statement adds nothing', async () => {
    await page.locator('#file').setInputFiles({ name: 'releve.csv', mimeType: 'text/csv', buffer: windows1252(csv.text) });
    await page.waitForFunction(() => !(document.querySelector('#import') as HTMLButtonElement).disabled);
    await page.locator('#import').click();
    await page.waitForFunction(() => document.querySelector('#imported')?.textContent?.startsWith('0 ligne'));
    expect(await page.locator('#imported').textContent()).toBe(`0 ligne ajoutée à Relevés, ${csv.cleared + 2} déjà présentes.`);
    expect(await page.locator('#import-error').textContent()).toBe('');
  });

  it('accepts the fee proposal: one Journal line on 627, the statement line ticked, the proposal gone', async () => {
    expect(await page.locator('#proposals li').count()).toBe(1);
    expect(await page.locator('#proposals li .muted').textContent()).toBe(
      '→ Journal, compte 627 (Services bancaires et assimilés), pièce RB-20250331-1250',
    );
    const journalBefore = bundle.spreadsheet.sheet('Journal').rows().length;
    await page.locator('#proposals button').click();
    await page.waitForFunction(() => document.querySelector('#proposals li')?.textContent === 'Aucune.');
    const journal = bundle.spreadsheet.sheet('Journal').rows();
    expect(journal.length).toBe(journalBefore + 1);
    expect(journal[journal.length - 1].slice(1, 4)).toEqual(['RB-20250331-1250', 'FRAIS TENUE DE COMPTE', '627']);
    expect(await page.locator('#summary').textContent()).toContain(`${csv.cleared + 1} lignes rapprochées`);
  });

  it('speaks English with ?lang=en', async () => {
    const en = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      await en.goto(`${server.url}/reconcile.html?lang=en`);
      await en.locator('#content').waitFor({ state: 'visible' });
      expect(await en.locator('h1').textContent()).toBe('Bank reconciliation');
      expect(await en.locator('#import').textContent()).toBe('Import and reconcile');
      expect(await en.locator('#summary').textContent()).toBe(
        `${csv.cleared + 1} of ${csv.cleared + 2} statement lines matched (0 ticked just now).`,
      );
    } finally {
      await en.close();
    }
  });
});
