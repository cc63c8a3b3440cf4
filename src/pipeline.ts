/**
 * The pipeline, as a list of stages: seeds → ingest → extract → graph (resolve) → emit → content/.
 * `runStages` is pure (data in, data out); `runPipeline` adds the two file-system ends.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCatalog } from './catalog/index.ts';
import { buildGraph } from './graph/index.ts';
import { emitIncremental } from './emit/index.ts';
import { graphJson, writeGraphJson } from './emit/graph-json.ts';
import type { PageSink } from './emit/index.ts';
import type { EmitMemo } from './emit/memo.ts';
import { loadEmitState, saveEmitState } from './cache/emit-memo.ts';
import type { SourceExtraction } from './extract/index.ts';
import { assembleSources } from './ingest/assemble.ts';
import { makeExtractor } from './cache/extractor.ts';
import type { ExtractAll } from './cache/index.ts';
import { makeSeedReader } from './cache/reader.ts';
import type { SeedReader } from './cache/reader.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { Graph } from './model/graph.ts';
import type { SeedFile } from './model/source.ts';
import { ContentWriter, listNotes, verifyOnDisk } from './io/content.ts';
import { checkNotes } from './emit/notes.ts';
import type { WriteReport } from './io/content.ts';
import { readCatalogText, readSeeds } from './io/seeds.ts';

export type StageName = 'read' | 'ingest' | 'extract' | 'graph' | 'emit' | 'write';

export interface StagesResult {
  graph: Graph;
  review: unknown;
  /** Files built in this run (every page, without a memo), graph.json and review.json: path → text (empty with a sink). */
  files: Map<string, string>;
  /** How many files the run made or kept. */
  fileCount: number;
  /** Pages reused from the last run (with a memo): path → hash. */
  kept: Map<string, string>;
  /** What the next run needs to reuse pages (src/emit/memo.ts). */
  memo: EmitMemo;
  /** Groups of pages, and how many were built (the rest reused). */
  pageGroups: { total: number; built: number };
  diagnostics: Diagnostic[];
  timings: Partial<Record<StageName, number>>;
}

export interface StageOptions {
  /** Catalog text and the name to report it under. */
  catalog?: { text: string; file: string } | null;
  /** Called when a stage ends, for progress output. */
  onStage?: (stage: StageName, ms: number, count: number) => void;
  /** Extracts all sources (default: `extract` on each, inline); runPipeline passes the cached, parallel one. */
  extractAll?: ExtractAll;
  /** Reads all seed files ahead for ingest (default: inline); runPipeline passes the cached, parallel one. */
  readAll?: SeedReader;
  /** The last run's emit memo and the files of content/ on disk as written (runPipeline passes them). */
  memo?: EmitMemo | null;
  onDisk?: ReadonlyMap<string, string>;
  /** Takes each file as it is made (runPipeline's content writer), so the run never holds the site's text. */
  sink?: PageSink & { put(path: string, text: string | ((out: (chunk: string) => void) => void)): void };
}

function timed<T>(stage: StageName, timings: StagesResult['timings'], fn: () => T): T {
  const start = performance.now();
  const value = fn();
  timings[stage] = performance.now() - start;
  return value;
}

/** Pure part of the pipeline: seed files → content files. */
export async function runStages(seeds: readonly SeedFile[], options: StageOptions = {}): Promise<StagesResult> {
  const timings: StagesResult['timings'] = {};
  const report = (stage: StageName, count: number) => options.onStage?.(stage, timings[stage] ?? 0, count);
  const ingestStart = performance.now();
  // The readers and extractors (HTML and markdown parsers, NLP models) load only when a seed needs them: a run whose
  // seeds are all cached never loads them.
  const ingested = options.readAll
    ? assembleSources(seeds, await options.readAll(seeds))
    : (await import('./ingest/index.ts')).ingest(seeds);
  timings.ingest = performance.now() - ingestStart;
  report('ingest', ingested.sources.length);
  const extractStart = performance.now();
  let extractions: SourceExtraction[] = options.extractAll
    ? await options.extractAll(ingested.sources)
    : await import('./extract/index.ts').then(({ extract }) => ingested.sources.map((s) => extract(s)));
  timings.extract = performance.now() - extractStart;
  report('extract', extractions.length);
  const catalog = options.catalog ? parseCatalog(options.catalog.text, options.catalog.file) : null;
  const built = timed('graph', timings, () => buildGraph(ingested.sources, extractions, catalog));
  extractions = []; // the graph holds what the pages need; the per-source results can go
  report('graph', built.graph.actors.length);
  const emitStart = performance.now();
  const sink = options.sink;
  const emitted = emitIncremental(built.graph, { memo: options.memo, onDisk: options.onDisk, sink });
  const files = emitted.files;
  const review = JSON.stringify(built.review, null, 2) + '\n';
  if (sink) {
    sink.put('graph.json', (out) => writeGraphJson(built.graph, out));
    sink.put('review.json', review);
  } else {
    files.set('graph.json', graphJson(built.graph));
    files.set('review.json', review);
  }
  timings.emit = performance.now() - emitStart;
  const fileCount = emitted.builtPages + emitted.kept.size + 2;
  report('emit', fileCount);
  return {
    graph: built.graph,
    review: built.review,
    files,
    fileCount,
    kept: emitted.kept,
    memo: emitted.memo,
    pageGroups: { total: emitted.groups, built: emitted.built },
    diagnostics: [...ingested.diagnostics, ...built.diagnostics],
    timings,
  };
}

export interface PipelineOptions extends Pick<StageOptions, 'onStage'> {
  /** Project root; seeds and content folders are relative to it. */
  root: string;
  seedsDir?: string;
  contentDir?: string;
  /** Cache of per-source extraction results, relative to root (default `.dossier/cache`); null disables it. */
  cacheDir?: string | null;
  /** Worker threads for extraction when many sources are not cached (default 'auto' = cores; 0 = inline). */
  workers?: number | 'auto';
}

export interface PipelineResult extends StagesResult {
  write: WriteReport;
  sources: number;
}

/** Seeds folder → content folder, atomically. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const seedsDir = path.resolve(options.root, options.seedsDir ?? 'seeds');
  const contentDir = path.resolve(options.root, options.contentDir ?? 'content');
  const cacheDir = options.cacheDir === null ? null : path.resolve(options.root, options.cacheDir ?? '.dossier/cache');
  const label = path.relative(options.root, seedsDir) || '.';
  const start = performance.now();
  const read = await readSeeds(seedsDir, label);
  const catalogText = await readCatalogText(seedsDir);
  const readMs = performance.now() - start;
  options.onStage?.('read', readMs, read.seeds.length);
  // The last run's pages: reused where the data they read is unchanged and their files are still as written.
  const state = cacheDir ? await loadEmitState(cacheDir, contentDir) : null;
  const onDisk = state ? await verifyOnDisk(contentDir, state.files) : new Map<string, string>();
  // Pages go to content/ as they are made (beside their place until the commit below).
  const writer = await ContentWriter.open(contentDir, { onDisk, records: state?.files });
  const seeds = read.seeds;
  read.seeds = []; // the seed bytes are read by then: not held for the rest of the run
  let result: StagesResult;
  try {
    result = await runStages(seeds, {
    sink: writer,
    memo: state?.memo ?? null,
    onDisk,
    catalog: catalogText === null ? null : { text: catalogText, file: `${label}/catalog.yaml` },
    onStage: options.onStage,
    extractAll: makeExtractor({ cacheDir, workers: options.workers ?? 'auto' }),
    readAll: makeSeedReader({ cacheDir, workers: options.workers ?? 'auto' }),
  });
  } catch (e) {
    await writer.abort();
    throw e;
  }
  const notes = checkNotes(result.graph, await listNotes(contentDir), path.relative(options.root, contentDir) || 'content');
  result.diagnostics.push(...notes);
  const writeStart = performance.now();
  const write = await writer.commit();
  if (cacheDir) await saveEmitState(cacheDir, contentDir, { memo: result.memo, files: write.records });
  result.timings.read = readMs;
  result.timings.write = performance.now() - writeStart;
  options.onStage?.('write', result.timings.write, write.written.length);
  return {
    ...result,
    diagnostics: [...read.diagnostics, ...result.diagnostics],
    write,
    sources: result.graph.sources.length,
  };
}

/** The knowledge graph of any folder of sources (used by `dossier extract` and the eval). */
export async function graphFromDir(dir: string): Promise<{ graph: Graph; review: unknown; diagnostics: Diagnostic[] }> {
  const read = await readSeeds(dir, path.basename(dir));
  const catalogText = await readCatalogText(dir);
  const result = await runStages(read.seeds, {
    catalog: catalogText === null ? null : { text: catalogText, file: path.join(path.basename(dir), 'catalog.yaml') },
  });
  return { graph: result.graph, review: result.review, diagnostics: [...read.diagnostics, ...result.diagnostics] };
}
