/**
 * Parse the text of a `graph.json` into a Graph, with a clear error when it is not one.
 * Pure: the caller reads the file.
 */
import { DossierError, error } from '../model/diagnostic.ts';
import type { Graph } from '../model/graph.ts';

const LISTS = ['sources', 'actors', 'quotes', 'statements', 'figures', 'events', 'topics', 'disagreements'] as const;

export function parseGraph(text: string, file: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DossierError(error(file, 'graph-json', `not valid JSON: ${(e as Error).message}`, {
      hint: 'pass the graph.json written by `dossier pipeline` (content/graph.json)',
    }));
  }
  if (typeof data !== 'object' || data === null || (data as { schema?: unknown }).schema !== 'dossier-graph/1') {
    throw new DossierError(error(file, 'graph-schema', 'not a Dossier graph (expected "schema": "dossier-graph/1")', {
      hint: 'pass the graph.json written by `dossier pipeline` (content/graph.json)',
    }));
  }
  const graph = data as Record<string, unknown>;
  // Older or partial graphs may lack a list: treat it as empty rather than failing.
  for (const key of LISTS) if (!Array.isArray(graph[key])) graph[key] = [];
  return graph as unknown as Graph;
}
