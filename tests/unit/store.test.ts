import { midnightIn } from '../../shared/values/dates';
import { appendRecords, updateRecordById } from '../../shared/sheets/records';
import { Refusal } from '../../shared/i18n/refusal';
import { conventions, partners } from '../../shared/sheets/schema/tables';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { SpreadsheetWorkbook } from '../../apps-script/workbook';
import { CallLog, counted } from '../fakes/calls';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import type { IsoDate } from '../../shared/values/dates';

const d = (s: string) => ({ date: s as IsoDate });

function partnersSheet() {
  return new MemoryWorkbook({
    Partenaires: [
      ['Liste des partenaires'],
      ['Nom', 'ID', 'Type', 'Mon suivi'],
      ['Ville de Grenoble', 'P-0001', 'collectivité', 'relancer'],
      ['Université de Lausanne', 'P-0002', 'université', ''],
    ],
  });
}

describe('writing records into the user’s sheets', () => {
  it('appends under the table, each value in its column found by header, extra columns left empty', () => {
    const wb = partnersSheet();
    const row = appendRecords(wb, partners, [{ id: 'P-0003', name: 'Revue Urbanisme', type: 'revue' }]);
    expect(row).toBe(5);
    expect(wb.sheets.get('Partenaires')?.[4]).toEqual(['Revue Urbanisme', 'P-0003', 'revue', '']);
  });

  it('writes amounts in euros and dates as date cells for the sheet’s time zone', () => {
    const wb = new MemoryWorkbook({ Conventions: [['ID', 'Intitulé', 'Montant', 'Début']] }, 'Europe/Paris');
    appendRecords(wb, conventions, [{ id: 'C-2025-001', title: 'Subvention', amount: 1500050, start: d('2025-03-30') }]);
    const row = wb.sheets.get('Conventions')?.[1];
    expect(row?.[2]).toBe(15000.5);
    expect(row?.[3]).toEqual(new Date('2025-03-29T23:00:00Z'));
    expect(readWorkbook(wb).conventions.records[0]).toEqual(expect.objectContaining({ amount: 1500050, start: '2025-03-30' }));
  });

  it('updates the row found by ID, changing only the given columns and keeping the user’s own', () => {
    const wb = partnersSheet();
    expect(updateRecordById(wb, partners, 'P-0001', { name: 'Ville de Grenoble (Mairie)', country: 'France' })).toBe(3);
    expect(wb.sheets.get('Partenaires')?.[2]).toEqual(['Ville de Grenoble (Mairie)', 'P-0001', 'collectivité', 'relancer']);
  });

  it('refuses, writing nothing, when the row moved between reading and writing', () => {
    const wb = partnersSheet();
    const readRow = wb.readRow.bind(wb);
    // Someone sorts the sheet just before the write: the row now holds another partner.
    wb.readRow = (sheet, row, width) => {
      const rows = wb.sheets.get('Partenaires') as unknown[][];
      [rows[2], rows[3]] = [rows[3], rows[2]];
      return readRow(sheet, row, width);
    };
    const before = JSON.stringify([...wb.sheets]);
    expect(() => updateRecordById(wb, partners, 'P-0001', { name: 'X' })).toThrow(
      "La ligne 3 de Partenaires (P-0001) a été modifiée ou déplacée entre-temps : rien n'a été écrit. Rouvrez-la et recommencez.",
    );
    wb.readRow = readRow;
    const rows = wb.sheets.get('Partenaires') as unknown[][];
    [rows[2], rows[3]] = [rows[3], rows[2]];
    expect(JSON.stringify([...wb.sheets])).toBe(before);
  });

  it('refuses an unknown or duplicated ID', () => {
    const wb = partnersSheet();
    expect(() => updateRecordById(wb, partners, 'P-0099', { name: 'X' })).toThrow(Refusal);
    wb.sheets.get('Partenaires')?.push(['Doublon', 'P-0002', 'autre', '']);
    expect(() => updateRecordById(wb, partners, 'P-0002', { name: 'X' })).toThrow(
      'P-0002 figure sur plusieurs lignes de Partenaires (4, 5)',
    );
  });
});

describe('the Apps Script adapter writes text as text and in blocks', () => {
  function fake() {
    const ss = new FakeSpreadsheet(new CallLog());
    ss.addSheetWith('Partenaires', [
      ['ID', 'Nom', 'Type', 'Pays', 'Contact', 'E-mail', 'Notes', 'Suivi'],
      ['P-0001', 'Ville', 'collectivité', 'France', '', '', '', ''],
    ]);
    ss.sheet('Partenaires').put(2, 8, '=LEN(B2)');
    return ss;
  }

  it('stores = + - @ text and numeric-looking text as the text typed, never a formula or a number', () => {
    const ss = fake();
    const wb = new SpreadsheetWorkbook(counted(ss.log, 'Spreadsheet', ss) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    appendRecords(wb, partners, [
      {
        id: 'P-0002',
        name: '=HYPERLINK("http://evil.example")',
        type: 'autre',
        country: '+33 6 12 34 56 78',
        contact: '@SUM(A1)',
        email: '-1',
        notes: "'déjà cité",
      },
    ]);
    const sheet = ss.sheet('Partenaires');
    expect(sheet.rows()[2].slice(0, 7)).toEqual([
      'P-0002',
      '=HYPERLINK("http://evil.example")',
      'autre',
      '+33 6 12 34 56 78',
      '@SUM(A1)',
      '-1',
      "'déjà cité",
    ]);
    expect(sheet.getRange(3, 2, 1, 6).getFormulas()[0]).toEqual(['', '', '', '', '', '']);
    expect(ss.log.count('Range.setValues')).toBe(1);
  });

  it('an update keeps the user’s formula in another column of the row', () => {
    const ss = fake();
    const wb = new SpreadsheetWorkbook(counted(ss.log, 'Spreadsheet', ss) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    updateRecordById(wb, partners, 'P-0001', { name: 'Ville de Grenoble', notes: 'ok' });
    expect(ss.sheet('Partenaires').getRange(2, 8).getFormulas()).toEqual([['=LEN(B2)']]);
    expect(ss.sheet('Partenaires').rows()[1].slice(0, 7)).toEqual(['P-0001', 'Ville de Grenoble', 'collectivité', 'France', '', '', 'ok']);
  });

  it('writes a date that the sheet shows on the right day', () => {
    expect(midnightIn('2025-07-14' as IsoDate, 'Europe/Paris').toISOString()).toBe('2025-07-13T22:00:00.000Z');
    expect(midnightIn('2025-01-14' as IsoDate, 'America/Sao_Paulo').toISOString()).toBe('2025-01-14T03:00:00.000Z');
    expect(midnightIn('2025-03-30' as IsoDate, 'UTC').toISOString()).toBe('2025-03-30T00:00:00.000Z');
  });
});
