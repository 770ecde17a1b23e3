/**
 * The same demo read through the three workbook adapters — the .xlsx file, Apps Script (the fake
 * SpreadsheetApp) and the Sheets API (the local fake server) — gives the same findings at the same
 * cells and the same report figures (docs/architecture.md, "The live spreadsheet").
 */
import { join } from 'node:path';
import { readXlsx } from '../../scripts/xlsx/read';
import { readSpreadsheet } from '../../scripts/sheets-api/snapshot';
import { sheetsApi } from '../../scripts/sheets-api/client';
import { TRANSPORT } from '../../scripts/sheets-api/login';
import { OAuth2Client } from 'google-auth-library';
import { FakeSheetsApi, TEST_TOKEN, bookFrom } from '../fakes/sheets-api';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { loadBundle } from '../fakes/harness';
import { runCheck } from '../../shared/usecases/run-check';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import type { WorkbookReader } from '../../shared/sheets/ports';
import type { IsoDate } from '../../shared/values/dates';
import type { CheckReport } from '../../shared/usecases/rpc';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');
const TODAY = '2026-01-15' as IsoDate;
const clock = { today: () => TODAY };

let server: FakeSheetsApi;
beforeAll(async () => {
  server = new FakeSheetsApi();
  await server.start();
});
afterAll(() => server.stop());

function token(): OAuth2Client {
  const c = new OAuth2Client(TRANSPORT);
  c.setCredentials({ access_token: TEST_TOKEN });
  return c;
}

const located = (r: CheckReport) =>
  r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.row ?? ''} ${f.column ?? ''} ${f.message}`);

async function viaApi(): Promise<WorkbookReader> {
  const id = server.add(bookFrom(await readXlsx(DEMO), 'Citego — démo'));
  return readSpreadsheet(sheetsApi(token(), { CITEGO_SHEETS_API_URL: server.url }), id);
}

describe('the live spreadsheet adapter (Sheets API v4)', () => {
  it('reads the demo in two HTTP calls — spreadsheets.get then values.batchGet — with every sheet', async () => {
    const before = server.apiRequests().length;
    const live = await viaApi();
    const calls = server.apiRequests().slice(before);
    expect(calls.map((c) => `${c.method} ${c.path.replace(/fake-spreadsheet-[^/:]+/, 'ID')}`)).toEqual([
      'GET /v4/spreadsheets/ID',
      'GET /v4/spreadsheets/ID/values:batchGet',
    ]);
    const xlsx = await readXlsx(DEMO);
    expect(live.sheetNames()).toEqual(xlsx.sheetNames());
    expect(calls[1].query.getAll('ranges')).toHaveLength(xlsx.sheetNames().length);
    expect(live.timeZone).toBe('Europe/Paris');
  });

  it('gives the same findings at the same cells as the .xlsx file and Apps Script', async () => {
    const xlsx = runCheck({ workbook: await readXlsx(DEMO), clock }, 'fr', null);
    const live = runCheck({ workbook: await viaApi(), clock }, 'fr', null);
    const bundle = loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2026-01-15T10:00:00+01:00' });
    const gas = bundle.run('runCheck', 'fr') as CheckReport;
    expect(xlsx.findings.length).toBeGreaterThan(20);
    expect(located(live)).toEqual(located(xlsx));
    expect(located(gas)).toEqual(located(xlsx));
  });

  it('gives the same annual report figures (every table, every cell)', async () => {
    const options = { lang: 'fr' as const, generatedOn: TODAY };
    const fromXlsx = buildAnnualReport(readWorkbook(await readXlsx(DEMO), 'fr'), 2025, options);
    const fromApi = buildAnnualReport(readWorkbook(await viaApi(), 'fr'), 2025, options);
    expect(JSON.stringify(fromApi.blocks)).toEqual(JSON.stringify(fromXlsx.blocks));
    expect(fromXlsx.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThan(5);
  });
});
