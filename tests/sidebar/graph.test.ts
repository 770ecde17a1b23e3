import type { Browser, Page } from 'playwright-core';
import type { BridgeServer } from '../../scripts/bridge/server';
import { CallLog } from '../fakes/calls';
import { loadBundle, type Bundle } from '../fakes/harness';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { describeInBrowser, launch, serveDist } from '../browser/browser';
import { GRAPH_SHEETS } from '../helpers/graph-book';

const HOSTILE = '<img src=x onerror=alert(1)>';

function spreadsheet(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(new CallLog());
  for (const [name, rows] of Object.entries(GRAPH_SHEETS)) ss.addSheetWith(name, rows.map((r) => r.map((c) => c ?? '')) as never);
  ss.sheet('Personnes').put(9, 2, HOSTILE); // Lucie Bernard's name
  return ss;
}

describeInBrowser('sidebar « Réseau et atlas » in Chromium, against the built files', () => {
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

  it('draws the network as SVG, zooms to a person and her neighbours, and shows the atlas; hostile names stay text', async () => {
    await page.goto(`${server.url}/graph.html`);
    await page.locator('#picture svg').waitFor();
    await expect(page.locator('#summary').textContent()).resolves.toBe('Le réseau — 23 nœuds, 24 liens');
    expect(await page.locator('#picture svg g[data-id]').count()).toBe(23);
    expect(await page.locator('#picture img').count()).toBe(0);
    const shownLabels = () => page.locator('#picture svg text').allTextContents();
    await page.locator('#focus').fill('Anne Dubois');
    await page.locator('#focus').dispatchEvent('change');
    // Her university, both committees she sits on: every label of the zoom, the others faded.
    await expect(shownLabels()).resolves.toEqual(
      expect.arrayContaining(['Anne Dubois', 'Université de Lausanne', 'Comité de relecture foncier', 'Comité de pilotage formation']),
    );
    expect(await page.locator('#picture svg [fill-opacity="0.15"]').count()).toBe(23 - 4);
    await page.locator('#all').click();
    expect(await page.locator('#picture svg [fill-opacity="0.15"]').count()).toBe(0);
    await page.locator('#which').selectOption('atlas');
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('L’atlas relationnel'));
    expect(await page.locator('#picture svg g[data-id]').count()).toBe(9);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });
});
