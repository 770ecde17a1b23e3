import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NUMBER_FORMATS } from '../../shared/values/numbers';
import type { CellValue, NewSheet, Workbook } from '../../shared/sheets/ports';
import { UserError } from './errors';
import { XLSX_TIME_ZONE } from './cells';
import { newSheetXml } from './new-sheet';
import { damaged, WORKBOOK_PART, WORKBOOK_RELS, XlsxPackage, type SheetEntry } from './package';
import {
  addOverrides,
  addRelationships,
  addSheetsToWorkbook,
  CONTENT_TYPE,
  freeRelationshipIds,
  REL_TYPE,
  removeElements,
} from './package-edit';
import { SheetModel, type SheetWriting } from './sheet-edit';
import { MINIMAL_STYLES, StyleBook } from './styles-edit';
import { rebuildArchive, type ArchiveChanges } from './zip-write';

const CONTENT_TYPES = '[Content_Types].xml';
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
    if (!entry) throw new Error(`Feuille introuvable : ${name}`);
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
    this.sheet(name).deleteRows(rows);
  }

  addSheet(spec: NewSheet): void {
    if (this.sheetNames().includes(spec.name)) throw new Error(`La feuille ${spec.name} existe déjà`);
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
    const text = (part: string) => this.pkg.archive.text(part);
    const replaced = new Map<string, Buffer>();
    const added = new Map<string, Buffer>();
    const removed = new Set<string>();
    for (const [name, model] of this.models)
      if (model.changed && !this.added.some((a) => a.name === name)) {
        const entry = this.pkg.sheets.find((s) => s.name === name) as SheetEntry;
        replaced.set(entry.part, Buffer.from(model.text(), 'utf8'));
      }
    const newRels: { id: string; type: string; target: string }[] = [];
    const newTypes: { part: string; type: string }[] = [];
    const rels = this.pkg.archive.has(WORKBOOK_RELS) ? text(WORKBOOK_RELS) : null;
    if ((this.added.length > 0 || this.styleBook?.created) && rels === null)
      throw new UserError('file', `${this.pkg.shown} : relations du classeur absentes (${WORKBOOK_RELS}) : enregistrement impossible`);
    const ids = rels ? freeRelationshipIds(rels, this.added.length + 1) : [];
    if (this.styleBook?.changed) {
      const part = this.styleBook.created ? 'xl/styles.xml' : (this.pkg.partName('/styles', 'xl/styles.xml') as string);
      (this.styleBook.created ? added : replaced).set(part, Buffer.from(this.styleBook.text, 'utf8'));
      if (this.styleBook.created) {
        newRels.push({ id: ids[this.added.length], type: REL_TYPE.styles, target: 'styles.xml' });
        newTypes.push({ part, type: CONTENT_TYPE.styles });
      }
    }
    this.added.forEach((s, i) => {
      added.set(s.part, Buffer.from(s.model.text(), 'utf8'));
      newRels.push({ id: ids[i], type: REL_TYPE.worksheet, target: s.part.replace(/^xl\//, '') });
      newTypes.push({ part: s.part, type: CONTENT_TYPE.worksheet });
    });
    if (this.added.length > 0)
      replaced.set(
        WORKBOOK_PART,
        Buffer.from(
          addSheetsToWorkbook(
            text(WORKBOOK_PART),
            this.added.map((s, i) => ({ name: s.name, relId: ids[i] })),
          ),
          'utf8',
        ),
      );
    let relsNow = rels !== null && newRels.length > 0 ? addRelationships(rels, newRels) : rels;
    let typesNow = newTypes.length > 0 ? addOverrides(text(CONTENT_TYPES), newTypes) : null;
    // A formula overwritten or moved: Excel recomputes its calculation chain when the part is absent.
    const chain = this.pkg.partName(CALC_CHAIN_TYPE, 'xl/calcChain.xml');
    if (chain && [...this.models.values()].some((m) => m.formulasMoved)) {
      removed.add(chain);
      relsNow = relsNow && removeElements(relsNow, 'Relationship', (a) => (a.Type ?? '').endsWith(CALC_CHAIN_TYPE));
      typesNow = removeElements(typesNow ?? text(CONTENT_TYPES), 'Override', (a) => a.PartName === `/${chain}`);
    }
    if (relsNow !== rels && relsNow !== null) replaced.set(WORKBOOK_RELS, Buffer.from(relsNow, 'utf8'));
    if (typesNow !== null) replaced.set(CONTENT_TYPES, Buffer.from(typesNow, 'utf8'));
    return { replaced, added, removed };
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

  /** Writes next to the original, then renames over it: a crash never leaves half a workbook. */
  async save(): Promise<void> {
    const changes = this.changes();
    if (changes.replaced.size === 0 && changes.added.size === 0 && changes.removed.size === 0) return;
    const bytes = rebuildArchive(this.pkg.archive, this.pkg.shown, changes);
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    try {
      await this.writeTo(tmp, bytes);
      await chmod(tmp, (await stat(this.path)).mode);
      await rename(tmp, this.path);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    // The file on disk is now the reference: later writes start from it.
    this.pkg = await XlsxPackage.open(this.path);
    this.models = new Map();
    this.added = [];
    this.styleBook = null;
  }
}
