/**
 * Folder of sources → graph, for the eval (until the lead's pipeline provides `graphFromDir`).
 * Reads `.txt`, `.md`, `.html` files (not README.md), runs ingest → extract → buildGraph without catalog.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../model/graph.ts';
import type { SeedFile } from '../model/source.ts';
import { ingest } from '../ingest/index.ts';
import { extract } from '../extract/index.ts';
import { buildGraph } from '../graph/index.ts';
import { throwawayRead } from './throwaway-reader.ts';

export function readSeedDir(dir: string): SeedFile[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^readme\.md$/i.test(f))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

export async function graphForEval(dir: string): Promise<Graph> {
  const seeds = readSeedDir(dir);
  let { sources } = ingest(seeds);
  if (sources.length === 0) sources = seeds.map(throwawayRead);
  const extractions = sources.map(extract);
  return buildGraph(sources, extractions, null).graph;
}
