/**
 * Synthetic corpus generator for the benchmark: N sources in the three raw formats (.txt scraped text, .md with front
 * matter, .html full pages) about a few hundred recurring actors, with quotes, figures, dated events, duplicates and noise.
 * Deterministic: the same (n, seed) gives byte-identical files.
 *
 *   npx node bench/generate.ts --n 1000 [--seed 1] [--out bench/out/seeds-1000]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PUBLISHERS, dayToDate, isoDate, slugify, writeArticle } from './corpus/article.ts';
import type { Article } from './corpus/article.ts';
import { render } from './corpus/formats.ts';
import type { Format } from './corpus/formats.ts';
import { random } from './corpus/random.ts';
import { buildWorld } from './corpus/world.ts';

/** Bump when the generator's output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export interface GeneratedFile {
  name: string;
  text: string;
}

export interface CorpusOptions {
  n: number;
  seed?: number;
}

const FORMATS: Format[] = ['txt', 'md', 'html'];

export function generateCorpus({ n, seed = 1 }: CorpusOptions): GeneratedFile[] {
  const r = random(seed);
  const world = buildWorld(r.fork('world'), n);
  const files: GeneratedFile[] = [];
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const ri = r.fork(`source-${i}`);
    const format = FORMATS[i % 3]!;
    const index = String(i).padStart(5, '0');
    const noise = ri.next();
    if (noise < 0.004) {
      files.push({ name: `${index}-empty.${format}`, text: '' });
      continue;
    }
    if (noise < 0.014) {
      files.push({ name: `${index}-error-page.txt`, text: '\n403\nSorry!!\nError! We\'re sorry, but the page you were\nlooking for doesn\'t exist.\n' });
      continue;
    }
    let article: Article;
    if (noise < 0.054 && articles.length > 0) {
      // syndicated copy of an earlier article, in another outlet and format
      const original = articles[ri.int(Math.max(0, articles.length - 50), articles.length - 1)]!;
      article = { ...original, publisher: ri.pick(PUBLISHERS), credits: [...original.credits] };
    } else {
      const story = world.stories[ri.skewed(world.stories.length, 1.3)]!;
      const date = dayToDate(story.startDay + ri.int(0, 120));
      article = writeArticle(ri, story, ri.pick(PUBLISHERS), date);
    }
    articles.push(article);
    const name = `${index}-${slugify(article.publisher.name)}-${isoDate(article.date)}-${slugify(article.title).slice(0, 40)}.${format}`;
    files.push({ name, text: render(ri, article, format) });
  }
  return files;
}

/** sha256 over names and texts: a fingerprint of a generated corpus. */
export function corpusHash(files: readonly GeneratedFile[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.name).update('\0').update(f.text).update('\0');
  return h.digest('hex');
}

const STAMP = '.corpus.json';

/**
 * Writes the corpus of (n, seed) into `dir` (replacing what is there), unless `dir` already holds exactly that corpus.
 * Returns the files and whether they were (re)written.
 */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<{ files: GeneratedFile[]; written: boolean }> {
  const want = { generator: GENERATOR_VERSION, n: options.n, seed: options.seed ?? 1 };
  const files = generateCorpus(options);
  const stamp = await readFile(path.join(dir, STAMP), 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>).catch(() => null);
  const hash = corpusHash(files);
  if (stamp && stamp.hash === hash) return { files, written: false };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const f of files) await writeFile(path.join(dir, f.name), f.text);
  await writeFile(path.join(dir, STAMP), JSON.stringify({ ...want, hash }, null, 2) + '\n');
  return { files, written: true };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const get = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const n = Number(get('--n') ?? 1000);
  const seed = Number(get('--seed') ?? 1);
  const out = path.resolve(get('--out') ?? `bench/out/seeds-${n}`);
  const { files, written } = await writeCorpus(out, { n, seed });
  process.stdout.write(`${written ? 'wrote' : 'kept'} ${files.length} sources in ${path.relative(process.cwd(), out)}/\n`);
}
