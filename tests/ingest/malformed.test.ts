/** Untrusted input: nothing throws, every problem is a diagnostic that names the file and says what to do. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { MAX_BYTES } from '../../src/ingest/decode.ts';
import { one, seed, texts } from './helpers.ts';

const article = 'Council approves bus plan\n\nThe council voted on Tuesday to approve the plan, officials said.\n\nThe mayor welcomed the vote.\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('empty and binary files', () => {
  it.each([[''], ['   \n\n\t  \r\n']])('skips an empty file (%j) with a warning', (content) => {
    const { source, diagnostics } = one('empty.txt', content);
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'seeds/empty.txt', rule: 'empty', hint: expect.any(String) })]);
  });

  it('skips a binary file with a warning', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41]);
    const { source, diagnostics } = one('scan.txt', bytes);
    expect(source).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'seeds/scan.txt', rule: 'binary', hint: expect.any(String) })]);
  });

  it('keeps reading the other files of the batch', () => {
    const { sources, diagnostics } = ingest([seed('a.txt', ''), seed('b.txt', new Uint8Array([0, 0, 0])), seed('c.txt', article)]);
    expect(sources.map((s) => s.file)).toEqual(['c.txt']);
    expect(diagnostics.map((d) => d.rule)).toEqual(['empty', 'binary']);
  });
});

describe('encodings and line endings', () => {
  it('decodes invalid UTF-8 with replacement characters and warns with the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Council approves bus plan\n\nThe vote '), 0xc3, 0x28, ...new TextEncoder().encode(' passed on Tuesday.\n')]);
    const { source, diagnostics } = one('bad.txt', bytes);
    expect(texts(source)).toEqual(['The vote \uFFFD( passed on Tuesday.']);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'seeds/bad.txt', rule: 'invalid-encoding', line: 3, hint: expect.any(String) })]);
  });

  it('decodes UTF-16 LE and BE with a BOM, and UTF-8 with a BOM', () => {
    const text = 'Київ схвалив угоду\n\nУряд схвалив рамкову угоду у середу — “це лише рамка”.\n';
    for (const bytes of [utf16(text, false), utf16(text, true), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      const { source, diagnostics } = one('uk.txt', bytes);
      expect(diagnostics).toEqual([]);
      expect(source!.title).toBe('Київ схвалив угоду');
      expect(texts(source)).toEqual(['Уряд схвалив рамкову угоду у середу — “це лише рамка”.']);
    }
  });

  it('normalises CRLF and lone CR line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      const { source } = one('a.txt', article.replace(/\n/g, eol));
      expect(source!.title).toBe('Council approves bus plan');
      expect(texts(source)).toEqual(['The council voted on Tuesday to approve the plan, officials said.', 'The mayor welcomed the vote.']);
    }
  });

  it('keeps Cyrillic, right-to-left text, emoji and combining marks, normalised to NFC', () => {
    const decomposed = 'Jose\u0301 Rami\u0301rez said the plan works 👍. قال الوزير إن الخطة جيدة. Зеленський погодився.';
    const { source } = one('a.txt', `Council approves bus plan\n\n${decomposed}\n`);
    expect(texts(source)).toEqual([decomposed.normalize('NFC')]);
    expect(texts(source)[0]).toContain('José Ramírez');
    expect(source!.id).toBe('council-approves-bus-plan');
    expect(one('b.txt', 'Зеленський погодився на угоду\n\nТекст статті.\n').source!.id).toBe('zelenskii-pogodivsya-na-ugodu');
  });
});

describe('size and shape', () => {
  it('reads a 50,000-character single line', () => {
    const line = 'word '.repeat(10_000).trim();
    const { source } = one('long.txt', `Long line\n\n${line}\n`);
    expect(texts(source)).toEqual([line]);
  });

  it('reads 10,000 paragraphs in linear time', () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} says the council met on Tuesday.`);
    const started = performance.now();
    const { source } = one('many.txt', `Many paragraphs\n\n${paragraphs.join('\n\n')}\n`);
    const elapsed = performance.now() - started;
    expect(source!.paragraphs).toHaveLength(10_000);
    expect(source!.paragraphs.at(-1)).toEqual({ id: 'p10000', text: 'Paragraph 9999 says the council met on Tuesday.' });
    expect(elapsed).toBeLessThan(15_000);
  });

  it('truncates a 20 MB file with a warning instead of blowing up', () => {
    const chunk = 'The council voted on Tuesday to approve the plan, officials said.\n\n';
    const big = 'Huge file\n\n' + chunk.repeat(Math.ceil(20_000_000 / chunk.length));
    const { source, diagnostics } = one('huge.txt', big);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'truncated', file: 'seeds/huge.txt', hint: expect.any(String) })]);
    // The same paragraph, repeated, collapses; the cut may leave a partial last one.
    expect(source!.paragraphs.length).toBeLessThanOrEqual(2);
    expect(source!.cleaning.collapsedDuplicates).toBeGreaterThan(MAX_BYTES / chunk.length - 10);
  }, 60_000);

  it('reads HTML with no body, and an HTML fragment', () => {
    const head = one('head.html', '<html><head><title>Council approves bus plan | Harbor Times</title></head></html>');
    expect(head.source!.title).toBe('Council approves bus plan');
    expect(head.source!.paragraphs).toEqual([]);
    expect(head.diagnostics).toEqual([expect.objectContaining({ rule: 'no-text', file: 'seeds/head.html' })]);
    const fragment = one('frag.html', '<h1>Council approves bus plan</h1><p>The council voted on Tuesday.</p><p>The mayor welcomed it.</p>');
    expect(texts(fragment.source)).toEqual(['The council voted on Tuesday.', 'The mayor welcomed it.']);
  });

  it('survives broken and hostile HTML', () => {
    const nasty = '<html><body><article><h1>Plan<p>The council <b>voted <i>on</b> Tuesday</i>.<script>alert(1)</script><p onclick="x()">Second &amp;&nbsp;final &bogus; paragraph<img src=x onerror=alert(1)>';
    const { source } = one('nasty.html', nasty);
    expect(body(source)).not.toMatch(/alert|onclick|onerror/);
    const deep = one('deep.html', '<div>'.repeat(50_000) + 'text' + '</div>'.repeat(50_000));
    expect(Array.isArray(deep.diagnostics)).toBe(true);
  });

  it('never throws on random bytes', () => {
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) >>> 0) & 0xff;
    for (let n = 0; n < 30; n++) {
      const bytes = new Uint8Array(200 + n * 50).map(() => random());
      expect(() => ingest([seed(`r${n}.txt`, bytes), seed(`r${n}.html`, bytes), seed(`r${n}.md`, bytes)])).not.toThrow();
    }
  });
});

function body(source: { paragraphs: { text: string }[] } | undefined): string {
  return source?.paragraphs.map((p) => p.text).join('\n') ?? '';
}
