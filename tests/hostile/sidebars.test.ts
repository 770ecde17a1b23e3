/**
 * Hostile text and links in a workbook, through every sidebar in a real browser (issue 10 #10 and
 * XSS): markup typed in a cell is shown as text, a `javascript:` link stays text, no script runs.
 * The workbook is a copy of the demo made hostile with exceljs; the sidebars are served by the
 * preview's bridge over it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launch, ROOT } from '../browser/browser';
import { startBridge, type BridgeServer } from '../../scripts/bridge/server';
import { localDispatch } from '../../scripts/preview/dispatch';
import { driveFolder } from '../../scripts/preview/local-ports';
import { DEMO, printCount, tryPayload } from './harness';

printCount('sidebars');

const HOSTILE = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'&amp;`;
const BAD_LINK = 'javascript:window.__xss=3';

/** The demo with markup in names, labels, a date, and `javascript:` in its link cells. */
async function hostileDemo(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(DEMO);
  const sheet = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
  sheet('Paramètres').getCell('B2').value = `Asso ${HOSTILE}`;
  sheet('Paramètres').getCell('B6').value = BAD_LINK;
  for (const r of [2, 3, 4]) sheet('Partenaires').getCell(`B${r}`).value = `${HOSTILE} ${r}`;
  for (const r of [2, 3]) sheet('Conventions').getCell(`B${r}`).value = `Convention ${HOSTILE}`;
  sheet('Dossiers').getCell('B2').value = HOSTILE;
  sheet('Dossiers').getCell('F2').value = BAD_LINK;
  for (const r of [3, 4, 5]) sheet('Journal').getCell(`C${r}`).value = `${HOSTILE} ${r}`;
  sheet('Journal').getCell('A6').value = HOSTILE; // a cell.invalid finding quoting it
  await wb.xlsx.writeFile(file);
}

describeInBrowser('every sidebar over a hostile workbook', () => {
  let browser: Browser;
  let server: BridgeServer;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'citego-hostile-xss-')), 'asso.xlsx');
    await hostileDemo(file);
    server = await startBridge({
      distDir: join(ROOT, 'dist'),
      shimFile: join(ROOT, 'build', 'bridge-shim.js'),
      dispatch: localDispatch(file),
      fileRoot: driveFolder(file),
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Nothing ran, no markup was made of the text, every link is a web or local address. */
  async function expectInert(page: Page, dialogs: string[]): Promise<void> {
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script').evaluateAll((ss) => ss.filter((s) => s.textContent?.includes('__xss')).length)).toBe(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^(https?|file):/);
  }

  async function open(sidebar: string, query = ''): Promise<{ page: Page; dialogs: string[] }> {
    tryPayload();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/${sidebar}.html${query}`);
    await page.waitForLoadState('networkidle');
    return { page, dialogs };
  }

  it('check: the findings quote the markup as text', async () => {
    const { page, dialogs } = await open('check');
    await page.waitForFunction(() => document.body.innerText.includes('onerror'), null, { timeout: 20_000 });
    await expectInert(page, dialogs);
    await page.close();
  });

  it('overview: the cells to fix quote the markup as text', async () => {
    const { page, dialogs } = await open('overview');
    await page.waitForFunction(() => document.body.innerText.includes('onerror'), null, { timeout: 20_000 });
    await expectInert(page, dialogs);
    await page.close();
  });

  it('convention: hostile partner names and agreement titles', async () => {
    const { page, dialogs } = await open('convention');
    await page.waitForFunction(() => document.querySelectorAll('#partners option').length > 0, null, { timeout: 20_000 });
    await expectInert(page, dialogs);
    const edit = await open('convention', '?convention=C-2025-001');
    await edit.page.waitForFunction(() => document.body.innerText.includes('C-2025-001'), null, { timeout: 20_000 });
    await expectInert(edit.page, edit.dialogs);
    await page.close();
    await edit.page.close();
  });

  it('report: the association name in its steps and its result', async () => {
    const { page, dialogs } = await open('report');
    await page.locator('#generate:enabled').waitFor({ timeout: 20_000 });
    await page.locator('#generate').click();
    await page.waitForFunction(
      () => !document.querySelector('#done')?.hasAttribute('hidden') || !document.querySelector('#status')?.hasAttribute('hidden'),
      null,
      {
        timeout: 60_000,
      },
    );
    await expectInert(page, dialogs);
    await page.close();
  });

  it('accountant: the Drive folder set to a javascript: address is never a link', async () => {
    const { page, dialogs } = await open('accountant');
    await page.locator('#prepare:enabled').waitFor({ timeout: 20_000 });
    await page.locator('#prepare').click();
    // A Dossier Drive Citego cannot open is refused, as on Google (README « Drive et plusieurs
    // éditeurs »): the address is quoted back as text, and nothing is prepared.
    const status = page.locator('#status.error');
    await status.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await status.textContent()).toContain(
      `Le dossier n’a pas pu être préparé : Paramètres › Dossier Drive indique « ${BAD_LINK} », un dossier que Citego ne peut pas ouvrir`,
    );
    expect(await page.locator('#result').isVisible()).toBe(false);
    await expectInert(page, dialogs);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.close();
  });
});
