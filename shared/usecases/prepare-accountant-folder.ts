/**
 * rpc prepareAccountantFolder: the year's pack (shared/exports) written into
 * `<Association> — Expert-comptable/<année>/`, with the ledger also as a spreadsheet and a
 * shortcut to the year's annual report when it exists (the report Doc itself shared with the
 * accountant as commenter, since a shortcut inherits nothing), shared with the accountant only, and
 * noted in Mémoire. Under the lock: two clicks at once never make two folders or two notes.
 */
import { toSheetCsv } from '../exports/csv';
import { buildAccountantPack, type AccountantPack } from '../exports/pack';
import { catalogue } from '../i18n/catalogue';
import { refusal } from '../i18n/refusal';
import { readWorkbook } from '../sheets/parsed-workbook';
import { parseYearArg } from './args';
import { associationFolder, associationName, ensureFolder } from './folders';
import { KEYS } from './keys';
import type { Ports, StoredFile } from './ports';
import type { AccountantResult } from './rpc';

type Named = StoredFile & { readonly name: string };

function writePack(p: Ports, pack: AccountantPack, folder: string, ledgerSheet: string): Named[] {
  const files: Named[] = pack.files.map((f) => ({ name: f.name, ...p.files.upsertFile(folder, f) }));
  const ledger = pack.files.find((f) => f.name.startsWith('grand-livre-'));
  if (ledger) {
    // Drive converts a comma-separated, dot-decimal CSV; the pack's own CSV (`;`, decimal comma) is for Excel.
    const content = ledger.table ? toSheetCsv(ledger.table) : ledger.content;
    const sheet = { name: ledgerSheet, mimeType: 'text/csv', content, asSheet: true };
    files.push({ name: ledgerSheet, ...p.files.upsertFile(folder, sheet) });
  }
  return files;
}

function prepare(p: Ports, year: number): AccountantResult {
  const book = readWorkbook(p.workbook);
  const email = book.settings.accountantEmail;
  if (!email) throw refusal('accountantEmailMissing');
  const known = p.requests.get(KEYS.report(year));
  const report = known && p.files.exists(known) ? known : null;
  const sentOn = p.clock.today();
  const pack = buildAccountantPack(book, year, { today: sentOn, reportReady: report !== null });
  const text = catalogue(book.settings.language).server;
  const name = associationName(p, book.settings);
  const root = ensureFolder(p, text.accountantFolder(name), associationFolder(p, book.settings), KEYS.accountantRoot);
  const folder = ensureFolder(p, String(year), root, KEYS.accountantYear(year));
  const files = writePack(p, pack, folder, text.ledgerSheet(year));
  if (report) {
    // A shortcut inherits nothing: the report Doc itself is shared with the accountant (commenter) so
    // that the shortcut opens (docs/architecture.md, "The report Doc").
    p.files.shortcut(folder, text.reportShortcut(year), report);
    p.documents.shareForComments(report, email);
  }
  p.files.shareOnlyWith(root, email, text.shareMessage(name, year));
  p.requests.set(KEYS.accountantSent(year), sentOn);
  const folderUrl = p.files.folderUrl(folder);
  const notedInMemory = p.notes.add({
    date: sentOn,
    title: text.accountantNoteTitle(year),
    description: text.accountantNoteText(files.length, email),
    link: folderUrl,
  });
  return { year, folderUrl, sharedWith: email, files, checklist: pack.checklist, sentOn, notedInMemory };
}

export function prepareAccountantFolder(p: Ports, year: unknown): AccountantResult {
  const valid = parseYearArg(year);
  return p.lock.withLock(() => prepare(p, valid));
}
