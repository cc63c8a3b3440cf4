/**
 * The scanner's tokenizer (src/security/html-tokens.ts) against parse5, the spec's reference implementation: on
 * hostile markup, every element parse5 builds from a tag in the page is a start tag the tokenizer yields, at the same
 * offset, with the same attributes and values. The tokenizer may yield more (it also reads text-only content as
 * markup), never fewer.
 */
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { lineAt, otherReadingTags, startTags } from '../../src/security/html-tokens.ts';
import { scanHtml } from '../../src/security/scan-html.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements parse5 made from a start tag of the page: offset, lower-case name, attributes as name=value. */
function parse5Elements(html: string): { start: number; name: string; attrs: string[] }[] {
  const out: { start: number; name: string; attrs: string[] }[] = [];
  const visit = (node: Node): void => {
    const el = node as Element;
    if (el.tagName && el.sourceCodeLocation?.startTag) {
      out.push({
        start: el.sourceCodeLocation.startTag.startOffset,
        name: el.tagName.toLowerCase(),
        attrs: el.attrs.map((a) => `${a.prefix ? `${a.prefix}:` : ''}${a.name}`.toLowerCase() + '=' + a.value).sort(),
      });
    }
    const children = (node as { childNodes?: Node[] }).childNodes ?? [];
    const content = (node as { content?: { childNodes: Node[] } }).content?.childNodes ?? [];
    for (const c of [...children, ...content]) visit(c);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return out;
}

function missed(html: string): string[] {
  const ours = new Map<number, Set<string>[]>();
  const first = startTags(html);
  for (const t of [...first, ...otherReadingTags(html, first)]) {
    const list = ours.get(t.start) ?? [];
    list.push(new Set([`<${t.name}>`, ...t.attrs.map((a) => `${a.name}=${a.value}`)]));
    ours.set(t.start, list);
  }
  const out: string[] = [];
  for (const el of parse5Elements(html)) {
    const found = (ours.get(el.start) ?? []).some((set) => set.has(`<${el.name}>`) && el.attrs.every((a) => set.has(a)));
    if (!found) out.push(`<${el.name} ${el.attrs.join(' ')}> at ${el.start}`);
  }
  return out;
}

describe('html tokenizer', () => {
  const cases: Array<[string, string]> = [
    ['a comment that closes abruptly', '<!--><img src=x onerror=alert(1)>'],
    ['a comment closed by --!>', '<!-- x --!><img src=x onerror=alert(1)>'],
    ['a textarea whose content looks like a comment', '<textarea><!--</textarea><img src=x onerror=alert(1)>--></textarea>'],
    ['a title ended early', '<title>a</title ><img src=x onerror=alert(1)>'],
    ['style in SVG holds markup', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
    ['CDATA in SVG', '<svg><![CDATA[ x ]]><img src=x onerror=alert(1)></svg>'],
    ['CDATA with > inside', '<svg><![CDATA[ a>b ]]><a href="javascript:alert(1)">x</a></svg>'],
    ['an end tag with a quoted >', '<p></p title=">"><img src=x onerror=alert(1)>'],
    ['no space between attributes', '<a href="/x"onclick="alert(1)">x</a>'],
    ['a slash inside a tag', '<img/src="x"/onerror=alert(1)>'],
    ['upper case', '<IMG SRC=x ONERROR=alert(1)>'],
    ['references without semicolons', '<a href="&#x6A&#x61vascript:alert(1)">x</a>'],
    ['named references', '<a href="java&Tab;script:alert(1)">x</a>'],
    ['a NUL in a tag name', '<scr\u0000ipt>alert(1)</script>'],
    ['script ended by </script >', '<script>x</script ><a href=javascript:alert(1)>x</a>'],
    ['a bogus comment', '<?xml x><img src=x onerror=alert(1)>'],
    ['a noscript', '<noscript><img src=x onerror=alert(1)></noscript>'],
    ['an unquoted value with a quote', "<a href=x'y title=a>x</a>"],
  ];
  it.each(cases)('reads %s as a browser does', (_, html) => {
    expect(missed(html)).toEqual([]);
  });

  it('finds the handler in each hostile case', () => {
    for (const [name, html] of cases) {
      if (/alert/.test(html) && !/scr\u0000ipt/.test(html)) {
        expect(scanHtml(html, 'p.html', { requireCsp: false }).length, name).toBeGreaterThan(0);
      }
    }
  });

  it('misses no tag parse5 sees, on generated hostile markup', () => {
    const piece = fc.constantFrom(
      '<', '>', '</', '/>', '<!--', '-->', '--!>', '<!-->', '<!', '<?', ']]>', '<![CDATA[', '"', "'", '=', ' ', '\n', '\t', '/', '&', '&#x6A;', '&Tab;', '&amp', '\u0000',
      '<a', '<a href=', '<img src=x onerror=', '<svg>', '</svg>', '<math>', '</math>', '<style>', '</style>', '<script>', '</script>',
      '<title>', '</title>', '<textarea>', '</textarea>', '<noscript>', '</noscript>', '<xmp>', '</xmp>', '<iframe>', '</iframe>',
      '<plaintext>', '<template>', '</template>', '<table>', '<select>', '<option>', '<foreignObject>', '<desc>', '<p>', '</p>', '<b>',
      '<font color=red>', 'javascript:', 'alert(1)', 'x', 'onclick', 'href', 'SRC', '<DIV', '<a/', '</a title=">">',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const html = pieces.join('');
      expect(missed(html), JSON.stringify(html)).toEqual([]);
    }), { numRuns: 3000, seed: 9 });
  });

  it('gives the line of an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
