/** The atlas's and the dossier pipeline's rules (docs/domain.md, "Relational atlas", "Dossier pipeline"): each firing, each near miss. */
import type { CellValue } from '../../shared/sheets/ports';
import { check, type Sheets } from '../helpers/check-book';

const ATLAS: CellValue[][] = [
  ['Terme', 'Domaine', 'Définition'],
  ['Gouvernance territoriale', 'Gouvernance', 'La manière de décider ensemble.'],
  ['Métropole', 'Gouvernance', ''],
  ['Intercommunalité', 'Gouvernance', ''],
  ['Eau', 'Services publics', ''],
  ['Régie publique', 'Services publics', ''],
];
const RELATIONS: CellValue[][] = [
  ['De', 'Relation', 'Vers'],
  ['Métropole', 'plus large', 'Intercommunalité'],
  ['Intercommunalité', 'plus large', 'Gouvernance territoriale'],
  ['Régie publique', 'associé', 'Eau'],
  ['Eau', 'voir aussi', 'Gouvernance territoriale'],
];
const DOSSIERS: CellValue[][] = [
  ['ID', 'Titre', 'Type', 'Statut', 'URL', 'Publié le', 'Dossier parent', 'Comité'],
  ['D-0001', 'Gouverner l’eau', 'dossier thématique', 'publié', 'https://site.example/eau', '20/10/2025', '', ''],
  ['D-0002', 'La régie de Paris', 'fiche de cas', 'relecture', '', '', 'D-0001', 'G-0001'],
];
const INDEX: CellValue[][] = [
  ['Contenu', 'Terme'],
  ['D-0001', 'Eau'],
  ['D-0002', 'Régie publique'],
  ['D-0002', 'métropole'],
];
const GROUPS: CellValue[][] = [
  ['ID', 'Nom', 'Type'],
  ['G-0001', 'Comité de relecture', 'comité de relecture'],
];

function base(): Sheets {
  return { Atlas: ATLAS, Relations: RELATIONS, Dossiers: DOSSIERS, Index: INDEX, Groupes: GROUPS };
}

function found(sheets: Sheets, prefix: string, lang: 'fr' | 'en' = 'fr') {
  return check(sheets, { lang })
    .findings.filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.rule} ${f.sheet}!${f.row} ${f.column} ${f.message}`);
}

describe('the atlas rules', () => {
  it('find nothing on a consistent atlas (the near misses: case and accents in the Index, « voir aussi » across)', () => {
    expect(found(base(), 'atlas.')).toEqual([]);
    expect(found(base(), 'dossier.')).toEqual([]);
  });

  it('atlas.relation-unknown: a relation to a term the Atlas does not have', () => {
    const s = { ...base(), Relations: [...RELATIONS, ['Eau', 'associé', 'Tirage au sort']] };
    expect(found(s, 'atlas.relation-unknown')).toEqual([
      "atlas.relation-unknown Relations!6 Vers Relation « Eau » associé « Tirage au sort » : le terme « Tirage au sort » n'est pas dans la feuille Atlas. Corrigez l'orthographe ou ajoutez le terme.",
    ]);
  });

  it('atlas.broader-cycle: « plus large » looping back, also through « plus précis » read backwards', () => {
    const loop = { ...base(), Relations: [...RELATIONS, ['Gouvernance territoriale', 'plus précis', 'Intercommunalité']] };
    expect(found(loop, 'atlas.broader-cycle')).toEqual([]); // the same hierarchy said the other way: no loop
    const cycle = { ...base(), Relations: [...RELATIONS, ['Gouvernance territoriale', 'plus large', 'Métropole']] };
    expect(found(cycle, 'atlas.broader-cycle')).toEqual([
      "atlas.broader-cycle Relations!6 Vers Boucle de « plus large » : « Gouvernance territoriale » → « Métropole » → « Intercommunalité » → « Gouvernance territoriale ». Un terme ne peut pas être plus large que lui-même : retirez ou inversez l'une de ces relations.",
    ]);
    const back = { ...base(), Relations: [...RELATIONS, ['Métropole', 'plus précis', 'Gouvernance territoriale']] };
    expect(found(back, 'atlas.broader-cycle')).toHaveLength(1);
  });

  it('atlas.term-unknown: an Index term or a Veille term absent from the atlas', () => {
    const veille = [
      ['Date', 'Sujet', 'Termes'],
      ['12/03/2025', 'Communs numériques', 'Communs numériques; eau'],
      ['13/03/2025', 'Sans terme', ''],
    ];
    const s = { ...base(), Index: [...INDEX, ['D-0001', 'Afrique']], Veille: veille };
    expect(found(s, 'atlas.term-unknown')).toEqual([
      "atlas.term-unknown Index!5 Terme D-0001 est indexé par « Afrique », absent de l'atlas : corrigez le terme ou ajoutez-le à la feuille Atlas.",
      "atlas.term-unknown Veille!2 Termes Veille « Communs numériques » : le terme « Communs numériques » n'est pas dans l'atlas. Ajoutez-le à la feuille Atlas, ou corrigez-le.",
    ]);
  });

  it('atlas.orphan: a term with no relation and no content; one indexed only is not', () => {
    const s = {
      ...base(),
      Atlas: [...ATLAS, ['Médiation', 'Démocratie', ''], ['Concertation', 'Démocratie', '']],
      Index: [...INDEX, ['D-0001', 'Concertation']],
    };
    expect(found(s, 'atlas.orphan')).toEqual([
      "atlas.orphan Atlas!7 Terme Terme « Médiation » isolé : aucune relation et aucun contenu indexé. Reliez-le à l'atlas ou indexez un contenu.",
    ]);
  });

  it('atlas.duplicate: two terms differing only by case or accents; a hyphen makes another term', () => {
    const s = { ...base(), Atlas: [...ATLAS, ['régie Publique', 'Services publics', ''], ['Régie-publique', 'Services publics', '']] };
    expect(found(s, 'atlas.duplicate')).toEqual([
      'atlas.duplicate Atlas!7 Terme « régie Publique » et « Régie publique » (ligne 6) ne diffèrent que par les majuscules ou les accents : gardez un seul terme et reportez ses relations et son index.',
    ]);
  });

  it('reads an older sheet’s Lié à / Relation as relations', () => {
    const older = [
      ['Terme', 'Domaine', 'Lié à', 'Relation'],
      ['Eau', 'Ressources', 'Biens communs', 'exemple de'],
      ['Biens communs', 'Économie', 'Gouvernance', 'plus large'],
    ];
    expect(found({ Atlas: older }, 'atlas.')).toEqual([
      "atlas.relation-unknown Atlas!3 Lié à Relation « Biens communs » plus large « Gouvernance » : le terme « Gouvernance » n'est pas dans la feuille Atlas. Corrigez l'orthographe ou ajoutez le terme.",
    ]);
  });

  it('speaks English', () => {
    const s = { ...base(), Index: [...INDEX, ['D-0001', 'Afrique']] };
    expect(found(s, 'atlas.term-unknown', 'en')[0]).toContain('D-0001 is indexed by "Afrique", which is not in the atlas');
  });
});

describe('the dossier pipeline rules', () => {
  const row = (r: CellValue[]) => ({ ...base(), Dossiers: [...DOSSIERS, r] });

  it('dossier.published: published without URL, or without index terms', () => {
    expect(found(row(['D-0003', 'Sans URL', 'dossier thématique', 'publié', '', '01/12/2025', '', '']), 'dossier.')).toEqual([
      "dossier.published Dossiers!4 URL D-0003 est publié sans URL : indiquez l'adresse de la page sur le site.",
      "dossier.published Dossiers!4 ID D-0003 est publié sans terme d'index : indexez-le dans la feuille Index avec des termes de l'atlas.",
    ]);
    expect(found(row(['D-0003', 'En rédaction', 'dossier thématique', 'rédaction', '', '', '', '']), 'dossier.')).toEqual([]);
  });

  it('dossier.committee: in relecture without a committee, or an unknown one', () => {
    expect(found(row(['D-0003', 'Relu par personne', 'dossier thématique', 'relecture', '', '', '', '']), 'dossier.')).toEqual([
      'dossier.committee Dossiers!4 Comité D-0003 est en relecture sans comité : indiquez le groupe qui le relit (colonne Comité).',
    ]);
    expect(found(row(['D-0003', 'Relu', 'dossier thématique', 'relecture', '', '', '', 'G-0009']), 'dossier.')).toEqual([
      "dossier.committee Dossiers!4 Comité D-0003 est relu par le comité G-0009, absent de la feuille Groupes : corrigez l'identifiant.",
    ]);
  });

  it('dossier.orphan: a fiche attached to no dossier or to an unknown one; a dossier thématique needs none', () => {
    expect(found(row(['D-0003', 'Fiche seule', "fiche d'analyse", 'idée', '', '', '', '']), 'dossier.')).toEqual([
      "dossier.orphan Dossiers!4 Dossier parent La fiche D-0003 n'est rattachée à aucun dossier : indiquez son dossier thématique (colonne Dossier parent).",
    ]);
    expect(found(row(['D-0003', 'Fiche', 'fiche de cas', 'idée', '', '', 'D-0099', '']), 'dossier.')).toEqual([
      "dossier.orphan Dossiers!4 Dossier parent La fiche D-0003 est rattachée au dossier D-0099, absent de la feuille Dossiers : corrigez l'identifiant.",
    ]);
  });
});
