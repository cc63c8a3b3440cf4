/**
 * The two Astro projects the benchmark builds, both under bench/out/ (so packages resolve from the repository's
 * node_modules): a copy of Dossier's site whose content/ the pipeline fills, and the floor (bench/floor/) over N trivial
 * MDX pages.
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { random } from './corpus/random.ts';

export const REPO = path.resolve(import.meta.dirname, '..');
export const OUT = path.join(REPO, 'bench', 'out');

/** Files of the project that make the site (never seeds/, content/, dist/). */
const SITE_FILES = ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'src', 'public', 'tsconfig.json', 'package.json'];

/** Caches Astro keeps between builds; removed for a cold build. */
const ASTRO_CACHES = ['.astro', 'node_modules', 'dist'];

export async function clean(dir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rm(path.join(dir, name), { recursive: true, force: true });
}

/** A fresh copy of Dossier's site in bench/out/site-<n>/ (content/, caches and dist/ removed). */
export async function prepareSite(n: number): Promise<string> {
  const dir = path.join(OUT, `site-${n}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const name of SITE_FILES) {
    const from = path.join(REPO, name);
    if (existsSync(from)) await cp(from, path.join(dir, name), { recursive: true });
  }
  return dir;
}

export async function coldAstro(dir: string): Promise<void> {
  await clean(dir, ASTRO_CACHES);
}

const WORDS = ('the minister said talks on the minerals deal would resume next week after both sides failed to agree on ' +
  'how the reconstruction fund should be managed and who would audit it analysts expect a compromise before the summit ' +
  'although several officials warned that the figures in the draft were still disputed by the finance ministry').split(' ');

function paragraph(r: ReturnType<typeof random>, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(WORDS));
  const text = out.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** A trivial MDX page of about 600 words: front matter, two headings, paragraphs, a list and a link. */
export function floorPage(i: number): string {
  const r = random(`floor-${i}`);
  const parts = [
    '---', `title: "Floor page ${i}"`, '---', '',
    `# Floor page ${i}`, '',
    paragraph(r, 110), '', paragraph(r, 100), '',
    '## Details', '',
    ...Array.from({ length: 5 }, () => `- ${paragraph(r, 12)}`), '',
    paragraph(r, 120), '', paragraph(r, 100), '',
    `See [the previous page](/p${String(Math.max(0, i - 1)).padStart(5, '0')}/).`, '',
    paragraph(r, 100), '',
  ];
  return parts.join('\n');
}

/** bench/out/floor-<n>/: bench/floor/ plus N pages in content/pages/. */
export async function prepareFloor(n: number): Promise<string> {
  const dir = path.join(OUT, `floor-${n}`);
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(REPO, 'bench', 'floor'), dir, { recursive: true });
  const pages = path.join(dir, 'content', 'pages');
  await mkdir(pages, { recursive: true });
  for (let i = 0; i < n; i++) await writeFile(path.join(pages, `p${String(i).padStart(5, '0')}.mdx`), floorPage(i));
  return dir;
}

/** Number of HTML pages under a built dist/. */
export async function countHtml(dir: string): Promise<number> {
  let count = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) if (e.isFile() && e.name.endsWith('.html')) count++;
  return count;
}
