/**
 * The sidebars' server calls, offline: the same shared use cases as apps-script/index.ts,
 * wired to the .xlsx (written back atomically after a change) and to folders on disk.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBook } from '../../shared/sheets/book';
import { lastClosedYear } from '../../shared/ledger/fiscal-years';
import { runChecks } from '../../shared/checks';
import { conventionForm, saveConvention } from '../../shared/conventions/save';
import { dateInTimeZone, type IsoDate } from '../../shared/values/dates';
import { buildAccountantPack } from '../../shared/exports/pack';
import { cellReference } from '../../shared/sheets/findings';
import { isLang, type Lang } from '../../shared/i18n/lang';
import { buildOverview } from '../../shared/sheets/overview';
import { buildAnnualReport } from '../../shared/reports/annual/build';
import { Refusal } from '../../shared/i18n/refusal';
import { parseCellTarget, parseEmail, parseYearArg } from '../../shared/usecases/args';
import { writeSetting } from '../../shared/sheets/settings/write';
import { XlsxEditable } from '../xlsx/edit';
import { DiskFolders, fileProperties, processLock } from './local-ports';
import type { Dispatch } from '../bridge/server';
import { accountantView, reportView } from '../../shared/usecases/views';

const today = () => dateInTimeZone(new Date(), 'Europe/Paris') as IsoDate;
const lang = (v: unknown): Lang => (isLang(v) ? v : 'fr');

export function localDispatch(workbookPath: string): Dispatch {
  const folders = DiskFolders.nextTo(workbookPath);
  const requests = fileProperties(workbookPath);
  const lock = processLock();
  let queue: Promise<unknown> = Promise.resolve();

  async function handle(name: string, args: unknown[]): Promise<unknown> {
    const wb = await XlsxEditable.open(workbookPath);
    const changed = async <T>(value: T): Promise<T> => {
      await wb.save();
      await folders.flush();
      return value;
    };
    switch (name) {
      case 'getOverview':
        return buildOverview(readBook(wb, lang(args[0])));
      case 'runCheck': {
        const book = readBook(wb, lang(args[0]));
        const r = runChecks(book, { year: null, today: today(), lang: lang(args[0]) });
        return { associationName: book.settings.associationName, counts: r.counts, findings: r.findings };
      }
      case 'selectCell': {
        const t = parseCellTarget(args[0]);
        return { selected: cellReference({ sheet: t.sheet, row: t.row, columnIndex: t.column ?? undefined }).replace(/^.*!/, '') };
      }
      case 'getConventionForm':
        return conventionForm(wb, typeof args[0] === 'string' ? args[0] : null);
      case 'saveConvention': {
        const r = saveConvention({ workbook: wb, lock, requests, folders, today: today() }, args[0]);
        return r.ok ? changed(r) : r;
      }
      case 'previewAnnualReport':
        return reportView(readBook(wb, lang(args[1])), parseYearArg(args[0], true), today(), () => null);
      case 'generateAnnualReport': {
        const l = lang(args[1]);
        const book = readBook(wb, l);
        const y = parseYearArg(args[0], true) ?? lastClosedYear(book, today());
        let doc;
        try {
          doc = buildAnnualReport(book, y, { lang: l, generatedOn: today() });
        } catch (e) {
          throw new Error(e instanceof Refusal ? e.text(l) : String(e));
        }
        const dir = folders.folder('Rapports annuels');
        const file = join(dir, `${l === 'en' ? 'annual-report' : 'rapport-annuel'}-${y}.docx`);
        await folders.write(file, doc);
        return { year: y, url: pathToFileURL(file).href, title: doc.title, folderUrl: pathToFileURL(dir).href };
      }
      case 'getAccountantStatus':
        return accountantView(readBook(wb), parseYearArg(args[0], true), today(), (y) => ({
          folderUrl: null,
          lastSent: requests.get(`accountantSent:${y}`),
          reportReady: undefined,
        }));
      case 'setAccountantEmail': {
        const email = parseEmail(args[0]);
        lock.withLock(() => writeSetting(wb, 'accountantEmail', email));
        return changed({ email });
      }
      case 'prepareAccountantFolder': {
        const book = readBook(wb);
        const y = parseYearArg(args[0]);
        if (!book.settings.accountantEmail) throw new Error("Renseignez d'abord l'e-mail de l'expert-comptable.");
        let pack;
        try {
          pack = buildAccountantPack(book, y, {});
        } catch (e) {
          throw new Error(e instanceof Refusal ? e.message : String(e));
        }
        const dir = folders.folder('Expert-comptable', String(y));
        const files = pack.files.map((f) => {
          const file = join(dir, f.name);
          writeFileSync(file, f.content);
          return { name: f.name, id: f.name, url: pathToFileURL(file).href };
        });
        requests.set(`accountantSent:${y}`, today());
        return {
          year: y,
          folderUrl: pathToFileURL(dir).href,
          sharedWith: `${book.settings.accountantEmail} (hors ligne : non partagé)`,
          files,
          checklist: pack.checklist,
          sentOn: today(),
          notedInMemory: false,
        };
      }
      default:
        throw new Error(`Script function not found: ${name}`);
    }
  }

  // Calls run one after the other, like executions taking the document lock.
  return (name, args) => {
    const run = queue.then(() => handle(name, args));
    queue = run.catch(() => undefined);
    return run;
  };
}
