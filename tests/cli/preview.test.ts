/**
 * The preview's server calls (scripts/preview/dispatch.ts) run the same use cases as Google:
 * the accountant's folder with its Mémoire note and the report's shortcut, "Drive" being a
 * folder next to the workbook and every file written whole.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localDispatch } from '../../scripts/preview/dispatch';
import { safe } from '../../scripts/preview/local-ports';
import { readXlsx } from '../../scripts/xlsx/read';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { buildAccountantPack } from '../../shared/exports/pack';
import { ROOT } from '../helpers/cli';
import { conventionPayload } from '../helpers/convention';
import { TODAY } from '../helpers/demo';

const ASSOCIATION = 'Citego — Cités, territoires, gouvernance';

/** A copy of the demo in a folder of its own, and the preview's calls on it. */
function demoCopy(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const workbook = join(dir, 'asso.xlsx');
  copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), workbook);
  return { dir, workbook, run: localDispatch(workbook) };
}

function everyFile(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? everyFile(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the preview runs the use cases of Google on a folder next to the workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citego-preview-calls-'));
  const workbook = join(dir, 'asso.xlsx');
  const drive = join(dir, 'asso — Drive');
  copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), workbook);
  const call = localDispatch(workbook);

  it('writes the report, then the accountant’s folder with the ledger as a sheet, the report’s shortcut, the sharing and a Mémoire note', async () => {
    const report = (await call('generateAnnualReport', [2025, 'fr'])) as { url: string; folderUrl: string };
    const reports = join(drive, ASSOCIATION, 'Rapports annuels');
    const doc = join(reports, `${ASSOCIATION} — Rapport annuel 2025.docx`);
    expect(report).toEqual(expect.objectContaining({ url: pathToFileURL(doc).href, folderUrl: pathToFileURL(reports).href }));

    const r = (await call('prepareAccountantFolder', [2025])) as {
      folderUrl: string;
      sharedWith: string;
      files: { name: string }[];
      notedInMemory: boolean;
    };
    const year = join(drive, ASSOCIATION, `${ASSOCIATION} — Expert-comptable`, '2025');
    expect(r.folderUrl).toBe(pathToFileURL(year).href);
    expect(r.files.map((f) => f.name)).toContain('Grand livre 2025');
    // Every file of the pack (as `citego export` writes it), the ledger as a sheet, the report's shortcut.
    const pack = buildAccountantPack(readWorkbook(await readXlsx(workbook)), 2025, { today: TODAY }).files.map((f) => f.name);
    expect(pack).toHaveLength(8);
    expect(readdirSync(year).sort()).toEqual([...pack, 'Grand livre 2025.csv', 'Rapport annuel 2025.docx'].sort());
    const shortcut = join(year, 'Rapport annuel 2025.docx');
    expect(lstatSync(shortcut).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(dirname(shortcut), readlinkSync(shortcut)))).toBe(realpathSync(doc));
    const shares = JSON.parse(readFileSync(join(drive, '.partages.json'), 'utf8')) as Record<
      string,
      { email: string; role: string; message: string }
    >;
    // The accountant's folder (notified), and the report Doc itself, since a shortcut inherits nothing.
    expect(shares).toEqual({
      [`${ASSOCIATION}/${ASSOCIATION} — Expert-comptable`]: expect.objectContaining({
        email: 'cabinet.durand@expert-comptable.example',
        role: 'commenter',
        message: expect.stringContaining('dossier comptable 2025 est prêt'),
      }),
      [`${ASSOCIATION}/Rapports annuels/${ASSOCIATION} — Rapport annuel 2025.docx`]: {
        email: 'cabinet.durand@expert-comptable.example',
        role: 'commenter',
        message: '',
      },
    });
    expect(r.sharedWith).toBe('cabinet.durand@expert-comptable.example');

    expect(r.notedInMemory).toBe(true);
    const memory = readWorkbook(await readXlsx(workbook)).memory.records;
    expect(memory[memory.length - 1]).toEqual(
      expect.objectContaining({ type: 'événement', title: 'Dossier expert-comptable 2025 envoyé', link: r.folderUrl }),
    );
    expect(everyFile(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the status then shows the folder, the sending and the report as done; a second run duplicates nothing', async () => {
    const status = (await call('getAccountantStatus', [2025])) as {
      folderUrl: string;
      lastSent: string;
      checklist: { label: string; ok: boolean }[];
    };
    expect(status.folderUrl).toBe(pathToFileURL(join(drive, ASSOCIATION, `${ASSOCIATION} — Expert-comptable`, '2025')).href);
    expect(status.lastSent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(status.checklist.find((c) => c.label === 'Rapport annuel')?.ok).toBe(true);
    const before = everyFile(drive).length;
    await call('prepareAccountantFolder', [2025]);
    expect(everyFile(drive)).toHaveLength(before);
  });

  it('keeps one folder layout whatever was done first, even when the request log is lost', async () => {
    const other = mkdtempSync(join(tmpdir(), 'citego-preview-layout-'));
    const wb = join(other, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), wb);
    const run = localDispatch(wb);
    const form = (await run('getConventionForm', [null])) as { partners: { id: string }[] };
    const saved = (await run('saveConvention', [
      {
        requestId: 'layout-test-0001',
        title: 'Atelier gouvernance locale',
        partnerId: form.partners[0].id,
        type: 'partenariat',
        direction: 'recette',
        start: '01/03/2026',
        end: '30/06/2026',
        amount: '1 000',
        createFolder: true,
      },
    ])) as { ok: boolean };
    expect(saved.ok).toBe(true);
    // The request log next to the workbook is lost (a copy of the workbook moved elsewhere…).
    rmSync(join(other, '.asso.xlsx.citego.json'));
    await run('generateAnnualReport', [2025, 'fr']);
    await run('prepareAccountantFolder', [2025]);
    const top = join(other, 'asso — Drive');
    expect(readdirSync(top).filter((n) => !n.startsWith('.'))).toEqual([ASSOCIATION]);
    expect(readdirSync(join(top, ASSOCIATION)).sort()).toEqual(
      ['Conventions', 'Rapports annuels', `${ASSOCIATION} — Expert-comptable`].sort(),
    );
  });

  it('a double submit, two calls apart, saves once: the request id is kept in the request cache next to the workbook, not in the log', async () => {
    const { dir: other, workbook: wb, run } = demoCopy('citego-preview-twice-');
    const payload = conventionPayload({ requestId: 'twice-0001', title: 'Atelier cartographie', createFolder: false });
    const first = await run('saveConvention', [payload]);
    expect(await run('saveConvention', [payload])).toEqual(first);
    const book = readWorkbook(await readXlsx(wb));
    expect(book.conventions.records.filter((c) => c.title === 'Atelier cartographie')).toHaveLength(1);
    expect(Object.keys(JSON.parse(readFileSync(join(other, '.asso.xlsx.citego-cache.json'), 'utf8')))).toEqual([
      'convention-request:twice-0001',
    ]);
    expect(existsSync(join(other, '.asso.xlsx.citego.json'))).toBe(false);
  });

  it('a request log from an older preview naming a folder since deleted: the folder is made again (one user offline)', async () => {
    const { dir: other, run } = demoCopy('citego-preview-older-');
    writeFileSync(join(other, '.asso.xlsx.citego.json'), JSON.stringify({ associationFolder: 'Dossier supprimé' }));
    const r = (await run('generateAnnualReport', [2025, 'fr'])) as { url: string };
    expect(r.url).toContain('/Rapports%20annuels/');
    expect(readdirSync(join(other, 'asso — Drive'))).toEqual([ASSOCIATION]);
  });

  it('writes only inside its "Drive", whatever the request log next to the workbook says', async () => {
    const other = mkdtempSync(join(tmpdir(), 'citego-preview-outside-'));
    const wb = join(other, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), wb);
    const victim = join(other, 'precious.txt');
    writeFileSync(victim, 'do not touch');
    // Anyone can edit this JSON file: a document id or a folder id pointing outside the Drive.
    writeFileSync(join(other, '.asso.xlsx.citego.json'), JSON.stringify({ 'report:2025': victim, reportsFolder: '../..' }));
    const r = (await localDispatch(wb)('generateAnnualReport', [2025, 'fr'])) as { url: string };
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(r.url).toBe(
      pathToFileURL(join(other, 'asso — Drive', ASSOCIATION, 'Rapports annuels', `${ASSOCIATION} — Rapport annuel 2025.docx`)).href,
    );
    expect(existsSync(join(other, 'asso — Drive', ASSOCIATION, 'Rapports annuels'))).toBe(true);
  });

  it('refuses, in one sentence, a request log edited into something unreadable', async () => {
    const other = mkdtempSync(join(tmpdir(), 'citego-preview-log-'));
    const wb = join(other, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), wb);
    writeFileSync(join(other, '.asso.xlsx.citego.json'), '{"report:2025": ');
    await expect(localDispatch(wb)('generateAnnualReport', [2025, 'fr'])).rejects.toThrow(
      'Le fichier .asso.xlsx.citego.json, à côté du classeur, est illisible',
    );
    writeFileSync(join(other, '.asso.xlsx.citego.json'), '{"toString": 3}');
    await expect(localDispatch(wb)('generateAnnualReport', [2025, 'fr'])).rejects.toThrow('est illisible');
  });

  it('refuses a read-only workbook before writing anything beside it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'citego-preview-readonly-'));
    const wb = join(other, 'asso.xlsx');
    copyFileSync(join(ROOT, 'examples', 'demo.xlsx'), wb);
    chmodSync(wb, 0o444);
    const before = readFileSync(wb);
    const form = (await localDispatch(wb)('getConventionForm', [null])) as { partners: { id: string }[] };
    const payload = { requestId: 'readonly-0001', title: 'Atelier', partnerId: form.partners[0].id, type: 'partenariat' };
    const save = localDispatch(wb)('saveConvention', [
      { ...payload, direction: 'recette', start: '01/03/2026', end: '30/06/2026', amount: '1 000', createFolder: true },
    ]);
    await expect(save).rejects.toThrow(/lecture seule|read-only/i);
    expect(readFileSync(wb).equals(before)).toBe(true);
    expect(existsSync(join(other, 'asso — Drive'))).toBe(false);
  });

  it('makes file names the file system takes: never "..", the extension kept when a long name is cut', () => {
    expect(safe('..')).toBe('-');
    expect(safe('../../etc')).toBe('..-..-etc');
    expect(safe('Rapport. ')).toBe('Rapport');
    const long = safe(`${'Association des territoires '.repeat(8)}— Rapport annuel 2025.docx`);
    expect(long.endsWith('.docx')).toBe(true);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    const wide = safe(`${'城市治理'.repeat(40)}.docx`);
    expect(wide.endsWith('.docx')).toBe(true);
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(200);
  });

  it('refuses a bad argument with the sentence Google gives, and answers "not found" for a name outside the contract', async () => {
    await expect(call('prepareAccountantFolder', ['2025'])).rejects.toThrow('Année invalide.');
    await expect(call('selectCell', ['Journal!A1'])).rejects.toThrow('Cellule à sélectionner invalide.');
    await expect(call('noSuchFunction', [])).rejects.toThrow('Script function not found: noSuchFunction');
    expect(await call('selectCell', [{ sheet: 'Journal', row: 5, column: 5 }])).toEqual({ selected: 'E5' });
  });
});
