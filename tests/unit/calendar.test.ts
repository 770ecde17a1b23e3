/**
 * The calendar on the demo (issue 16), asserted against a list written by hand from the fixtures
 * (examples/fixtures/organisation.ts SCHEDULE and CONVENTIONS, activity.ts MEMORY, network.ts PIPELINE, atlas.ts
 * DOSSIERS: the open ones with a due date); the .ics parsed
 * back with ical.js; the reminders.
 */
import ICAL from 'ical.js';
import { readCalendar } from '../../shared/calendar/read';
import { calendarWindow, type CalendarItem } from '../../shared/calendar/calendar';
import { calendarText } from '../../shared/calendar/text';
import { icsOf } from '../../shared/calendar/ics';
import { digestMail, toastText } from '../../shared/calendar/reminders';
import { readXlsx } from '../../scripts/xlsx/read';
import type { XlsxSnapshot } from '../../scripts/xlsx/read';
import { MemoryWorkbook } from '../fakes/memory-workbook';
import { DEMO, TODAY } from '../helpers/demo';

const line = (i: CalendarItem) => `${i.date} ${calendarText(i, 'fr')}${i.sheet ? ` [${i.sheet}!${i.row}]` : ''}`;

describe('the calendar of the demo on 15/01/2026', () => {
  let snap: XlsxSnapshot;
  let items: CalendarItem[];
  beforeAll(async () => {
    snap = await readXlsx(DEMO);
    items = readCalendar(snap, TODAY).items;
  });

  it('lists the next 90 days from every source, each with its row', () => {
    const { upcoming } = calendarWindow(items, TODAY);
    expect(upcoming.map(line)).toEqual([
      '2026-01-20 Opportunité « Formation des élus sud-américains 2026 » : Visio avec D. Ramírez [Opportunités!4]',
      '2026-01-30 Versement C-2025-009 (12\u202f000,00\u202f€) [Échéances!14]',
      '2026-01-30 Opportunité « Prolongation de l’atlas en 2026 » : Relancer la direction de la coopération [Opportunités!3]',
      '2026-01-31 Suivi de la décision « Révision de la charte pour les universités étrangères » (Paul Girard) [Mémoire!18]',
      '2026-02-05 Opportunité « Université d’été des réseaux de villes 2026 » : Envoyer le programme [Opportunités!14]',
      '2026-02-12 Réunion : Comité de pilotage de l’atlas (G-0003) [Mémoire!21]',
      '2026-02-15 Dossier « Des jurys citoyens pour le climat » à rendre [Dossiers!20]',
      '2026-02-15 Opportunité « Renouvellement de la subvention de fonctionnement 2026 » : Envoyer le bilan 2025 [Opportunités!2]',
      '2026-02-28 Dossier de fin d’exercice 2025 à l’expert-comptable',
      '2026-02-28 Fin de la convention C-2025-006 [Conventions!7]',
      '2026-02-28 Dossier « Les communs, une autre gouvernance ? » à rendre [Dossiers!10]',
      '2026-02-28 Opportunité « Appel européen « Élus locaux et transition » » : Trouver un partenaire porteur [Opportunités!13]',
      '2026-03-01 Opportunité « Mécénat dossiers thématiques 2026 » : Rédiger la note d’intention [Opportunités!5]',
      '2026-03-15 Dossier « Le foncier, bien commun ? » à rendre [Dossiers!15]',
      '2026-03-20 Opportunité « Fonds formation de la Métropole de Lyon » : Attendre la commission [Opportunités!8]',
      '2026-03-31 Compte rendu financier (Cerfa 15059) de la subvention C-2025-001 [Échéances!3]',
      '2026-03-31 Dossier « Intercommunalités africaines » à rendre [Dossiers!6]',
      '2026-03-31 Rapport de la convention C-2025-003 [Échéances!9]',
    ]);
  });

  it('says what is late: a subsidy’s report not done, a follow-up past its date', () => {
    expect(calendarWindow(items, TODAY).late.map(line)).toEqual([
      '2025-06-30 Compte rendu financier (Cerfa 15059) de la subvention C-2024-003 [Échéances!12]',
      '2025-11-30 Dossier « Alimentation et territoires » à rendre [Dossiers!14]',
      '2025-12-15 Dossier « Les communs urbains, une analyse » à rendre [Dossiers!5]',
      '2025-12-31 Dossier « Villes et climat » à rendre [Dossiers!11]',
      '2026-01-10 Suivi de la décision « Recrutement d’un volontaire en service civique » (Nadia Benali) [Mémoire!19]',
      '2026-01-10 Opportunité « Chaire coopération décentralisée » : Rencontrer A. Morel [Opportunités!7]',
    ]);
  });

  it('adds the AG from Paramètres › Date de l’AG, and the CERFA of a subsidy with no report row', () => {
    const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
    // The demo's AG (13/06/2026) is beyond the 90 days: this one is within.
    sheets['Paramètres'] = [
      ...sheets['Paramètres'].filter((r) => r[0] !== "Date de l'AG"),
      ["Date de l'AG", new Date('2026-03-14T00:00:00Z')],
    ];
    sheets['Échéances'] = sheets['Échéances'].filter((r) => !(r[0] === 'C-2025-001' && r[2] === 'rapport'));
    const { upcoming } = calendarWindow(readCalendar(new MemoryWorkbook(sheets), TODAY).items, TODAY);
    expect(upcoming.map(line)).toContain('2026-03-14 Assemblée générale');
    // C-2025-001's last instalment is in 2025: due six months after the end of 2025.
    expect(upcoming.map(line)).not.toContain('2026-03-31 Compte rendu financier (Cerfa 15059) de la subvention C-2025-001 [Échéances!3]');
    expect(items.length).toBeGreaterThan(30);
    const all = readCalendar(new MemoryWorkbook(sheets), TODAY).items.map(line);
    expect(all).toContain('2026-06-30 Compte rendu financier (Cerfa 15059) de la subvention C-2025-001');
  });

  it('adds the opportunities’ next actions and the dossiers’ due dates, late while still open', () => {
    const sheets = Object.fromEntries(snap.sheetNames().map((n) => [n, snap.readSheet(n)]));
    sheets['Opportunités'] = [
      ['ID', 'Intitulé', 'Étape', 'Prochaine action', 'Échéance'],
      ['O-0001', 'Appel à projets Europe', 'dossier en cours', 'Déposer le dossier', new Date('2026-02-01T00:00:00Z')],
      ['O-0002', 'Mécénat Banque des territoires', 'contact', 'Relancer', new Date('2026-01-05T00:00:00Z')],
      ['O-0003', 'Fondation X', 'refusée', 'Remercier', new Date('2026-01-06T00:00:00Z')],
    ];
    sheets['Dossiers'] = [
      ['ID', 'Titre', 'Statut', 'Échéance'],
      ['D-0004', 'Les communs urbains, une analyse', 'relecture', new Date('2026-01-10T00:00:00Z')],
      ['D-0005', 'Villes et climat', 'publié', new Date('2026-01-12T00:00:00Z')],
    ];
    const { late, upcoming } = calendarWindow(readCalendar(new MemoryWorkbook(sheets), TODAY).items, TODAY);
    expect(late.map(line)).toEqual([
      '2025-06-30 Compte rendu financier (Cerfa 15059) de la subvention C-2024-003 [Échéances!12]',
      '2026-01-05 Opportunité « Mécénat Banque des territoires » : Relancer [Opportunités!3]',
      '2026-01-10 Dossier « Les communs urbains, une analyse » à rendre [Dossiers!2]',
      '2026-01-10 Suivi de la décision « Recrutement d’un volontaire en service civique » (Nadia Benali) [Mémoire!19]',
    ]);
    expect(upcoming.map(line)).toContain('2026-02-01 Opportunité « Appel à projets Europe » : Déposer le dossier [Opportunités!2]');
  });

  it('writes an .ics that ical.js reads back: one all-day event per item, stable UIDs', () => {
    const ics = icsOf(items, 'Citego — Cités, territoires, gouvernance', 'fr', TODAY);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(items.length);
    const first = events.find((e) => e.uid.startsWith('schedule-C-2025-009-versement-2026-01-30@'));
    expect(first?.summary).toBe('Versement C-2025-009 (12\u202f000,00\u202f€)');
    expect(first?.startDate.toString()).toBe('2026-01-30');
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.uid).toBe('schedule-C-2025-009-versement-2026-01-30@citego-cites-territoires-gouvernance.citego');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // The same workbook a day later: the same UIDs, so a subscriber's app updates rather than duplicates.
    const later = readCalendar(snap, '2026-01-16' as never).items;
    expect(later.map((i) => i.key)).toEqual(items.map((i) => i.key));
  });

  it('says this week in a toast and in the weekly e-mail', () => {
    expect(toastText(items, TODAY, 'fr')).toBe('1 échéance cette semaine, 6 en retard : menu Citego › Calendrier.');
    expect(toastText(items, '2026-01-27' as never, 'en')).toBe('3 deadlines this week, 7 late: Citego menu › Calendar.');
    const mail = digestMail(items, '2026-01-27' as never, 'Citego', 'fr');
    expect(mail.subject).toBe('Citego — échéances de la semaine du 27/01/2026');
    expect(mail.body.split('\n')).toEqual([
      'Les échéances de Citego (envoi hebdomadaire de Citego, à arrêter dans Citego › Calendrier).',
      '',
      '30/01/2026 — Versement C-2025-009 (12\u202f000,00\u202f€)',
      '30/01/2026 — Opportunité « Prolongation de l’atlas en 2026 » : Relancer la direction de la coopération',
      '31/01/2026 — Suivi de la décision « Révision de la charte pour les universités étrangères » (Paul Girard)',
      '',
      'En retard',
      '30/06/2025 — Compte rendu financier (Cerfa 15059) de la subvention C-2024-003',
      '30/11/2025 — Dossier « Alimentation et territoires » à rendre',
      '15/12/2025 — Dossier « Les communs urbains, une analyse » à rendre',
      '31/12/2025 — Dossier « Villes et climat » à rendre',
      '10/01/2026 — Suivi de la décision « Recrutement d’un volontaire en service civique » (Nadia Benali)',
      '10/01/2026 — Opportunité « Chaire coopération décentralisée » : Rencontrer A. Morel',
      '20/01/2026 — Opportunité « Formation des élus sud-américains 2026 » : Visio avec D. Ramírez',
    ]);
  });
});
