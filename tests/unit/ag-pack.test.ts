/**
 * The AG pack (docs/domain.md, "The AG pack"): the allocation of the result ties to the compte de
 * résultat and to the bilan, next year's budget to the Budget sheet's cells (an unbalanced one is
 * shown with its gap, never balanced), the ordre du jour and the procès-verbal come from Mémoire,
 * with blanks for the votes.
 */
import { readWorkbook, type ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import { balanceSheet } from '../../shared/ledger/balance-sheet';
import { incomeStatement } from '../../shared/ledger/statement';
import { agFigures } from '../../shared/reports/ag/figures';
import { agPackOf } from '../../shared/usecases/generate-ag-pack';
import type { ReportBlock, ReportDoc } from '../../shared/reports/doc';
import { readXlsx, type XlsxSnapshot } from '../../scripts/xlsx/read';
import { cents, DEMO, demoAccepted, demoWith, tableStartingWith, text, TODAY } from '../helpers/demo';

let snap: XlsxSnapshot;
let book: ParsedWorkbook;
beforeAll(async () => {
  snap = await readXlsx(DEMO);
  book = readWorkbook(snap);
});

/** The document's sentences, narrow and no-break spaces read as plain spaces. */
const paragraphs = (doc: ReportDoc) =>
  doc.blocks
    .flatMap((b: ReportBlock) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : []))
    .map((s) => s.replace(/[\u202f\u00a0]/g, ' '));

/** The Budget sheet's 2026 cells as typed, summed without any Citego code: charges and produits in cents. */
function rawBudget2026() {
  const rows = snap.readSheet('Budget');
  const head = rows[0].map(String);
  const at = (name: string) => head.indexOf(name);
  const num = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) : 0);
  const lines = rows.slice(1).filter((r) => r[at('Année')] === 2026);
  return {
    charges: lines.reduce((s, r) => s + num(r[at('Charge')]), 0),
    income: lines.reduce((s, r) => s + num(r[at('Produit')]), 0),
    cvn: lines.filter((r) => String(r[at('Compte')]).startsWith('86')).reduce((s, r) => s + num(r[at('Charge')]), 0),
  };
}

describe('the AG pack of the demo’s 2025 accounts', () => {
  it('the allocation of the result ties to the compte de résultat and to the bilan', () => {
    const f = agFigures(book, 2025, TODAY);
    expect(f.result).toBe(incomeStatement(book, 2025).netResult);
    const bilan = balanceSheet(book, 2025);
    expect(f.result).toBe(bilan?.liabilities.result);
    expect(f.retainedBefore).toBe(bilan?.liabilities.retained);
    // docs/domain.md: déficit 25 559,42 €, report à nouveau 27 982,00 € carried from 2024.
    expect([f.result, f.retainedBefore, f.retainedAfter]).toEqual([-2_555_942, 2_798_200, 242_258]);
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    const table = tableStartingWith(doc, 'Rubrique', 'Montant');
    expect(table.rows.map((r) => [text(r[0]), cents(r[1])])).toEqual([
      ['Report à nouveau avant affectation', 2_798_200],
      ['Déficit de l’exercice 2025', 2_555_942],
      ['Report à nouveau après affectation', 242_258],
    ]);
    // The demo's two year-end entries of 2025 are proposed, not accepted: the resolution says the result is provisional.
    expect(paragraphs(doc)).toContain(
      'L’assemblée générale, après avoir entendu le rapport financier, décide d’imputer le déficit de l’exercice 2025, soit 25 559,42 €, au report à nouveau, qui passe de 27 982,00 € à 2 422,58 €. Résultat provisoire : les écritures d’inventaire proposées, non encore examinées, le modifieraient de −8 000,00 €.',
    );
    expect(paragraphs(doc).join('\n')).not.toMatch(/Déficit −|−25 559/);
  });

  it('says plainly, at the top, that the result is provisional while year-end entries are proposed and not accepted', () => {
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    const provisional =
      'Comptes non arrêtés : 2 écritures d’inventaire de l’exercice 2025 sont proposées et restent à examiner (citego close). Le résultat ci-dessous est provisoire : acceptées, elles le modifieraient de −8 000,00 €.';
    expect(paragraphs(doc).slice(0, 2)).toEqual(['Citego — Cités, territoires, gouvernance', provisional]);
    // The amount is what accepting them does: after `citego close --accept-all` the deficit is 33 559,42 €, and nothing is provisional.
    const accepted = agPackOf(demoAccepted(snap, 2025), 2025, TODAY, 'fr').doc;
    expect(paragraphs(accepted)).toContain(
      'L’assemblée générale, après avoir entendu le rapport financier, décide d’imputer le déficit de l’exercice 2025, soit 33 559,42 €, au report à nouveau, qui passe de 27 982,00 € à 5 577,42 € (débiteur).',
    );
    expect(paragraphs(accepted).join('\n')).not.toMatch(/provisoire|non arrêtés/);
    const en = paragraphs(agPackOf(book, 2025, TODAY, 'en').doc);
    expect(en[1]).toBe(
      'Accounts not finalised: 2 year-end entries of the year 2025 are proposed and still to be reviewed (citego close). The result below is provisional: accepted, they would change it by −€8,000.00.',
    );
  });

  it('states the money probably owed back to funders, per convention and in total, as citego close does', () => {
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    expect(paragraphs(doc)).toContain(
      'À signaler : 13 200,00 € sont probablement à reverser aux financeurs de conventions terminées (reçus au-delà des dépenses justifiées) : C-2025-003, Fondation pour le progrès de l’homme : 12 000,00 € ; C-2025-009, Région Auvergne-Rhône-Alpes : 1 200,00 €.',
    );
  });

  it('takes the AG date and the day the accounts were closed from Paramètres, and pages its footer', () => {
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    const said = paragraphs(doc);
    expect(said).toContain('Assemblée générale du 13/06/2026.');
    expect(said).toContain('Date et heure : 13/06/2026, ……………');
    expect(said).toContain(
      'L’assemblée générale approuve les comptes de l’exercice 2025 arrêtés le 24/03/2026, tels qu’ils lui ont été présentés, et donne quitus aux administrateurs pour leur gestion.',
    );
    expect(doc.footer).toEqual({ text: 'Citego — Cités, territoires, gouvernance — Assemblée générale, comptes 2025', page: 'Page' });
  });

  it('next year’s budget prévisionnel ties to the Budget sheet, 86/87 included, by project and in total', () => {
    const raw = rawBudget2026();
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    const table = tableStartingWith(doc, 'Projet', 'Charges', 'Produits');
    const total = table.rows.find((r) => text(r[0]) === 'Total');
    expect([cents(total?.[1]), cents(total?.[2]), cents(total?.[3])]).toEqual([raw.charges, raw.income, 0]);
    expect(raw.charges).toBe(4_745_000);
    expect(table.rows.map((r) => text(r[0]))).toEqual([
      'ATLAS — Atlas relationnel de la gouvernance',
      'FONC — Fonctionnement de l’association',
      'SITE — Site de ressources citego',
      'Total',
      'dont contributions volontaires en nature',
    ]);
    expect(cents(table.rows[4][1])).toBe(raw.cvn);
    expect(paragraphs(doc)).toContain(
      'L’assemblée générale approuve le budget prévisionnel 2026, arrêté en charges et en produits à 47 450,00 €, contributions volontaires en nature comprises.',
    );
    const charges = tableStartingWith(doc, 'Nature', 'Charges');
    expect(charges.rows.reduce((s, r) => s + cents(r[1]), 0)).toBe(raw.charges);
    expect(text(charges.rows[charges.rows.length - 1][0])).toMatch(/^86 — /);
  });

  it('an unbalanced budget is shown with its gap and said, never balanced', () => {
    const { book: edited } = demoWith(snap, { Budget: [[2026, 'ATLAS', '6251', 'Déplacements', 500, '']] });
    const { doc } = agPackOf(edited, 2025, TODAY, 'fr');
    const atlas = tableStartingWith(doc, 'Projet', 'Charges').rows[0];
    expect([cents(atlas[1]), cents(atlas[2]), cents(atlas[3])]).toEqual([1_990_000, 1_940_000, -50_000]);
    const said = paragraphs(doc);
    expect(said).toContain(
      'Budget ATLAS déséquilibré : charges 19 900,00 €, produits 19 400,00 € (écart 500,00 €). Il est présenté tel quel : à équilibrer avant le vote.',
    );
    expect(said).toContain(
      'L’assemblée générale approuve le budget prévisionnel 2026 : charges 47 950,00 €, produits 47 450,00 €. Attention : ce budget n’est pas équilibré.',
    );
  });

  it('a year without next year’s budget says so and puts no budget to the vote', () => {
    const { doc } = agPackOf(book, 2026, '2027-01-15' as typeof TODAY, 'fr');
    expect(paragraphs(doc)).toContain('La feuille Budget n’a aucune ligne pour 2027 : budget prévisionnel à saisir avant l’assemblée.');
    expect(doc.blocks.filter((b) => b.kind === 'table' && b.columns[1]?.header === 'Pour')).toHaveLength(2);
  });

  it('the ordre du jour and the procès-verbal come from Mémoire, with blanks for the votes', () => {
    const { doc } = agPackOf(book, 2025, TODAY, 'fr');
    const said = paragraphs(doc);
    expect(said).toContain('1. Approbation du procès-verbal de l’assemblée générale du 14/06/2025');
    expect(said).toContain('Dernière assemblée générale : Assemblée générale 2025, le 14/06/2025.');
    expect(said).toContain('14/06/2025 — Affectation du résultat 2024 : Le résultat 2024 est affecté au report à nouveau.');
    expect(said.some((s) => s.startsWith('04/12/2025 — Demande de prolongation de l’atlas'))).toBe(true);
    const votes = doc.blocks.filter((b) => b.kind === 'table' && b.columns[1]?.header === 'Pour');
    expect(votes).toHaveLength(3);
    // « Vote » heads the table once; its row counts the votes.
    for (const v of votes)
      if (v.kind === 'table') {
        expect(v.columns.map((c) => c.header)).toEqual(['Vote', 'Pour', 'Contre', 'Abstentions']);
        expect(v.rows.map((r) => text(r[0]))).toEqual(['Nombre de voix']);
      }
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 3 ? [b.text] : []));
    expect(headings).toEqual([
      'Résolution n° 1 — Approbation des comptes 2025 et quitus aux administrateurs',
      'Résolution n° 2 — Affectation du résultat 2025',
      'Résolution n° 3 — Budget prévisionnel 2026',
    ]);
    expect(said.some((s) => s.includes('« Citego — Cités, territoires, gouvernance — Rapport annuel 2025 »'))).toBe(true);
  });

  it('in English when asked', () => {
    const { doc } = agPackOf(book, 2025, TODAY, 'en');
    expect(doc.title).toBe('Citego — Cités, territoires, gouvernance — General meeting, accounts 2025');
    expect(paragraphs(doc)).toContain(
      'Having heard the financial report, the general meeting resolves to charge the deficit of the year 2025, €25,559.42, to retained earnings, which go from €27,982.00 to €2,422.58. Provisional result: the proposed year-end entries, not yet reviewed, would change it by −€8,000.00.',
    );
  });
});
