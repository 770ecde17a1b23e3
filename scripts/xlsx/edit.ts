import { constants } from 'node:fs';
import { access, chmod, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import { refusal } from '../../shared/i18n/refusal';
import type { CellValue, NewSheet, Workbook } from '../../shared/sheets/ports';
import { XLSX_TIME_ZONE } from './time-zone';
import { newSheetXml } from './new-sheet';
import { damaged, XlsxPackage, type SheetEntry } from './package';
import { CONTENT_TYPE, PackageEdit, REL_TYPE } from './package-edit';
import { namedRangeInto } from './row-shift';
import { SheetModel, type SheetWriting } from './sheet-edit';
import { MINIMAL_STYLES, StyleBook } from './styles-edit';
import { rebuildArchive, type ArchiveChanges } from './zip-write';
import { XmlError } from './xml';

const CALC_CHAIN_TYPE = '/calcChain';

/** A sheet added by this session: its name and the part it will be written to. */
interface AddedSheet extends SheetEntry {
  readonly model: SheetModel;
}

/**
 * The workbook open for writing, surgically: a sheet is read only when asked for, and `save()`
 * writes again only the sheets that changed (and the package parts a new sheet or style needs);
 * every other part of the file — other sheets, charts, images, pivot tables — is copied byte for
 * byte without being read. The file is replaced only once the new one is complete.
 */
export class XlsxEditable implements Workbook {
  readonly timeZone = XLSX_TIME_ZONE;
  private models = new Map<string, SheetModel>();
  private added: AddedSheet[] = [];
  private styleBook: StyleBook | null = null;
  private readonly writing: SheetWriting;

  private constructor(
    private pkg: XlsxPackage,
    readonly path: string,
  ) {
    this.writing = {
      date1904: pkg.context.date1904,
      dateFormat: NUMBER_FORMATS.date,
      styles: () => this.styles(),
    };
  }

  static async open(path: string): Promise<XlsxEditable> {
    return new XlsxEditable(await XlsxPackage.open(path), path);
  }

  sheetNames(): string[] {
    return [...this.pkg.sheets.map((s) => s.name), ...this.added.map((s) => s.name)];
  }

  private sheet(name: string): SheetModel {
    const known = this.models.get(name);
    if (known) return known;
    const entry = this.pkg.sheets.find((s) => s.name === name);
    if (!entry) throw refusal('sheetGone', name);
    const model = this.model(entry, this.pkg.archive.text(entry.part));
    this.models.set(name, model);
    return model;
  }

  private model(entry: SheetEntry, xml: string): SheetModel {
    return new SheetModel(entry.name, xml, (text, onRow) => this.pkg.readSheet(entry, text, onRow), this.writing);
  }

  private styles(): StyleBook {
    if (!this.styleBook) {
      const part = this.pkg.partName('/styles', 'xl/styles.xml');
      try {
        this.styleBook = part ? new StyleBook(this.pkg.archive.text(part), false) : new StyleBook(MINIMAL_STYLES, true);
      } catch (e) {
        throw damaged(this.pkg.shown, e);
      }
    }
    return this.styleBook;
  }

  readSheet(name: string): CellValue[][] {
    return this.sheet(name).values();
  }

  readRow(name: string, row: number, width: number): CellValue[] {
    return this.sheet(name).row(row, width);
  }

  writeBlock(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    this.sheet(name).write(row, column, values);
  }

  appendRows(name: string, values: readonly (readonly CellValue[])[]): number {
    const sheet = this.sheet(name);
    const first = sheet.lastRow() + 1;
    sheet.write(first, 1, values);
    return first;
  }

  deleteRows(name: string, rows: readonly number[]): void {
    const sheet = this.sheet(name);
    const named = rows.length > 0 ? namedRangeInto(this.pkg.workbookXml, name, Math.min(...rows)) : null;
    if (named) throw refusal('xlsxRowsNotShifted', name, named.what, named.row);
    sheet.deleteRows(rows);
  }

  addSheet(spec: NewSheet): void {
    if (this.sheetNames().includes(spec.name)) throw refusal('xlsxSheetExists', spec.name);
    const taken = new Set([...this.pkg.archive.entries.keys(), ...this.added.map((s) => s.part)]);
    let k = this.pkg.sheets.length + this.added.length + 1;
    while (taken.has(`xl/worksheets/sheet${k}.xml`)) k++;
    const entry = { name: spec.name, part: `xl/worksheets/sheet${k}.xml` };
    const model = this.model(entry, newSheetXml(spec, this.styles()));
    model.changed = true;
    this.added.push({ ...entry, model });
    this.models.set(spec.name, model);
    if (spec.rows && spec.rows.length > 0) model.write(2, 1, spec.rows);
  }

  /** What the new file changes, adds and removes. */
  private changes(): ArchiveChanges {
    const archive = this.pkg.archive;
    const edit = new PackageEdit((part) => (archive.has(part) ? archive.text(part) : null), this.pkg.shown);
    const isNew = (name: string) => this.added.some((a) => a.name === name);
    for (const entry of this.pkg.sheets) {
      const model = this.models.get(entry.name);
      if (model?.changed && !isNew(entry.name)) edit.replace(entry.part, model.text());
    }
    const styles = this.styleBook;
    if (styles?.created) edit.add('xl/styles.xml', styles.text, REL_TYPE.styles, CONTENT_TYPE.styles);
    else if (styles?.changed) edit.replace(this.pkg.partName('/styles', 'xl/styles.xml') as string, styles.text);
    edit.addSheets(this.added.map((s) => ({ name: s.name, part: s.part, text: s.model.text() })));
    // A formula overwritten or moved: Excel recomputes its calculation chain when the part is absent.
    const chain = this.pkg.partName(CALC_CHAIN_TYPE, 'xl/calcChain.xml');
    if (chain && [...this.models.values()].some((m) => m.formulasMoved)) edit.remove(chain, CALC_CHAIN_TYPE);
    return edit.result();
  }

  /**
   * The file a save replaces: the workbook's real path (through any symbolic link), refused when
   * read-only — by its permissions, or by its mode bits, which even an administrator's save respects.
   */
  async writableTarget(): Promise<string> {
    const real = await realpath(this.path);
    const mode = (await stat(real)).mode;
    const writable = await access(real, constants.W_OK).then(
      () => true,
      () => false,
    );
    if (!writable || (mode & 0o222) === 0) throw refusal('xlsxReadOnly', this.pkg.shown);
    return real;
  }

  /** Writes the new file (tests replace this to simulate a crash halfway). */
  private async writeTo(file: string, bytes: Buffer): Promise<void> {
    const fh = await open(file, 'w');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  /**
   * Writes next to the original, then renames over it: a crash never leaves half a workbook. A
   * symbolic link is followed (the real file is replaced, the link stays), and a file the user
   * may not write is refused before anything is written.
   */
  async save(): Promise<void> {
    let changes: ArchiveChanges;
    try {
      changes = this.changes();
    } catch (e) {
      // A workbook part without the element a new sheet goes in (`<sheets>`…): the file is damaged.
      throw e instanceof XmlError ? damaged(this.pkg.shown, e) : e;
    }
    if (changes.replaced.size === 0 && changes.added.size === 0 && changes.removed.size === 0) return;
    const real = await this.writableTarget();
    const bytes = rebuildArchive(this.pkg.archive, this.pkg.shown, changes);
    const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
    try {
      await this.writeTo(tmp, bytes);
      await chmod(tmp, (await stat(real)).mode);
      await rename(tmp, real);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      if (['EACCES', 'EPERM', 'EROFS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw refusal('xlsxReadOnly', this.pkg.shown);
      throw e;
    }
    // The file on disk is now the reference: later writes start from it.
    this.pkg = await XlsxPackage.open(this.path);
    this.models = new Map();
    this.added = [];
    this.styleBook = null;
  }
}
