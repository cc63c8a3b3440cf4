/**
 * `npm run bench`: Dossier's benchmark (issue 9). For each N: generates a synthetic corpus (bench/generate.ts), runs the
 * pipeline cold in its own process (time per stage, total, peak RSS), re-runs it warm, builds the site with Astro
 * (time, peak RSS, pages), runs Pagefind when the project uses it, and builds the floor (a bare Astro project over as many
 * trivial MDX pages as Dossier wrote). Then the incremental case at N = 1000: one seed changed, pipeline time and files rewritten.
 *
 *   npm run bench                          # N = 100, 1000 (a few minutes on 2 cores)
 *   npm run bench -- --n 100,1000,5000     # the full set
 *   npm run bench -- --n 1000 --no-astro   # the pipeline only
 * Options: --seed S, --workers W (extraction threads, default auto), --incremental N (default 1000 when measured),
 * --json <file> (write the figures as JSON; default bench/out/results.json).
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { astroBin } from '../src/cli/astro.ts';
import { writeCorpus } from './generate.ts';
import { measure } from './measure.ts';
import type { Measured } from './measure.ts';
import { OUT, REPO, coldAstro, countHtml, prepareFloor, prepareSite } from './projects.ts';

interface PipelineSummary {
  total: number;
  timings: Record<string, number>;
  sources: number;
  actors: number;
  quotes: number;
  figures: number;
  events: number;
  files: number;
  pages: number;
  bytes: number;
  largest: { file: string; bytes: number } | null;
  written: number;
  writtenFiles: string[];
  removed: number;
  diagnostics: number;
  maxRss: number;
  cpu: number;
}

interface Row {
  n: number;
  pipeline: PipelineSummary & { ms: number; peakRss: number };
  warm: { ms: number; total: number };
  astro: { ms: number; cpuMs: number; peakRss: number; pages: number } | null;
  pagefind: { ms: number; cpuMs: number; peakRss: number } | 'in astro build' | null;
  floor: { ms: number; cpuMs: number; peakRss: number; pages: number } | null;
  load: number[];
}

const args = process.argv.slice(2);
const get = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (get('--n') ?? '100,1000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const seed = Number(get('--seed') ?? 1);
const workers = get('--workers');
const withAstro = !args.includes('--no-astro');
const incrementalN = Number(get('--incremental') ?? (sizes.includes(1000) ? 1000 : 0));
const jsonOut = path.resolve(get('--json') ?? path.join(OUT, 'results.json'));
const tty = process.stderr.isTTY && !process.env.CI;

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const say = (text: string) => process.stderr.write(text + '\n');
const node = process.execPath;

async function pipeline(site: string, seeds: string, extra: string[] = []): Promise<PipelineSummary & Measured> {
  const child = path.join(REPO, 'bench', 'pipeline-child.ts');
  const flags = ['--root', site, '--seeds', seeds, ...(workers ? ['--workers', workers] : []), ...extra];
  if (!tty) flags.push('--quiet');
  const m = await measure(node, [child, ...flags], { cwd: site, showStderr: true });
  if (m.code !== 0) throw new Error(`pipeline failed on ${seeds} (exit ${m.code})`);
  const summary = JSON.parse(m.stdout.trim().split('\n').pop()!) as PipelineSummary;
  return { ...m, ...summary, peakRss: Math.max(m.peakRss, summary.maxRss) };
}

async function astroBuild(dir: string, label: string): Promise<Measured & { pages: number }> {
  await coldAstro(dir);
  if (tty) say(`  astro build (${label}) …`);
  const m = await measure(node, [astroBin(REPO), 'build'], { cwd: dir });
  if (m.code !== 0) throw new Error(`astro build failed in ${dir} (exit ${m.code})`);
  return { ...m, pages: await countHtml(path.join(dir, 'dist')) };
}

/** The search index as the project's build makes it: src/search/index-site.ts (Pagefind), in its own process. */
async function pagefind(site: string): Promise<Row['pagefind']> {
  if (existsSync(path.join(site, 'dist', 'pagefind'))) return 'in astro build';
  if (!existsSync(path.join(REPO, 'src', 'search', 'index-site.ts'))) return null;
  const m = await measure(node, [path.join(REPO, 'bench', 'search-child.ts'), 'dist'], { cwd: site });
  return m.code === 0 ? { ms: m.ms, cpuMs: m.cpuMs, peakRss: m.peakRss } : null;
}

async function benchOne(n: number): Promise<Row> {
  say(`\nN = ${n}`);
  const seeds = path.join(OUT, `seeds-${n}`);
  const corpus = await writeCorpus(seeds, { n, seed });
  say(`  corpus: ${corpus.files.length} seed files in ${path.relative(REPO, seeds)}/ (${corpus.written ? 'generated' : 'unchanged'})`);
  const site = await prepareSite(n);
  const cold = await pipeline(site, seeds);
  const warm = await pipeline(site, seeds);
  let astro: Row['astro'] = null;
  let pf: Row['pagefind'] = null;
  let floor: Row['floor'] = null;
  if (withAstro) {
    const a = await astroBuild(site, `Dossier, ${cold.pages} pages`);
    astro = { ms: a.ms, cpuMs: a.cpuMs, peakRss: a.peakRss, pages: a.pages };
    pf = await pagefind(site);
    // The floor has as many pages as Dossier's site (the targets compare builds of the same number of pages).
    const f = await astroBuild(await prepareFloor(cold.pages), `floor, ${cold.pages} pages`);
    floor = { ms: f.ms, cpuMs: f.cpuMs, peakRss: f.peakRss, pages: f.pages };
  }
  const row: Row = { n, pipeline: cold, warm: { ms: warm.ms, total: warm.total }, astro, pagefind: pf, floor, load: loadavg() };
  say(line(row));
  return row;
}

function line(r: Row): string {
  const t = r.pipeline.timings;
  const stages = ['read', 'ingest', 'extract', 'graph', 'emit', 'write'].map((s) => `${s} ${sec(t[s] ?? 0)}`).join(', ');
  const pf = r.pagefind === null ? 'pagefind n/a' : r.pagefind === 'in astro build' ? 'pagefind in astro build'
    : `pagefind ${sec(r.pagefind.ms)} (${mb(r.pagefind.peakRss)})`;
  const build = r.astro ? `astro build ${sec(r.astro.ms)} (CPU ${sec(r.astro.cpuMs)}, ${mb(r.astro.peakRss)}, ${r.astro.pages} pages), ${pf}` : 'astro skipped';
  const floor = r.floor ? `floor ${sec(r.floor.ms)} (CPU ${sec(r.floor.cpuMs)}, ${mb(r.floor.peakRss)}, ${r.floor.pages} pages)` : 'floor skipped';
  const ratio = r.floor
    ? `pipeline / astro-floor = ${pct(r.pipeline.total / r.floor.ms)} wall, ${pct(r.pipeline.cpu / r.floor.cpuMs)} CPU`
    : 'pipeline / astro-floor = n/a';
  return `N=${r.n}: ${stages}; pipeline ${sec(r.pipeline.total)} (CPU ${sec(r.pipeline.cpu)}, process ${sec(r.pipeline.ms)}, ` +
    `peak ${mb(r.pipeline.peakRss)}, ${r.pipeline.pages} pages, ${r.pipeline.files} files, ${mb(r.pipeline.bytes)}` +
    `${r.pipeline.largest ? ` (largest ${r.pipeline.largest.file} ${Math.round(r.pipeline.largest.bytes / 1024)} KB)` : ''}; ` +
    `warm re-run ${sec(r.warm.total)}); ` +
    `${build}; ${floor}; load ${r.load.map((x) => x.toFixed(1)).join('/')}; ${ratio}`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function incremental(n: number): Promise<{ ms: number; total: number; written: number; files: string[]; rebuild: number | null }> {
  const seeds = path.join(OUT, `seeds-${n}`);
  await writeCorpus(seeds, { n, seed });
  const site = path.join(OUT, `site-${n}`);
  if (!existsSync(path.join(site, 'content'))) {
    await prepareSite(n);
    await pipeline(site, seeds);
  }
  say(`\nIncremental, N = ${n}: one seed changed`);
  const names = (await readdir(seeds)).filter((f) => f.endsWith('.md')).sort();
  const target = path.join(seeds, names[Math.floor(names.length / 2)]!);
  const original = await readFile(target, 'utf8');
  try {
    await appendFile(target, '\nThe ministry said on Monday that a revised offer worth $3.5 billion would be published "within days, not weeks".\n');
    const run = await pipeline(site, seeds);
    let rebuild: number | null = null;
    if (withAstro && existsSync(path.join(site, 'dist'))) {
      const m = await measure(node, [astroBin(REPO), 'build'], { cwd: site });
      rebuild = m.code === 0 ? m.ms : null;
    }
    return { ms: run.ms, total: run.total, written: run.written, files: run.writtenFiles, rebuild };
  } finally {
    await writeFile(target, original);
  }
}

await mkdir(OUT, { recursive: true });
say(`Dossier benchmark: N = ${sizes.join(', ')}, seed ${seed}, workers ${workers ?? 'auto'}${withAstro ? '' : ', no Astro'}; ` +
  `load average ${loadavg().map((x) => x.toFixed(1)).join('/')} (wall times are only comparable on an idle machine; CPU times less affected)`);
const rows: Row[] = [];
for (const n of sizes) rows.push(await benchOne(n));
const inc = incrementalN > 0 ? await incremental(incrementalN) : null;

const out: string[] = ['', '== Dossier benchmark results =='];
for (const r of rows) out.push(line(r));
const r1 = rows.find((r) => r.n === 1000);
const r5 = rows.find((r) => r.n === 5000);
if (r1 && r5) {
  out.push(`pipeline N=5000 / N=1000 = ${(r5.pipeline.total / r1.pipeline.total).toFixed(2)} wall, ` +
    `${(r5.pipeline.cpu / r1.pipeline.cpu).toFixed(2)} CPU (linear: 5.0; target ≤ 5.5)`);
}
for (const r of rows) {
  if (r.astro && r.floor) {
    const pfMs = r.pagefind && r.pagefind !== 'in astro build' ? r.pagefind.ms : 0;
    const whole = r.pipeline.total + r.astro.ms + pfMs;
    out.push(`N=${r.n}: whole Dossier build (pipeline + astro + pagefind) ${sec(whole)} = ${(whole / r.floor.ms).toFixed(2)} × floor ` +
      `(${r.astro.pages} vs ${r.floor.pages} pages; per page ${((whole / r.astro.pages) / (r.floor.ms / r.floor.pages)).toFixed(2)} × floor)`);
  }
}
if (inc) {
  out.push(`incremental N=${incrementalN}: one seed changed → pipeline ${sec(inc.total)} (process ${sec(inc.ms)}), ` +
    `${inc.written} content/ files rewritten (${inc.files.join(', ')})` + (inc.rebuild === null ? '' : `; astro rebuild ${sec(inc.rebuild)}`));
}
process.stdout.write(out.join('\n') + '\n');
await writeFile(jsonOut, JSON.stringify({ seed, workers: workers ?? 'auto', rows, incremental: inc }, null, 2) + '\n');
say(`(figures also in ${path.relative(REPO, jsonOut)})`);
