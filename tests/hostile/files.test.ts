/**
 * Hostile workbook files (issue 10): each payload is built here in code, written to disk, and
 * given to every command that opens a workbook. A refusal is exit code 2 and one French line,
 * in bounded time and memory, the file byte-identical afterwards (init included: it refuses
 * before writing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeZip } from '../helpers/zip';
import { Refusal } from '../../shared/i18n/refusal';
import { writeWorkbookFile } from '../../scripts/xlsx/write';
import { corpusDir, DEMO, expectRefusal, fingerprint, printCount, run, tryPayload, type Bounds } from './harness';
import { JOURNAL_HEADER, looseText, MAIN, rawXlsx, textCell } from './payloads';

const dir = corpusDir();
const out = join(dir, 'out');
printCount('files');

/** The commands that open a workbook, each as a user would type it. */
const COMMANDS: readonly (readonly string[])[] = [['check'], ['overview'], ['export', '--out', out], ['report', '--out', out], ['init']];

/** Every command on `file` refuses it with `message`; the file is unchanged. */
function refusedByEveryCommand(file: string, message: RegExp, bounds: Bounds = {}, commands = COMMANDS): void {
  tryPayload();
  const before = fingerprint(file);
  const said = new Set<string>();
  for (const command of commands) {
    const r = run([...command, '--workbook', file]);
    said.add(r.stderr);
    try {
      expectRefusal(r, message, bounds);
    } catch (e) {
      throw new Error(`citego ${command[0]}: ${(e as Error).message}\n${r.stderr}`);
    }
    expect(fingerprint(file)).toBe(before);
  }
  // The same sentence from every command, init included.
  expect([...said]).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
}

function payload(name: string, bytes: Buffer | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('a file that is no workbook, or a broken one', () => {
  it('a missing file (init creates it, unless its folder is missing too)', () => {
    const reading = COMMANDS.filter((c) => c[0] !== 'init');
    refusedByEveryCommand(join(dir, 'absent.xlsx'), /^citego : Fichier introuvable : absent\.xlsx$/, {}, reading);
    const nowhere = join(dir, 'pas-de-dossier', 'neuf.xlsx');
    expectRefusal(
      run(['init', '--workbook', nowhere]),
      /^citego : Impossible d'écrire neuf\.xlsx \(son dossier n’existe pas\) : rien n'a été écrit$/,
    );
    expect(existsSync(nowhere)).toBe(false);
  });

  it('a folder', () => refusedByEveryCommand(dir, /est un dossier, pas un classeur \.xlsx$/));

  it('an empty file', () => refusedByEveryCommand(payload('vide.xlsx', ''), /vide\.xlsx n'est pas un classeur \.xlsx/));

  it('a .csv renamed .xlsx', () =>
    refusedByEveryCommand(
      payload('export.xlsx', 'Date;Libellé;Montant\n15/03/2025;Cotisation;30\n'),
      /export\.xlsx n'est pas un classeur \.xlsx/,
    ));

  it('a .docx renamed .xlsx', () =>
    refusedByEveryCommand(
      payload('lettre.xlsx', makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])),
      /lettre\.xlsx n'est pas un classeur \.xlsx \(pas de xl\/workbook\.xml/,
    ));

  it('a truncated .xlsx (the demo cut in half)', () => {
    const bytes = readFileSync(DEMO);
    refusedByEveryCommand(payload('tronque.xlsx', bytes.subarray(0, bytes.length >> 1)), /tronque\.xlsx est tronqué ou endommagé/);
  });

  it('a password-protected entry', () => {
    const zip = rawXlsx([{ name: 'Journal', rows: JOURNAL_HEADER }]);
    zip.writeUInt16LE(1, zip.lastIndexOf(Buffer.from('xl/workbook.xml')) - 46 + 8); // central flags: encrypted
    refusedByEveryCommand(payload('secret.xlsx', zip), /secret\.xlsx est protégé par un mot de passe/);
  });

  it('a broken XML part names the broken tag', () =>
    refusedByEveryCommand(
      payload('casse.xlsx', rawXlsx([], { workbookXml: '<workbook><sheets><sheet name="Journal"/>' })),
      /casse\.xlsx est endommagé ou n'est pas un classeur \.xlsx lisible \(<sheets> sans <\/sheets>\)$/,
    ));
});

describe('archives made to fill the memory or the disk', () => {
  it('a zip bomb: a sheet that inflates a thousand times', () =>
    refusedByEveryCommand(
      payload(
        'bombe.xlsx',
        rawXlsx([{ name: 'Journal', rows: '' }], {
          extra: [{ name: 'xl/worksheets/sheet9.xml', data: Buffer.alloc(60 * 1024 * 1024, 0x20) }],
        }),
      ),
      /bombe\.xlsx est refusé : « xl\/worksheets\/sheet9\.xml » se décompresse \d+ fois/,
    ));

  it('an archive that declares gigabytes once inflated', () =>
    refusedByEveryCommand(
      payload(
        'enorme.xlsx',
        makeZip([
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'.repeat(200)), declaredSize: 4_000_000_000 },
        ]),
      ),
      /enorme\.xlsx est refusé/,
    ));
});

describe('sheets that claim what they do not hold (issue 10 #2)', () => {
  it('a row numbered in the millions', () =>
    refusedByEveryCommand(
      payload(
        'millions.xlsx',
        rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="3000000">${textCell('A3000000', 'x')}</row>` }]),
      ),
      /millions\.xlsx : la feuille « Journal » a une ligne n° 3\s000\s000 ; au-delà de 200\s000 lignes le classeur est refusé$/,
    ));

  it('a tiny file whose sheets each claim a far cell and a far row: refused without filling the memory', async () => {
    const f = join(dir, 'far-cells.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const name of ['Journal', 'Budget', 'Partenaires', 'Conventions']) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = 'Date';
      ws.getCell(1, 500).value = 'loin';
      ws.getCell('A199999').value = 'x';
    }
    await wb.xlsx.writeFile(f);
    // Each sheet is 199 999 rows × 500 columns once padded: 100 million cells, several gigabytes.
    refusedByEveryCommand(
      f,
      /la feuille « Journal » s'étend sur 199\s999 lignes × 500 colonnes ; au-delà de 5\s000\s000 cellules par feuille le classeur est refusé/,
      { mb: 600 },
    );
  });

  it('a cell in column 16 384', () =>
    refusedByEveryCommand(
      payload('colonnes.xlsx', rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2">${textCell('XFD2', 'loin')}</row>` }])),
      /colonnes\.xlsx : la feuille « Journal » a plus de 500 colonnes/,
    ));

  it('one shared string of 80 million characters: refused naming the cell, before it is decoded', () => {
    const strings = `<sst xmlns="${MAIN}"><si><t>Cotisation</t></si><si><t>${looseText(80_000_000)}</t></si></sst>`;
    const rows = `${JOURNAL_HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>`;
    refusedByEveryCommand(
      payload('chaine.xlsx', rawXlsx([{ name: 'Journal', rows }], { sharedStrings: strings })),
      /chaine\.xlsx : la cellule Journal!C2 contient un texte de plus de 50\s000 caractères, la limite d'une cellule de Google Sheets ; le classeur est refusé$/,
      { mb: 450 },
    );
  });

  it('one inline string of 9 million characters', () =>
    refusedByEveryCommand(
      payload(
        'inline.xlsx',
        rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2">${textCell('C2', 'x'.repeat(9_000_000))}</row>` }]),
      ),
      /inline\.xlsx : la cellule Journal!C2 contient un texte de plus de 50\s000 caractères/,
    ));

  it('a number of 9 million digits, and a formula result of 60 001 characters', () => {
    refusedByEveryCommand(
      payload(
        'chiffres.xlsx',
        rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="7"><c r="E7"><v>${'9'.repeat(9_000_000)}x</v></c></row>` }]),
      ),
      /chiffres\.xlsx : la cellule Journal!E7 contient un texte de plus de 50\s000 caractères/,
    );
    refusedByEveryCommand(
      payload(
        'formule.xlsx',
        rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="3"><c t="str"><f>A1</f><v>${'é'.repeat(60_001)}</v></c></row>` }]),
      ),
      /formule\.xlsx : la cellule Journal!A3 contient un texte de plus de 50\s000 caractères/,
    );
  });
});

describe('XML that grows with the square of its size (issue 10 #1): refused in linear time', () => {
  const quick = { ms: 10_000 };
  it('a sheet of 40 000 unclosed cells', () =>
    refusedByEveryCommand(
      payload('balises.xlsx', rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2">${'<c r="A2"><v>1'.repeat(40_000)}` }])),
      /balises\.xlsx est endommagé ou n'est pas un classeur \.xlsx lisible/,
      quick,
    ));

  it('shared strings of 40 000 unclosed items', () =>
    refusedByEveryCommand(
      payload(
        'si.xlsx',
        rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2"><c r="C2" t="s"><v>39999</v></c></row>` }], {
          sharedStrings: `<sst xmlns="${MAIN}">${'<si><t>a'.repeat(40_000)}`,
        }),
      ),
      /si\.xlsx est endommagé ou n'est pas un classeur \.xlsx lisible/,
      quick,
    ));

  it('40 000 unclosed comments and rows', () =>
    refusedByEveryCommand(
      payload('commentaires.xlsx', rawXlsx([{ name: 'Journal', rows: `${JOURNAL_HEADER}${'<row><!-- <row>'.repeat(40_000)}` }])),
      /commentaires\.xlsx est endommagé ou n'est pas un classeur \.xlsx lisible/,
      quick,
    ));
});

describe('two sheets whose names differ only by case (issue 10 #4)', () => {
  it('an empty JOURNAL before the real Journal: refused naming the sheet, never read one and ignored the other', () =>
    refusedByEveryCommand(
      payload(
        'deux-journaux.xlsx',
        rawXlsx([
          { name: 'JOURNAL', rows: '' },
          { name: 'Journal', rows: `${JOURNAL_HEADER}<row r="2">${textCell('C2', 'Cotisation')}</row>` },
        ]),
      ),
      /deux-journaux\.xlsx : deux feuilles portent le nom « Journal »/,
    ));
});

describe('init on a new file: whatever exceljs refuses reaches the user as one sentence of ours', () => {
  async function failure(file: string, sheets: Parameters<typeof writeWorkbookFile>[1]): Promise<Refusal> {
    tryPayload();
    const failed = await writeWorkbookFile(file, sheets).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(Refusal);
    expect(existsSync(file)).toBe(false);
    return failed as Refusal;
  }

  it('a row exceljs refuses ("out of bounds", in English)', async () => {
    const header = Array.from({ length: 16_385 }, (_, i) => `c${i}`);
    const failed = await failure(join(dir, 'large.xlsx'), [{ name: 'Journal', header, rows: [] }]);
    expect(failed.text('fr')).toBe("Impossible d'écrire large.xlsx (erreur d’écriture) : rien n'a été écrit");
    expect(failed.text('en')).toBe('Cannot write large.xlsx (write error): nothing was written');
  });

  it('a folder that does not exist', async () => {
    const failed = await failure(join(dir, 'nulle-part', 'neuf.xlsx'), [{ name: 'Paramètres', header: ['Paramètre', 'Valeur'], rows: [] }]);
    expect(failed.text('fr')).toBe("Impossible d'écrire neuf.xlsx (son dossier n’existe pas) : rien n'a été écrit");
  });
});
