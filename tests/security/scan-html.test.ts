/**
 * The dist/ scanner finds every kind of executable markup and dangerous URL (on the hostile HTML fixture and
 * on small pages), accepts what Astro itself emits under the site's CSP, and the link rewriter marks
 * external links without touching anything else.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspConfig, parseCsp } from '../../src/security/csp.ts';
import { isExternalHref } from '../../src/security/external-links.ts';
import { rewriteExternalLinks } from '../../src/security/rewrite-links.ts';
import type { FindingRule } from '../../src/security/scan-html.ts';
import { isDangerousCss, isDangerousUrl, scanHtml } from '../../src/security/scan-html.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/adversarial');
const hash = (s: string) => createHash('sha256').update(s).digest('base64');
const inline = 'document.body.dataset.ready = "1";';
const csp = `default-src 'self'; script-src 'self' 'sha256-${hash(inline)}'; script-src-attr 'none'; style-src 'self';`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}">${head}</head><body>${body}</body></html>`;
const rules = (html: string) => scanHtml(html, 'p.html').map((f) => f.rule);

describe('scanHtml', () => {
  it('accepts a clean page: own bundle, hashed inline script, internal and marked external links, JSON-LD', () => {
    const html = page(
      `<a href="/sources/a/#p1">a</a><a href="https://example.org/x" rel="external noopener noreferrer">x</a>` +
        `<details open><summary>s</summary></details><script type="module" src="/_astro/page.js"></script>` +
        `<script>${inline}</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
        `<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) onclick=x</p>`,
    );
    expect(scanHtml(html, 'p.html')).toEqual([]);
  });

  const cases: Array<[string, string, FindingRule]> = [
    ['inline script not in the CSP', '<script>alert(1)</script>', 'script-inline'],
    ['script from another host', '<script src="https://evil.example/x.js"></script>', 'script-external'],
    ['protocol-relative script', '<script src="//evil.example/x.js"></script>', 'script-external'],
    ['script in SVG', '<svg><script>alert(1)</script></svg>', 'script-inline'],
    ['broken JSON-LD', '<script type="application/ld+json">alert(1)</script>', 'script-inline'],
    ['onerror', '<img src="/a.png" onerror="alert(1)">', 'event-handler'],
    ['upper-case handler', '<p ONCLICK="alert(1)">x</p>', 'event-handler'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', 'dangerous-url'],
    ['javascript: with spaces and tabs', '<a href=" java\tscript:alert(1)">x</a>', 'dangerous-url'],
    ['entity-encoded javascript:', '<a href="&#106;avascript:alert(1)">x</a>', 'dangerous-url'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', 'dangerous-url'],
    ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'dangerous-url'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', 'dangerous-url'],
    ['srcset', '<img src="/a.png" srcset="/a.png 1x, javascript:alert(1) 2x">', 'dangerous-url'],
    ['form action', '<form action="javascript:alert(1)"></form>', 'dangerous-url'],
    ['SVG xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'dangerous-url'],
    ['SVG animate', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', 'dangerous-url'],
    ['iframe', '<iframe src="/x"></iframe>', 'forbidden-element'],
    ['srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'forbidden-element'],
    ['object', '<object data="/x.swf"></object>', 'forbidden-element'],
    ['embed', '<embed src="/x.swf">', 'forbidden-element'],
    ['base', '<base href="https://evil.example/">', 'forbidden-element'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 'forbidden-element'],
    ['CSS expression', '<div style="width: expression(alert(1))">x</div>', 'css-expression'],
    ['CSS escaped expression', '<div style="width: \\65 xpression(alert(1))">x</div>', 'css-expression'],
    ['style element', '<style>@import url(https://evil.example/x.css);</style>', 'css-expression'],
    ['external link without rel', '<a href="https://example.org/">x</a>', 'external-link-rel'],
    ['external link with only noopener', '<a href="//example.org/" rel="noopener">x</a>', 'external-link-rel'],
  ];
  it.each(cases)('flags %s', (_, body, rule) => {
    expect(rules(page(body))).toContain(rule);
  });

  it('requires a CSP meta tag, before any script, that allows only the site', () => {
    expect(rules('<html><head></head><body></body></html>')).toEqual(['csp-missing']);
    const late = `<html><head><script src="/_astro/a.js"></script><meta http-equiv="content-security-policy" content="${csp}"></head></html>`;
    expect(rules(late)).toEqual(['csp-missing']);
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", 'https:', 'evil.example', '*']) {
      const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${loose}"></head></html>`;
      expect(rules(html), loose).toEqual(['csp-permissive']);
    }
    expect(rules(`<html><head><meta http-equiv="content-security-policy" content="img-src 'self'"></head></html>`)).toEqual([
      'csp-permissive',
    ]);
  });

  it('finds every unsafe construct of the hostile HTML fixture, with its line', async () => {
    const html = await readFile(path.join(fixtures, 'hostile-markup.html'), 'utf8');
    const findings = scanHtml(html, 'hostile-markup.html', { requireCsp: false });
    const lines = html.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const expected: Array<[string, FindingRule]> = [
      ['<base', 'forbidden-element'],
      ['http-equiv="refresh"', 'forbidden-element'],
      ['window.stolen', 'script-inline'],
      ['tracker.js', 'script-external'],
      ['<style>', 'css-expression'],
      ['<body onload', 'event-handler'],
      ["alert('nav')", 'dangerous-url'],
      ['onerror=', 'event-handler'],
      ["alert('link')", 'dangerous-url'],
      ['<iframe', 'forbidden-element'],
      ['data:text/html', 'dangerous-url'],
      ["alert('svg')", 'script-inline'],
      ["alert('svg-link')", 'dangerous-url'],
      ["expression(alert('css'))", 'css-expression'],
      ['<object', 'forbidden-element'],
      ['<embed', 'forbidden-element'],
      ["alert('form')", 'dangerous-url'],
      ["onmouseover=", 'event-handler'],
      ['mixed-case', 'dangerous-url'],
      ["alert('aside')", 'script-inline'],
      ["onclick=\"alert('footer')", 'event-handler'],
    ];
    for (const [needle, rule] of expected) {
      expect(findings, `${rule} at ${needle}`).toContainEqual(expect.objectContaining({ rule, line: lineOf(needle) }));
    }
    // The escaped text on the last paragraph is text, not markup.
    expect(findings.filter((f) => f.line === lineOf('&lt;script&gt;')).map((f) => f.rule)).toEqual(['dangerous-url']);
  });

  it('classifies URLs and CSS', () => {
    expect(isDangerousUrl('https://example.org/javascript:x')).toBe(false);
    expect(isDangerousUrl('/sources/javascript-notes/')).toBe(false);
    expect(isDangerousUrl('\u0001javascript:alert(1)')).toBe(true);
    expect(isDangerousCss('color: red; background: url(/a.png)')).toBe(false);
    expect(isDangerousCss('x: e/**/xpression(1)')).toBe(true);
    expect(isExternalHref('https://example.org')).toBe(true);
    expect(isExternalHref('/actors/x/')).toBe(false);
    expect(isExternalHref('https://dossier.example/actors/', 'https://dossier.example')).toBe(false);
    expect(isExternalHref('mailto:a@example.org')).toBe(false);
  });
});

describe('CSP configuration', () => {
  it('closes plugins, frames, <base> and inline handlers, and lets scripts come only from the site', () => {
    const directives = parseCsp(cspConfig.directives.join(';'));
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const sources = cspConfig.scriptDirective.resources.map((r) => (typeof r === 'string' ? r : `${r.kind}:${r.resource}`));
    expect(sources).toEqual(["'self'", "'wasm-unsafe-eval'", "attribute:'none'"]);
  });
});

describe('rewriteExternalLinks', () => {
  it('adds rel="external noopener noreferrer" to external links only, leaving the rest byte-identical', () => {
    const html = page(
      `<a href="/a/">in</a> <a class="src" href="https://example.org/a?b=1&amp;c=2" rel="author">out</a> ` +
        `<a href="https://example.org/b" rel="noopener noreferrer external">done</a><script>${inline}</script>`,
    );
    const out = rewriteExternalLinks(html)!;
    expect(out).toBe(
      html.replace(
        '<a class="src" href="https://example.org/a?b=1&amp;c=2" rel="author">',
        '<a class="src" href="https://example.org/a?b=1&amp;c=2" rel="author external noopener noreferrer">',
      ),
    );
    expect(scanHtml(out, 'p.html')).toEqual([]);
    expect(rewriteExternalLinks(out)).toBeNull();
  });

  it('handles quotes containing ">" in attributes', () => {
    const html = `<p><a title="a > b" href="https://example.org/">x</a></p>`;
    expect(rewriteExternalLinks(html)).toBe(`<p><a title="a > b" href="https://example.org/" rel="external noopener noreferrer">x</a></p>`);
  });
});

describe('dossier scan (CLI command)', () => {
  it('exits 0 on a clean folder, 1 with one line per finding on a hostile one', async () => {
    const { mkdtemp, mkdir, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { run } = await import('../../src/cli/commands/scan.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-scan-'));
    try {
      await mkdir(path.join(dir, 'a'));
      await writeFile(path.join(dir, 'a', 'index.html'), page(`<p>ok</p><script>${inline}</script>`));
      expect(await run(['--outDir', dir])).toBe(0);
      await writeFile(path.join(dir, 'b.html'), page('<img src="/x.png" onerror="alert(1)"><script src="/_astro/missing.js"></script>'));
      expect(await run(['--outDir', dir])).toBe(1);
      expect(await run(['--outDir', path.join(dir, 'nope')])).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
