/**
 * The AG pack, the cash plan and the CERFA 15059 follow-up through the built bundle and the Google
 * fakes: « Préparer l'AG » writes a Doc beside the annual reports and rewrites it in place; the
 * sidebar « Trésorerie » gets the plan; the convention's report row of Échéances is marked done
 * once, under the document lock, whatever the double clicks or the second user.
 */
import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');
const NOW = '2026-01-15T10:00:00+01:00';
const SECRETARY = 'secretaire.generale@citego.example';

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: NOW, userEmail: 'tresoriere@citego.example' });
}

/** The Échéances rows as [convention, date (YYYY-MM-DD), type, done]. */
function schedule(b: Bundle): [string, string, string, string][] {
  const rows = b.spreadsheet.sheet('Échéances').rows();
  const head = rows[0].map(String);
  const at = (h: string) => head.indexOf(h);
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return rows.slice(1).map((r) => [String(r[at('Convention')]), iso(r[at('Date')]), String(r[at('Type')]), String(r[at('Fait')])]);
}

const reportRow = (b: Bundle, id: string, date: string) => schedule(b).find((r) => r[0] === id && r[1] === date && r[2] === 'rapport');

describe('« Préparer l’AG »', () => {
  it('one click writes the AG pack of the last closed year beside the annual reports, then rewrites it in place', async () => {
    const b = await demo();
    b.run('menuPrepareAg');
    expect(b.ui.alerts).toEqual([]);
    const toast = b.spreadsheet.toasts[b.spreadsheet.toasts.length - 1].message;
    expect(toast).toMatch(
      /^Dossier de l’assemblée générale \(comptes 2025\) prêt : https:\/\/docs\.google\.com\/document\/d\/file-\d+\/edit$/,
    );
    const [doc] = [...b.documents.values()];
    expect(doc.name).toBe('Citego — Cités, territoires, gouvernance — Assemblée générale, comptes 2025');
    const [reports] = b.drive.byName('Rapports annuels');
    expect(b.drive.files.get(doc.id)?.parents).toEqual([reports.id]);
    const texts = doc.body.tables().flatMap((t) => t.texts());
    expect(texts).toContainEqual(['Report à nouveau après affectation', '2\u202f422,58\u202f€']);
    expect(texts).toContainEqual(['Nombre de voix', '……………', '……………', '……………']);
    const files = b.drive.files.size;
    const again = b.run('generateAgPack', 2025, 'en') as { url: string; title: string };
    expect(toast).toContain(again.url.replace(/^.*\/d\/([^/]+)\/.*$/, '$1'));
    expect(again.title).toBe('Citego — Cités, territoires, gouvernance — General meeting, accounts 2025');
    expect(b.drive.files.size).toBe(files);
  });
});

describe('the sidebar « Trésorerie »', () => {
  it('gets twelve months from the current one by default, or from the month asked, reading no sheet twice', async () => {
    const b = await demo();
    const plan = b.run('getCashPlan', '2026-01', 'fr') as { months: { month: string; closing: number; below: boolean }[]; notes: string[] };
    expect(plan.months.map((m) => m.month)[0]).toBe('2026-01');
    // C-2025-009's 12 000 € instalment is uncertain (ended, unsigned: docs/domain.md, cash plan): every month is under 25 000 €.
    expect(plan.months.filter((m) => m.below).map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(plan.months[11].closing).toBe(1_742_258);
    expect((b.run('getCashPlan', null, 'fr') as { from: string }).from).toBe('2026-01');
    expect(() => b.run('getCashPlan', '2026-13', 'fr')).toThrow('Mois « 2026-13 » illisible : attendu AAAA-MM, comme 2026-01.');
  });
});

describe('the CERFA 15059 sent: its Échéances report row marked done', () => {
  it('the CERFA names the report date; marking it done writes Fait = oui on that row only, under the document lock', async () => {
    const b = await demo();
    const cerfa = b.run('generateCerfa15059', 'C-2025-002', 2025, 'fr') as { reportDue: string | null };
    expect(cerfa.reportDue).toBe('2026-12-31');
    const before = schedule(b);
    const writes = b.log.count('Range.setValues');
    const done = b.run('markReportDone', 'C-2025-002', cerfa.reportDue, 'req-1') as { row: number; already: boolean };
    expect(done.already).toBe(false);
    expect(reportRow(b, 'C-2025-002', '2026-12-31')?.[3]).toBe('oui');
    expect(schedule(b).filter((r, i) => r[3] !== before[i][3])).toHaveLength(1);
    expect(b.log.count('Range.setValues') - writes).toBe(1);
    expect(b.log.count('LockService.getDocumentLock')).toBeGreaterThan(0);
  });

  it('a double click writes once; a second user finds it done and writes nothing', async () => {
    const b = await demo();
    b.run('markReportDone', 'C-2025-009', '2026-05-31', 'req-2');
    const writes = b.log.count('Range.setValues');
    expect(b.run('markReportDone', 'C-2025-009', '2026-05-31', 'req-2')).toMatchObject({ already: true });
    expect(b.runAs(SECRETARY, 'markReportDone', 'C-2025-009', '2026-05-31', 'req-3')).toMatchObject({ already: true });
    expect(b.log.count('Range.setValues')).toBe(writes);
    expect(reportRow(b, 'C-2025-009', '2026-05-31')?.[3]).toBe('oui');
  });

  it('no such report row: one sentence, nothing written', async () => {
    const b = await demo();
    const writes = b.log.count('Range.setValues');
    expect(() => b.run('markReportDone', 'C-2025-002', '2027-01-31', 'req-4')).toThrow(
      'Aucune échéance de rapport à faire pour C-2025-002 dans la feuille Échéances (elle a peut-être été modifiée ou déjà marquée faite) : rien n’a été écrit.',
    );
    expect(() => b.run('markReportDone', 'C-2025-003', 'demain', 'req-5')).toThrow(/Aucune échéance de rapport/);
    expect(b.log.count('Range.setValues')).toBe(writes);
  });
});
