/**
 * Graph stage: per-source extractions → one resolved knowledge graph (aliases merged into canonical
 * actors, disagreements detected, topics grouped, stable ids).
 * (Stub: replaced by the real implementation.)
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Graph } from '../model/graph.ts';
import type { Source } from '../model/source.ts';
import type { SourceExtraction } from '../extract/index.ts';

export interface GraphResult {
  graph: Graph;
  /** For the editor: unattributed quotes, ambiguous names, new names, variant merges. */
  review: unknown;
  diagnostics: Diagnostic[];
}

export function buildGraph(sources: readonly Source[], extractions: readonly SourceExtraction[], catalog: unknown = null): GraphResult {
  void extractions; void catalog;
  return {
    graph: { schema: 'dossier-graph/1', sources: [...sources], actors: [], quotes: [], statements: [], figures: [], events: [], topics: [], disagreements: [] },
    review: {},
    diagnostics: [],
  };
}
