/**
 * The partnership network's rules (docs/domain.md, "Partnership network"): each fires on a small
 * association's network and stays silent on its near miss.
 */
import type { CellValue } from '../../shared/sheets/ports';
import { check, type Sheets } from '../helpers/check-book';

type Rows = CellValue[][];

const PERSONS: Rows = [
  ['ID', 'Nom', 'Organisation', 'Fonction', 'Expertise', 'Pays'],
  ['PE-0001', 'Claire Martin', 'P-0001', 'Chargée de mission', 'eau', 'France'],
  ['PE-0002', 'Amina Sow', 'Fondation', 'Chercheuse', 'communs', 'Sénégal'],
  ['PE-0003', 'Luis Fernández', '', 'Consultant', 'formation des élus', 'Argentine'],
];
const GROUPS: Rows = [
  ['ID', 'Nom', 'Type', 'Projet', 'Dossier', 'Membres'],
  ['G-0001', 'Groupe eau', 'groupe de travail', 'ATLAS', '', ''],
  ['G-0002', 'Relecture des communs', 'comité de relecture', '', 'D-0001', ''],
  ['G-0003', 'Pilotage de la formation', 'comité de pilotage', 'FORM', '', ''],
];
const DOSSIERS: Rows = [
  ['ID', 'Titre', 'Type', 'Comité'],
  ['D-0001', 'Les communs urbains', 'dossier thématique', ''],
];
const MEMBERS: Rows = [
  ['Groupe', 'Personne', 'Rôle', 'Depuis', "Jusqu'au"],
  ['G-0001', 'PE-0001', 'animatrice', '01/01/2025', ''],
  ['G-0002', 'PE-0002', 'animateur', '01/03/2025', '31/12/2026'],
  ['G-0003', 'PE-0003', 'président', '01/02/2025', ''],
];
const OPPORTUNITIES: Rows = [
  ['ID', 'Intitulé', 'Partenaire', 'Type', 'Projet', 'Montant visé', 'Étape'],
  ['O-0001', 'Appel Eau 2026', 'P-0001', 'subvention', 'ATLAS', '12 000', 'contact'],
];

function network(over: Partial<Record<'Personnes' | 'Groupes' | 'Dossiers' | 'Membres' | 'Opportunités', Rows>> = {}): Sheets {
  return { Personnes: PERSONS, Groupes: GROUPS, Dossiers: DOSSIERS, Membres: MEMBERS, Opportunités: OPPORTUNITIES, ...over };
}

function fired(rule: string, sheets: Sheets): [string, number | null, string | null][] {
  return check(sheets)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.sheet, f.row, f.column]);
}

function message(rule: string, sheets: Sheets, lang: 'fr' | 'en' = 'fr'): string {
  const f = check(sheets, { lang }).findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`${rule} did not fire`);
  return f.message;
}

const withRow = (rows: Rows, row: CellValue[]) => [...rows, row];
const replaceRow = (rows: Rows, index: number, row: CellValue[]) => rows.map((r, i) => (i === index ? row : r));

describe('the partnership network rules', () => {
  it('a consistent network gives no finding at all', () => {
    expect(check(network()).findings).toEqual([]);
  });

  describe('member.unknown', () => {
    it('fires on a member who is not a person, and on an unknown group, at the cell', () => {
      const members = withRow(withRow(MEMBERS, ['G-0001', 'PE-0099', 'membre', '', '']), ['G-0042', 'PE-0002', 'membre', '', '']);
      expect(fired('member.unknown', network({ Membres: members }))).toEqual([
        ['Membres', 5, 'Personne'],
        ['Membres', 6, 'Groupe'],
      ]);
      expect(message('member.unknown', network({ Membres: members }))).toBe(
        "« PE-0099 » n'est pas une personne de la feuille Personnes : écrivez son identifiant (PE-…) ou ajoutez-la dans Personnes.",
      );
    });
    it('near miss: a person typed by name instead of ID is found', () => {
      expect(fired('member.unknown', network({ Membres: withRow(MEMBERS, ['G-0001', 'amina sow', 'membre', '', '']) }))).toEqual([]);
    });
  });

  describe('member.unmatched (Groupes.Membres of older sheets)', () => {
    const legacy = (text: string) => replaceRow(GROUPS, 1, ['G-0001', 'Groupe eau', 'groupe de travail', 'ATLAS', '', text]);
    it('says which names of the text match no person', () => {
      const sheets = network({ Groupes: legacy('C. Martin (animatrice), PE-0002, 5 experts, Région') });
      expect(fired('member.unmatched', sheets)).toEqual([['Groupes', 2, 'Membres']]);
      expect(message('member.unmatched', sheets)).toBe(
        'G-0001 : « 5 experts », « Région » ne correspondent à aucune personne de la feuille Personnes ; ajoutez-les dans Personnes et Membres, ou écrivez leur identifiant.',
      );
    });
    it('near miss: IDs, full names and « C. Martin » all match', () => {
      expect(fired('member.unmatched', network({ Groupes: legacy('C. Martin, PE-0002; Luis Fernandez') }))).toEqual([]);
    });
    it('a legacy text alone gives the group its animateur', () => {
      const noRegister = network({ Membres: [MEMBERS[0]], Groupes: legacy('Claire Martin (animatrice), A. Sow') });
      expect(fired('group.animator', noRegister).map((f) => f[1])).toEqual([3, 4]);
    });
  });

  describe('group.animator', () => {
    it('fires on a group whose only animateur left', () => {
      const members = replaceRow(MEMBERS, 1, ['G-0001', 'PE-0001', 'animatrice', '01/01/2024', '31/12/2025']);
      expect(fired('group.animator', network({ Membres: members }))).toEqual([['Groupes', 2, 'Nom']]);
      expect(message('group.animator', network({ Membres: members }))).toBe(
        "G-0001 (Groupe eau) n'a pas d'animateur en fonction : indiquez-le dans Membres (Rôle animateur).",
      );
    });
    it('near miss: a mandate ending later than today still counts', () => {
      const members = replaceRow(MEMBERS, 1, ['G-0001', 'PE-0001', 'animatrice', '01/01/2024', '15/01/2026']);
      expect(fired('group.animator', network({ Membres: members }))).toEqual([]);
    });
  });

  describe('group.dossier', () => {
    const noDossier = replaceRow(GROUPS, 2, ['G-0002', 'Relecture des communs', 'comité de relecture', '', '', '']);
    it('fires on a review committee attached to no dossier, and on an unknown dossier', () => {
      expect(fired('group.dossier', network({ Groupes: noDossier }))).toEqual([['Groupes', 3, 'Dossier']]);
      const unknown = replaceRow(GROUPS, 2, ['G-0002', 'Relecture des communs', 'comité de relecture', '', 'D-0009', '']);
      expect(message('group.dossier', network({ Groupes: unknown }), 'en')).toBe(
        'Review committee G-0002 is attached to dossier "D-0009", which is not in sheet Dossiers: fix the ID (D-…).',
      );
    });
    it('near miss: the dossier names the committee in its Comité column', () => {
      const dossiers = replaceRow(DOSSIERS, 1, ['D-0001', 'Les communs urbains', "fiche d'analyse", 'G-0002']);
      expect(fired('group.dossier', network({ Groupes: noDossier, Dossiers: dossiers }))).toEqual([]);
    });
  });

  describe('group.project', () => {
    it('fires on a steering committee of a project that is not training, or of none', () => {
      const groups = withRow(replaceRow(GROUPS, 3, ['G-0003', 'Pilotage', 'comité de pilotage', 'ATLAS', '', '']), [
        'G-0004',
        'Copil sans projet',
        'copil',
        '',
        '',
        '',
      ]);
      const members = withRow(MEMBERS, ['G-0004', 'PE-0003', 'président', '', '']);
      expect(fired('group.project', network({ Groupes: groups, Membres: members }))).toEqual([
        ['Groupes', 4, 'Projet'],
        ['Groupes', 5, 'Projet'],
      ]);
      expect(message('group.project', network({ Groupes: groups, Membres: members }))).toBe(
        "Comité de pilotage G-0003 rattaché au projet ATLAS, dont l'action est « atlas relationnel » et non formation : un comité de pilotage suit un programme de formation.",
      );
    });
    it('near miss: a working group needs no training project', () => {
      expect(fired('group.project', network())).toEqual([]);
    });
  });

  describe('member.ended', () => {
    const listed = replaceRow(GROUPS, 2, [
      'G-0002',
      'Relecture des communs',
      'comité de relecture',
      '',
      'D-0001',
      'Amina Sow, Luis Fernández',
    ]);
    const ended = withRow(MEMBERS, ['G-0002', 'PE-0003', 'relecteur', '01/01/2024', '30/06/2025']);
    it('fires on a mandate ended but still listed in Groupes.Membres', () => {
      expect(fired('member.ended', network({ Groupes: listed, Membres: ended }))).toEqual([['Membres', 5, "Jusqu'au"]]);
      expect(message('member.ended', network({ Groupes: listed, Membres: ended }))).toBe(
        "Le mandat de Luis Fernández au groupe G-0002 a pris fin le 30/06/2025, mais Groupes le cite encore parmi les membres : retirez son nom de Groupes › Membres, ou prolongez le mandat (Jusqu'au).",
      );
    });
    it('near misses: not listed any more, or renewed by a later mandate', () => {
      expect(fired('member.ended', network({ Membres: ended }))).toEqual([]);
      const renewed = withRow(ended, ['G-0002', 'PE-0003', 'relecteur', '01/07/2025', '']);
      expect(fired('member.ended', network({ Groupes: listed, Membres: renewed }))).toEqual([]);
    });
  });

  describe('person.organisation', () => {
    it('fires on an organisation that is no partner', () => {
      const persons = withRow(PERSONS, ['PE-0004', 'Marc Diallo', 'Université de Dakar', '', '', 'Sénégal']);
      expect(fired('person.organisation', network({ Personnes: persons }))).toEqual([['Personnes', 5, 'Organisation']]);
      expect(message('person.organisation', network({ Personnes: persons }))).toBe(
        "Marc Diallo : organisation « Université de Dakar » inconnue, absente de la feuille Partenaires. Écrivez l'identifiant du partenaire (P-…) ou ajoutez-le.",
      );
    });
    it('near miss: a partner named by its name, or no organisation (an independent expert)', () => {
      expect(fired('person.organisation', network())).toEqual([]);
    });
  });

  describe('opportunities', () => {
    it('opportunity.partner fires on a blank or unknown partner', () => {
      const opps = withRow(withRow(OPPORTUNITIES, ['O-0002', 'Mécénat', '', 'mécénat', '', '5 000', 'repérée']), [
        'O-0003',
        'AAP',
        'P-0077',
        'appel à projets',
        '',
        '',
        'déposée',
      ]);
      expect(fired('opportunity.partner', network({ Opportunités: opps }))).toEqual([
        ['Opportunités', 3, 'Partenaire'],
        ['Opportunités', 4, 'Partenaire'],
      ]);
      expect(message('opportunity.partner', network({ Opportunités: opps }))).toBe(
        'Opportunité O-0002 sans partenaire ni financeur : indiquez qui la porte (P-…).',
      );
    });
    it('a stage not in the list is a located cell.invalid naming the stages; a synonym is read', () => {
      const opps = withRow(OPPORTUNITIES, ['O-0002', 'Mécénat', 'P-0002', 'mécénat', '', '5 000', 'en réflexion']);
      const f = check(network({ Opportunités: opps })).findings.filter((x) => x.rule === 'cell.invalid');
      expect(f.map((x) => [x.sheet, x.row, x.column])).toEqual([['Opportunités', 3, 'Étape']]);
      expect(f[0].message).toContain('repérée, contact, dossier en cours, déposée, accordée, refusée, abandonnée');
      const synonym = withRow(OPPORTUNITIES, ['O-0002', 'Mécénat', 'P-0002', 'mécénat', '', '5 000', 'gagnée']);
      expect(check(network({ Opportunités: synonym })).findings).toEqual([]);
    });
  });
});
