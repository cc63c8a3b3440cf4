/**
 * Test helpers: throwaway git repositories in the system temp folder, and a small fake site build
 * that records what the deploy passed to it (base path, build info) in the pages it writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildFn } from '../../src/deploy/build.ts';
import { diffGraphs } from '../../src/diff/graph-diff.ts';
import { parseGraph } from '../../src/diff/read-graph.ts';
import type { Graph } from '../../src/model/graph.ts';

const ID = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

export function sh(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...ID }, stdio: ['ignore', 'pipe', 'pipe'] });
}

const made: string[] = [];
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dossier-test-${label}-`));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A project repository with content/graph.json committed. */
export function makeProject(graph: Graph): string {
  const root = tempDir('project');
  sh(root, ['init', '-q', '-b', 'main']);
  writeFile(join(root, 'seeds', 'a.txt'), 'A seed.\n');
  setGraph(root, graph);
  return root;
}

/** Replace content/graph.json and commit it. */
export function setGraph(root: string, graph: Graph): string {
  writeFile(join(root, 'content', 'graph.json'), JSON.stringify(graph, null, 2) + '\n');
  sh(root, ['add', '-A']);
  sh(root, ['commit', '-q', '-m', 'graph', '--allow-empty']);
  return sh(root, ['rev-parse', 'HEAD']).trim();
}

export function makeBare(): string {
  const dir = tempDir('bare');
  sh(dir, ['init', '-q', '--bare', '-b', 'main']);
  return dir;
}

/** `path → blob id` of every file on a branch (under a folder, when given). */
export function blobs(gitDir: string, branch: string, under?: string): Map<string, string> {
  const out = sh(gitDir, ['ls-tree', '-r', `refs/heads/${branch}`, ...(under ? ['--', under] : [])]);
  const map = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const [meta, path] = line.split('\t') as [string, string];
    map.set(path, meta.split(' ')[2]!);
  }
  return map;
}

export function show(gitDir: string, spec: string): string {
  return sh(gitDir, ['show', spec]);
}

export function head(gitDir: string, branch: string): string | null {
  try {
    return sh(gitDir, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`]).trim();
  } catch {
    return null;
  }
}

/**
 * A stand-in for pipeline + astro build: pages for the overview, each actor, /changes/ (from the
 * real diff of the previous graph) and a 404, plus an asset, all stamped with the build info.
 */
export const fakeBuild: BuildFn = async ({ root, base, outDir, env }) => {
  const graph = parseGraph(readFileSync(join(root, 'content', 'graph.json'), 'utf8'), 'content/graph.json');
  const stamp = `<footer data-version="${env.DOSSIER_VERSION}" data-date="${env.DOSSIER_BUILD_DATE}" data-commit="${env.DOSSIER_SEED_COMMIT}" data-versions="${env.DOSSIER_VERSIONS_URL}"></footer>`;
  const page = (rel: string, body: string): void => writeFile(join(outDir, rel), `<!doctype html><link rel="stylesheet" href="${base}_astro/site.css"><main>${body}</main>${stamp}\n`);
  page('index.html', `<h1>Overview</h1>${graph.actors.map((a) => `<a href="${base}actors/${a.id}/">${a.name}</a>`).join('')}`);
  for (const a of graph.actors) page(`actors/${a.id}/index.html`, `<h1>${a.name}</h1>`);
  let changes = '<p>first version</p>';
  if (env.DOSSIER_PREVIOUS_GRAPH && existsSync(env.DOSSIER_PREVIOUS_GRAPH)) {
    const d = diffGraphs(parseGraph(readFileSync(env.DOSSIER_PREVIOUS_GRAPH, 'utf8'), 'previous'), graph);
    changes = `<p>since ${env.DOSSIER_PREVIOUS_VERSION}</p><ul>${d.sources.added.map((s) => `<li>new source ${s.slug}</li>`).join('')}${d.sources.removed.map((s) => `<li>removed source ${s.slug}</li>`).join('')}</ul>`;
  }
  page('changes/index.html', changes);
  page('404.html', `<h1>Not found in ${env.DOSSIER_VERSION}</h1>`);
  writeFile(join(outDir, '_astro', 'site.css'), `body{font-family:serif}/*${env.DOSSIER_VERSION}*/\n`);
};
