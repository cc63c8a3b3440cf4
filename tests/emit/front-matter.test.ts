/**
 * The front matter writer (src/emit/front-matter.ts) writes what the `yaml` package writes for the same data (with
 * the options the pages used), and any string comes back unchanged when the YAML is read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { emitPages } from '../../src/emit/index.ts';
import { stringifyFrontMatter } from '../../src/emit/front-matter.ts';
import { stringifyYaml } from '../../src/emit/serialize.ts';
import { loadGraph } from './helpers.ts';

describe('front matter', () => {
  it('is what the yaml package writes, on every page of the fixture briefing', () => {
    for (const page of emitPages(loadGraph('briefing'))) {
      expect(stringifyFrontMatter(page.frontmatter), page.path).toBe(stringifyYaml(page.frontmatter));
    }
  });

  it('reads back as written, whatever the strings (quotes, escapes, controls, line breaks, YAML syntax)', () => {
    const text = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\u007f', '\u0085', '\u2028', '\ufeff', '#', ':', '-', '{', '[', '&', '*', '!', '|', '>', "'", '%', '@', '`')) });
    const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const data = fc.record({
      title: text,
      list: fc.array(text, { maxLength: 4 }),
      map: fc.record({ a: value, b: fc.array(fc.record({ id: text, n: fc.integer() }), { maxLength: 3 }) }),
    });
    fc.assert(fc.property(data, (d) => {
      expect(YAML.parse(stringifyFrontMatter(d))).toEqual(JSON.parse(JSON.stringify(d)));
    }), { numRuns: 500, seed: 2 });
  });

  it('refuses what it cannot write plainly', () => {
    expect(() => stringifyFrontMatter({ 'two words': 1 })).toThrow(/plain name/);
    expect(() => stringifyFrontMatter({ n: Number.NaN })).toThrow(/finite/);
  });
});
