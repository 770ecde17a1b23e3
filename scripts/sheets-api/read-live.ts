/** `--sheet <id or address>`: the live spreadsheet, read with the least scope (spreadsheets.readonly). */
import type { Io } from '../cli/io';
import { spreadsheetId } from '../cli/deploy/spreadsheet-id';
import { authorise, type AuthContext } from './auth';
import { sheetsApi } from './client';
import { readSpreadsheet } from './snapshot';
import type { Source } from '../cli/source';

export function authContext(io: Io, env: NodeJS.ProcessEnv = process.env, clientFile?: string): AuthContext {
  return { env, lang: io.lang, interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY), say: (l) => io.err(l), clientFile };
}

export async function readLive(io: Io, input: string, env: NodeJS.ProcessEnv = process.env): Promise<Source> {
  const id = spreadsheetId(input);
  const snapshot = await readSpreadsheet(sheetsApi(await authorise('read', authContext(io, env)), env), id);
  return { reader: snapshot, shown: snapshot.title };
}
