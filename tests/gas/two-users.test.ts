/**
 * Two members of the bureau on the same spreadsheet (README « Drive et plusieurs éditeurs »): the
 * treasurer runs the report, the pack and a convention save first, then the secretary-general does
 * the same. Under drive.file each one's Citego sees only the folders it made: the second never makes
 * a duplicate folder, never overwrites an id the first stored, and is told in French whom to ask.
 */
import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { conventionPayload } from '../helpers/convention';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const TREASURER = 'tresoriere@citego.example';
const SECRETARY = 'secretaire.generale@citego.example';
const ASSOCIATION = 'Citego — Cités, territoires, gouvernance';
const ASK_TREASURER =
  'Le dossier Drive de l’association a été créé par tresoriere@citego.example, et Google ne laisse Citego l’ouvrir que depuis ce compte (accès limité aux fichiers de l’application). Demandez à tresoriere@citego.example de lancer cette action, ou ouvrez le classeur avec ce compte ; rien n’a été créé.';

async function bureau(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), userEmail: TREASURER, now: '2026-01-15T10:00:00+01:00' });
}

/** What Drive holds and what the document properties remember: neither may change when the second user is refused. */
function state(b: Bundle) {
  return { files: [...b.drive.files.keys()], ids: b.documentProperties.getProperties() };
}

const rows = (b: Bundle, sheet: string) => b.spreadsheet.sheet(sheet).rows();

describe('two editors, one association folder (the Drive owner model)', () => {
  it('the report: the treasurer makes the folder and owns it; the secretary is told to ask her, and nothing is made or overwritten', async () => {
    const b = await bureau();
    const first = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    expect(b.documentProperties.getProperty('driveOwner')).toBe(TREASURER);
    const before = state(b);
    expect(() => b.runAs(SECRETARY, 'generateAnnualReport', 2025, 'fr')).toThrow(ASK_TREASURER);
    expect(state(b)).toEqual(before);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(1);
    // The treasurer still regenerates the same document.
    expect((b.runAs(TREASURER, 'generateAnnualReport', 2025, 'fr') as { url: string }).url).toBe(first.url);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(1);
  });

  it('the one-click menu item shows the same sentence to the secretary, in a toast or an alert', async () => {
    const b = await bureau();
    b.run('generateAnnualReport', 2025, 'fr');
    b.runAs(SECRETARY, 'menuGenerateReport');
    const shown = [...b.ui.alerts, ...b.spreadsheet.toasts.map((t) => t.message)].join('\n');
    expect(shown).toContain('Demandez à tresoriere@citego.example de lancer cette action');
  });

  it('the accountant’s pack: prepared by the treasurer, refused to the secretary without a second folder or share', async () => {
    const b = await bureau();
    b.run('prepareAccountantFolder', 2025);
    const before = state(b);
    const shares = b.drive.createdPermissions.length;
    const memory = rows(b, 'Mémoire').length;
    expect(() => b.runAs(SECRETARY, 'prepareAccountantFolder', 2025)).toThrow(ASK_TREASURER);
    expect(state(b)).toEqual(before);
    expect(b.drive.createdPermissions).toHaveLength(shares);
    expect(rows(b, 'Mémoire')).toHaveLength(memory);
    expect(b.drive.byName(`${ASSOCIATION} — Expert-comptable`)).toHaveLength(1);
  });

  it('a convention: the secretary’s is saved, without a folder, and she is told whom to ask; the treasurer’s gets its folder', async () => {
    const b = await bureau();
    const a = b.run('saveConvention', conventionPayload()) as { ok: boolean; id: string; folderUrl: string | null; warning: string | null };
    expect(a).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012', warning: null }));
    expect(a.folderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    const before = state(b);
    const s = b.runAs(
      SECRETARY,
      'saveConvention',
      conventionPayload({ requestId: 'gas-request-0002', title: 'Atlas — volet asiatique' }),
    ) as {
      ok: boolean;
      id: string;
      folderUrl: string | null;
      warning: string | null;
    };
    expect(s.ok).toBe(true);
    expect(s.id).toBe('C-2025-013');
    expect(s.folderUrl).toBeNull();
    expect(s.warning).toBe(`Convention enregistrée, mais le dossier n’a pas pu être créé : ${ASK_TREASURER}`);
    expect(state(b)).toEqual(before);
    expect(rows(b, 'Conventions').filter((r) => r[0] === 'C-2025-013')).toHaveLength(1);
    expect(b.drive.byName('Conventions')).toHaveLength(1);
  });

  it('whoever comes first owns the folder: the secretary first, then the treasurer is the one told whom to ask', async () => {
    const b = await bureau();
    b.runAs(SECRETARY, 'generateAnnualReport', 2025, 'fr');
    expect(b.documentProperties.getProperty('driveOwner')).toBe(SECRETARY);
    expect(() => b.runAs(TREASURER, 'prepareAccountantFolder', 2025)).toThrow(`créé par ${SECRETARY}`);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(1);
  });

  it('the association folder picked by the secretary is still not enough: its sub-folders are not hers, and none is duplicated', async () => {
    const b = await bureau();
    b.run('generateAnnualReport', 2025, 'fr');
    const [root] = b.drive.byName(ASSOCIATION);
    b.drive.pick(root.id, SECRETARY);
    const before = state(b);
    expect(() => b.runAs(SECRETARY, 'generateAnnualReport', 2025, 'fr')).toThrow(ASK_TREASURER);
    expect(state(b)).toEqual(before);
    expect(b.drive.byName('Rapports annuels')).toHaveLength(1);
  });

  it('the owner’s own folder deleted: the owner makes it again; the secretary is still sent to the owner', async () => {
    const b = await bureau();
    b.run('generateAnnualReport', 2025, 'fr');
    const [root] = b.drive.byName(ASSOCIATION);
    root.trashed = true;
    expect(() => b.runAs(SECRETARY, 'generateAnnualReport', 2025, 'fr')).toThrow(ASK_TREASURER);
    b.runAs(TREASURER, 'generateAnnualReport', 2025, 'fr');
    expect(b.drive.byName(ASSOCIATION).filter((f) => !f.trashed)).toHaveLength(1);
    expect(b.documentProperties.getProperty('associationFolder')).not.toBe(root.id);
  });
});

describe('Paramètres › Dossier Drive typed by hand', () => {
  async function withTypedFolder(): Promise<{ b: Bundle; folderId: string; link: string }> {
    const ss = await spreadsheetFromXlsx(DEMO);
    const b = loadBundle({ spreadsheet: ss, userEmail: TREASURER, now: '2026-01-15T10:00:00+01:00' });
    const foreign = b.drive.addForeign('Association — partagé');
    const link = `https://drive.google.com/drive/folders/${foreign.id}`;
    const params = ss.sheet('Paramètres');
    const at = params.rows().findIndex((r) => r[0] === 'Dossier Drive');
    if (at >= 0) params.put(at + 1, 2, link);
    else params.appendRow(['Dossier Drive', link]);
    return { b, folderId: foreign.id, link };
  }

  it('is refused with what to do, for the report, the pack and a convention’s folder, and nothing is created', async () => {
    const { b, link } = await withTypedFolder();
    const files = b.drive.files.size;
    const sentence = `Paramètres › Dossier Drive indique « ${link} », un dossier que Citego ne peut pas ouvrir`;
    expect(() => b.run('generateAnnualReport', 2025, 'fr')).toThrow(sentence);
    expect(() => b.run('prepareAccountantFolder', 2025)).toThrow(sentence);
    const saved = b.run('saveConvention', conventionPayload()) as { ok: boolean; warning: string };
    expect(saved.ok).toBe(true);
    expect(saved.warning).toContain(sentence);
    expect(b.drive.files.size).toBe(files);
    expect(b.documentProperties.getProperties()).toEqual({});
  });

  it('a folder this account’s Citego can open (picked, or made by it) is taken as the association’s folder', async () => {
    const { b, folderId } = await withTypedFolder();
    b.drive.pick(folderId, TREASURER);
    b.run('generateAnnualReport', 2025, 'fr');
    expect(b.documentProperties.getProperty('associationFolder')).toBe(folderId);
    expect(b.drive.byName('Rapports annuels')[0].parents).toEqual([folderId]);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(0);
  });
});

describe('Drive errors that are not "not found"', () => {
  it('a rate limit while checking the folder is an error to retry, never a reason for a second folder', async () => {
    const b = await bureau();
    b.run('generateAnnualReport', 2025, 'fr');
    const before = state(b);
    b.log.failOn(
      'Drive.Files.get',
      'GoogleJsonResponseException: API call to drive.files.get failed with error: User rate limit exceeded.',
    );
    expect(() => b.run('generateAnnualReport', 2025, 'fr')).toThrow('Erreur inattendue');
    expect(state(b)).toEqual(before);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(1);
  });

  it('an older workbook whose folder id was recorded without its owner: the account that sees it becomes the owner; another is refused', async () => {
    const b = await bureau();
    b.run('generateAnnualReport', 2025, 'fr');
    b.documentProperties.deleteProperty('driveOwner');
    expect(() => b.runAs(SECRETARY, 'prepareAccountantFolder', 2025)).toThrow(
      'Le dossier Drive de l’association a été créé depuis un autre compte, que Citego ne voit pas',
    );
    expect(b.documentProperties.getProperty('driveOwner')).toBeNull();
    b.runAs(TREASURER, 'prepareAccountantFolder', 2025);
    expect(b.documentProperties.getProperty('driveOwner')).toBe(TREASURER);
    expect(b.drive.byName(ASSOCIATION)).toHaveLength(1);
  });
});
