/**
 * A document as LibreOffice renders it: the .docx written by a citego command, converted to PDF by
 * `soffice` (a profile of its own, so that two checks at once do not share one), its text read
 * by poppler's `pdftotext`, page by page, and the .docx's own XML beside it for the checks that
 * look at styles and fields.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { XlsxArchive } from '../xlsx/zip';

export interface Rendered {
  readonly pdf: string;
  /** The PDF's text, one string per page (pdftotext's reading order), narrow and ordinary no-break spaces as spaces. */
  readonly pages: readonly string[];
  /** word/document.xml, and the footers' XML. */
  readonly documentXml: string;
  readonly footersXml: readonly string[];
}

function run(command: string, args: readonly string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} : ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout;
}

/** Runs `citego <args>` (the built CLI), which writes `file` into `out`. */
export function citego(args: readonly string[], out: string, file: string): string {
  run(process.execPath, [join(__dirname, '..', 'bin', 'citego.js'), ...args, '--out', out]);
  const path = join(out, file);
  if (!existsSync(path)) throw new Error(`citego ${args.join(' ')} n’a pas écrit ${file}`);
  return path;
}

export async function render(docx: string): Promise<Rendered> {
  const out = join(docx, '..');
  const profile = mkdtempSync(join(tmpdir(), 'citego-lo-'));
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx]);
  const pdf = join(out, basename(docx).replace(/\.docx$/, '.pdf'));
  const text = run('pdftotext', [pdf, '-']).replace(/[\u202f\u00a0]/g, ' ');
  const zip = await XlsxArchive.open(docx, basename(docx), 'word/document.xml');
  const footers = [...zip.entries.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n));
  return {
    pdf,
    pages: text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''),
    documentXml: zip.text('word/document.xml'),
    footersXml: footers.map((n) => zip.text(n)),
  };
}

/** A page of the PDF as a small PNG (for the README). */
export function picture(pdf: string, page: number, png: string): void {
  run('pdftoppm', ['-r', '50', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, png.replace(/\.png$/, '')]);
}
