/** « Fiche partenaire » in the built bundle on the demo: the menu on a selected row, the rpc, its Google calls. */
import { join } from 'node:path';
import { loadBundle, ROOT, type Bundle } from '../fakes/harness';
import { spreadsheetFromXlsx } from '../fakes/from-xlsx';
import type { PartnerCardView } from '../../shared/usecases/rpc';

const DEMO = join(ROOT, 'examples', 'demo.xlsx');

async function demo(): Promise<Bundle> {
  return loadBundle({ spreadsheet: await spreadsheetFromXlsx(DEMO), now: '2026-01-15T10:00:00+01:00' });
}

describe('« Fiche partenaire » on Google', () => {
  it.each([
    ['Partenaires', 4, 'P-0003'],
    ['Conventions', 4, 'P-0003'],
    ['Opportunités', 3, 'P-0002'],
    ['Personnes', 14, 'P-0003'],
  ])('opens the card of the partner of the selected row of %s (row %i)', async (sheet, row, partner) => {
    const b = await demo();
    b.spreadsheet.sheet(sheet).getRange(row, 2).activate();
    b.run('menuShowPartner');
    expect(b.ui.alerts).toEqual([]);
    expect(b.ui.sidebars.map((s) => s.file)).toEqual(['partner']);
    const card = b.run('getPartnerCard', null, 'fr') as PartnerCardView;
    expect(card.id).toBe(partner);
    // The selection is consumed: the next opening is the first partner (the sidebar's picker chooses another).
    expect((b.run('getPartnerCard', null, 'fr') as PartnerCardView).id).toBe('P-0001');
  });

  it('says what to select on another sheet, and when the row names no partner', async () => {
    const b = await demo();
    b.spreadsheet.sheet('Journal').getRange(5, 1).activate();
    b.run('menuShowPartner');
    b.spreadsheet.sheet('Opportunités').getRange(13, 1).activate();
    b.run('menuShowPartner');
    expect(b.ui.alerts).toEqual([
      'Sélectionnez d’abord une ligne de Partenaires, Conventions, Opportunités ou Personnes, puis choisissez « Fiche partenaire ».',
      'La ligne 13 de la feuille Opportunités ne désigne aucun partenaire.',
    ]);
    expect(b.ui.sidebars).toHaveLength(0);
  });

  it('reads each sheet once and writes nothing', async () => {
    const b = await demo();
    b.log.reset();
    const card = b.run('getPartnerCard', 'P-0003', 'fr') as PartnerCardView;
    expect(card.totals.received).toBe(1_800_000);
    expect(b.log.total('Range.setValues')).toBe(0);
    expect(b.log.total('Range.getValues')).toBe(b.spreadsheet.sheets.length);
  });
});
