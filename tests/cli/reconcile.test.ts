import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookBankLines } from '../../shared/bank/book-lines';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { readXlsx } from '../../scripts/xlsx/read';
import { citego, ROOT } from '../helpers/cli';
import { frAmount } from '../unit/bank-fixture';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'citego-bank-'));
const file = join(dir, 'asso.xlsx');
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The demo's bank lines of the first quarter as the bank exports them, in Windows-1252, plus its fees. */
async function quarterCsv(): Promise<{ bytes: Buffer; cleared: number }> {
  const book = readWorkbook(await readXlsx(DEMO));
  const q1 = bookBankLines(book, 2025).lines.filter((l) => l.date <= '2025-03-31');
  const lines = [
    'Relevé de compte — Crédit Coopératif;;;',
    'Période : du 01/01/2025 au 31/03/2025;;;',
    'Date;Libellé;Débit euros;Crédit euros',
    ...q1.map(
      (l) =>
        `${fr(l.date)};"${l.label.toUpperCase()}";${l.amount < 0 ? frAmount(-l.amount) : ''};${l.amount > 0 ? frAmount(l.amount) : ''}`,
    ),
    '31/01/2025;FRAIS TENUE DE COMPTE;12,50;',
    '28/02/2025;COTISATION CARTE ASSOCIATION;45,00;',
    '31/03/2025;INTÉRÊTS CRÉDITEURS;;3,10',
  ];
  return { bytes: Buffer.from(lines.join('\r\n'), 'latin1'), cleared: q1.length };
}

describe('citego reconcile on a copy of the demo', () => {
  let cleared = 0;
  beforeAll(async () => {
    copyFileSync(DEMO, file);
    const csv = await quarterCsv();
    cleared = csv.cleared;
    writeFileSync(join(dir, 'releve.csv'), csv.bytes);
  });

  it('imports the bank’s Windows-1252 CSV, ticks the quarter and lists the fees and interest with an entry proposed', () => {
    const r = citego(['reconcile', '--workbook', file, '--import', join(dir, 'releve.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`releve.csv : ${cleared + 3} lignes lues, ${cleared + 3} ajoutées à Relevés, 0 déjà présente.`);
    expect(r.stdout).toContain(
      `${cleared} lignes du relevé rapprochées sur ${cleared + 3} (${cleared} pointées maintenant dans Relevés › Pointé).`,
    );
    expect(r.stdout).toMatch(
      /\[\d+\] 31\/01\/2025 +-12,50\u202f€ {2}FRAIS TENUE DE COMPTE → compte 627 \(Services bancaires et assimilés\), pièce RB-20250131-1250/,
    );
    expect(r.stdout).toMatch(/\[\d+\] 31\/03\/2025 +3,10\u202f€ {2}INTÉRÊTS CRÉDITEURS → compte 768/);
    expect(r.stdout).toContain('Au relevé, pas au Journal (3)');
    expect(r.stdout).toContain('Le relevé n’a pas de colonne Solde');
  });

  it('changes nothing when run again with the same file', () => {
    const before = readFileSync(file);
    const r = citego(['reconcile', '--workbook', file, '--import', join(dir, 'releve.csv')]);
    expect(r.stdout).toContain(`0 ajoutée à Relevés, ${cleared + 3} déjà présentes.`);
    expect(r.stdout).toContain('(0 pointée maintenant');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('adds the accepted proposals to the Journal, once', () => {
    const row = /\[(\d+)\] 31\/01\/2025/.exec(citego(['reconcile', '--workbook', file]).stdout)?.[1];
    const accepted = citego(['reconcile', '--workbook', file, '--accept', String(row)]);
    expect(accepted.stdout).toContain(`Relevés!${row} : ligne ajoutée au Journal et pointée.`);
    expect(accepted.stdout).toContain('Écritures proposées (2)');
    const again = citego(['reconcile', '--workbook', file, '--accept', String(row)]);
    expect(again.stdout).toContain(`Relevés!${row} : aucune proposition pour cette ligne (déjà rapprochée ?) ; rien n’a été ajouté.`);
    expect(again.stdout).toContain('Écritures proposées (2)');
  });

  it('says in one line what is wrong with a bad file or --accept, and never writes the demo', () => {
    writeFileSync(join(dir, 'bad.csv'), 'Date;Libellé;Montant\n01/03/2025;A;-1,00\n32/03/2025;B;2,00\n');
    const bad = citego(['reconcile', '--workbook', file, '--import', join(dir, 'bad.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'citego : Fichier de la banque, ligne 3 : « 32/03/2025 » n’est pas une date (ex. 15/03/2025) ; rien n’a été importé. Corrigez la ligne\n',
    );
    expect(citego(['reconcile', '--workbook', file, '--accept', 'x', '--lang', 'en']).stderr).toContain('--accept x: give the Relevés row');
    const demoBefore = readFileSync(DEMO);
    const demo = citego(['reconcile', '--import', join(dir, 'releve.csv')]);
    expect(demo.code).toBe(0);
    expect(demo.stderr).toContain('Démonstration : rien n’est écrit dans la démo');
    expect(readFileSync(DEMO).equals(demoBefore)).toBe(true);
  });

  it('refuses a pipe, a device or a file too large in one line, before reading it, and writes nothing', () => {
    const before = readFileSync(file);
    const fifo = join(dir, 'tube.csv');
    execFileSync('mkfifo', [fifo]);
    const huge = join(dir, 'enorme.csv');
    writeFileSync(huge, 'Date;Libellé;Montant\n');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: 3 GB in name only
    const said = (csv: string) => {
      const r = citego(['reconcile', '--workbook', file, '--import', csv]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    const notAFile = (f: string) =>
      `citego : ${f} n'est pas un fichier ordinaire (un tube, un dossier ou un périphérique ?) : choisissez le fichier CSV exporté par la banque\n`;
    expect(said(fifo)).toBe(notAFile(fifo));
    expect(said('/dev/zero')).toBe(notAFile('/dev/zero'));
    expect(said(huge)).toBe(
      'citego : Le relevé dépasse 4\u202f000\u202f000 caractères : importez-le en plusieurs fois (un fichier par mois, par exemple)\n',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
