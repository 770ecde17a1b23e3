/**
 * The memory and the calendar through the built bundle and Google's fakes (issue 16): the quick
 * entry validated like the convention form (hostile payloads, double submit, two users at once), the
 * toast of onOpen within the simple-trigger rules, the weekly e-mail's trigger made once and removed
 * on opt-out, a failed send retried once then reported, the .ics and the register in Drive.
 */
import { join } from 'node:path';
import ICAL from 'ical.js';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import { TOO_MANY_TRIGGERS } from '../fakes/script-app';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const TREASURER = 'tresoriere@citego.example';
const SECRETARY = 'secretaire.generale@citego.example';

async function demo(now = '2026-01-15T10:00:00+01:00'): Promise<Bundle> {
  const ss = await spreadsheetFromXlsx(DEMO);
  ss.addSheetWith('Personnes', [
    ['ID', 'Nom', 'Organisation'],
    ['PE-0001', 'Claire Martin', ''],
    ['PE-0002', 'Paul Girard', 'P-0004'],
  ]);
  return loadBundle({ spreadsheet: ss, userEmail: TREASURER, now });
}

const ENTRY = {
  requestId: 'gas-memory-0001',
  type: 'décision',
  date: '15/01/2026',
  title: 'Adhésion au réseau Cités Unies France',
  text: 'Le bureau décide d’adhérer au réseau pour 2026.',
  participants: ['PE-0001', 'PE-0002'],
  partner: 'P-0006',
  convention: '',
  project: 'FONC',
  dossier: '',
  group: '',
  link: 'https://drive.google.com/file/d/demo-cuf',
  followUpBy: 'Claire Martin',
  followUpDue: '28/02/2026',
};

const memoryRows = (b: Bundle) => b.spreadsheet.sheet('Mémoire').rows();
const sheets = (b: Bundle) => JSON.stringify(b.spreadsheet.sheets.map((s) => s.rows()));

describe('the quick entry to Mémoire', () => {
  it('appends one row with its links and follow-up, which the calendar then shows', async () => {
    const b = await demo();
    const before = memoryRows(b).length;
    const r = b.run('saveMemoryEntry', ENTRY) as { ok: boolean; row: number; message: string };
    expect(r).toEqual({ ok: true, row: before + 1, message: `Noté dans la feuille Mémoire, ligne ${before + 1}.` });
    const header = memoryRows(b)[0] as string[];
    const row = memoryRows(b)[before] as unknown[];
    const cell = (h: string) => row[header.indexOf(h)];
    expect(cell('Titre')).toBe('Adhésion au réseau Cités Unies France');
    expect(cell('Participants')).toBe('Claire Martin, Paul Girard');
    expect(cell('Partenaire')).toBe('P-0006');
    expect(cell('Suivi par')).toBe('Claire Martin');
    expect(cell('Date')).toBeInstanceOf(Date);
    const cal = b.run('getCalendar', 'fr') as { upcoming: { date: string; text: string; row: number | null }[] };
    expect(cal.upcoming).toContainEqual({
      date: '2026-02-28',
      kind: 'followUp',
      text: 'Suivi de la décision « Adhésion au réseau Cités Unies France » (Claire Martin)',
      sheet: 'Mémoire',
      row: before + 1,
    });
  });

  it('a double submit writes one row; hostile payloads write nothing and say which field', async () => {
    const b = await demo();
    const first = b.run('saveMemoryEntry', ENTRY);
    const after = sheets(b);
    expect(b.run('saveMemoryEntry', ENTRY)).toEqual(first);
    expect(sheets(b)).toBe(after);
    const hostile: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'title', 'Champ obligatoire.'],
      [{ type: 'coup d’État' }, 'type', 'Valeur inconnue ; choisissez parmi : AG, bureau, décision, événement, publication, partenariat.'],
      [{ date: '31/02/2026' }, 'date', "« 31/02/2026 » n'est pas une date valide (ex. 15/03/2025)."],
      [{ link: 'javascript:alert(1)' }, 'link', 'Un lien commence par https:// (un document ou un dossier Drive, par exemple).'],
      [{ partner: 'P-9999' }, 'partner', 'Partenaire « P-9999 » introuvable : choisissez-le dans la liste.'],
      [{ participants: ['PE-0001', { $ne: 1 }] }, 'participants', 'Valeur invalide.'],
      [{ participants: ['PE-0404'] }, 'participants', 'Personne « PE-0404 » introuvable dans la feuille Personnes.'],
      [{ type: 'événement' }, 'followUpBy', 'Un suivi se note sur une décision.'],
      [{ title: 'x'.repeat(201) }, 'title', ''],
      [{ text: ['=IMPORTXML("http://evil")'] }, 'text', ''],
      [{ requestId: '../../etc' }, 'form', 'Identifiant de demande manquant ou invalide : rechargez la barre latérale.'],
    ];
    hostile.forEach(([change, field, message], i) => {
      const r = b.run('saveMemoryEntry', { ...ENTRY, requestId: `gas-memory-h${i}xx`, ...change }) as {
        ok: boolean;
        errors: Record<string, string>;
      };
      expect({ i, ok: r.ok, field: field in r.errors }).toEqual({ i, ok: false, field: true });
      if (message) expect(r.errors[field]).toBe(message);
    });
    for (const raw of [null, 42, 'x', [ENTRY], { ...ENTRY, requestId: 7 }])
      expect((b.run('saveMemoryEntry', raw) as { ok: boolean }).ok).toBe(false);
    expect(sheets(b)).toBe(after);
  });

  it('a formula typed as a title is stored as text, never run', async () => {
    const b = await demo();
    const r = b.run('saveMemoryEntry', { ...ENTRY, requestId: 'gas-memory-formula', title: '=HYPERLINK("http://x";"y")' }) as {
      row: number;
    };
    const header = memoryRows(b)[0] as string[];
    expect(memoryRows(b)[r.row - 1][header.indexOf('Titre')]).toBe('=HYPERLINK("http://x";"y")');
    expect(b.spreadsheet.sheet('Mémoire').formulas.size).toBe(0);
  });

  it('two users at once: each entry written once, the second waits for the lock, or is told to try again', async () => {
    const b = await demo();
    const before = memoryRows(b).length;
    b.run('saveMemoryEntry', ENTRY);
    b.runAs(SECRETARY, 'saveMemoryEntry', { ...ENTRY, requestId: 'gas-memory-sg01', title: 'Compte rendu du bureau' });
    expect(memoryRows(b).length).toBe(before + 2);
    b.documentLock.holdByOther();
    expect(() => b.runAs(TREASURER, 'saveMemoryEntry', { ...ENTRY, requestId: 'gas-memory-0003' })).toThrow(
      'Une autre personne enregistre dans ce classeur : réessayez dans un instant.',
    );
    b.documentLock.releaseByOther();
    expect(memoryRows(b).length).toBe(before + 2);
    // The secretary's double click, after the treasurer's entry: still one row each.
    b.runAs(SECRETARY, 'saveMemoryEntry', { ...ENTRY, requestId: 'gas-memory-sg01', title: 'Compte rendu du bureau' });
    expect(memoryRows(b).length).toBe(before + 2);
  });
});

describe('the toast when the spreadsheet opens (a simple trigger)', () => {
  it('says what is due this week and what is late, reading the sheets only', async () => {
    const b = await demo('2026-01-27T08:00:00+01:00');
    b.log.reset();
    b.run('onOpen', { authMode: 'LIMITED' });
    expect(b.ui.menus).toHaveLength(1);
    expect(b.spreadsheet.toasts).toEqual([
      { message: '3 échéances cette semaine, 7 en retard : menu Citego › Calendrier.', title: 'Citego — cette semaine' },
    ]);
    const services = Object.keys(b.log.snapshot()).map((k) => k.split('.')[0]);
    expect([...new Set(services)].sort()).toEqual(['Range', 'Sheet', 'Spreadsheet', 'SpreadsheetApp', 'Ui', 'Menu'].sort());
  });

  it('does nothing before authorisation, and never breaks the menu when a sheet cannot be read', async () => {
    const b = await demo();
    b.run('onOpen', { authMode: 'NONE' });
    expect(b.spreadsheet.toasts).toEqual([]);
    const c = await demo();
    c.log.failOn('Range.getValues', 'Exception: Service Spreadsheets failed while accessing document', 1);
    expect(() => c.run('onOpen', { authMode: 'LIMITED' })).not.toThrow();
    expect(c.ui.menus).toHaveLength(1);
  });
});

describe('the weekly e-mail, opt in', () => {
  it('turning it on makes one trigger, whatever the clicks; turning it off removes it', async () => {
    const b = await demo();
    const on = b.run('setDigest', true, ['bureau@citego.example', ' Tresoriere@Citego.example ']) as { on: boolean; emails: string[] };
    expect(on).toMatchObject({ on: true, emails: ['bureau@citego.example', 'tresoriere@citego.example'] });
    b.run('setDigest', true, ['bureau@citego.example']);
    expect(b.scriptApp.all.map((t) => [t.owner, t.getHandlerFunction(), t.schedule.weekDay, t.schedule.hour])).toEqual([
      [TREASURER, 'sendWeeklyDigest', 'MONDAY', 7],
    ]);
    expect(b.log.count('ScriptApp.newTrigger')).toBe(1);
    // Another user's digest is their own trigger.
    b.runAs(SECRETARY, 'setDigest', true, ['sg@citego.example']);
    expect(b.scriptApp.all).toHaveLength(2);
    const off = b.runAs(TREASURER, 'setDigest', false, []) as { on: boolean };
    expect(off.on).toBe(false);
    expect(b.scriptApp.all.map((t) => t.owner)).toEqual([SECRETARY]);
    expect(() => b.run('setDigest', true, ['pas-une-adresse'])).toThrow('« pas-une-adresse » n’est pas une adresse e-mail valide.');
    expect(() => b.run('setDigest', 'oui', [])).toThrow('Réglage de l’envoi hebdomadaire illisible : attendu oui ou non.');
  });

  it('refuses in Google’s words when the user already has 20 triggers, and makes none', async () => {
    const b = await demo();
    for (let i = 0; i < 20; i++) b.scriptApp.add(`other${i}`, { weekDay: 'MONDAY', hour: 1 });
    expect(() => b.run('setDigest', true, ['bureau@citego.example'])).toThrow(
      'Google limite à 20 les déclencheurs de Citego par personne, et vous les avez déjà : supprimez-en un (Extensions › Apps Script › Déclencheurs), puis réessayez ; l’envoi hebdomadaire n’a pas été activé.',
    );
    expect(TOO_MANY_TRIGGERS).toMatch(/too many triggers/);
    expect(b.scriptApp.all).toHaveLength(20);
  });

  it('the trigger sends this week’s items once; a failed send is retried once, then shown in the sidebar', async () => {
    const b = await demo('2026-01-26T07:00:00+01:00');
    b.run('setDigest', true, ['bureau@citego.example']);
    b.run('sendWeeklyDigest');
    expect(b.mailApp.sent).toHaveLength(1);
    expect(b.mailApp.sent[0].subject).toBe('Citego — Cités, territoires, gouvernance — échéances de la semaine du 26/01/2026');
    expect(b.mailApp.sent[0].body).toContain('30/01/2026 — Versement C-2025-009');
    b.run('sendWeeklyDigest'); // a second run the same week (or from a browser console): nothing sent
    expect(b.mailApp.sent).toHaveLength(1);

    const c = await demo('2026-01-26T07:00:00+01:00');
    c.run('setDigest', true, ['bureau@citego.example']);
    c.log.failOn('MailApp.sendEmail', 'Exception: Service unavailable: Gmail');
    c.run('sendWeeklyDigest');
    expect(c.log.count('MailApp.sendEmail')).toBe(2);
    expect(c.mailApp.sent).toHaveLength(1);
    const d = await demo('2026-01-26T07:00:00+01:00');
    d.run('setDigest', true, ['bureau@citego.example']);
    d.log.failOn('MailApp.sendEmail', 'Exception: Service unavailable: Gmail');
    d.log.failOn('MailApp.sendEmail', 'Exception: Service unavailable: Gmail');
    d.run('sendWeeklyDigest');
    expect(d.mailApp.sent).toHaveLength(0);
    expect((d.run('getDigest') as { failure: unknown }).failure).toEqual({
      date: '2026-01-26',
      why: 'Exception: Service unavailable: Gmail',
    });
    // Saving the settings again (the user has seen it) clears it.
    expect((d.run('setDigest', true, ['bureau@citego.example']) as { failure: unknown }).failure).toBeNull();
  });

  it('with no quota left, nothing is attempted and the failure is kept', async () => {
    const b = await demo('2026-01-26T07:00:00+01:00');
    b.run('setDigest', true, ['a@citego.example', 'b@citego.example']);
    b.mailApp.setRemaining(1);
    b.run('sendWeeklyDigest');
    expect(b.log.count('MailApp.sendEmail')).toBe(0);
    expect((b.run('getDigest') as { failure: unknown }).failure).toEqual({ date: '2026-01-26', why: 'quota' });
  });
});

describe('the documents in Drive', () => {
  it('publishes the .ics in the association’s folder, the same file each time', async () => {
    const b = await demo();
    const first = b.run('publishCalendar', 'fr') as { url: string; name: string; events: number };
    const again = b.run('publishCalendar', 'fr') as { url: string };
    expect(again.url).toBe(first.url);
    expect(first.name).toBe('Citego — Cités, territoires, gouvernance — échéances.ics');
    const file = b.drive.byName(first.name);
    expect(file).toHaveLength(1);
    const text = file[0].content ?? '';
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(first.events);
  });

  it('writes the register of decisions as a Google Doc, rewritten in place', async () => {
    const b = await demo();
    const r = b.run('exportDecisions', 2025, 'fr') as { url: string; count: number; title: string };
    expect(r.count).toBe(5);
    expect((b.run('exportDecisions', 2025, 'fr') as { url: string }).url).toBe(r.url);
    expect(b.drive.byName('Registres des décisions')).toHaveLength(1);
  });
});
