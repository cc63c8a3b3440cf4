import { describe, expect, it } from 'vitest';
import { scopeHtml } from '../../src/components/book/scope-html.ts';
import { bookAnchor } from '../../src/components/book/anchors.ts';

const anchorFor = (p: string) => bookAnchor(p, '/');

describe('putting a briefing into the book', () => {
  const html = [
    '<h2 id="roles">Roles</h2>',
    '<p>Said <a href="../../actors/donald-trump/">Trump</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>',
    '<section class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2><ol><li id="user-content-fn-1">',
    '<a href="../../sources/tmt/#p9">our copy</a> · <a href="https://example.org/a">original</a> <a href="#user-content-fnref-1" aria-label="Back">↩</a></li></ol></section>',
  ].join('');
  const out = scopeHtml(html, { prefix: 'actor-kellogg', pageUrl: '/actors/keith-kellogg/', anchorFor, shiftHeadings: 1 });

  it('prefixes ids and the fragment links and aria references that point to them', () => {
    expect(out).toContain('<h3 id="actor-kellogg-roles">');
    expect(out).toContain('href="#actor-kellogg-user-content-fn-1" id="actor-kellogg-user-content-fnref-1"');
    expect(out).toContain('aria-describedby="actor-kellogg-footnote-label"');
    expect(out).toContain('<li id="actor-kellogg-user-content-fn-1">');
    expect(out).toContain('href="#actor-kellogg-user-content-fnref-1"');
  });

  it('sends links to briefings in the book to their section, others to the site, external ones unchanged', () => {
    expect(out).toContain('href="#actor-donald-trump"');
    expect(out).toContain('href="/sources/tmt/#p9"');
    expect(out).toContain('href="https://example.org/a"');
  });

  it('moves headings down one level', () => {
    expect(out).not.toMatch(/<h2/);
    expect(out).toContain('<h3 id="actor-kellogg-footnote-label" class="sr-only">Footnotes</h3>');
  });

  it('resolves links relative to a page under a base', () => {
    const based = scopeHtml('<a href="../../topics/x/">x</a><a href="../../sources/s/">s</a>', {
      prefix: 'p', pageUrl: '/v2/actors/a/', anchorFor: (p) => bookAnchor(p, '/v2/'),
    });
    expect(based).toContain('href="#topic-x"');
    expect(based).toContain('href="#source-s"');
  });

  it('keeps text escaped', () => {
    expect(scopeHtml('<p>a &lt;script&gt; &amp; b</p>', { prefix: 'p', pageUrl: '/', anchorFor })).toBe('<p>a &#x3C;script> &#x26; b</p>');
  });
});
