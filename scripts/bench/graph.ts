/**
 * The pictures' bench (docs/domain.md, "Pictures of the network and the atlas"): the network of
 * 2 000 partners and 10 000 persons (with their groups, mandates and conventions), and the atlas of
 * 5 000 terms and 20 000 relations, built here as sheets, read, laid out and drawn (SVG and PNG).
 */
import type { CellValue } from '../../shared/sheets/ports';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { atlasPicture, networkPicture } from '../../shared/graph/picture';
import { pictureSvg } from '../../shared/graph/svg';
import { picturePng } from '../../shared/graph/raster';
import { MemoryWorkbook } from '../../tests/fakes/memory-workbook';

const pad = (n: number) => String(n).padStart(4, '0');
const TYPES = ['réseau de villes', 'université', 'centre de recherche', 'association', 'collectivité', 'fondation'];
const RELATIONS = ['plus large', 'associé', 'voir aussi', 'plus précis'];

/** A network: partners, persons working for them, 300 groups of 30 to 60 members, 60 projects, 3 000 conventions. */
export function networkSheets(partners = 2000, persons = 10000): Record<string, CellValue[][]> {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n) + 0;
  const groups = 300;
  return {
    Partenaires: [
      ['ID', 'Nom', 'Type', 'Pays'],
      ...Array.from({ length: partners }, (_, i) => [`P-${pad(i + 1)}`, `Partenaire ${i + 1}`, TYPES[i % 6], 'France']),
    ],
    Projets: [['Code', 'Intitulé'], ...Array.from({ length: 60 }, (_, i) => [`PRJ-${i + 1}`, `Projet ${i + 1}`])],
    Personnes: [
      ['ID', 'Nom', 'Organisation'],
      ...Array.from({ length: persons }, (_, i) => [`PE-${pad(i + 1)}`, `Personne ${i + 1}`, `P-${pad(rnd(partners) + 1)}`]),
    ],
    Groupes: [
      ['ID', 'Nom', 'Type', 'Projet'],
      ...Array.from({ length: groups }, (_, i) => [`G-${pad(i + 1)}`, `Groupe ${i + 1}`, 'groupe de travail', `PRJ-${(i % 60) + 1}`]),
    ],
    Membres: [
      ['Groupe', 'Personne', 'Depuis'],
      ...Array.from({ length: 13500 }, () => [`G-${pad(rnd(groups) + 1)}`, `PE-${pad(rnd(persons) + 1)}`, '01/01/2025']),
    ],
    Conventions: [
      ['ID', 'Partenaire', 'Projet', 'Montant', 'Début', 'Fin'],
      ...Array.from({ length: 3000 }, (_, i) => [
        `C-${i + 1}`,
        `P-${pad(rnd(partners) + 1)}`,
        `PRJ-${rnd(60) + 1}`,
        '1 000,00',
        '01/01/2025',
        '31/12/2025',
      ]),
    ],
  };
}

/** An atlas: terms in 12 domains, relations mostly within a domain, an Index of 20 000 rows. */
export function atlasSheets(terms = 5000, relations = 20000): Record<string, CellValue[][]> {
  let seed = 11;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const term = (i: number) => `Terme ${i + 1}`;
  return {
    Atlas: [['Terme', 'Domaine'], ...Array.from({ length: terms }, (_, i) => [term(i), `Domaine ${(i % 12) + 1}`])],
    Relations: [
      ['De', 'Relation', 'Vers'],
      ...Array.from({ length: relations }, (_, i) => {
        const from = rnd(terms);
        const to = rnd(4) === 0 ? rnd(terms) : (from + 12 * (1 + rnd(30))) % terms;
        return [term(from), RELATIONS[i % 4], term(to)];
      }),
    ],
    Index: [['Contenu', 'Terme'], ...Array.from({ length: 20000 }, () => [`D-${pad(rnd(3000) + 1)}`, term(rnd(terms))])],
  };
}

/** The processor time of `f` (user + system), which other processes on the machine do not inflate. */
function timed<T>(f: () => T): [T, number] {
  const start = process.cpuUsage();
  const v = f();
  const used = process.cpuUsage(start);
  return [v, (used.user + used.system) / 1000];
}

export interface GraphBench {
  readonly network: { readMs: number; pictureMs: number; nodes: number; edges: number };
  readonly atlas: { readMs: number; pictureMs: number; nodes: number; edges: number };
}

/** Reads each workbook, then times its picture: laid out, drawn as SVG and as PNG. */
export function benchGraph(): GraphBench {
  const year = { first: '2025-01-01', last: '2025-12-31', label: '2025' } as Parameters<typeof networkPicture>[1];
  const [net, netRead] = timed(() => readWorkbook(new MemoryWorkbook(networkSheets())));
  const [netPicture, netMs] = timed(() => {
    const p = networkPicture(net, year, 'fr');
    pictureSvg(p);
    picturePng(p);
    return p;
  });
  const [atlas, atlasRead] = timed(() => readWorkbook(new MemoryWorkbook(atlasSheets())));
  const [atlasPic, atlasMs] = timed(() => {
    const p = atlasPicture(atlas, 'fr');
    pictureSvg(p);
    picturePng(p);
    return p;
  });
  return {
    network: { readMs: netRead, pictureMs: netMs, nodes: netPicture.nodes.length, edges: netPicture.edges.length },
    atlas: { readMs: atlasRead, pictureMs: atlasMs, nodes: atlasPic.nodes.length, edges: atlasPic.edges.length },
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('fr-FR');

/**
 * Prints the pictures' times beside their targets: the network ≤ 2× the read time of the largest
 * synthetic workbook measured (`largestReadMs`, when there is one), the atlas ≤ 3 s.
 */
export function printGraphBench(largestReadMs: number | null): void {
  const b = benchGraph();
  const against =
    largestReadMs === null
      ? ''
      : ` ; lecture du plus grand classeur synthétique : ${fmt(largestReadMs)} ms (${(b.network.pictureMs / largestReadMs).toFixed(2)}×)`;
  process.stdout.write(
    `\nImages du réseau et de l’atlas (temps processeur : disposition ForceAtlas2 + noverlap, communautés, SVG et PNG)\n\n` +
      `réseau : ${fmt(b.network.nodes)} nœuds, ${fmt(b.network.edges)} liens — lecture ${fmt(b.network.readMs)} ms, image ${fmt(b.network.pictureMs)} ms${against}\n` +
      `atlas : ${fmt(b.atlas.nodes)} termes, ${fmt(b.atlas.edges)} relations — lecture ${fmt(b.atlas.readMs)} ms, image ${fmt(b.atlas.pictureMs)} ms\n` +
      `Objectifs : image du réseau (2 000 partenaires, 10 000 personnes) ≤ 2× la lecture ; atlas de 5 000 termes et 20 000 relations ≤ 3 s.\n`,
  );
}
