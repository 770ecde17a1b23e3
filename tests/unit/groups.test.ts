/** Groups and committees: who sits where, a person's mandates, the persons' search, the forms (hostile values), the writes (lock, request id). */
import { addMembership, endMembership, getGroups, saveGroup } from '../../shared/usecases/groups';
import { personHistory, searchPersons } from '../../shared/network/groups';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { Refusal } from '../../shared/i18n/refusal';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { HOSTILE, networkPorts, networkSheets } from '../helpers/network';

const ports = networkPorts;

const sheet = (ps: ReturnType<typeof ports>, name: string) => ps.workbook.sheets.get(name)!;

describe('who sits where', () => {
  const view = getGroups(ports());

  it('summarises each group: type, attachment, animateurs and running mandates (an ended one not counted)', () => {
    expect(view.groups.map((g) => [g.id, g.type, g.project || g.dossier, g.animateurs, g.members])).toEqual([
      ['G-001', 'groupe de travail', 'DOSS', ['Claire Martin'], 2],
      ['G-002', 'comité de relecture', 'D-0003', ['Ousmane Diallo'], 2],
      ['G-003', 'comité de pilotage', 'FORM', [], 1],
    ]);
  });

  it('gives a person’s history of mandates, oldest first, ended ones included', () => {
    expect(personHistory(view.mandates, 'PE-0001').map((m) => [m.groupName, m.role, m.since, m.until, m.active])).toEqual([
      ['Gouvernance urbaine', 'animateur', '2025-01-01', null, true],
      ['Relecture — dossier eau', 'relecteur', '2026-09-01', null, true],
    ]);
    expect(personHistory(view.mandates, 'PE-0004').map((m) => [m.group, m.until, m.active])).toEqual([['G-001', '2026-06-30', false]]);
  });

  it('searches persons by name, expertise, organisation type and country, accents and case ignored', () => {
    const ids = (q: Partial<Parameters<typeof searchPersons>[1]>) =>
      searchPersons(view.persons, { text: '', organisationType: '', country: '', ...q }).map((p) => p.id);
    expect(ids({ text: 'gouvernance' })).toEqual(['PE-0001', 'PE-0005']);
    expect(ids({ text: 'LUCIA' })).toEqual(['PE-0003']);
    expect(ids({ organisationType: 'réseau de villes' })).toEqual(['PE-0002', 'PE-0003']);
    expect(ids({ country: 'suisse', organisationType: 'fondation' })).toEqual(['PE-0005']);
    expect(ids({ text: 'lausanne' })).toEqual(['PE-0001']);
    expect(ids({ text: 'gouvernance', country: 'France' })).toEqual([]);
  });
});

describe('creating a group or committee', () => {
  const form = (o: Record<string, unknown> = {}) => ({
    requestId: 'req-group-0001',
    name: 'Comité de pilotage Atlas',
    type: 'comité de pilotage',
    project: 'ATLAS',
    dossier: '',
    animateur: 'PE-0003',
    ...o,
  });

  it('appends the group and its animateur’s mandate from today, under the lock, once per request', () => {
    const ps = ports();
    const r = saveGroup(ps, form());
    expect(r).toMatchObject({ ok: true, id: 'G-0004' });
    expect(sheet(ps, 'Groupes').at(-1)).toEqual(['G-0004', 'Comité de pilotage Atlas', 'comité de pilotage', 'ATLAS', '', '']);
    const mandate = sheet(ps, 'Membres').at(-1)!;
    expect(mandate.slice(0, 3)).toEqual(['G-0004', 'PE-0003', 'animateur']);
    expect(mandate[3]).toBeInstanceOf(Date);
    expect(ps.locks()).toBe(1);
    const again = saveGroup(ps, form());
    expect(again).toMatchObject({ ok: true, id: 'G-0004' });
    expect(sheet(ps, 'Groupes')).toHaveLength(5);
    if (r.ok) expect(r.view.groups.find((g) => g.id === 'G-0004')?.animateurs).toEqual(['Lucía Gómez']);
  });

  it('refuses bad values with a message per field, and writes nothing', () => {
    const ps = ports();
    const before = JSON.stringify([...ps.workbook.sheets]);
    const r = saveGroup(ps, form({ name: '', type: 'club', project: '=IMPORTXML("x")', animateur: HOSTILE }));
    expect(r).toEqual({
      ok: false,
      errors: {
        name: 'Champ obligatoire.',
        type: 'Choisissez un type : groupe de travail, comité de relecture ou comité de pilotage.',
        project: 'Projet « =IMPORTXML("x") » absent de la feuille Projets.',
        animateur: `Personne « ${HOSTILE.slice(0, 40)} » absente de la feuille Personnes.`,
      },
      message: '4 champs à corriger : rien n’a été écrit.',
    });
    expect(saveGroup(ps, form({ type: 'comité de relecture', project: '' }))).toMatchObject({
      ok: false,
      errors: { dossier: 'Un comité de relecture relit un dossier : choisissez-le.' },
    });
    expect(saveGroup(ps, form({ project: '' }))).toMatchObject({
      ok: false,
      errors: { project: 'Un comité de pilotage pilote un projet : choisissez-le.' },
    });
    expect(saveGroup(ps, form({ name: 'x'.repeat(121) }))).toMatchObject({ ok: false, errors: { name: '120 caractères au plus.' } });
    expect(JSON.stringify([...ps.workbook.sheets])).toBe(before);
    expect(ps.cache.map.size).toBe(0);
  });

  it('refuses what is no form at all, or a request without its id', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof Refusal ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => saveGroup(ports(), ['a']))).toBe('argRequestId');
    expect(code(() => saveGroup(ports(), { ...form(), requestId: '<x>' }))).toBe('argRequestId');
    expect(code(() => addMembership(ports(), 'nonsense'))).toBe('argRequestId');
  });

  it('speaks English when Paramètres says so', () => {
    const sheets = networkSheets();
    sheets['Paramètres'].push(['Langue', 'en']);
    const r = saveGroup(ports(new MemoryWorkbook(sheets)), form({ name: '' }));
    expect(r).toMatchObject({ ok: false, errors: { name: 'Required field.' }, message: 'One field to fix: nothing was written.' });
  });
});

describe('memberships', () => {
  const add = (o: Record<string, unknown> = {}) => ({
    requestId: 'req-member-001',
    group: 'G-003',
    person: 'PE-0002',
    role: 'membre',
    since: '01/12/2026',
    ...o,
  });

  it('adds a mandate, once per request', () => {
    const ps = ports();
    expect(addMembership(ps, add())).toMatchObject({ ok: true, id: 'G-003/PE-0002' });
    expect(addMembership(ps, add())).toMatchObject({ ok: true });
    const rows = sheet(ps, 'Membres').filter((r) => r[0] === 'G-003' && r[1] === 'PE-0002');
    expect(rows).toHaveLength(1);
    expect((rows[0][3] as Date).toISOString().slice(0, 10)).toBe('2026-11-30'); // midnight in Paris
  });

  it('refuses a person already sitting, an unknown group, a bad role and a bad date', () => {
    const ps = ports();
    expect(addMembership(ps, add({ group: 'G-001', person: 'PE-0001' }))).toMatchObject({
      ok: false,
      errors: { person: 'PE-0001 siège déjà dans G-001 (mandat en cours).' },
    });
    // An ended mandate is no obstacle to a new one.
    expect(addMembership(ps, add({ requestId: 'req-member-002', group: 'G-001', person: 'PE-0004' }))).toMatchObject({ ok: true });
    expect(addMembership(ps, add({ group: 'G-999', role: 'chef', since: '31/02/2026' }))).toMatchObject({
      ok: false,
      errors: {
        group: 'Groupe « G-999 » absent de la feuille Groupes.',
        role: 'Choisissez un rôle : animateur, président, relecteur, membre ou observateur.',
        since: '« 31/02/2026 » n’est pas une date (ex. 15/03/2026).',
      },
    });
  });

  it('ends a running mandate on its row, found again after a sort', () => {
    const ps = ports();
    const m = sheet(ps, 'Membres');
    m.splice(1, m.length - 1, ...m.slice(1).reverse());
    const r = endMembership(ps, { requestId: 'req-end-00001', group: 'G-001', person: 'PE-0005', until: '30/11/2026' });
    expect(r).toMatchObject({ ok: true });
    const row = m.find((x) => x[0] === 'G-001' && x[1] === 'PE-0005')!;
    expect(row[4]).toBeInstanceOf(Date);
    if (r.ok) expect(r.view.groups.find((g) => g.id === 'G-001')?.members).toBe(2); // ends tomorrow: still running today
    const after = endMembership(ps, { requestId: 'req-end-00002', group: 'G-001', person: 'PE-0004', until: '' });
    expect(after).toMatchObject({ ok: false, errors: { person: 'PE-0004 n’a pas de mandat en cours dans G-001.' } });
    expect(endMembership(ps, { requestId: 'req-end-00003', group: 'G-002', person: 'PE-0001', until: '01/01/2020' })).toMatchObject({
      ok: false,
      errors: { until: 'La fin précède le début du mandat (01/09/2026).' },
    });
  });

  it('refuses to end a mandate whose row changed between the read and the write', () => {
    const ps = ports();
    const wb = ps.workbook;
    const readRow = wb.readRow.bind(wb);
    // Someone else edits the row while this call runs.
    wb.readRow = (name, row, width) => {
      sheet(ps, 'Membres')[row - 1][1] = 'PE-0004';
      return readRow(name, row, width);
    };
    expect(() => endMembership(ps, { requestId: 'req-end-00004', group: 'G-001', person: 'PE-0005', until: '' })).toThrow(
      /modifié ou déplacé/,
    );
  });

  it('reads the workbook without the Journal', () => {
    const ps = ports();
    getGroups(ps);
    expect(ps.workbook.reads).not.toContain('Journal');
    expect(readWorkbook(ps.workbook).persons.records).toHaveLength(6);
  });
});
