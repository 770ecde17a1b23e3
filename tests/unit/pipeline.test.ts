/** The opportunities pipeline: funnel figures, this week's actions, moves (history kept, idempotent, concurrent move refused). */
import { getPipeline } from '../../shared/usecases/get-pipeline';
import { moveOpportunity } from '../../shared/usecases/move-opportunity';
import { getOpportunityConvention } from '../../shared/usecases/opportunity-convention';
import { storeConvention } from '../../shared/conventions/save';
import { Refusal } from '../../shared/i18n/refusal';
import type { MemoryWorkbook } from '../fakes/memory-workbook';
import { networkPorts, NETWORK_TODAY } from '../helpers/network';
import { conventionPayload } from '../helpers/convention';

const ports = networkPorts;

const opportunityRow = (wb: MemoryWorkbook, id: string) => wb.sheets.get('Opportunités')!.find((r) => r[0] === id)!;

function refusalCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof Refusal) return e.code;
    throw e;
  }
  throw new Error('not refused');
}

describe('the funnel on a realistic workbook', () => {
  const p = getPipeline(ports());

  it('counts and adds up each stage, blank, Total and unknown-stage rows left out', () => {
    expect(p.funnel.map((c) => [c.stage, c.count, c.amount])).toEqual([
      ['repérée', 3, 7_300_000],
      ['contact', 3, 850_000],
      ['dossier en cours', 2, 3_800_000],
      ['déposée', 2, 13_500_000],
      ['accordée', 2, 2_800_000],
      ['refusée', 2, 2_100_000],
      ['abandonnée', 1, 300_000],
    ]);
    expect(p.items).toHaveLength(15);
    expect(p.leftOut).toEqual([18]);
  });

  it('gives one funnel per project, the opportunities of no project last', () => {
    expect(p.byProject.map((x) => x.project)).toEqual(['ATLAS', 'DOSS', 'FORM', 'SITE', '']);
    const atlas = p.byProject[0].funnel.filter((c) => c.count > 0).map((c) => [c.stage, c.count, c.amount]);
    expect(atlas).toEqual([
      ['repérée', 1, 1_800_000],
      ['contact', 1, 0],
      ['déposée', 1, 12_000_000],
      ['accordée', 1, 2_400_000],
    ]);
    // Every opportunity is in exactly one project's funnel.
    const total = p.byProject.flatMap((x) => x.funnel).reduce((s, c) => s + c.amount, 0);
    expect(total).toBe(p.funnel.reduce((s, c) => s + c.amount, 0));
  });

  it('lists this week: open opportunities due or overdue within 7 days, soonest first', () => {
    expect(p.thisWeek.map((a) => [a.id, a.due, a.daysLeft])).toEqual([
      ['O-0004', '2026-11-20', -9],
      ['O-0008', '2026-11-28', -1],
      ['O-0006', '2026-12-01', 2],
      ['O-0010', '2026-12-03', 4],
      ['O-0001', '2026-12-04', 5],
      ['O-0005', '2026-12-06', 7],
    ]);
  });

  it('says where each may move, and which granted one can become a convention', () => {
    const by = new Map(p.items.map((i) => [i.id, i]));
    expect(by.get('O-0001')!.moves).toEqual(['contact', 'abandonnée']);
    expect(by.get('O-0009')!.moves).toEqual(['accordée', 'refusée', 'abandonnée']);
    expect(by.get('O-0013')!.moves).toEqual([]);
    expect(p.items.filter((i) => i.convertible).map((i) => i.id)).toEqual(['O-0011']);
    expect(by.get('O-0011')!.partnerName).toBe('Région Auvergne-Rhône-Alpes');
  });
});

describe('moving an opportunity', () => {
  const move = (o: Record<string, unknown> = {}) => ({
    requestId: 'req-move-0001',
    id: 'O-0004',
    from: 'contact',
    to: 'dossier en cours',
    note: 'Accord de principe',
    ...o,
  });

  it('writes the stage and appends a dated line to Notes, keeping the earlier history', () => {
    const ps = ports();
    const r = moveOpportunity(ps, move());
    expect(r.line).toBe('2026-11-29 : contact → dossier en cours — Accord de principe');
    expect(opportunityRow(ps.workbook, 'O-0004')[6]).toBe('dossier en cours');
    expect(opportunityRow(ps.workbook, 'O-0004')[10]).toBe(
      'Premier échange au colloque\n2026-11-29 : contact → dossier en cours — Accord de principe',
    );
    moveOpportunity(ps, move({ requestId: 'req-move-0002', from: 'dossier en cours', to: 'déposée', note: '' }));
    expect(String(opportunityRow(ps.workbook, 'O-0004')[10]).split('\n')).toEqual([
      'Premier échange au colloque',
      '2026-11-29 : contact → dossier en cours — Accord de principe',
      '2026-11-29 : dossier en cours → déposée',
    ]);
    expect(r.pipeline.funnel.find((c) => c.stage === 'dossier en cours')!.count).toBe(3);
  });

  it('is idempotent: the same request id again writes nothing more', () => {
    const ps = ports();
    moveOpportunity(ps, move());
    const again = moveOpportunity(ps, move());
    expect(again.already).toBe(true);
    expect(String(opportunityRow(ps.workbook, 'O-0004')[10]).match(/→/g)).toHaveLength(1);
  });

  it('of two people moving the same opportunity, the second is told and writes nothing', () => {
    const ps = ports();
    moveOpportunity(ps, move({ requestId: 'req-first-0001', to: 'abandonnée', note: 'Plus de budget' }));
    const before = JSON.stringify(ps.workbook.sheets.get('Opportunités'));
    expect(refusalCode(() => moveOpportunity(ps, move({ requestId: 'req-second-001' })))).toBe('opportunityMovedMeanwhile');
    expect(JSON.stringify(ps.workbook.sheets.get('Opportunités'))).toBe(before);
  });

  it('finds the row again by ID after a sort', () => {
    const ps = ports();
    const sheet = ps.workbook.sheets.get('Opportunités')!;
    const body = sheet.slice(1, 16).reverse();
    sheet.splice(1, 15, ...body);
    moveOpportunity(ps, move());
    expect(opportunityRow(ps.workbook, 'O-0004')[6]).toBe('dossier en cours');
    expect(opportunityRow(ps.workbook, 'O-0005')[6]).toBe('contact');
  });

  it('refuses a jump of two stages, a closed one, an unknown stage, a long note, a hostile id', () => {
    const ps = ports();
    expect(refusalCode(() => moveOpportunity(ps, move({ to: 'déposée' })))).toBe('opportunityStageNotNext');
    expect(refusalCode(() => moveOpportunity(ps, move({ id: 'O-0013', from: 'refusée', to: 'repérée' })))).toBe('opportunityStageNotNext');
    expect(refusalCode(() => moveOpportunity(ps, move({ to: 'gagnée' })))).toBe('opportunityStageUnknown');
    expect(refusalCode(() => moveOpportunity(ps, move({ note: 'x'.repeat(501) })))).toBe('opportunityNoteTooLong');
    expect(refusalCode(() => moveOpportunity(ps, move({ id: '=HYPERLINK("x")' })))).toBe('argRecordId');
    expect(refusalCode(() => moveOpportunity(ps, move({ requestId: 'x' })))).toBe('argRequestId');
    expect(refusalCode(() => moveOpportunity(ps, move({ id: 'O-0999' })))).toBe('idNotFound');
    expect(refusalCode(() => moveOpportunity(ps, 'nonsense'))).toBe('argOpportunityMove');
    expect(ps.cache.map.size).toBe(0);
  });

  it('keeps a note to one line', () => {
    const ps = ports();
    expect(moveOpportunity(ps, move({ note: 'ligne 1\n  ligne 2' })).line).toBe(
      '2026-11-29 : contact → dossier en cours — ligne 1 ligne 2',
    );
  });
});

describe('a granted opportunity turned into a convention', () => {
  it('pre-fills the form from the opportunity', () => {
    const form = getOpportunityConvention(ports(), 'O-0011');
    expect(form.mode).toBe('new');
    expect(form.prefill).toEqual({
      opportunityId: 'O-0011',
      title: 'Atlas — cartographie Afrique',
      partnerId: 'P-0001',
      project: 'ATLAS',
      amount: '24000,00',
      type: 'subvention',
    });
  });

  it('refuses one not granted, and one already a convention', () => {
    expect(refusalCode(() => getOpportunityConvention(ports(), 'O-0009'))).toBe('opportunityNotConvertible');
    expect(refusalCode(() => getOpportunityConvention(ports(), 'O-0012'))).toBe('opportunityAlreadyConverted');
  });

  it('links the saved convention to the opportunity, once', () => {
    const ps = ports();
    const cp = { ...ps, folders: null, today: NETWORK_TODAY };
    const payload = conventionPayload({
      partnerId: 'P-0001',
      opportunityId: 'O-0011',
      signedOn: '27/11/2026',
      instalments: [],
      reports: [],
    });
    const saved = storeConvention(cp, payload);
    expect(saved).toMatchObject({ ok: true, id: 'C-2026-002' });
    expect(opportunityRow(ps.workbook, 'O-0011')[9]).toBe('C-2026-002');
    expect(refusalCode(() => storeConvention(cp, { ...payload, requestId: 'another-request-1' }))).toBe('opportunityAlreadyConverted');
    expect(ps.workbook.sheets.get('Conventions')!.filter((r) => r[0] === 'C-2026-003')).toEqual([]);
  });
});
