/** The ports of the shared use cases, offline: the .xlsx, a JSON file of properties, folders on disk. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FolderStore, KeyValueStore, Lock } from '../../shared/sheets/ports';
import type { ReportDoc } from '../../shared/reports/doc';
import { renderDocx } from '../report/docx';
import { writeFileAtomic } from '../files';

/** Properties kept next to the workbook, like PropertiesService keeps them with the spreadsheet. */
export function fileProperties(workbook: string): KeyValueStore {
  const file = join(dirname(workbook), `.${basename(workbook)}.citego.json`);
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  return {
    get: (k) => read()[k] ?? null,
    set: (k, v) => {
      const data = { ...read(), [k]: v };
      writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2));
      renameSync(`${file}.tmp`, file);
    },
  };
}

/** One request at a time: the preview server runs each call to its end before the next. */
export function processLock(): Lock {
  let held = false;
  return {
    withLock<T>(work: () => T): T {
      if (held) throw new Error('Une autre opération est en cours : réessayez dans un instant.');
      held = true;
      try {
        return work();
      } finally {
        held = false;
      }
    },
  };
}

/** "Drive" offline: a folder next to the workbook; documents are written as .docx. */
export class DiskFolders implements FolderStore {
  private pending: Promise<void>[] = [];
  constructor(readonly root: string) {}

  static nextTo(workbook: string): DiskFolders {
    return new DiskFolders(join(dirname(workbook), `${basename(workbook).replace(/\.xlsx$/i, '')} — Drive`));
  }

  private safe(name: string): string {
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    return name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 120);
  }

  folder(...parts: string[]): string {
    const dir = join(this.root, ...parts.map((p) => this.safe(p)));
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  conventionFolder(_association: string, name: string, sheet: ReportDoc): string {
    const dir = this.folder('Conventions', name);
    this.pending.push(this.write(join(dir, 'fiche-convention.docx'), sheet));
    return pathToFileURL(dir).href;
  }

  async write(file: string, doc: ReportDoc): Promise<void> {
    await writeFileAtomic(file, await renderDocx(doc));
  }

  /** Waits for the documents queued by the synchronous use cases. */
  async flush(): Promise<void> {
    const all = this.pending;
    this.pending = [];
    await Promise.all(all);
  }
}
