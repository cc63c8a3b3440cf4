import { describe, expect, it } from 'vitest';
import { atomFeed, atomTime, feedOrder, type FeedSource } from '../../src/feeds/atom.ts';
import { robots, sitemap } from '../../src/feeds/sitemap.ts';
import { xmlEscape } from '../../src/feeds/xml.ts';

const src = (slug: string, published: string | null, extra: Partial<FeedSource> = {}): FeedSource => ({
  slug, title: `Title ${slug}`, publisher: 'Wire', published, url: null, summary: null, ...extra,
});

describe('atom feed', () => {
  it('orders by publication date, newest first, undated last', () => {
    const order = [src('a', null), src('b', '2025-02-11'), src('c', '2024'), src('d', '2025-03')].sort(feedOrder).map((s) => s.slug);
    expect(order).toEqual(['d', 'b', 'c', 'a']);
  });

  it('turns partial dates into RFC 3339 times', () => {
    expect(atomTime('2025-02-11')).toBe('2025-02-11T00:00:00Z');
    expect(atomTime('2025-02')).toBe('2025-02-01T00:00:00Z');
    expect(atomTime('2025')).toBe('2025-01-01T00:00:00Z');
    expect(atomTime('on Saturday')).toBeNull();
  });

  it('escapes hostile text and drops non-http original links', () => {
    const xml = atomFeed([src('x', '2025-01-02', { title: '<script>alert(1)</script> & "q"', url: 'javascript:alert(1)', publisher: 'A\u0000B' })], {
      title: 'T', base: '/', site: null, now: '2026-01-01T00:00:00Z',
    });
    expect(xml).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</title>');
    expect(xml).not.toContain('javascript:');
    expect(xml).toContain('<name>AB</name>');
    expect(xml).toContain('<id>urn:dossier:source:x</id>');
    expect(xml).toContain('<updated>2025-01-02T00:00:00Z</updated>');
  });

  it('uses absolute links and ids under the base when the site address is known', () => {
    const xml = atomFeed([src('x', null, { url: 'https://example.org/a?b=1&c=2' })], { title: 'T', base: '/v1/', site: new URL('https://brief.example/'), now: '2026-01-01T00:00:00Z' });
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://brief.example/v1/sources/x/"/>');
    expect(xml).toContain('<id>https://brief.example/v1/sources/x/</id>');
    expect(xml).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(xml).toContain('<updated>2026-01-01T00:00:00Z</updated>'); // undated source, nothing dated: the build time
    expect(xml).not.toContain('<published>');
  });
});

describe('sitemap and robots', () => {
  it('lists unique sorted URLs under the base', () => {
    const xml = sitemap(['actors/b/', '', 'actors/a/', 'actors/a/'], { base: '/v1/', site: new URL('https://x.example/') });
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://x.example/v1/', 'https://x.example/v1/actors/a/', 'https://x.example/v1/actors/b/']);
  });

  it('points robots to the sitemap only when the address is known', () => {
    expect(robots({ base: '/', site: null })).not.toContain('Sitemap:');
    expect(robots({ base: '/', site: new URL('https://x.example/') })).toContain('Sitemap: https://x.example/sitemap.xml');
  });

  it('escapes XML', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
