/**
 * Adversarial seeds (issue 8), two ways:
 * 1. each case alone through the pipeline: exactly the expected warnings (one line naming the file and the
 *    reason), the expected source pages and paragraphs, safe output paths, and `--strict` failing on warnings;
 * 2. all cases together through the pipeline and one `astro build`: the build succeeds, nothing ran at build
 *    time, every page shows the hostile text literally, and dist/ holds no executable markup.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineCommand } from '../../src/cli/commands/pipeline.ts';
import { formatDiagnostic, isProblem } from '../../src/model/diagnostic.ts';
import type { Source } from '../../src/model/source.ts';
import { runPipeline } from '../../src/pipeline.ts';
import type { PipelineResult } from '../../src/pipeline.ts';
import { scanDist } from '../../src/security/scan-dist.ts';
import { formatFinding } from '../../src/security/scan-html.ts';
import type { AdversarialCase } from './cases.ts';
import { CASES, FIXTURES } from './cases.ts';
import { buildSite, listFiles, makeProject, normalise, pageText, snapshot, writeSeeds } from './harness.ts';

const shown = (name: string) => `seeds/${name}`;
/** A case with a known bug in another area (see its `knownBug` note) is expected to fail until that is fixed. */
const caseTest = (c: AdversarialCase) => (c.knownBug ? it.fails : it);

/** Sources of the case's seeds that are not duplicates of another source. */
function pagesOf(result: PipelineResult, c: AdversarialCase): Source[] {
  const names = new Set(c.seeds.map((s) => s.name));
  return result.graph.sources.filter((s) => names.has(s.file) && s.duplicateOf === null);
}

/** Output paths must stay inside content/ and be valid file names everywhere. */
function assertSafePaths(files: Iterable<string>) {
  for (const rel of files) {
    const segments = rel.split('/');
    expect(segments.every((s) => s !== '..' && s !== '.' && s !== ''), rel).toBe(true);
    expect(path.isAbsolute(rel), rel).toBe(false);
    for (const s of segments) {
      expect(Buffer.byteLength(s), `segment too long: ${rel}`).toBeLessThanOrEqual(200);
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u001f\\:*?"<>|]/.test(s), `unsafe character in ${rel}`).toBe(false);
    }
  }
}

const roots: string[] = [];
afterAll(async () => {
  if (!process.env.DOSSIER_KEEP_TMP) await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

describe('each adversarial case alone through the pipeline', () => {
  for (const c of CASES) {
    caseTest(c)(`${c.id}: ${c.what}`, async () => {
      const root = await makeProject(c.id);
      roots.push(root);
      await writeSeeds(root, c.seeds);
      const result = await runPipeline({ root });

      // Exactly the expected warnings, each one line naming the file and the reason.
      const got = result.diagnostics.filter(isProblem).map((d) => [d.file, d.rule]);
      const infos = result.diagnostics.filter((d) => !isProblem(d)).map((d) => [d.file, d.rule]);
      expect(infos).toEqual((c.info ?? []).map(([name, rule]) => [shown(name), rule]));
      expect(got).toEqual(c.warnings.map(([name, rule]) => [shown(name), rule]));
      for (const d of result.diagnostics) {
        const line = formatDiagnostic(d);
        expect(line).not.toContain('\n');
        expect(line.startsWith(d.file)).toBe(true);
        expect(d.message.length).toBeGreaterThan(10);
      }

      // The expected source pages, nothing more; paragraphs as expected.
      const pages = pagesOf(result, c);
      expect(pages.map((s) => s.file).sort()).toEqual([...c.pages].sort());
      for (const [name, count] of Object.entries(c.paragraphs ?? {})) {
        expect(pages.find((s) => s.file === name)?.paragraphs.length, name).toBe(count);
      }
      for (const [name, most] of Object.entries(c.paragraphsAtMost ?? {})) {
        expect(pages.find((s) => s.file === name)?.paragraphs.length, name).toBeLessThanOrEqual(most);
      }
      for (const [name, url] of Object.entries(c.url ?? {})) {
        expect(result.graph.sources.find((s) => s.file === name)?.url, name).toBe(url);
      }
      const slugs = pages.map((s) => s.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug, slug).toMatch(/^[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}-]{0,99}$/u);
      for (const page of pages) expect(result.write.records.has(`sources/${page.slug}.mdx`), page.slug).toBe(true);
      assertSafePaths(result.write.records.keys());
      expect(existsSync(path.join(root, 'content', '..', '..', 'etc'))).toBe(false);
    }, c.timeoutMs);
  }

  it('`dossier pipeline --strict` exits non-zero when there are warnings, zero when there are none', async () => {
    const bad = CASES.find((c) => c.id === 'empty-file')!;
    const good = CASES.find((c) => c.id === 'crlf')!;
    const codes: number[] = [];
    for (const c of [bad, good]) {
      const root = await makeProject(`strict-${c.id}`);
      roots.push(root);
      await writeSeeds(root, c.seeds);
      codes.push((await pipelineCommand(['--strict', '--quiet'], root)).code);
      expect((await pipelineCommand(['--quiet'], root)).code).toBe(0);
    }
    expect(codes).toEqual([1, 0]);
  });
});

describe('all cases in one project: pipeline, then astro build', () => {
  const batch = CASES.filter((c) => c.build !== false);
  let root = '';
  let result: PipelineResult;
  let build: { code: number; output: string };
  let seedsBefore: Record<string, string>;

  beforeAll(async () => {
    root = await makeProject('adversarial-site');
    roots.push(root);
    await writeSeeds(root, batch.flatMap((c) => c.seeds));
    // A valid editor's catalog whose names carry MDX/HTML (names reach actor pages through it).
    await cp(path.join(FIXTURES, 'catalog-hostile-names.yaml'), path.join(root, 'seeds', 'catalog.yaml'));
    seedsBefore = await snapshot(path.join(root, 'seeds'));
    result = await runPipeline({ root });
    build = await buildSite(root);
  }, 300_000);

  it('together, the cases give exactly their own warnings (no case disturbs another, e.g. as a false duplicate)', () => {
    const expected = batch.flatMap((c) => c.warnings.map(([name, rule]) => `${shown(name)} ${rule}`));
    const knownBuggy = new Set(batch.filter((c) => c.knownBug).flatMap((c) => c.seeds.map((s) => s.name)));
    const got = result.diagnostics
      .filter(isProblem)
      .map((d) => `${d.file} ${d.rule}`)
      .filter((line) => ![...knownBuggy].some((name) => line.includes(name)));
    expect(got.sort()).toEqual(expected.filter((line) => ![...knownBuggy].some((name) => line.includes(name))).sort());
  });

  it('the build succeeds (no seed text ran or broke the MDX compiler)', () => {
    expect(build.output.slice(-3000)).not.toMatch(/\[ERROR\]|MDXError|error TS/);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('no seed code ran at build time', async () => {
    expect(existsSync(path.join(root, 'PWNED'))).toBe(false);
    expect(existsSync(path.join(root, 'dist', 'PWNED'))).toBe(false);
    expect((globalThis as { x?: unknown }).x).toBeUndefined();
  });

  it('the seeds folder is not written to', async () => {
    expect(await snapshot(path.join(root, 'seeds'))).toEqual(seedsBefore);
  });

  it('dist/ has no script but the site’s own, no on…= handler, no javascript:/data: URL, a CSP on every page', async () => {
    const { pages, findings } = await scanDist(path.join(root, 'dist'));
    expect(pages).toBeGreaterThan(batch.length);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('text that must appear nowhere is nowhere in dist/', async () => {
    const absent = batch.flatMap((c) => c.absent ?? []);
    for (const file of await listFiles(path.join(root, 'dist'))) {
      if (!/\.(html|js|css|json|xml|txt)$/.test(file)) continue;
      const text = await readFile(path.join(root, 'dist', file), 'utf8');
      for (const a of absent) expect(text.includes(a), `${a} in ${file}`).toBe(false);
    }
  });

  for (const c of batch) {
    if (!c.literal) continue;
    it(`${c.id}: the source page shows the text literally`, async () => {
      for (const [name, strings] of Object.entries(c.literal!)) {
        const source = result.graph.sources.find((s) => s.file === name);
        expect(source, name).toBeDefined();
        const file = path.join(root, 'dist', 'sources', source!.slug, 'index.html');
        const text = pageText(await readFile(file, 'utf8'));
        for (const s of strings) expect(text, `${name}: ${s}`).toContain(normalise(s));
      }
    });
  }

  it('a duplicate article is cited once: no fact in the graph cites the second copy', () => {
    const copy = result.graph.sources.find((s) => s.file === 'tidewater-fares_copy.txt')!;
    const original = result.graph.sources.find((s) => s.file === 'tidewater-fares.txt')!;
    expect(original.duplicateOf).toBeNull();
    expect(copy.duplicateOf).toBe(original.id);
    const { sources: _, ...facts } = result.graph;
    expect(JSON.stringify(facts)).toContain(`"source":"${original.id}"`);
    expect(JSON.stringify(facts)).not.toContain(`"source":"${copy.id}"`);
  });

  it('a duplicate article is cited once: no page links to a paragraph of the copy', async () => {
    const copy = result.graph.sources.find((s) => s.file === 'tidewater-fares_copy.txt')!;
    const original = result.graph.sources.find((s) => s.file === 'tidewater-fares.txt')!;
    let citesOriginal = false;
    for (const file of await listFiles(path.join(root, 'dist'))) {
      if (!file.endsWith('.html') || file.startsWith(`sources/${copy.slug}/`)) continue;
      const html = await readFile(path.join(root, 'dist', file), 'utf8');
      expect(html.includes(`sources/${copy.slug}/#p`), `${file} cites the duplicate`).toBe(false);
      citesOriginal ||= html.includes(`sources/${original.slug}/#p`);
    }
    expect(citesOriginal).toBe(true);
  });

  it('the page of a duplicate, if any, points to the first copy', async () => {
    const copy = result.graph.sources.find((s) => s.file === 'tidewater-fares_copy.txt')!;
    const original = result.graph.sources.find((s) => s.file === 'tidewater-fares.txt')!;
    const copyPage = path.join(root, 'dist', 'sources', copy.slug, 'index.html');
    if (existsSync(copyPage)) expect(await readFile(copyPage, 'utf8')).toContain(`sources/${original.slug}/`);
  });

  it('hostile text is literal on every page that shows it (actor, topic, timeline and overview pages too)', async () => {
    const literals = batch.flatMap((c) => Object.values(c.literal ?? {}).flat()).map(normalise).filter((l) => /[{<`$\\]/.test(l));
    let checked = 0;
    for (const file of await listFiles(path.join(root, 'dist'))) {
      if (!file.endsWith('.html') || file.startsWith('sources/')) continue;
      const text = pageText(await readFile(path.join(root, 'dist', file), 'utf8'));
      for (const literal of literals) {
        const start = literal.slice(0, 24);
        const at = text.indexOf(start);
        if (at < 0) continue;
        checked++;
        // The page may shorten the text (with …), but what it shows must be the literal text (of some literal that
        // contains these characters: one payload can sit inside another source's sentence).
        const ok = literals.some((l) => {
          // Any literal that contains this start, aligned on it.
          for (let k = l.indexOf(start); k >= 0; k = l.indexOf(start, k + 1)) {
            const shown = text.slice(Math.max(0, at - k), at - k + l.length);
            const cut = shown.split('…')[0]!.trimEnd();
            if (shown === l || (cut.length >= 24 && l.includes(cut))) return true;
          }
          return false;
        });
        expect(ok, `${file}: ${text.slice(at, at + literal.length)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('actor names and roles from the catalog show literally on the actor pages', async () => {
    const hostile = [
      { name: 'Tidewater <Lines> {globalThis.x=1}', role: 'operator `of` $$ferries$$ </div>' },
      { name: 'Rosa {process.exit(1)} Lindqvist', role: null },
    ];
    for (const h of hostile) {
      const actor = result.graph.actors.find((a) => a.name === h.name);
      expect(actor, h.name).toBeDefined();
      expect(actor!.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const text = pageText(await readFile(path.join(root, 'dist', 'actors', actor!.id, 'index.html'), 'utf8'));
      expect(text).toContain(h.name);
      if (h.role) expect(text).toContain(h.role);
    }
  });

  // Known gap (src/extract): the rules find no actors in Cyrillic text at all (capitalisation cues and the gazetteer are
  // Latin-script), so this cannot pass yet; actor ids of non-Latin names are transliterated (src/resolve/names.ts slugify).
  it.fails('actors named in Cyrillic get readable ids, not a placeholder', () => {
    const ukrainian = result.graph.sources.find((s) => s.file === 'ukrainian.txt')!;
    const actors = result.graph.actors.filter((a) => a.mentions.some((m) => m.source === ukrainian.id));
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a.id, a.name).not.toMatch(/^actor(-\d+)?$/);
  });
});
