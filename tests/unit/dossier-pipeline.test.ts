/** The dossier pipeline (docs/domain.md, "Dossier pipeline"): the board, and a move under the lock. */
import { getDossierBoard } from '../../shared/usecases/get-dossier-board';
import { moveDossier } from '../../shared/usecases/move-dossier';
import { Refusal } from '../../shared/i18n/refusal';
import type { CellValue } from '../../shared/sheets/ports';
import type { IsoDate } from '../../shared/values/dates';
import { MemoryWorkbook } from '../fakes/memory-workbook';

const DOSSIERS: CellValue[][] = [
  ['ID', 'Titre', 'Type', 'Statut', 'URL', 'Publié le', 'Dossier parent', 'Comité', 'Échéance', 'Notes internes'],
  ['D-0001', 'Gouverner l’eau', 'dossier thématique', 'publié', 'https://site.example/eau', new Date(2025, 9, 20), '', '', '', ''],
  ['D-0002', 'Les communs', 'dossier thématique', 'relecture', '', '', '', 'G-0002', new Date(2025, 11, 15), 'à relancer'],
  ['D-0003', 'La régie de Paris', 'fiche de cas', 'rédaction', '', '', 'D-0001', '', new Date(2026, 2, 31), ''],
  ['D-0004', 'Métropoles', 'dossier thématique', 'idée', '', '', '', '', '', ''],
];
const SHEETS: Record<string, CellValue[][]> = {
  Dossiers: DOSSIERS,
  Groupes: [
    ['ID', 'Nom', 'Type'],
    ['G-0002', 'Comité de relecture des communs', 'comité de relecture'],
  ],
  Personnes: [
    ['ID', 'Nom'],
    ['PE-0001', 'Awa Sow'],
    ['PE-0002', 'Hugo Roche'],
    ['PE-0003', 'Lina Fernández'],
  ],
  Membres: [
    ['Groupe', 'Personne', 'Rôle', 'Depuis', "Jusqu'au"],
    ['G-0002', 'PE-0001', 'président', new Date(2024, 0, 1), ''],
    ['G-0002', 'PE-0002', 'relecteur', '', ''],
    ['G-0002', 'PE-0003', 'relecteur', '', new Date(2025, 5, 30)], // left the committee
  ],
  Index: [
    ['Contenu', 'Terme'],
    ['D-0001', 'Eau'],
  ],
};

const TODAY = '2026-01-15' as IsoDate;

function ports(wb = new MemoryWorkbook(SHEETS)) {
  const cache = new Map<string, string>();
  let locks = 0;
  return {
    wb,
    cache,
    locks: () => locks,
    p: {
      workbook: wb,
      clock: { today: () => TODAY },
      lock: {
        withLock: <T>(work: () => T): T => {
          locks++;
          return work();
        },
      },
      cache: { get: (k: string) => cache.get(k) ?? null, put: (k: string, v: string) => void cache.set(k, v) },
    },
  };
}

describe('the dossier board', () => {
  it('shows the stages in order, what is late and who reviews what (current members, names from Personnes)', () => {
    const b = getDossierBoard(ports().p);
    expect(b.columns.map((c) => [c.stage, c.cards.map((x) => x.id)])).toEqual([
      ['idée', ['D-0004']],
      ['rédaction', ['D-0003']],
      ['relecture', ['D-0002']],
      ['publié', ['D-0001']],
    ]);
    expect(b.late.map((c) => c.id)).toEqual(['D-0002']);
    const d1 = b.columns[3].cards[0];
    expect([d1.fiches, d1.terms]).toEqual([['D-0003'], ['Eau']]);
    expect(b.reviews.map((r) => `${r.reviewer.name} ${r.dossiers.join()}`)).toEqual(['Awa Sow D-0002', 'Hugo Roche D-0002']);
  });
});

describe('moving a dossier', () => {
  const id = () => `r-${Math.random()}`;

  it('moves one stage on under the lock, changing only the Statut cell', () => {
    const t = ports();
    const b = moveDossier(t.p, { id: 'D-0003', from: 'rédaction', to: 'relecture', requestId: id() });
    expect(t.locks()).toBe(1);
    expect(t.wb.sheets.get('Dossiers')?.[3]).toEqual([
      'D-0003',
      'La régie de Paris',
      'fiche de cas',
      'relecture',
      '',
      '',
      'D-0001',
      '',
      new Date(2026, 2, 31),
      '',
    ]);
    expect(b.columns.find((c) => c.stage === 'relecture')?.cards.map((c) => c.id)).toEqual(['D-0002', 'D-0003']);
  });

  it('publishes with the URL and the date, and keeps the user’s other columns', () => {
    const t = ports();
    const b = moveDossier(t.p, {
      id: 'D-0002',
      from: 'relecture',
      to: 'publié',
      url: 'https://site.example/communs',
      publishedOn: '2026-01-14',
      requestId: id(),
    });
    const card = b.columns.find((c) => c.stage === 'publié')?.cards.find((c) => c.id === 'D-0002');
    expect([card?.url, card?.publishedOn, card?.late]).toEqual(['https://site.example/communs', '2026-01-14', false]);
    const row = t.wb.sheets.get('Dossiers')?.[2] ?? [];
    expect(row[9]).toBe('à relancer');
  });

  it('refuses publishing without a URL or a date, a jump of two stages, an unreadable move', () => {
    const t = ports();
    const refused = (move: unknown) => {
      try {
        moveDossier(t.p, move);
      } catch (e) {
        return e instanceof Refusal ? e.code : String(e);
      }
      return 'written';
    };
    expect(refused({ id: 'D-0002', from: 'relecture', to: 'publié', url: '', publishedOn: '2026-01-14', requestId: id() })).toBe(
      'dossierPublishUrl',
    );
    expect(
      refused({ id: 'D-0002', from: 'relecture', to: 'publié', url: 'javascript:alert(1)', publishedOn: '2026-01-14', requestId: id() }),
    ).toBe('dossierPublishUrl');
    expect(
      refused({ id: 'D-0002', from: 'relecture', to: 'publié', url: 'https://site.example/x', publishedOn: 'hier', requestId: id() }),
    ).toBe('dossierPublishDate');
    expect(refused({ id: 'D-0004', from: 'idée', to: 'relecture', requestId: id() })).toBe('dossierMoveStep');
    expect(refused({ id: 'D-0004', from: 'idée', to: 'terminé', requestId: id() })).toBe('dossierMoveArg');
    expect(refused(null)).toBe('dossierMoveArg');
    expect(t.wb.sheets.get('Dossiers')).toEqual(new MemoryWorkbook(SHEETS).sheets.get('Dossiers'));
  });

  it('refuses a stale move: someone changed the Statut meanwhile', () => {
    const t = ports();
    moveDossier(t.p, { id: 'D-0004', from: 'idée', to: 'rédaction', requestId: id() });
    expect(() => moveDossier(t.p, { id: 'D-0004', from: 'idée', to: 'rédaction', requestId: id() })).toThrow(
      'D-0004 n’est plus en « idée » mais en « rédaction » : quelqu’un l’a changé entre-temps. Rien n’a été écrit ; rechargez le tableau.',
    );
  });

  it('writes once for one request id (a double click or a retry)', () => {
    const t = ports();
    const rid = id();
    moveDossier(t.p, { id: 'D-0004', from: 'idée', to: 'rédaction', requestId: rid });
    // Run again, the move would be stale (D-0004 is no longer in idée): answered from the request cache instead.
    const again = moveDossier(t.p, { id: 'D-0004', from: 'idée', to: 'rédaction', requestId: rid });
    expect(again.columns.find((c) => c.stage === 'rédaction')?.cards.map((c) => c.id)).toEqual(['D-0003', 'D-0004']);
  });
});
