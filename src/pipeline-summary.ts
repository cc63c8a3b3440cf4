/** What a pipeline run reports to its caller when the run itself happened elsewhere (a worker thread). */
import type { Diagnostic } from './model/diagnostic.ts';
import type { PipelineResult, StageName } from './pipeline.ts';

export interface PipelineSummary {
  diagnostics: Diagnostic[];
  counts: { sources: number; actors: number; quotes: number; figures: number; events: number };
  fileCount: number;
  write: { written: string[]; removed: string[]; unchanged: number; sizes: [string, number][] };
  pageGroups: { total: number; built: number };
  timings: Partial<Record<StageName, number>>;
}

export function summarize(result: PipelineResult): PipelineSummary {
  const g = result.graph;
  return {
    diagnostics: result.diagnostics,
    counts: { sources: g.sources.length, actors: g.actors.length, quotes: g.quotes.length, figures: g.figures.length, events: g.events.length },
    fileCount: result.fileCount,
    write: {
      written: result.write.written,
      removed: result.write.removed,
      unchanged: result.write.unchanged,
      sizes: [...result.write.records].map(([file, r]) => [file, r.size]),
    },
    pageGroups: result.pageGroups,
    timings: result.timings,
  };
}
