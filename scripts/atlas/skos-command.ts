/**
 * `citego atlas --skos FILE.ttl` and `citego atlas --import FILE.ttl [--write]`: the atlas written as
 * SKOS, or a SKOS file read, its changes to Atlas and Relations shown, then written with --write
 * (the .xlsx rewritten surgically, once, after every change is made in memory).
 */
import { atlasData } from '../../shared/atlas/skos-atlas';
import { applySkosImport } from '../../shared/atlas/skos-apply';
import { workbookToSkos } from '../../shared/atlas/skos-export';
import { planIsEmpty, planSkosImport, type SkosImportPlan } from '../../shared/atlas/skos-import';
import { parseSkos } from '../../shared/atlas/skos-parse';
import { catalogue } from '../../shared/i18n/catalogue';
import { refusal } from '../../shared/i18n/refusal';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { paint, shownPath, workbookPath, type Io } from '../cli/io';
import { lockWorkbook } from '../workbook-lock';
import { XlsxEditable } from '../xlsx/edit';
import { readXlsx } from '../xlsx/read';
import { readSource, type SourceOptions } from '../cli/source';
import { readSkosFile, writeSkosFile } from './skos-files';

export async function exportSkos(io: Io, from: SourceOptions, file: string): Promise<number> {
  const t = catalogue(io.lang).skos;
  const done = workbookToSkos(readWorkbook((await readSource(io, from)).reader, io.lang));
  const path = await writeSkosFile(file, done.turtle);
  io.out(paint(io, 'green', t.exported(shownPath(path), done.concepts, done.relations)));
  if (done.skipped.length > 0) {
    io.out(paint(io, 'yellow', t.skipped(done.skipped.length)));
    for (const r of done.skipped) io.out(t.skippedLine(r.from, t.relation(r.relation), r.to, t.where(r.at.sheet, r.at.row)));
  }
  return 0;
}

function printPlan(io: Io, plan: SkosImportPlan): void {
  const t = catalogue(io.lang).skos;
  const section = <T>(items: readonly T[], title: (n: number) => string, line: (item: T) => string) => {
    if (items.length === 0) return;
    io.out(paint(io, 'bold', title(items.length)));
    for (const item of items) io.out(line(item));
  };
  if (planIsEmpty(plan)) io.out(t.nothing());
  section(plan.newTerms, t.newTerms, (x) => t.newTerm(x.term, x.domain, x.english));
  section(plan.changes, t.changes, (c) => t.change(c.term, c.row, c.field, c.before, c.after));
  section(plan.newRelations, t.newRelations, (r) => t.newRelation(r.from, t.relation(r.relation), r.to));
  section(plan.removedRelations, t.removedRelations, (r) =>
    t.removedRelation(r.from, t.relation(r.relation), r.to, t.where(r.at.sheet, r.at.row)),
  );
  if (plan.absentTerms.length > 0) io.out(paint(io, 'dim', t.absent(plan.absentTerms.length)));
}

export async function importSkos(io: Io, workbook: string | undefined, file: string, write: boolean): Promise<number> {
  const t = catalogue(io.lang).skos;
  const { path, isDemo } = workbookPath(workbook);
  if (write && isDemo) throw refusal('cliAtlasNeedsWorkbook');
  // The file is read and checked whole before the workbook is opened, let alone locked.
  const skos = parseSkos(await readSkosFile(file));
  io.out(paint(io, 'bold', t.previewTitle(file)));
  if (!write) {
    printPlan(io, planSkosImport(atlasData(readWorkbook(await readXlsx(path), io.lang)), skos));
    io.out('');
    io.out(t.writeHint());
    return 0;
  }
  const unlock = lockWorkbook(path);
  try {
    const wb = await XlsxEditable.open(path);
    await wb.writableTarget();
    const plan = planSkosImport(atlasData(readWorkbook(wb, io.lang)), skos);
    printPlan(io, plan);
    if (planIsEmpty(plan)) return 0;
    applySkosImport(wb, plan);
    await wb.save();
    io.out(paint(io, 'green', t.written(shownPath(path))));
    return 0;
  } finally {
    unlock();
  }
}
