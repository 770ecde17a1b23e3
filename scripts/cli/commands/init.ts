import { existsSync } from 'node:fs';
import { installSheets } from '../../../shared/sheets/install';
import { UserError } from '../../xlsx/errors';
import { XlsxEditable } from '../../xlsx/edit';
import { writeWorkbookFile } from '../../xlsx/write';
import { paint, type Io } from '../io';
import { resolve } from 'node:path';

/** `citego init --workbook FILE`: "Installer / réparer les feuilles" on an .xlsx (created if absent). */
export async function initCommand(io: Io, opts: { workbook?: string }): Promise<number> {
  if (!opts.workbook) {
    throw new UserError(
      'usage',
      io.lang === 'en'
        ? 'init needs --workbook FILE: the demo workbook is never modified.'
        : 'init demande --workbook FICHIER : le classeur de démonstration n’est jamais modifié.',
    );
  }
  const path = resolve(opts.workbook);
  if (!existsSync(path)) {
    if (!path.toLowerCase().endsWith('.xlsx')) throw new UserError('usage', `Le nouveau classeur doit finir par .xlsx : ${opts.workbook}`);
    await writeWorkbookFile(path, [{ name: 'Paramètres', header: ['Paramètre', 'Valeur'], rows: [] }]);
    // The settings sheet written just above is then completed by the same use case as in Sheets.
  }
  const book = await XlsxEditable.open(path);
  const report = installSheets(book, new Date().getFullYear());
  const changed = report.created.length > 0 || report.numbered.length > 0;
  if (changed) await book.save();
  const fr = io.lang !== 'en';
  if (report.created.length > 0) io.out(`${fr ? 'Feuilles créées' : 'Sheets created'} : ${report.created.join(', ')}`);
  for (const n of report.numbered)
    io.out(
      fr
        ? `Colonne « ${n.column} » ajoutée à ${n.sheet} (${n.rows} lignes numérotées)`
        : `Column "${n.column}" added to ${n.sheet} (${n.rows} rows numbered)`,
    );
  if (!changed)
    io.out(
      paint(
        io,
        'green',
        fr ? 'Toutes les feuilles sont déjà en place : rien n’a été modifié.' : 'Every sheet is in place: nothing changed.',
      ),
    );
  return 0;
}
