import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { CallLog } from '../fakes/calls';
import { loadBundle, type Bundle } from '../fakes/harness';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { describeInBrowser, launch, serveDist } from '../browser/browser';

const HOSTILE = '<img src=x onerror=alert(1)>';

function spreadsheet(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog());
  ss.addSheetWith('Paramètres', [
    ['Paramètre', 'Valeur'],
    ["Nom de l'association", 'Citego'],
  ]);
  ss.addSheetWith('Partenaires', [
    ['ID', 'Nom', 'Type'],
    ['P-0001', 'Ville de Grenoble', 'collectivité'],
    ['P-0002', HOSTILE, HOSTILE],
  ]);
  ss.addSheetWith('Journal', [
    ['Date', 'Pièce', 'Libellé', 'Compte', 'Recette', 'Dépense'],
    [new Date('2025-01-02T00:00:00+01:00'), 'B1', 'Cotisation', 756, 30, ''],
    ['31/02/2025', 'B2', 'Don', 754, 50, ''],
  ]);
  return ss;
}

describeInBrowser('sidebar "Aperçu du classeur" in Chromium, against the built files', () => {
  let browser: Browser;
  let server: BridgeServer;
  let bundle: Bundle;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    bundle = loadBundle({ spreadsheet: spreadsheet() });
    server = await serveDist((name, args) => bundle.run(name, ...args));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
  });

  it('lists each sheet with its rows and the cells to fix, hostile text shown as text', async () => {
    await page.goto(`${server.url}/overview.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    await expect(page.locator('#summary').textContent()).resolves.toBe('Citego : 2 feuilles lues, 2 erreurs.');
    expect(await page.locator('#status').isVisible()).toBe(false);
    const rows = await page.locator('#tables tbody tr').allTextContents();
    expect(rows).toContain('Partenaires21');
    expect(rows).toContain('Journal21');
    expect(rows).toContain('Conventions (absente)––');
    const findings = await page.locator('#findings li').allTextContents();
    expect(findings).toEqual([
      expect.stringContaining('Partenaires ligne 3, Type'),
      "Journal ligne 3, Date« 31/02/2025 » n'est pas une date (ex. 15/03/2025).",
    ]);
    expect(findings[0]).toContain(`« ${HOSTILE} » n'est pas une valeur prévue`);
    expect(await page.locator('#findings img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  it('reads the spreadsheet again on "Relire"', async () => {
    await page.goto(`${server.url}/overview.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    bundle.spreadsheet.sheet('Journal').put(3, 1, '02/02/2025');
    const before = bundle.log.count('Range.getValues');
    await page.locator('#refresh').click();
    await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 1);
    expect(await page.locator('#findings li').textContent()).toContain('Partenaires ligne 3, Type');
    expect(bundle.log.count('Range.getValues')).toBeGreaterThan(before);
    expect(await page.locator('#refresh').isDisabled()).toBe(false);
  });

  it('says clearly when the server call fails', async () => {
    const failing = await serveDist(() => {
      throw new Error('Service Spreadsheets indisponible.');
    });
    try {
      await page.goto(`${failing.url}/overview.html`);
      await page.waitForFunction(() => document.querySelector('#status')?.className === 'banner error');
      expect(await page.locator('#status').textContent()).toBe('La lecture a échoué : Service Spreadsheets indisponible.');
      expect(await page.locator('#status').getAttribute('class')).toBe('banner error');
    } finally {
      await failing.close();
    }
  });

  it('keeps to the add-on look: Arial, 300 px, one blue primary button', async () => {
    await page.goto(`${server.url}/overview.html`);
    await page.locator('#content').waitFor({ state: 'visible' });
    const look = await page.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      width: document.body.getBoundingClientRect().width,
      primaries: document.querySelectorAll('button.action').length,
      color: getComputedStyle(document.querySelector('button.action') as Element).backgroundColor,
      scroll: document.documentElement.scrollWidth,
    }));
    expect(look.font).toMatch(/^Arial/);
    expect(look.width).toBeLessThanOrEqual(300);
    expect(look.scroll).toBeLessThanOrEqual(300);
    expect(look.primaries).toBe(1);
    expect(look.color).toBe('rgb(26, 115, 232)');
  });
});

describeInBrowser('the google.script.run bridge applies Apps Script’s rules', () => {
  let browser: Browser;
  let server: BridgeServer;
  const received: unknown[][] = [];

  beforeAll(async () => {
    server = await serveDist((name, args) => {
      received.push([name, ...args]);
      if (name === 'echo') return args[0];
      if (name === 'giveDate') return { when: new Date() };
      throw new Error(`Script function not found: ${name}`);
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses Date, functions and DOM nodes, nested too; turns undefined in arrays into null; copies objects', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/overview.html`);
    const result = await page.evaluate(async () => {
      type Run = Record<string, (...a: unknown[]) => void> & {
        withSuccessHandler(f: (v: unknown, u?: unknown) => void): Run;
        withFailureHandler(f: (e: Error) => void): Run;
        withUserObject(o: unknown): Run;
      };
      const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
      const tryCall = (arg: unknown) => {
        try {
          run.echo(arg);
          return 'accepted';
        } catch (e) {
          return (e as Error).message;
        }
      };
      const call = (name: string, arg: unknown) =>
        new Promise((resolve) => {
          const runner = run
            .withSuccessHandler((v, u) => resolve({ ok: v, user: u }))
            .withFailureHandler((e) => resolve({ failed: e.message }))
            .withUserObject('ctx');
          runner[name](arg);
        });
      const original = { a: [1, undefined, 'x'], b: { c: true } };
      const echoed = (await call('echo', original)) as { ok: { b: { c: boolean } } };
      echoed.ok.b.c = false;
      return {
        date: tryCall(new Date()),
        nested: tryCall({ when: [new Date()] }),
        fn: tryCall({ f: () => 1 }),
        node: tryCall(document.body),
        echoed,
        originalUntouched: original.b.c,
        dateResult: await call('giveDate', null),
        missing: await call('noSuchFunction', null),
      };
    });
    expect(result.date).toBe('Failed due to illegal value in property: 0');
    expect(result.nested).toBe('Failed due to illegal value in property: 0.when.0');
    expect(result.fn).toBe('Failed due to illegal value in property: 0.f');
    expect(result.node).toBe('Failed due to illegal value in property: 0');
    expect(result.echoed).toEqual({ ok: { a: [1, null, 'x'], b: { c: false } }, user: 'ctx' });
    expect(result.originalUntouched).toBe(true);
    expect(result.dateResult).toEqual({ failed: 'Illegal return value' });
    expect(result.missing).toEqual({ failed: 'Script function not found: noSuchFunction' });
    await page.close();
  });
});
