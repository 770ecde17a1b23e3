/**
 * « Fiche partenaire »: the card of one partner (docs/domain.md, "Partner card"), asked by ID or
 * name, or found from the selected row of Partenaires, Conventions, Opportunités or Personnes.
 */
import { refusal } from '../i18n/refusal';
import { findPartner, partnerCard, type PartnerCard } from '../network/partner-card';
import { findSheet, readWorkbook, type ParsedWorkbook } from '../sheets/parsed-workbook';
import type { WorkbookReader } from '../sheets/ports';
import * as T from '../sheets/schema/tables';
import type { IsoDate } from '../values/dates';
import { parseLang } from './args';
import type { Ports } from './ports';

/** The card, with the workbook's partners for the sidebar's picker. */
export interface PartnerCardView extends PartnerCard {
  readonly partners: readonly { readonly id: string; readonly name: string }[];
}

/** The card of `key` (an ID or a name; the first partner when null); refused when Partenaires has no such partner. */
export function partnerCardOf(book: ParsedWorkbook, key: string | null, today: IsoDate): PartnerCard {
  const asked = key?.trim() || book.partners.records.find((p) => p.id)?.id;
  if (!asked) throw refusal('partnerNone');
  const card = partnerCard(book, asked, today);
  if (!card) throw refusal('partnerUnknown', asked.slice(0, 80));
  return card;
}

/** The rpc: the card of the partner asked, else of the first one. */
export function getPartnerCard(ports: Pick<Ports, 'workbook' | 'clock'>, rawKey: unknown, rawLang: unknown): PartnerCardView {
  const book = readWorkbook(ports.workbook, parseLang(rawLang));
  const key = typeof rawKey === 'string' ? rawKey.slice(0, 200) : null;
  const partners = book.partners.records.filter((p) => p.id).map((p) => ({ id: p.id ?? '', name: p.name ?? '' }));
  return { ...partnerCardOf(book, key, ports.clock.today()), partners };
}

/** The sheets whose row names a partner, and the column that does. */
const PARTNER_COLUMN = [
  [T.partners, 'id'],
  [T.conventions, 'partner'],
  [T.TABLES.opportunities, 'partner'],
  [T.TABLES.persons, 'organisation'],
] as const;

/** The partner named on a row of the active sheet (the menu's « Fiche partenaire »); refused elsewhere. */
export function partnerIdAtRow(wb: WorkbookReader, activeSheet: string | null, row: number | null): string {
  const names = wb.sheetNames();
  const hit = PARTNER_COLUMN.find(([def]) => activeSheet !== null && findSheet(def, names) === activeSheet);
  if (!hit || row === null) throw refusal('selectPartnerRow');
  const [def, column] = hit;
  const book = readWorkbook(wb, 'fr', def === T.partners ? [def] : [def, T.partners]);
  const table = book[def.key as 'partners' | 'conventions' | 'opportunities' | 'persons'];
  const record = (table.records as readonly { row: number }[]).find((r) => r.row === row) as Record<string, unknown> | undefined;
  const value = record?.[column];
  const partner = typeof value === 'string' && value ? findPartner(book, value) : null;
  if (!partner?.id) throw refusal('rowWithoutPartner', activeSheet ?? def.sheet, row);
  return partner.id;
}
