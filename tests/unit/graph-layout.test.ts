import { atlasGraph } from '../../shared/graph/atlas';
import { layoutGraph, OTHER_COLOR } from '../../shared/graph/layout';
import type { CitegoGraph } from '../../shared/graph/model';
import { networkGraph } from '../../shared/graph/network';
import type { IsoDate } from '../../shared/values/dates';
import type { CellValue } from '../../shared/sheets/ports';
import { graphBook } from '../helpers/graph-book';

function crowdedSheets(): Record<string, CellValue[][]> {
  const ids = Array.from({ length: 300 }, (_, i) => `PE-${String(i + 1).padStart(4, '0')}`);
  return {
    Personnes: [['ID', 'Nom', 'Organisation'], ...ids.map((id, i) => [id, `Personne ${i + 1}`, `P-000${(i % 6) + 1}`])],
    Membres: [['Groupe', 'Personne'], ...ids.map((id, i) => [`G-000${(i % 4) + 1}`, id])],
  };
}

const YEAR_2025 = { first: '2025-01-01' as IsoDate, last: '2025-12-31' as IsoDate, label: '2025' };

const positions = (g: CitegoGraph) => g.mapNodes((id, a) => `${id}:${a.x.toFixed(6)},${a.y.toFixed(6)},${a.color}`);

/** Pairs of discs that cover each other (centres closer than the sum of their radii). */
function overlaps(g: CitegoGraph): string[] {
  const nodes = g.mapNodes((id, a) => ({ id, ...a }));
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.size + b.size - 1e-6) out.push(`${a.id}/${b.id}`);
    }
  return out;
}

describe('network model', () => {
  it('holds the partners, persons, projects, groups and reviewed dossiers, linked as the sheets say', () => {
    const g = networkGraph(graphBook());
    const kinds = g.reduceNodes((acc, _id, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }), {} as Record<string, number>);
    expect(kinds).toEqual({ partner: 7, person: 8, project: 3, group: 4, dossier: 1 });
    const kindsOfEdges = g.reduceEdges((acc, _e, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }), {} as Record<string, number>);
    // 7 persons with an organisation; 10 mandates; 3 groups with a project + 1 with a dossier (the
    // committee named again by the dossier is the same edge); 3 conventions.
    expect(kindsOfEdges).toEqual({ affiliation: 7, membership: 10, scope: 4, convention: 3 });
    expect(g.hasEdge('PE-0003', 'G-0002')).toBe(true);
    expect(g.getNodeAttribute('G-0001', 'label')).toBe('Groupe gouvernance urbaine');
  });

  it('keeps, for a year, only the mandates and conventions that ran during it', () => {
    const g = networkGraph(graphBook(), YEAR_2025);
    expect(g.hasEdge('PE-0006', 'G-0003')).toBe(false); // ended 31/12/2024
    expect(g.hasEdge('P-0006', 'DOSS')).toBe(false); // the 2024 convention
    expect(g.hasEdge('P-0004', 'ATLAS')).toBe(true);
  });
});

describe('layout', () => {
  it('gives the same picture every time (seeded positions, fixed iterations, seeded communities)', () => {
    const [a, b] = [networkGraph(graphBook()), networkGraph(graphBook())];
    layoutGraph(a, { colourBy: 'community' });
    layoutGraph(b, { colourBy: 'community' });
    expect(positions(a)).toEqual(positions(b));
    const c = networkGraph(graphBook());
    layoutGraph(c, { colourBy: 'community', seed: 7 });
    expect(positions(c)).not.toEqual(positions(a));
  });

  it('leaves no disc over another after the overlap-removal pass, on the network and the atlas', () => {
    const net = networkGraph(graphBook());
    layoutGraph(net, { colourBy: 'community' });
    expect(overlaps(net)).toEqual([]);
    // A crowded network: 300 persons in 5 groups, which ForceAtlas2 packs around their hubs.
    const crowd = networkGraph(graphBook(crowdedSheets()));
    layoutGraph(crowd, { colourBy: 'community' });
    expect(overlaps(crowd)).toEqual([]);
    const atlas = atlasGraph(graphBook());
    layoutGraph(atlas, { colourBy: 'category' });
    expect(overlaps(atlas)).toEqual([]);
  });

  it('colours the atlas by domain: the terms of one domain share a colour, a term without domain is grey', () => {
    const g = atlasGraph(graphBook());
    layoutGraph(g, { colourBy: 'category' });
    const colour = (t: string) => g.getNodeAttribute(t, 'color');
    expect(colour('foncier')).toBe(colour('urbanisme'));
    expect(colour('foncier')).not.toBe(colour('gouvernance urbaine'));
    expect(colour('terme orphelin')).toBe(OTHER_COLOR);
    expect(g.getNodeAttribute('budget participatif', 'size')).toBeGreaterThan(g.getNodeAttribute('foncier', 'size'));
  });

  it('finds the communities of the network: the governance group and its members share a colour', () => {
    const g = networkGraph(graphBook());
    layoutGraph(g, { colourBy: 'community' });
    const colour = (id: string) => g.getNodeAttribute(id, 'color');
    expect(colour('PE-0001')).toBe(colour('G-0001'));
    expect(new Set(g.mapNodes((_id, a) => a.color)).size).toBeGreaterThan(1);
  });
});
