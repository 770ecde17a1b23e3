import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const ACCOUNTANT = 'cabinet.durand@expert-comptable.example';

async function demoBundle(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO) });
}

describe('"Dossier expert-comptable" through the bundle harness', () => {
  it('creates the folder once, puts the pack in it and shares it with the accountant only, as commenter', async () => {
    const b = await demoBundle();
    const r = b.run('prepareAccountantFolder', 2025) as {
      folderUrl: string;
      sharedWith: string;
      files: { name: string }[];
      notedInMemory: boolean;
    };
    const [root] = b.drive.byName('Citego — Cités, territoires, gouvernance — Expert-comptable');
    // In the association's folder, beside its reports and conventions.
    const [association] = b.drive.byName('Citego — Cités, territoires, gouvernance');
    expect(association.parents).toEqual(['root']);
    expect(root.parents).toEqual([association.id]);
    const [year] = b.drive.childrenOf(root.id);
    expect(year.name).toBe('2025');
    expect(r.folderUrl).toBe(`https://drive.google.com/drive/folders/${year.id}`);
    const names = b.drive
      .childrenOf(year.id)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual(
      [
        '812345679FEC20251231.txt',
        'Grand livre 2025',
        'balance-2025.csv',
        'benevolat-2025.csv',
        'budget-realise-2025.csv',
        'grand-livre-2025.csv',
        'lignes-ecartees-2025.csv',
        'pieces-2025.csv',
        'subventions-2025.csv',
      ].sort(),
    );
    const sheet = b.drive.byName('Grand livre 2025')[0];
    expect(sheet.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    expect(sheet.sourceType).toBe('text/csv');
    const fec = b.drive.byName('812345679FEC20251231.txt')[0];
    expect(fec.content).toMatch(/^JournalCode\tJournalLib\t/);
    // Uploaded as ISO 8859-15 bytes (Utilities.newBlob(Byte[])), not as a UTF-8 string.
    expect(new TextDecoder('iso-8859-15').decode(fec.bytes ?? new Uint8Array())).toContain('\tVoyages et déplacements\t');

    expect(
      b.drive.createdPermissions.map((p) => [
        p.fileId,
        p.permission.type,
        p.permission.role,
        p.permission.emailAddress,
        p.options.sendNotificationEmail,
      ]),
    ).toEqual([[root.id, 'user', 'commenter', ACCOUNTANT, true]]);
    expect(b.drive.createdPermissions[0].options.emailMessage).toContain('dossier comptable 2025 est prêt');
    expect(r.sharedWith).toBe(ACCOUNTANT);

    const memory = b.spreadsheet.sheet('Mémoire').rows();
    const last = memory[memory.length - 1];
    expect(last.slice(1, 3)).toEqual(['événement', 'Dossier expert-comptable 2025 envoyé']);
    expect(last[5]).toBe(r.folderUrl);
    expect(r.notedInMemory).toBe(true);
  });

  it('a second run replaces that year’s files and duplicates nothing', async () => {
    const b = await demoBundle();
    b.run('prepareAccountantFolder', 2025);
    const files = b.drive.files.size;
    const permissions = b.drive.createdPermissions.length;
    b.log.reset();
    b.run('prepareAccountantFolder', 2025);
    expect(b.drive.files.size).toBe(files);
    expect(b.drive.createdPermissions.length).toBe(permissions);
    expect(b.log.count('Drive.Files.create')).toBe(0);
    expect(b.log.count('Drive.Files.update')).toBe(9);
    expect(b.drive.byName('balance-2025.csv')[0].versions).toBe(2);
  });

  it('moves the sharing to the new accountant when the e-mail changes, and never creates an "anyone" link', async () => {
    const b = await demoBundle();
    b.run('prepareAccountantFolder', 2025);
    expect(b.run('setAccountantEmail', '  nouveau@cabinet.example ')).toEqual({ email: 'nouveau@cabinet.example' });
    const params = b.spreadsheet.sheet('Paramètres').rows();
    expect(params.find((r) => r[0] === "E-mail de l'expert-comptable")?.[1]).toBe('nouveau@cabinet.example');
    b.run('prepareAccountantFolder', 2025);
    const [root] = b.drive.byName('Citego — Cités, territoires, gouvernance — Expert-comptable');
    const perms = (b.drive.permissions.get(root.id) ?? []).filter((p) => p.role !== 'owner');
    expect(perms.map((p) => [p.type, p.role, p.emailAddress])).toEqual([['user', 'commenter', 'nouveau@cabinet.example']]);
    expect(b.drive.createdPermissions.every((p) => p.permission.type === 'user')).toBe(true);
  });

  it('refuses bad arguments in French and writes nothing', async () => {
    const b = await demoBundle();
    const before = JSON.stringify(b.spreadsheet.sheet('Paramètres').rows());
    for (const bad of ['pas-une-adresse', 'a@b', '<script>@x.fr', 'a@b.fr, c@d.fr', { email: 'a@b.fr' }, 'x'.repeat(300) + '@b.fr']) {
      expect(() => b.run('setAccountantEmail', bad)).toThrow(/[Aa]dresse e-mail/);
    }
    expect(JSON.stringify(b.spreadsheet.sheet('Paramètres').rows())).toBe(before);
    expect(() => b.run('prepareAccountantFolder', '2025')).toThrow('Année invalide.');
    expect(() => b.run('prepareAccountantFolder', 2019)).toThrow('Aucune opération du Journal entre le 01/01/2019 et le 31/12/2019');
    expect(b.drive.files.size).toBe(0);
  });

  it('includes the annual report of the year once it has been generated (a shortcut to the Doc)', async () => {
    const b = await demoBundle();
    const report = b.run('generateAnnualReport', 2025, 'fr') as { url: string };
    b.run('prepareAccountantFolder', 2025);
    const [shortcut] = b.drive.byName('Rapport annuel 2025');
    expect(shortcut.mimeType).toBe('application/vnd.google-apps.shortcut');
    expect(report.url).toContain(shortcut.shortcutTarget as string);
    const status = b.run('getAccountantStatus', 2025) as { checklist: { label: string; ok: boolean }[] };
    expect(status.checklist.find((c) => c.label === 'Rapport annuel')?.ok).toBe(true);
  });

  it('status: the last closed year by default, with its checklist', async () => {
    const b = await demoBundle();
    const s = b.run('getAccountantStatus', 2025) as {
      year: number;
      years: number[];
      email: string;
      checklist: { label: string; ok: boolean }[];
      folderUrl: string | null;
    };
    expect(s.year).toBe(2025);
    expect(s.years).toEqual([2025, 2024]);
    expect(s.email).toBe(ACCOUNTANT);
    expect(s.folderUrl).toBeNull();
    expect(s.checklist.map((c) => [c.label, c.ok])).toEqual([
      ['FEC', true],
      ['Journal', false],
      ['Justificatifs', false],
      ["E-mail de l'expert-comptable", true],
      ['Rapport annuel', false],
    ]);
  });
});

describe('in English when Paramètres › Langue = en', () => {
  it('the Mémoire note, the sharing message, the ledger sheet and a refusal speak English', async () => {
    const ss = await spreadsheetFromXlsx(DEMO);
    const params = ss.sheet('Paramètres');
    params.put(params.rows().findIndex((r) => r[0] === 'Langue') + 1, 2, 'en');
    const b = loadBundle({ spreadsheet: ss });
    const r = b.run('prepareAccountantFolder', 2025) as { files: { name: string }[] };
    const memory = b.spreadsheet.sheet('Mémoire').rows();
    expect(memory[memory.length - 1].slice(2, 4)).toEqual(["Accountant's folder 2025 sent", `9 files shared with ${ACCOUNTANT}`]);
    expect(b.drive.createdPermissions[0].options.emailMessage).toBe(
      'Citego — Cités, territoires, gouvernance: the 2025 accounting folder is ready (FEC, general ledger, trial balance, budgets, volunteering, grants, vouchers).',
    );
    expect(b.drive.byName('Citego — Cités, territoires, gouvernance — Accountant')).toHaveLength(1);
    expect(r.files.map((f) => f.name)).toContain('General ledger 2025');
    expect(() => b.run('setAccountantEmail', 'pas-une-adresse')).toThrow('"pas-une-adresse" is not a valid e-mail address.');
    b.documentLock.holdByOther();
    expect(() => b.run('prepareAccountantFolder', 2025)).toThrow('Someone else is saving in this workbook: try again in a moment.');
  });

  it("the sidebar's checklist speaks English; the files keep their French names", async () => {
    const ss = await spreadsheetFromXlsx(DEMO);
    const params = ss.sheet('Paramètres');
    params.put(params.rows().findIndex((r) => r[0] === 'Langue') + 1, 2, 'en');
    const b = loadBundle({ spreadsheet: ss });
    const s = b.run('getAccountantStatus', 2025) as { checklist: { key: string; label: string; ok: boolean; detail: string }[] };
    expect(s.checklist.map((c) => `${c.label}: ${c.detail}`)).toEqual([
      'FEC: 812345679FEC20251231.txt, 242 balanced entries',
      'Journal: 2 lines to fix (rows 72, 97), left out',
      expect.stringMatching(/^Receipts: \d+ vouchers without a number or a receipt$/),
      `Accountant's e-mail: ${ACCOUNTANT}`,
      'Annual report: not generated yet',
    ]);
    const r = b.run('prepareAccountantFolder', 2025) as { files: { name: string }[]; checklist: { key: string; detail: string }[] };
    expect(r.checklist.find((c) => c.key === 'report')?.detail).toBe('not generated yet');
    expect(r.files.map((f) => f.name)).toContain('grand-livre-2025.csv');
  });
});
