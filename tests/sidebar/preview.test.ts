import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { readXlsx } from '../../scripts/xlsx/read';
import { describeInBrowser, launch, ROOT } from '../browser/browser';
import { startBridge } from '../../scripts/bridge/server';

describeInBrowser('citego preview on a copy of the demo workbook', () => {
  let browser: Browser;
  let child: ChildProcess;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'citego-preview-'));
  const workbook = join(dir, 'asso.xlsx');

  // What a save killed with `kill -9` left: an ended process's temporary workbook, and a user's file.
  const ended = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
  const abandoned = join(dir, `.asso.xlsx.${ended}.tmp`);
  const usersOwn = join(dir, 'notes.tmp');

  beforeAll(async () => {
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), workbook);
    writeFileSync(abandoned, 'PK half a workbook');
    writeFileSync(usersOwn, 'à faire');
    child = spawn(process.execPath, [join(ROOT, 'bin', 'citego.js'), 'preview', '--workbook', workbook, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Aperçu local : (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`preview exited ${code}`)));
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGTERM');
  });

  // Its HTTP refusals (foreign Host or Origin, traversal, body size): tests/hostile/preview-server.test.ts.

  it('has removed, on starting, the temporary file a killed save left, and kept the user’s notes.tmp', () => {
    expect([existsSync(abandoned), existsSync(usersOwn)]).toEqual([false, true]);
  });

  it('serves an index linking every sidebar', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.title()).toBe('Citego — aperçu local');
    expect(await page.locator('a').first().getAttribute('href')).toBe('/accountant.html');
    expect(await page.locator('a').allTextContents()).toEqual([
      'Dossier expert-comptable',
      'Atlas',
      'Calendrier',
      'Trésorerie',
      'Vérifier la cohérence',
      'Clôture de l’exercice',
      'Nouvelle convention',
      'Dossiers',
      'Réseau et atlas',
      'Groupes et comités',
      'Noter dans la Mémoire',
      'Mémoire',
      'Aperçu du classeur',
      'Fiche partenaire',
      'Opportunités',
      'Rapprochement bancaire',
      'Rapport annuel',
    ]);
    await page.close();
  });

  it('serves the index and its own HTTP texts in English with ?lang=en, and its links keep the language', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?lang=en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Citego — local preview');
    expect(await page.locator('h1').textContent()).toBe(`Citego — local preview of ${workbook}`);
    expect(await page.locator('a').allTextContents()).toEqual([
      "Accountant's folder",
      'Atlas',
      'Calendar',
      'Cash plan',
      'Check consistency',
      'Year-end closing',
      'New agreement',
      'Dossiers',
      'Network and atlas',
      'Groups and committees',
      'Record in the memory',
      'Memory',
      'Workbook overview',
      'Partner card',
      'Opportunities',
      'Bank reconciliation',
      'Annual report',
    ]);
    expect(await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/accountant.html?lang=en',
      '/atlas.html?lang=en',
      '/calendar.html?lang=en',
      '/cashplan.html?lang=en',
      '/check.html?lang=en',
      '/close.html?lang=en',
      '/convention.html?lang=en',
      '/dossiers.html?lang=en',
      '/graph.html?lang=en',
      '/groups.html?lang=en',
      '/memory-entry.html?lang=en',
      '/memory.html?lang=en',
      '/overview.html?lang=en',
      '/partner.html?lang=en',
      '/pipeline.html?lang=en',
      '/reconcile.html?lang=en',
      '/report.html?lang=en',
    ]);
    await page.locator('a', { hasText: 'Check consistency' }).click();
    await page.locator('#rerun').waitFor({ state: 'visible' });
    expect(await page.locator('h1').textContent()).toBe('Check consistency');
    // A call from that page carries its language to the bridge.
    const failure = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }).google.script
            .run;
          const withFailure = run.withFailureHandler as (fn: (e: Error) => void) => Record<string, (...a: unknown[]) => void>;
          withFailure((e) => resolve(e.message)).getOverview('x'.repeat(5_100_000));
        }),
    );
    expect(failure).toBe('Request too large');
    await page.close();

    const missing = await fetch(`${url}nope.html?lang=en`);
    expect([missing.status, await missing.text()]).toEqual([404, 'Not found']);
    const missingFr = await fetch(`${url}nope.html`);
    expect([missingFr.status, await missingFr.text()]).toEqual([404, 'Introuvable']);
    const refused = await fetch(`${url}__rpc/getOverview?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect([refused.status, await refused.text()]).toEqual([403, 'Call refused']);
    const refusedFr = await fetch(`${url}__rpc/getOverview`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(await refusedFr.text()).toBe('Appel refusé');
    const huge = JSON.stringify({ args: ['x'.repeat(5_100_000)] });
    for (const [query, message] of [
      ['?lang=en', 'Request too large'],
      ['', 'Requête trop volumineuse'],
    ]) {
      const tooLarge = await fetch(`${url}__rpc/getOverview${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: huge,
      });
      expect(await tooLarge.json()).toEqual({ ok: false, message });
    }
  });

  it('citego preview --lang en: the index is English by default, ?lang=fr still French', async () => {
    const bridge = await startBridge({
      distDir: join(ROOT, 'dist'),
      shimFile: join(ROOT, 'build', 'bridge-shim.js'),
      dispatch: () => null,
      workbook: 'asso.xlsx',
      lang: 'en',
    });
    try {
      const en = await (await fetch(`${bridge.url}/`)).text();
      expect(en).toContain('<h1 style="font-size:16px">Citego — local preview of asso.xlsx</h1>');
      expect(en).toContain('<a href="/convention.html?lang=en">New agreement</a>');
      const fr = await (await fetch(`${bridge.url}/?lang=fr`)).text();
      expect(fr).toContain('<a href="/convention.html">Nouvelle convention</a>');
    } finally {
      await bridge.close();
    }
  });

  it('lets a person create a convention in a browser; the .xlsx then holds it, and its folder is on disk', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
    await page.goto(`${url}convention.html`);
    await page.locator('#form').waitFor({ state: 'visible' });
    await page.locator('#title').fill('Atlas — traduction portugaise');
    await page.locator('#partner').fill('Institut Polytechnique de Lisbonne (P-0015)');
    await page.locator('#type').selectOption('partenariat');
    await page.locator('#project').selectOption('ATLAS');
    await page.locator('#start').fill('01/02/2026');
    await page.locator('#end').fill('31/01/2027');
    await page.locator('#amount').fill('3 600');
    await page.locator('#save').click();
    await page.locator('#saved').waitFor({ state: 'visible' });
    const saved = await page.locator('#saved div').first().textContent();
    expect(saved).toMatch(/^Convention C-2026-001 enregistrée\.$/);
    // The folder the preview made in its own "Drive" is a link (a file: URL), as Drive's is on Google.
    const folderLink = await page.locator('#saved a').getAttribute('href');
    await page.close();

    const book = readWorkbook(await readXlsx(workbook));
    const c = book.conventions.records.find((x) => x.id === 'C-2026-001');
    expect(c).toEqual(
      expect.objectContaining({ title: 'Atlas — traduction portugaise', partner: 'P-0015', amount: 360_000, start: '2026-02-01' }),
    );
    // As on Google: <association>/Conventions/<ID — intitulé>/ with the fiche, in "Drive" next to the workbook.
    const association = join(dir, 'asso — Drive', 'Citego — Cités, territoires, gouvernance');
    const folders = join(association, 'Conventions');
    expect(readdirSync(folders)).toEqual(['C-2026-001 — Atlas — traduction portugaise']);
    expect(readdirSync(join(folders, 'C-2026-001 — Atlas — traduction portugaise'))).toEqual(['Fiche convention C-2026-001.docx']);
    expect(c?.folder).toBe(pathToFileURL(join(folders, 'C-2026-001 — Atlas — traduction portugaise')).href);
    expect(folderLink).toBe(c?.folder);
    expect(book.settings.driveFolder).toBe(pathToFileURL(association).href);
    // The rest of the workbook is intact.
    expect(book.ledger.records).toHaveLength(306);
  });
});
