import type { Finding } from '../../sheets/findings';
import type { ParsedTable } from '../../sheets/parse/table';
import type { TableDef } from '../../sheets/schema/columns';
import type { CheckContext, Rule } from '../context';

/** `id.duplicate`: the same ID twice in a table (updates find rows by ID). */
export const idDuplicate: Rule = {
  id: 'id.duplicate',
  severity: 'error',
  check(ctx: CheckContext): Finding[] {
    const { book } = ctx;
    const out: Finding[] = [];
    const tables: ParsedTable<TableDef>[] = [
      book.partners,
      book.conventions,
      book.projects,
      book.fundings,
      book.groups,
      book.dossiers,
      book.persons,
      book.opportunities,
    ];
    for (const table of tables) {
      const key = table.def.idColumn;
      if (!key) continue;
      const rows = new Map<string, number[]>();
      for (const rec of table.records) {
        const id = (rec as Record<string, unknown>)[key];
        if (typeof id !== 'string' || id === '') continue;
        rows.set(id, [...(rows.get(id) ?? []), rec.row]);
      }
      for (const [id, at] of rows) {
        if (at.length < 2) continue;
        for (const rec of table.records.filter((r) => at.slice(1).includes(r.row)))
          out.push(ctx.finding('id.duplicate', 'error', table, rec, key, ctx.msg.idDuplicate(id, at), [id]));
      }
    }
    return out;
  },
};
