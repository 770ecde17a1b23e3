/**
 * The memory and the calendar's bench (docs/domain.md, "Memory and calendar"): 50 000 synthetic
 * Mémoire entries indexed once, then typical queries timed (the slowest of several runs counts:
 * ≤ 100 ms each); the calendar over a synthetic workbook beside the time to read that workbook.
 */
import { MemoryIndex, type MemoryEntry } from '../../shared/memory/search';
import { calendarOf } from '../../shared/calendar/calendar';
import type { ParsedWorkbook } from '../../shared/sheets/parsed-workbook';
import type { IsoDate } from '../../shared/values/dates';
import { prng } from '../../examples/fixtures/ledger';

const TYPES = ['AG', 'bureau', 'décision', 'événement', 'publication', 'partenariat'];
const WORDS = (
  'charte partenariat convention subvention budget prévisionnel assemblée générale bureau atlas relationnel ' +
  'formation élus séminaire restitution dossier thématique eau gouvernance territoires coopération université ' +
  'recherche publication fiche cas analyse communs urbains prolongation région métropole fondation mécénat ' +
  'rapport financier compte rendu versement échéance comité pilotage relecture réseau villes transition numérique'
).split(' ');
const PEOPLE = ['Claire Martin', 'Paul Girard', 'Nadia Benali', 'Jean Dupuis', 'Amina Sow', 'Hélène Roche'];

/** A vocabulary as a real log's: the domain's words among 4 000 others, drawn with Zipf-like skew. */
function vocabulary(rand: () => number): string[] {
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ra', 'se', 'ti', 'vo', 'ré', 'tion', 'ment', 'eur', 'ale'];
  const made = Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''),
  );
  // The domain's words spread among the frequent and the rare ones.
  WORDS.forEach((w, i) => made.splice(20 + i * 60, 0, w));
  return made;
}

/** `n` entries over 30 years, each a title of 5 words and a text of 25, some linked to a partner or a project. */
export function syntheticMemory(n: number): MemoryEntry[] {
  const rand = prng(16);
  const vocab = vocabulary(rand);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const word = () => vocab[Math.floor(vocab.length * rand() ** 2.5)];
  const words = (k: number) => Array.from({ length: k }, word).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    date: `${1996 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` as IsoDate,
    type: pick(TYPES),
    title: words(5),
    description: words(25),
    participants: `${pick(PEOPLE)}, ${pick(PEOPLE)}`,
    partner: i % 3 === 0 ? `P-${String(1 + (i % 40)).padStart(4, '0')}` : null,
    convention: null,
    project: i % 4 === 0 ? pick(['ATLAS', 'FORM', 'SITE', 'COOP']) : null,
    dossier: null,
    group: null,
  }));
}

const QUERIES: { text: string; type?: string; year?: number }[] = [
  { text: 'charte' },
  { text: 'charte partenariat' },
  { text: 'assemblee generale' },
  { text: 'conventoin' },
  { text: 'subv', type: 'décision' },
  { text: 'séminaire restitution', year: 2010 },
  { text: '', type: 'AG', year: 2020 },
];

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The index's build time and, per query, the slowest of five runs. */
export function benchMemorySearch(n: number): { entries: number; buildMs: number; queries: { query: string; hits: number; ms: number }[] } {
  const entries = syntheticMemory(n);
  const start = process.hrtime.bigint();
  const index = new MemoryIndex(entries, {});
  const buildMs = ms(start);
  const queries = QUERIES.map((q) => {
    let worst = 0;
    let hits = 0;
    for (let i = 0; i < 5; i++) {
      const t = process.hrtime.bigint();
      hits = index.search({ text: q.text, type: q.type ?? null, year: q.year ?? null, partner: null, project: null }).length;
      worst = Math.max(worst, ms(t));
    }
    return { query: [q.text && `« ${q.text} »`, q.type, q.year].filter(Boolean).join(' '), hits, ms: worst };
  });
  return { entries: n, buildMs, queries };
}

/** The calendar of a workbook already read (its tables parsed): the time it takes, and its items. */
export function timeCalendar(book: ParsedWorkbook): { ms: number; items: number } {
  const start = process.hrtime.bigint();
  const items = calendarOf(book, { agDate: '2026-06-13' as IsoDate, today: '2026-01-15' as IsoDate });
  return { ms: ms(start), items: items.length };
}
