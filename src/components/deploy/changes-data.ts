/**
 * Data for `/changes/`: the current graph (content/graph.json) compared with the previous deployed
 * version's graph, whose path `dossier deploy` passes in DOSSIER_PREVIOUS_GRAPH. Runs at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuildInfo } from '../../deploy/build-info.ts';
import { diffGraphs } from '../../diff/graph-diff.ts';
import type { GraphDiff } from '../../diff/graph-diff.ts';
import { parseGraph } from '../../diff/read-graph.ts';

export type ChangesData =
  | { kind: 'diff'; diff: GraphDiff; previous: string | null }
  | { kind: 'first' }
  | { kind: 'not-deployed' }
  | { kind: 'no-graph'; file: string };

export function currentGraphFile(env: Record<string, string | undefined>): string {
  return resolve(join((env.DOSSIER_CONTENT_DIR ?? './content').replace(/\/$/, ''), 'graph.json'));
}

export function loadChanges(info: BuildInfo, env: Record<string, string | undefined>): ChangesData {
  const file = currentGraphFile(env);
  if (!existsSync(file)) return { kind: 'no-graph', file };
  if (info.previousGraph === null || !existsSync(info.previousGraph)) return info.version === null ? { kind: 'not-deployed' } : { kind: 'first' };
  const next = parseGraph(readFileSync(file, 'utf8'), file);
  const prev = parseGraph(readFileSync(info.previousGraph, 'utf8'), info.previousGraph);
  return { kind: 'diff', diff: diffGraphs(prev, next), previous: info.previousVersion };
}
