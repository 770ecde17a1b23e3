import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { readBook } from '../../shared/sheets/book';
import { readXlsx } from '../../scripts/xlsx/read';
import { describeInBrowser, launch, ROOT } from '../browser/browser';

describeInBrowser('citego preview on a copy of the demo workbook', () => {
  let browser: Browser;
  let child: ChildProcess;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'citego-preview-'));
  const workbook = join(dir, 'asso.xlsx');

  beforeAll(async () => {
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), workbook);
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

  it('refuses calls from other sites (no JSON content type, or a foreign Origin)', async () => {
    const form = await fetch(`${url}__rpc/getOverview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"args":["fr"]}',
    });
    expect(form.status).toBe(403);
    const foreign = await fetch(`${url}__rpc/getOverview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{"args":["fr"]}',
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${url}__rpc/getOverview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"args":["fr"]}',
    });
    expect(((await own.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('serves an index linking every sidebar', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('a').allTextContents()).toEqual([
      'Dossier expert-comptable',
      'Vérifier la cohérence',
      'Nouvelle convention',
      'Aperçu du classeur',
      'Rapport annuel',
    ]);
    await page.close();
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
    await page.close();

    const book = readBook(await readXlsx(workbook));
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
    expect(book.settings.driveFolder).toBe(pathToFileURL(association).href);
    // The rest of the workbook is intact.
    expect(book.ledger.records).toHaveLength(306);
  });
});
