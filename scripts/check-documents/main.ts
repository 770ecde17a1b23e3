/**
 * `npm run check:libreoffice` (after scripts/check-libreoffice.sh has built the CLI): each document
 * of documents.ts written by citego on the demo, rendered to PDF by LibreOffice, checked, and
 * pictured for the README. Exit code 1 when a check fails, with one line per problem.
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DOCUMENTS, ROOT } from './documents';
import { citego, picture, render } from './render';

async function main(): Promise<number> {
  let failed = 0;
  for (const make of DOCUMENTS) {
    const d = await make();
    const out = mkdtempSync(join(tmpdir(), 'citego-check-'));
    const rendered = await render(citego(d.command, out, d.file));
    const problems = d.checks.flatMap((check) => check(rendered));
    for (const p of d.pictures) {
      mkdirSync(join(ROOT, dirname(p.png)), { recursive: true });
      picture(rendered.pdf, p.page, join(ROOT, p.png));
    }
    if (problems.length) failed++;
    process.stdout.write(`${problems.length ? '✗' : '✓'} ${d.name} : ${rendered.pages.length} pages, ${d.checks.length} vérifications\n`);
    for (const p of problems) process.stdout.write(`    ${p}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
