/**
 * `citego atlas --gexf FILE.gexf`: the atlas as a graph for Gephi — the graph and its layout are
 * shared/graph's (atlas.ts, layout.ts, the domains as colours), the GEXF 1.3 text its writer's.
 */
import { resolve } from 'node:path';
import { atlasGraph } from '../../shared/graph/atlas';
import { writeGexf } from '../../shared/graph/gexf';
import { layoutGraph } from '../../shared/graph/layout';
import { catalogue } from '../../shared/i18n/catalogue';
import { readWorkbook } from '../../shared/sheets/parsed-workbook';
import { paint, shownPath, type Io } from '../cli/io';
import { parseToday } from '../cli/options';
import { writeFileAtomic } from '../files';
import { readSource, type SourceOptions } from '../cli/source';

export async function exportGexf(io: Io, from: SourceOptions, file: string): Promise<number> {
  const book = readWorkbook((await readSource(io, from)).reader, io.lang);
  const graph = atlasGraph(book);
  layoutGraph(graph, { colourBy: 'category' });
  const name = book.settings.associationName.trim();
  const path = resolve(file);
  await writeFileAtomic(
    path,
    writeGexf(graph, { lastModified: parseToday(undefined), description: name ? `Atlas relationnel — ${name}` : 'Atlas relationnel' }),
  );
  io.out(paint(io, 'green', catalogue(io.lang).skos.gexfWritten(shownPath(path), graph.order, graph.size)));
  return 0;
}
