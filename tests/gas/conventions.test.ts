import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { conventionPayload } from '../helpers/convention';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');

const PAYLOAD = conventionPayload();

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2025-12-03T10:00:00+01:00' });
}

describe('conventions through the bundle harness', () => {
  it('saves a convention, its Échéances, its Drive folder with a fiche, and links the folder in Dossier', async () => {
    const b = await demo();
    const r = b.run('saveConvention', PAYLOAD) as { ok: boolean; id: string; folderUrl: string; row: number };
    expect(r).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012', row: 14 }));
    const conv = b.spreadsheet.sheet('Conventions').rows();
    const header = conv[0];
    const row = conv[13];
    expect(row[header.indexOf('ID')]).toBe('C-2025-012');
    expect(row[header.indexOf('Montant')]).toBe(12500);
    expect(row[header.indexOf('Dossier')]).toBe(r.folderUrl);
    const [folder] = b.drive.byName('C-2025-012 — Atlas — volet sud-américain');
    const [parent] = b.drive.byName('Conventions');
    expect(folder.parents).toEqual([parent.id]);
    expect(r.folderUrl).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    const fiche = [...b.documents.values()].find((d) => d.name === 'Fiche convention C-2025-012');
    expect(fiche?.body.tables()[0].texts()).toContainEqual(['Montant', '12\u202f500,00\u202f€']);
    expect(b.drive.files.get(fiche?.id ?? '')?.parents).toEqual([folder.id]);
    const params = b.spreadsheet.sheet('Paramètres').rows();
    expect(params.find((p) => p[0] === 'Dossier Drive')?.[1]).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\/file-\d+$/);
    const sched = b.spreadsheet
      .sheet('Échéances')
      .rows()
      .filter((s) => s[0] === 'C-2025-012');
    expect(sched.map((s) => [s[2], s[3]])).toEqual([
      ['versement', 6250],
      ['versement', 6250],
      ['rapport', ''],
    ]);
  });

  it('a double submit writes one row; a hostile payload writes nothing', async () => {
    const b = await demo();
    const first = b.run('saveConvention', PAYLOAD);
    expect(b.run('saveConvention', PAYLOAD)).toEqual(first);
    expect(
      b.spreadsheet
        .sheet('Conventions')
        .rows()
        .filter((r) => r[0] === 'C-2025-012'),
    ).toHaveLength(1);
    const before = JSON.stringify(b.spreadsheet.sheets.map((s) => s.rows()));
    const r = b.run('saveConvention', { ...PAYLOAD, requestId: 'gas-request-0002', amount: '=1+1', title: '<b>x</b>' }) as {
      ok: boolean;
      errors: Record<string, string>;
    };
    expect(r.ok).toBe(false);
    expect(r.errors.amount).toBe("« =1+1 » n'est pas un montant (ex. 1 234,56).");
    expect(JSON.stringify(b.spreadsheet.sheets.map((s) => s.rows()))).toBe(before);
  });

  it('"Modifier la convention sélectionnée" opens the form on the active row’s convention', async () => {
    const b = await demo();
    const sheet = b.spreadsheet.sheet('Conventions');
    sheet.getRange(4, 2).activate();
    b.run('menuEditConvention');
    expect(b.ui.sidebars.map((s) => s.file)).toEqual(['convention']);
    const form = b.run('getConventionForm', null) as { mode: string; current: { id: string; amount: string; instalments: unknown[] } };
    expect(form.mode).toBe('edit');
    expect(form.current.id).toBe('C-2025-003');
    expect(form.current.amount).toBe('18000,00');
    expect(form.current.instalments).toHaveLength(2);
    // The selection is consumed: the next opening is a new convention.
    expect((b.run('getConventionForm', null) as { mode: string }).mode).toBe('new');
  });

  it('says what to do when the selection is not a convention', async () => {
    const b = await demo();
    b.spreadsheet.sheet('Journal').getRange(5, 1).activate();
    b.run('menuEditConvention');
    expect(b.ui.alerts).toEqual(['Sélectionnez d’abord une ligne de la feuille Conventions.']);
    expect(b.ui.sidebars).toHaveLength(0);
  });
});

describe('the fiche follows Paramètres › Langue', () => {
  it('in French by default: every label, the schedule and its title', async () => {
    const b = await demo();
    b.run('saveConvention', PAYLOAD);
    const fiche = [...b.documents.values()].find((d) => d.name === 'Fiche convention C-2025-012');
    const [fields, schedule] = fiche?.body.tables() ?? [];
    expect(fields.texts().map((r) => r[0])).toEqual([
      'Champ',
      'Intitulé',
      'Partenaire',
      'Type',
      'Action',
      'Projet',
      'Sens',
      'Statut',
      'Signée le',
      'Début',
      'Fin',
      'Montant',
    ]);
    expect(schedule.texts().map((r) => r[1])).toEqual(['Échéance', 'versement', 'versement', 'rapport']);
    expect(fiche?.body.paragraphs().map((p) => p.getText())).toContain('Échéancier');
  });

  it('in English when Langue = en: labels in English, the values as typed', async () => {
    const ss = await spreadsheetFromXlsx(DEMO);
    const params = ss.sheet('Paramètres');
    params.put(params.rows().findIndex((r) => r[0] === 'Langue') + 1, 2, 'en');
    const b = loadBundle({ spreadsheet: ss, now: '2025-12-03T10:00:00+01:00' });
    b.run('saveConvention', { ...PAYLOAD, signedOn: '' });
    expect([...b.documents.values()].map((d) => d.name)).toEqual(['Agreement sheet C-2026-001']);
    const fiche = [...b.documents.values()][0];
    const [fields, schedule] = fiche.body.tables();
    expect(fields.texts()).toEqual([
      ['Field', 'Value'],
      ['Title', 'Atlas — volet sud-américain'],
      ['Partner', expect.any(String)],
      ['Type', 'subvention'],
      ['Action', 'atlas relationnel'],
      ['Project', 'ATLAS'],
      ['Direction', 'recette'],
      ['Status', 'signée'],
      ['Signed on', 'not signed'],
      ['Start', '2026-01-01'],
      ['End', '2026-12-31'],
      ['Amount', '€12,500.00'],
    ]);
    expect(schedule.texts().map((r) => r.slice(1))).toEqual([
      ['Deadline', 'Amount'],
      ['instalment', '€6,250.00'],
      ['instalment', '€6,250.00'],
      ['report', ''],
    ]);
    expect(fiche.body.paragraphs().map((p) => p.getText())).toEqual(expect.arrayContaining(['Agreement C-2026-001', 'Schedule']));
    expect(b.drive.byName('Agreements')).toHaveLength(1);
  });
});
