/**
 * Generates examples/demo.xlsx from the readable fixtures in examples/fixtures/.
 * Run: npm run demo (the result is committed; a test checks it is up to date).
 */
import { join } from 'node:path';
import * as T from '../shared/sheets/schema/tables';
import type { TableDef } from '../shared/sheets/schema/columns';
import { kindsOf, writeWorkbookFile, type PlainCell, type SheetToWrite } from '../scripts/xlsx/write';
import { MEMORY, volunteeringRows } from './fixtures/activity';
import { ATLAS_TERMS, DOSSIERS, INDEX, RELATIONS, VEILLE } from './fixtures/atlas';
import { GROUPS, MEMBERSHIPS, NETWORK_MEMORY, OPPORTUNITIES, PERSONS } from './fixtures/network';
import { BUDGET } from './fixtures/budget';
import { ledgerRows } from './fixtures/ledger';
import { OPENING_BALANCES } from './fixtures/opening';
import { CONVENTIONS, FUNDINGS, PARTNERS, PROJECTS, SCHEDULE, SETTINGS, type Row } from './fixtures/organisation';

function sheet(def: TableDef, rows: Row[], extra: Partial<SheetToWrite> = {}): SheetToWrite {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    name: def.sheet,
    header,
    rows: rows.map((r) => header.map((h) => (r[h] === undefined || r[h] === '' ? null : (r[h] as PlainCell)))),
    kinds: kindsOf(def, header),
    ...extra,
  };
}

export function demoSheets(): SheetToWrite[] {
  return [
    { name: 'Paramètres', header: ['Paramètre', 'Valeur'], rows: SETTINGS.map(([k, v]) => [k, v === '' ? null : v]) },
    sheet(T.partners, PARTNERS),
    sheet(T.conventions, CONVENTIONS),
    sheet(T.schedule, SCHEDULE),
    sheet(T.projects, PROJECTS),
    sheet(T.budget, BUDGET),
    sheet(T.ledger, ledgerRows(), { title: 'Journal de trésorerie 2024-2025', totalOf: ['Recette', 'Dépense'] }),
    sheet(T.openingBalances, OPENING_BALANCES),
    sheet(T.fundings, FUNDINGS),
    sheet(T.volunteering, volunteeringRows()),
    sheet(T.memory, [...MEMORY, ...NETWORK_MEMORY]),
    sheet(T.groups, GROUPS),
    sheet(T.TABLES.persons, PERSONS),
    sheet(T.TABLES.memberships, MEMBERSHIPS),
    sheet(T.TABLES.opportunities, OPPORTUNITIES),
    sheet(T.dossiers, DOSSIERS),
    sheet(T.atlas, ATLAS_TERMS),
    sheet(T.TABLES.relations, RELATIONS),
    sheet(T.TABLES.contentIndex, INDEX),
    sheet(T.TABLES.watch, VEILLE),
  ];
}

export const DEMO_FILE = join(__dirname, '..', 'examples', 'demo.xlsx');

if (require.main === module) {
  const out = process.argv[2] ?? DEMO_FILE;
  writeWorkbookFile(out, demoSheets()).then(
    () => process.stdout.write(`${out}\n`),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exit(1);
    },
  );
}
