/**
 * Folder of sources → graph, for the eval: the lead's reader and pipeline stages (read → ingest →
 * extract → graph). The eval measures extraction alone, so a folder's catalog.yaml is not applied.
 */
import path from 'node:path';
import type { Graph } from '../model/graph.ts';
import { runStages } from '../pipeline.ts';
import { readSeeds } from '../io/seeds.ts';

export async function graphForEval(dir: string): Promise<Graph> {
  const read = await readSeeds(dir, path.basename(dir));
  return (await runStages(read.seeds, { catalog: null })).graph;
}
