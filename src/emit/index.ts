/**
 * Emit stage: Graph → the files of `content/` (MDX pages and graph.json), as a map from relative
 * path to text. Pure and deterministic: same graph, byte-identical files.
 * (Stub: replaced by the real implementation.)
 */
import type { Graph } from '../model/graph.ts';

export function emit(graph: Graph): Map<string, string> {
  return new Map([['graph.json', JSON.stringify(graph, null, 2) + '\n']]);
}
