/** The project's two real seeds, as scraped. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';

const dir = path.resolve(import.meta.dirname, '../../seeds');
const read = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) });
const { sources, diagnostics } = ingest([read('004_fbd7c11bc53d63f7.txt'), read('000_de785302d83754d6.txt')]);
const moscow = sources.find((s) => s.file.startsWith('000_'))!;
const menafn = sources.find((s) => s.file.startsWith('004_'))!;
const text = (s: typeof moscow) => s.paragraphs.map((p) => p.text).join('\n');

describe('seed 000 (The Moscow Times, markdown-flavoured text)', () => {
  it('reads title, dateline date, URL from the footer and publisher from the domain', () => {
    expect(moscow.title).toBe("Trump Demands $500Bln in Rare Earth Metals From Kyiv, Says Ukraine 'May Be Russian Someday'");
    expect(moscow.published).toBe('2025-02-11');
    expect(moscow.url).toBe('https://www.themoscowtimes.com/2025/02/11/trump-demands-500bln-in-rare-earth-metals-from-kyiv-says-ukraine-may-be-russian-someday-a87937');
    expect(moscow.publisher).toBe('The Moscow Times');
  });
  it('resolves markdown escapes and placeholder links, keeps the caption without its photo credit', () => {
    expect(text(moscow)).toContain('like $500 billion worth of rare earth');
    expect(text(moscow)).toContain('Washington has provided $65.9 billion');
    expect(text(moscow)).toContain('in an interview with Fox News host Bret Baier');
    expect(text(moscow)).not.toMatch(/\\|\]\(#\)|Gage Skidmore|CC BY-SA|Related article|Original url|themoscowtimes/);
    expect(moscow.paragraphs[0]!.text).toBe('U.S. President Donald Trump.');
  });
  it('keeps the credit line as a paragraph and in credits', () => {
    expect(moscow.credits).toEqual(['AFP contributed reporting.']);
    expect(moscow.paragraphs.at(-1)!.text).toBe('AFP contributed reporting.');
  });
  it('reports what was removed', () => {
    expect(moscow.cleaning.removed).toEqual(expect.arrayContaining(['dateline', 'photo credit', 'related links', 'original URL footer']));
    expect(moscow.cleaning.collapsedDuplicates).toBe(0);
  });
});

describe('seed 004 (MENAFN, one paragraph per line behind an HTTP error page)', () => {
  it('drops the 403 preamble, the disclaimer and the comments', () => {
    expect(text(menafn)).not.toMatch(/403|Sorry!!|Error!|page you were|Legal Disclaimer|without warranty|No comment/);
    expect(menafn.cleaning.removed).toEqual(['HTTP error preamble', 'legal disclaimer', 'comments', 'repeated paragraphs']);
  });
  it('takes the title from the first line after the preamble, the publisher from the (MENAFN) marker, and no date', () => {
    expect(menafn.title).toBe('Trump possibly to send US troops to protect Ukraine’s minerals');
    expect(menafn.publisher).toBe('MENAFN');
    expect(menafn.published).toBeNull();
    expect(menafn.url).toBeNull();
  });
  it('keeps each paragraph once and counts the four repeats', () => {
    expect(menafn.cleaning.collapsedDuplicates).toBe(4);
    expect(menafn.paragraphs).toHaveLength(5);
    expect(menafn.paragraphs[0]!.text.startsWith('(MENAFN) The United States may send troops')).toBe(true);
    expect(text(menafn)).toContain('“the equivalent of $500 billion worth of rare earths”');
  });
});

describe('the batch', () => {
  it('orders sources by file name, with stable ids and hashes', () => {
    expect(sources.map((s) => s.file)).toEqual(['000_de785302d83754d6.txt', '004_fbd7c11bc53d63f7.txt']);
    for (const s of sources) {
      expect(s.id).toBe(s.slug);
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(s.textHash).toMatch(/^[0-9a-f]{64}$/);
      expect(s.duplicateOf).toBeNull();
      expect(s.provenance).toBeNull();
    }
    expect(diagnostics).toEqual([]);
  });
});
