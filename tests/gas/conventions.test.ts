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

describe('every check before the first write; a retry writes nothing twice', () => {
  const sheetsOf = (b: Bundle) => JSON.stringify(b.spreadsheet.sheets.map((s) => [s.getName(), s.rows()]));
  /** How many rows of `sheet` hold `value` in column `column` (0-based). */
  const rowsWith = (b: Bundle, sheet: string, column: number, value: string) =>
    b.spreadsheet
      .sheet(sheet)
      .rows()
      .filter((r) => r[column] === value).length;

  it('document properties near their 500 KB quota: a clear French message, and nothing written anywhere', async () => {
    const b = await demo();
    // Values of up to 9 000 bytes (« é » is 2 bytes; the per-value limit is 9 KB) until 1 KB of the 500 KB is left.
    const near = 500 * 1024 - 1024;
    for (let i = 0; b.documentProperties.bytes() < near; i++) {
      const room = near - b.documentProperties.bytes() - 20;
      b.documentProperties.setProperty(`ancienne-cle-${i}`, 'é'.repeat(Math.max(1, Math.min(4500, Math.floor(room / 2)))));
    }
    expect(b.documentProperties.bytes()).toBeGreaterThan(near - 50);
    const before = sheetsOf(b);
    const properties = JSON.stringify(b.documentProperties.getProperties());
    expect(() => b.run('saveConvention', PAYLOAD)).toThrow(
      'La mémoire de Citego dans ce classeur (propriétés du document, 500 Ko) est pleine : rien n’a été enregistré. Décochez « Créer le dossier Drive et la fiche convention » pour enregistrer sans dossier',
    );
    expect(sheetsOf(b)).toBe(before);
    expect(b.drive.files.size).toBe(0);
    expect(JSON.stringify(b.documentProperties.getProperties())).toBe(properties);
    expect(b.documentCache.keys()).toEqual([]);
    // Without the folder, nothing is recorded in the properties: the convention is saved.
    const r = b.run('saveConvention', { ...PAYLOAD, createFolder: false }) as { ok: boolean; id: string };
    expect(r).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012' }));
  });

  it('a store filled by an older Citego (one key per request): those keys make room, and the save with its folder goes through', async () => {
    const b = await demo();
    const answer = JSON.stringify({ ok: true, id: 'C-2024-001', created: true, partnerId: null, row: 2, folderUrl: null, warning: null });
    const entry = (i: number) => [`convention-request:ancienne-demande-${String(i).padStart(5, '0')}`, answer] as const;
    const size = Buffer.byteLength(entry(0)[0]) + Buffer.byteLength(answer);
    const limit = 500 * 1024 - 80; // what report:2024 takes, and 20 bytes left
    const old: Record<string, string> = {};
    for (let i = 0; i < Math.floor(limit / size) - 1; i++) old[entry(i)[0]] = answer;
    const used = Object.entries(old).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    old['convention-request:pad'] = 'x'.repeat(limit - used - Buffer.byteLength('convention-request:pad'));
    b.documentProperties.setProperties(old);
    b.documentProperties.setProperty('report:2024', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
    const r = b.run('saveConvention', PAYLOAD) as { ok: boolean; folderUrl: string | null; warning: string | null };
    expect(r).toEqual(expect.objectContaining({ ok: true, warning: null }));
    expect(r.folderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(Object.keys(b.documentProperties.getProperties()).sort()).toEqual(
      ['associationFolder', 'conventionsFolder', 'driveOwner', 'report:2024'].sort(),
    );
  });

  it('the request id goes to the document cache (6 hours), never to the document properties', async () => {
    const b = await demo();
    b.run('saveConvention', PAYLOAD);
    expect(b.documentCache.keys()).toEqual(['convention-request:gas-request-0001']);
    expect(Object.keys(b.documentProperties.getProperties()).filter((k) => k.includes('request'))).toEqual([]);
    expect(Object.keys(b.documentProperties.getProperties()).sort()).toEqual(
      ['associationFolder', 'conventionsFolder', 'driveOwner'].sort(),
    );
  });

  it('Échéances missing: refused before any row (even the new partner) is written; the same form, once the sheet is back, saves once', async () => {
    const b = await demo();
    const payload = {
      ...PAYLOAD,
      partnerId: null,
      newPartner: { name: 'Fondation Atlas', type: 'fondation', country: 'France', contact: '', email: '' },
    };
    const schedule = b.spreadsheet.sheet('Échéances');
    b.spreadsheet.sheets.splice(b.spreadsheet.sheets.indexOf(schedule), 1);
    const before = sheetsOf(b);
    expect(() => b.run('saveConvention', payload)).toThrow(
      'La feuille Échéances est absente : lancez « Installer / réparer les feuilles ».',
    );
    expect(sheetsOf(b)).toBe(before);
    expect(b.drive.files.size).toBe(0);
    b.spreadsheet.sheets.push(schedule);
    const r = b.run('saveConvention', payload) as { ok: boolean; id: string; partnerId: string };
    expect(r).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012' }));
    expect(b.run('saveConvention', payload)).toEqual(r);
    expect(rowsWith(b, 'Partenaires', 1, 'Fondation Atlas')).toBe(1);
    expect(rowsWith(b, 'Conventions', 0, 'C-2025-012')).toBe(1);
  });

  it('stopped between two writes (a Sheets time-out): the retry writes nothing and says which convention to check', async () => {
    const b = await demo();
    // The Conventions row goes through, then writing Échéances times out.
    b.log.failOn('Range.setValues', 'Service Spreadsheets timed out while accessing document with id 1AbC.', 1);
    expect(() => b.run('saveConvention', PAYLOAD)).toThrow('Erreur inattendue');
    const after = sheetsOf(b);
    expect(() => b.run('saveConvention', PAYLOAD)).toThrow(
      'L’enregistrement précédent de ce formulaire (convention C-2025-012) s’est interrompu en cours d’écriture : rien n’a été écrit cette fois.',
    );
    expect(sheetsOf(b)).toBe(after);
    expect(rowsWith(b, 'Conventions', 0, 'C-2025-012')).toBe(1);
    expect(b.drive.files.size).toBe(0);
  });

  it('Drive failing while the folder is made: the convention is kept, with the reason; the retry returns the same answer and adds no row', async () => {
    const b = await demo();
    b.log.failOn(
      'Drive.Files.create',
      'GoogleJsonResponseException: API call to drive.files.create failed with error: User rate limit exceeded.',
    );
    const r = b.run('saveConvention', PAYLOAD) as { ok: boolean; id: string; warning: string };
    expect(r.ok).toBe(true);
    expect(r.warning).toBe(
      'Convention enregistrée, mais le dossier n’a pas pu être créé : GoogleJsonResponseException: API call to drive.files.create failed with error: User rate limit exceeded.',
    );
    expect(b.run('saveConvention', PAYLOAD)).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-012' }));
    expect(rowsWith(b, 'Conventions', 0, 'C-2025-012')).toBe(1);
  });

  it('after six hours the cache has forgotten the request: a very late double submit is a new convention (documented limit)', async () => {
    const b = await demo();
    b.run('saveConvention', { ...PAYLOAD, createFolder: false });
    b.clock.nowMs += 6 * 3600 * 1000 + 1000;
    const late = b.run('saveConvention', { ...PAYLOAD, createFolder: false }) as { id: string };
    expect(late.id).toBe('C-2025-013');
  });
});
