import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import type { ConventionPayload } from '../../shared/conventions/payload';
import { conventionForm, storeConvention, type ConventionPorts } from '../../shared/conventions/save';
import { nextConventionId, nextPartnerId } from '../../shared/conventions/ids';
import { suggestedReportDate } from '../../shared/conventions/report-date';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import type { Lock, RequestCache } from '../../shared/usecases/ports';
import { MemoryWorkbook } from '../fakes/memory-workbook';

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    Paramètres: [
      ['Paramètre', 'Valeur'],
      ["Nom de l'association", 'Citego'],
    ],
    Partenaires: [
      ['ID', 'Nom', 'Type', 'Pays', 'Contact', 'E-mail', 'Statut', 'Notes', 'Suivi interne'],
      ['P-0001', 'Ville de Grenoble', 'collectivité', 'France', '', '', 'actif', '', 'à relancer'],
      ['P-0002', 'Région Auvergne-Rhône-Alpes', 'collectivité', 'France', '', '', 'actif', '', ''],
    ],
    Projets: [
      ['Code', 'Intitulé', 'Action'],
      ['ATLAS', 'Atlas relationnel', 'atlas relationnel'],
    ],
    Conventions: [
      [
        'ID',
        'Intitulé',
        'Partenaire',
        'Type',
        'Action',
        'Projet',
        'Signée le',
        'Début',
        'Fin',
        'Montant',
        'Sens',
        'Statut',
        'Dossier',
        'Notes',
        'Remarque perso',
      ],
      [
        'C-2025-001',
        'Fonctionnement',
        'P-0001',
        'subvention',
        'fonctionnement',
        '',
        '14/02/2025',
        '01/01/2025',
        '31/12/2025',
        15000,
        'recette',
        'en cours',
        '',
        '',
        'garder',
      ],
    ],
    Échéances: [
      ['Convention', 'Date', 'Type', 'Montant', 'Fait'],
      ['C-2025-001', '15/03/2025', 'versement', 15000, 'oui'],
    ],
  });
}

class MemoryLock implements Lock {
  held = false;
  withLock<T>(work: () => T): T {
    if (this.held) throw new Error('Une autre personne enregistre dans ce classeur : réessayez dans un instant.');
    this.held = true;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}

function ports(
  wb: MemoryWorkbook,
  extra: Partial<ConventionPorts> = {},
): ConventionPorts & { cache: RequestCache & { map: Map<string, string> } } {
  const map = new Map<string, string>();
  return {
    workbook: wb,
    lock: new MemoryLock(),
    cache: { map, get: (k: string) => map.get(k) ?? null, put: (k: string, v: string) => void map.set(k, v) },
    folders: null,
    today: '2025-11-29',
    ...extra,
  } as never;
}

const VALID: ConventionPayload = {
  requestId: 'req-0000-0001',
  id: null,
  version: null,
  title: 'Atlas — soutien régional',
  partnerId: 'P-0002',
  newPartner: null,
  type: 'subvention',
  action: 'atlas relationnel',
  project: 'ATLAS',
  signedOn: '20/03/2025',
  start: '01/01/2025',
  end: '30/06/2026',
  amount: '28 000,00',
  direction: 'recette',
  status: 'en cours',
  notes: '',
  instalments: [
    { date: '30/04/2025', amount: '14 000' },
    { date: '31/07/2026', amount: '14 000' },
  ],
  reports: [{ date: '31/12/2026' }],
  createFolder: false,
};

const snapshot = (wb: MemoryWorkbook) => JSON.stringify([...wb.sheets]);

describe('saving a convention', () => {
  it('appends the convention with a new ID, and its instalments and reports in Échéances', () => {
    const wb = workbook();
    const r = storeConvention(ports(wb), VALID);
    expect(r).toEqual({ ok: true, id: 'C-2025-002', created: true, partnerId: null, row: 3, folderUrl: null, warning: null });
    const book = readWorkbook(wb);
    expect(book.conventions.records[1]).toEqual(
      expect.objectContaining({
        id: 'C-2025-002',
        partner: 'P-0002',
        amount: 2_800_000,
        start: '2025-01-01',
        end: '2026-06-30',
        signedOn: '2025-03-20',
      }),
    );
    expect(book.schedule.records.filter((s) => s.convention === 'C-2025-002').map((s) => [s.date, s.type, s.amount, s.done])).toEqual([
      ['2025-04-30', 'versement', 1_400_000, false],
      ['2026-07-31', 'versement', 1_400_000, false],
      ['2026-12-31', 'rapport', null, false],
    ]);
  });

  it('creates the partner inline with the next partner ID', () => {
    const wb = workbook();
    const r = storeConvention(ports(wb), {
      ...VALID,
      partnerId: null,
      newPartner: {
        name: 'Université de Lausanne',
        type: 'université',
        country: 'Suisse',
        contact: 'Pr. Rossi',
        email: 'rossi@unil.example',
      },
    });
    expect(r).toEqual(expect.objectContaining({ ok: true, partnerId: 'P-0003' }));
    const p = readWorkbook(wb).partners.records[2];
    expect(p).toEqual(
      expect.objectContaining({
        id: 'P-0003',
        name: 'Université de Lausanne',
        type: 'université',
        country: 'Suisse',
        email: 'rossi@unil.example',
      }),
    );
    expect(readWorkbook(wb).conventions.records[1].partner).toBe('P-0003');
  });

  it('edits by ID: only its row changes (the user’s column kept), its Échéances replaced', () => {
    const wb = workbook();
    const form = conventionForm(wb, 'C-2025-001');
    expect(form.mode).toBe('edit');
    const r = storeConvention(ports(wb), {
      ...VALID,
      requestId: 'req-edit-0001',
      id: 'C-2025-001',
      version: form.current?.version ?? null,
      title: 'Fonctionnement 2025 (avenant)',
      partnerId: 'P-0001',
      amount: '16 000',
      instalments: [
        { date: '15/03/2025', amount: '15 000' },
        { date: '15/09/2025', amount: '1 000' },
      ],
      reports: [],
    });
    expect(r).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-001', created: false, row: 2 }));
    const row = wb.sheets.get('Conventions')?.[1] as CellValue[];
    expect(row[1]).toBe('Fonctionnement 2025 (avenant)');
    expect(row[14]).toBe('garder');
    const book = readWorkbook(wb);
    expect(book.conventions.records).toHaveLength(1);
    // The instalment already received stays « Fait » ; the new one is to come.
    expect(book.schedule.records.map((s) => [s.date, s.amount, s.done])).toEqual([
      ['2025-03-15', 1_500_000, true],
      ['2025-09-15', 100_000, false],
    ]);
  });

  it('refuses an edit when someone changed the row since the form opened, and writes nothing', () => {
    const wb = workbook();
    const form = conventionForm(wb, 'C-2025-001');
    (wb.sheets.get('Conventions') as CellValue[][])[1][9] = 17000;
    const before = snapshot(wb);
    const r = storeConvention(ports(wb), { ...VALID, id: 'C-2025-001', version: form.current?.version ?? null, partnerId: 'P-0001' });
    expect(r).toEqual(
      expect.objectContaining({
        ok: false,
        message: 'C-2025-001 a été modifiée par quelqu’un d’autre depuis l’ouverture du formulaire : rien n’a été écrit. Rouvrez-la.',
      }),
    );
    expect(snapshot(wb)).toBe(before);
  });

  it('a row edited by someone just before the write: refused, nothing written, and the same form may be sent again', () => {
    const wb = workbook();
    const form = conventionForm(wb, 'C-2025-001');
    const p = ports(wb);
    const edit = { ...VALID, requestId: 'req-edit-0002', id: 'C-2025-001', version: form.current?.version ?? null, partnerId: 'P-0001' };
    // Someone types in the row between the read and the write (people do not take the lock).
    const readRow = wb.readRow.bind(wb);
    wb.readRow = (sheet, row, width) => {
      if (sheet === 'Conventions' && row === 2) wb.sheets.get('Conventions')![1][11] = 'clôturée';
      return readRow(sheet, row, width);
    };
    const schedule = JSON.stringify(wb.sheets.get('Échéances'));
    expect(() => storeConvention(p, edit)).toThrow(
      "La ligne 2 de Conventions (C-2025-001) a été modifiée ou déplacée entre-temps : rien n'a été écrit.",
    );
    // Only the person's edit is there: the title the form sent and its Échéances were not written.
    expect(wb.sheets.get('Conventions')?.[1].slice(1, 12)).toEqual(expect.arrayContaining(['Fonctionnement', 'clôturée']));
    expect(JSON.stringify(wb.sheets.get('Échéances'))).toBe(schedule);
    // No « writing » mark was left: sent again (with the row as it is now), the form is answered, not refused as interrupted.
    wb.readRow = readRow;
    const again = storeConvention(p, { ...edit, version: conventionForm(wb, 'C-2025-001').current?.version ?? null });
    expect(again).toEqual(expect.objectContaining({ ok: true, id: 'C-2025-001', created: false }));
  });

  it('a double submit (same request id) writes one row and returns the same ID', () => {
    const wb = workbook();
    const p = ports(wb);
    const a = storeConvention(p, VALID);
    const b = storeConvention(p, VALID);
    expect(b).toEqual(a);
    expect(readWorkbook(wb).conventions.records).toHaveLength(2);
  });

  it('two saves interleaved through the lock get two distinct IDs and lose no row', () => {
    const wb = workbook();
    const p = ports(wb);
    const append = wb.appendRows.bind(wb);
    let second: unknown = null;
    let refused: unknown = null;
    wb.appendRows = (sheet, rows) => {
      if (sheet === 'Conventions' && second === null && refused === null) {
        // Another person saves while the first save holds the lock.
        try {
          second = storeConvention(p, { ...VALID, requestId: 'req-0000-0002', title: 'Deuxième' });
        } catch (e) {
          refused = e;
        }
      }
      return append(sheet, rows);
    };
    const first = storeConvention(p, VALID);
    expect(refused).toEqual(new Error('Une autre personne enregistre dans ce classeur : réessayez dans un instant.'));
    wb.appendRows = append;
    second = storeConvention(p, { ...VALID, requestId: 'req-0000-0002', title: 'Deuxième' });
    expect(first).toEqual(expect.objectContaining({ id: 'C-2025-002' }));
    expect(second).toEqual(expect.objectContaining({ id: 'C-2025-003' }));
    expect(readWorkbook(wb).conventions.records.map((c) => c.id)).toEqual(['C-2025-001', 'C-2025-002', 'C-2025-003']);
  });
});

describe('malformed and hostile payloads: a clear French message, the workbook byte for byte unchanged', () => {
  const long = 'x'.repeat(100_000);
  const cases: [string, unknown, string][] = [
    ['not an object', 'bonjour', 'form'],
    ['null', null, 'form'],
    ['an array', [VALID], 'form'],
    ['no request id', { ...VALID, requestId: undefined }, 'form'],
    ['request id with spaces', { ...VALID, requestId: 'a b c d e f g h' }, 'form'],
    ['unknown convention id', { ...VALID, id: 'C-2099-999' }, 'form'],
    ['missing title', { ...VALID, title: undefined }, 'title'],
    ['blank title', { ...VALID, title: '   ' }, 'title'],
    ['title as number', { ...VALID, title: 42 }, 'title'],
    ['title as object', { ...VALID, title: { toString: 'x' } }, 'title'],
    ['100 000-character title', { ...VALID, title: long }, 'title'],
    ['100 000-character notes', { ...VALID, notes: long }, 'notes'],
    ['100 000-character status', { ...VALID, status: long }, 'status'],
    ['no partner', { ...VALID, partnerId: null }, 'partner'],
    ['unknown partner id', { ...VALID, partnerId: 'P-9999' }, 'partner'],
    ['partner id as number', { ...VALID, partnerId: 2 }, 'partner'],
    ['new partner not an object', { ...VALID, newPartner: 'Ville' }, 'partner'],
    ['new partner without name', { ...VALID, newPartner: { name: '', type: 'autre', country: '', contact: '', email: '' } }, 'partnerName'],
    [
      'new partner name too long',
      { ...VALID, newPartner: { name: long, type: 'autre', country: '', contact: '', email: '' } },
      'partnerName',
    ],
    [
      'new partner already existing',
      { ...VALID, newPartner: { name: 'ville de grenoble', type: 'autre', country: '', contact: '', email: '' } },
      'partnerName',
    ],
    ['new partner bad type', { ...VALID, newPartner: { name: 'X', type: 'secte', country: '', contact: '', email: '' } }, 'partnerType'],
    [
      'new partner bad e-mail',
      { ...VALID, newPartner: { name: 'X', type: 'autre', country: '', contact: '', email: 'x@y' } },
      'partnerEmail',
    ],
    [
      'new partner e-mail with markup',
      { ...VALID, newPartner: { name: 'X', type: 'autre', country: '', contact: '', email: '<script>@x.fr' } },
      'partnerEmail',
    ],
    [
      'new partner name as number',
      { ...VALID, newPartner: { name: 7, type: 'autre', country: '', contact: '', email: '' } },
      'partnerName',
    ],
    ['unknown type', { ...VALID, type: 'donation' }, 'type'],
    ['missing type', { ...VALID, type: '' }, 'type'],
    ['unknown action', { ...VALID, action: 'lobbying' }, 'action'],
    ['unknown project', { ...VALID, project: 'ATLS' }, 'project'],
    ['missing direction', { ...VALID, direction: '' }, 'direction'],
    ['unknown direction', { ...VALID, direction: 'gratuit' }, 'direction'],
    ['31/02/2025 start', { ...VALID, start: '31/02/2025' }, 'start'],
    ['missing start', { ...VALID, start: '' }, 'start'],
    ['missing end', { ...VALID, end: undefined }, 'end'],
    ['end before start', { ...VALID, start: '01/07/2025', end: '30/06/2025' }, 'end'],
    ['a Date object as date', { ...VALID, start: new Date('2025-01-01') }, 'start'],
    ['a number as date', { ...VALID, start: 45658 }, 'start'],
    ['signature 29/02/2025', { ...VALID, signedOn: '29/02/2025' }, 'signedOn'],
    ['date text', { ...VALID, end: 'fin juin' }, 'end'],
    ['missing amount', { ...VALID, amount: '' }, 'amount'],
    ['negative amount', { ...VALID, amount: '-28 000' }, 'amount'],
    ['absurd amount', { ...VALID, amount: '1 000 000 000 000' }, 'amount'],
    ['amount with letters', { ...VALID, amount: '28k€' }, 'amount'],
    ['amount as array', { ...VALID, amount: ['28000'] }, 'amount'],
    ['amount with three decimals', { ...VALID, amount: '28 000,001' }, 'amount'],
    ['formula as amount', { ...VALID, amount: '=1+1' }, 'amount'],
    ['instalments not a list', { ...VALID, instalments: 'trois' }, 'instalments'],
    ['instalments not summing to the amount', { ...VALID, instalments: [{ date: '30/04/2025', amount: '14 000' }] }, 'instalments'],
    [
      'instalment with a bad date',
      {
        ...VALID,
        instalments: [
          { date: '32/04/2025', amount: '14 000' },
          { date: '31/07/2026', amount: '14 000' },
        ],
      },
      'instalment0Date',
    ],
    [
      'instalment with no amount',
      {
        ...VALID,
        instalments: [
          { date: '30/04/2025', amount: '' },
          { date: '31/07/2026', amount: '28 000' },
        ],
      },
      'instalment0Amount',
    ],
    [
      'instalment of zero',
      {
        ...VALID,
        instalments: [
          { date: '30/04/2025', amount: '0' },
          { date: '31/07/2026', amount: '28 000' },
        ],
      },
      'instalment0Amount',
    ],
    ['instalment not an object', { ...VALID, instalments: ['30/04/2025'] }, 'instalment0'],
    [
      '200 instalments',
      { ...VALID, instalments: Array.from({ length: 200 }, () => ({ date: '01/01/2025', amount: '140' })) },
      'instalments',
    ],
    ['report with a bad date', { ...VALID, reports: [{ date: '2026-13-01' }] }, 'report0Date'],
    ['reports not a list', { ...VALID, reports: { date: '31/12/2026' } }, 'reports'],
    ['createFolder as text', { ...VALID, createFolder: 'oui' }, 'createFolder'],
  ];

  it.each(cases)('%s', (_name, payload, field) => {
    const wb = workbook();
    const before = snapshot(wb);
    const r = storeConvention(ports(wb), payload);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toContain(field);
    expect(r.errors[field]).toMatch(/^[A-ZÀ-Ýa-z«0-9].+[.»)]$/);
    expect(r.message).toMatch(/(champ|champs) (est|sont) à corriger : rien n’a été enregistré\.$|rechargez la barre latérale\.$/);
    expect(snapshot(wb)).toBe(before);
  });

  it('counts at least 50 hostile payloads', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it('stores HTML and formula-looking text as plain text', () => {
    const wb = workbook();
    const r = storeConvention(ports(wb), {
      ...VALID,
      title: '<img src=x onerror=alert(1)>',
      notes: '=HYPERLINK("http://evil.example")',
      status: '@SUM(A1)',
    });
    expect(r.ok).toBe(true);
    const c = readWorkbook(wb).conventions.records[1];
    expect([c.title, c.notes, c.status]).toEqual(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example")', '@SUM(A1)']);
  });
});

it('answers in English when Paramètres › Langue is en', () => {
  const wb = workbook();
  (wb.sheets.get('Paramètres') as CellValue[][]).push(['Langue', 'en']);
  const r = storeConvention(ports(wb), { ...VALID, amount: 'douze' });
  expect(r).toEqual({
    ok: false,
    errors: { amount: '"douze" is not an amount (e.g. 1 234,56).' },
    message: 'One field needs fixing: nothing was saved.',
  });
});

describe('numbering and suggestions', () => {
  it('numbers conventions per year and partners after the highest', () => {
    expect(nextConventionId(['C-2025-001', 'C-2025-011', 'C-2024-020', null, 'X'], 2025)).toBe('C-2025-012');
    expect(nextConventionId([], 2026)).toBe('C-2026-001');
    expect(nextPartnerId(['P-0001', 'P-0012', 'P-0012', null])).toBe('P-0013');
  });

  it('suggests the compte rendu financier 6 months after the end of the fiscal year of the last instalment', () => {
    expect(suggestedReportDate('2026-07-31' as IsoDate, { month: 1, day: 1 })).toBe('2027-06-30');
    expect(suggestedReportDate('2025-09-15' as IsoDate, { month: 7, day: 1 })).toBe('2026-12-31');
  });
});
