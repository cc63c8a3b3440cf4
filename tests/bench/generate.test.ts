/** The benchmark's corpus generator: deterministic, and the corpus has the structure the benchmark promises. */
import { describe, expect, it } from 'vitest';
import { corpusHash, generateCorpus } from '../../bench/generate.ts';

describe('bench corpus generator', () => {
  const files = generateCorpus({ n: 600, seed: 7 });

  it('is deterministic: same n and seed, byte-identical files', () => {
    const again = generateCorpus({ n: 600, seed: 7 });
    expect(again.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(corpusHash(again)).toBe(corpusHash(files));
  });

  it('changes with the seed, and honours N', () => {
    expect(corpusHash(generateCorpus({ n: 600, seed: 8 }))).not.toBe(corpusHash(files));
    expect(generateCorpus({ n: 50, seed: 7 })).toHaveLength(50);
  });

  it('writes N files with unique names in all three raw formats', () => {
    expect(files).toHaveLength(600);
    expect(new Set(files.map((f) => f.name)).size).toBe(600);
    const ext = (e: string) => files.filter((f) => f.name.endsWith(e)).length;
    expect(ext('.txt')).toBeGreaterThan(150);
    expect(ext('.md')).toBeGreaterThan(150);
    expect(ext('.html')).toBeGreaterThan(150);
    const html = files.find((f) => f.name.endsWith('.html') && f.text.length > 0)!;
    expect(html.text).toMatch(/<meta property="og:title"/);
    expect(html.text).toMatch(/<nav /);
    expect(html.text).toMatch(/<script/);
    expect(files.some((f) => f.name.endsWith('.md') && f.text.startsWith('---\ntitle: '))).toBe(true);
  });

  it('carries scraped chrome and noise: error preambles, disclaimers, escapes, empty and error-only files', () => {
    const texts = files.map((f) => f.text);
    expect(texts.filter((t) => t.includes('Sorry!!')).length).toBeGreaterThan(10);
    expect(texts.some((t) => t.includes('Legal Disclaimer:'))).toBe(true);
    expect(texts.some((t) => t.includes('Original url: https://'))).toBe(true);
    expect(texts.some((t) => /\\\$\d/.test(t))).toBe(true);
    expect(texts.some((t) => /\]\(#\)/.test(t))).toBe(true);
    expect(texts.some((t) => t === '')).toBe(true);
  });

  it('has recurring actors, quotes, money and percentage figures, and articles of several hundred words', () => {
    const bodies = files.filter((f) => f.text.length > 1000).map((f) => f.text);
    const quoted = bodies.filter((t) => /"[^"]{20,}," [A-Z]/.test(t) || /&#8220;[^&]{20,}&#8221;/.test(t));
    expect(quoted.length / bodies.length).toBeGreaterThan(0.9);
    expect(bodies.filter((t) => /(\$|€|£|USD |EUR |GBP )\d[\d.]*( ?billion| ?million|bn|m)\b/.test(t)).length / bodies.length).toBeGreaterThan(0.9);
    expect(bodies.filter((t) => /\d( ?%| per ?cent)/.test(t)).length).toBeGreaterThan(bodies.length / 3);
    // surnames recur across many sources (a few actors are in a large share of them)
    const counts = new Map<string, number>();
    for (const t of bodies) {
      for (const name of new Set(t.match(/\b[A-Z][a-z]+(?:sky|enko|ov|ich|son|ez)\b/g) ?? [])) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    expect(top).toBeGreaterThan(bodies.length / 20);
    const words = bodies.map((t) => t.replace(/<[^>]+>/g, ' ').split(/\s+/).length).sort((a, b) => a - b);
    expect(words[Math.floor(words.length / 2)]!).toBeGreaterThan(400);
  });

  it('contains syndicated duplicates: the same paragraph in several files', () => {
    const seen = new Map<string, number>();
    for (const f of files) {
      for (const p of new Set(f.text.match(/[A-Z][^\n<]{120,}/g) ?? [])) seen.set(p, (seen.get(p) ?? 0) + 1);
    }
    expect([...seen.values()].filter((c) => c > 1).length).toBeGreaterThan(5);
  });
});
