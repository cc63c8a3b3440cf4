/**
 * Property: any paragraph text, escaped for MDX by the emitter and compiled by the MDX compiler Astro 7 uses
 * (Sätteri, with Astro's default features: GFM and smart punctuation on), renders back to exactly the same
 * text, with no expression, ESM or JSX node in the compiled tree.
 */
import fc from 'fast-check';
import type { Root, RootContent } from 'hast';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToHast } from 'satteri';
import type { Features } from 'satteri';
import { describe, expect, it } from 'vitest';
import { GENERATED_NOTICE, serializeMdx } from '../../src/emit/serialize.ts';
import { bullets, heading, jsxFlow, jsxText, link, paragraph as para, table, text as textNode } from '../../src/emit/mdast.ts';
import type { Flow } from '../../src/emit/mdast.ts';
import { normalise } from './harness.ts';

/** The features astro.config.mjs gives the MDX compiler: GFM on, smart punctuation off (quotes stay as written). */
const SITE_FEATURES: Features = { gfm: true, smartPunctuation: false };
/** The only expression the emitter may write: the generated-file notice, a comment. */
const NOTICE = `/* ${GENERATED_NOTICE} */`;

/**
 * Compiles MDX as the site's Astro build does (Sätteri), fails on any node that would run code or render a
 * component (other than the notice comment), and returns the rendered text.
 */
export async function renderMdxText(
  mdx: string,
  features: Features = { gfm: true, smartPunctuation: true },
  allowedJsx: readonly string[] = [],
): Promise<string> {
  const tree = (await mdxToHast(mdx, { features })) as unknown as Root;
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxFlowExpression' && (node as { value?: string }).value === NOTICE) continue;
      const jsx = node as unknown as { type: string; name?: string; children?: RootContent[] };
      if (jsx.type.startsWith('mdxJsx') && allowedJsx.includes(jsx.name ?? '')) {
        visit(jsx.children ?? []);
        continue;
      }
      if (node.type.startsWith('mdx')) throw new Error(`MDX node ${node.type} compiled from ${JSON.stringify(mdx)}`);
      if (node.type === 'raw') throw new Error(`raw HTML compiled from ${JSON.stringify(mdx)}`);
      if ('children' in node) visit(node.children);
    }
  };
  visit(tree.children);
  // Text nodes in order (hast-util-to-text would drop bidi controls such as U+202E, which must survive).
  const text = (nodes: readonly RootContent[]): string =>
    nodes
      .map((n) => (n.type === 'text' ? n.value : 'children' in n && (n.type === 'element' || (n.type as string).startsWith('mdxJsx')) ? text(n.children) : ''))
      .join('');
  return text(tree.children.filter((n) => n.type !== 'text'));
}

/** Characters that mean something to MDX, Markdown, GFM, HTML, YAML or smart punctuation. */
const SIGNIFICANT = [
  ...'{}<>`\\*_[]()#+-.!|&~$"\':;=/^%@?,',
  '{/* */}', '<!--', '-->', '</div>', '<Component />', 'import x from "y"', 'export const a = 1', '---', '...', '--',
  '&amp;', '&#123;', '&lt;', '$$', '```', '1. ', '- ', '> ', '# ', '[^1]', '[x](#)', 'www.example.com', 'https://a.example/',
  '<script>', '{globalThis.x=1}', '\u00a0', '\u200b', '\u202e', 'é', 'e\u0301', '👩🏽‍🔬', 'שלום', 'Київ', '\ufffd',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SIGNIFICANT) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', 'a', 'Z', '0', '9') },
);
/** Paragraph text as ingest produces it: NFC, single spaces, trimmed, no control characters. */
const paragraph = fc
  .array(piece, { minLength: 1, maxLength: 24 })
  // eslint-disable-next-line no-control-regex
  .map((parts) => normalise(parts.join('').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')))
  .filter((s) => s.length > 0);

/**
 * Reference escaper (backslash before every ASCII punctuation character), used to show the property holds for a
 * correct escaper and fails for a wrong one. The emitter's own escaper is checked in the test below it.
 */
const referenceEscape = (s: string) =>
  s
    .replace(/[!-/:-@[-`{-~]/g, '\\$&')
    // A line that starts with `import`/`export` + space is ESM in MDX whatever follows: break the keyword.
    .replace(/^(i)(?=mport\s)|^(e)(?=xport\s)/, (c) => `&#${c.charCodeAt(0)};`);

describe('MDX text escaping round-trips through the MDX compiler', () => {
  it('holds for a correct escaper (the harness can pass)', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, async (s) => {
        expect(await renderMdxText(referenceEscape(s))).toBe(s);
      }),
      { numRuns: Number(process.env.DOSSIER_FC_RUNS ?? 300) },
    );
  });

  it('fails for no escaping (the harness can fail)', async () => {
    const result = await fc.check(
      fc.asyncProperty(paragraph, async (s) => {
        expect(await renderMdxText(s)).toBe(s);
      }),
      { numRuns: 300 },
    );
    expect(result.failed).toBe(true);
  });

  it('holds for the emitter: paragraph text and front matter title, compiled as the site compiles them', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, paragraph, async (title, text) => {
        const mdx = serializeMdx({ title, kind: 'source' }, [{ type: 'paragraph', children: [{ type: 'text', value: text }] }]);
        const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
        expect(frontmatter.title).toBe(title);
        expect(await renderMdxText(content, SITE_FEATURES)).toBe(text);
      }),
      { numRuns: Number(process.env.DOSSIER_FC_RUNS ?? 300) },
    );
  });

  /** Each construct the writer emits, with the text in the position seed text takes there. */
  const PLACES: Record<string, (s: string) => Flow[]> = {
    'list item': (s) => [bullets([[textNode(s)]])],
    'table cell': (s) => [table([[textNode('H')]], [[[textNode(s)]]])],
    'link text': (s) => [para(link('../a/', textNode(s)))],
    'inline JSX child': (s) => [para(jsxText('q', { class: 'x' }, [textNode(s)]))],
    heading: (s) => [heading(2, textNode(s))],
    'block JSX child': (s) => [jsxFlow('div', { class: 'para' }, [para(textNode(s))])],
    'footnote definition': (s) => [
      para(textNode('x'), { type: 'footnoteReference', identifier: '1', label: '1' }),
      { type: 'footnoteDefinition', identifier: '1', label: '1', children: [para(textNode(s))] },
    ],
  };
  const EXPECTED: Record<string, (s: string) => string> = {
    'table cell': (s) => 'H' + s,
    'footnote definition': (s) => 'x1Footnotes' + s,
  };
  for (const [place, build] of Object.entries(PLACES)) {
    it(`holds for the emitter: text in a ${place}`, async () => {
      await fc.assert(
        fc.asyncProperty(paragraph, async (s) => {
          const { content } = parseFrontmatter(serializeMdx({ title: 't' }, build(s)), { frontmatter: 'empty-with-spaces' });
          const rendered = (await renderMdxText(content, SITE_FEATURES, ['q', 'div'])).replace(/\n/g, '').replace(place === 'footnote definition' ? /↩$/ : /$^/, '');
          expect(rendered.replace(/\s+/g, ' ').trim()).toBe((EXPECTED[place]?.(s) ?? s).replace(/\s+/g, ' ').trim());
        }),
        { numRuns: Number(process.env.DOSSIER_FC_RUNS ?? 150) },
      );
    });
  }

  it('holds for the emitter: attribute values and link destinations stay values', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, async (s) => {
        const mdx = serializeMdx({ title: 't' }, [para(jsxText('span', { title: s }, [textNode('a')]), link(`https://a.example/${s}`, textNode('b')))]);
        const { content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
        expect(await renderMdxText(content, SITE_FEATURES, ['span'])).toBe('ab');
        // The values arrive unchanged (white space in a URL is percent-encoded, which a browser reads the same).
        const found: Record<string, unknown> = {};
        const walk = (node: unknown): void => {
          const n = node as { type?: string; tagName?: string; name?: string; properties?: Record<string, unknown>; attributes?: { name: string; value: unknown }[]; children?: unknown[] };
          if (n.type === 'element' && n.tagName === 'a') found.href = n.properties?.href;
          if (n.type?.startsWith('mdxJsx') && n.name === 'span') found.title = n.attributes?.find((a) => a.name === 'title')?.value;
          n.children?.forEach(walk);
        };
        walk(await mdxToHast(content, { features: SITE_FEATURES }));
        // The compiler percent-encodes URLs (`{` → `%7B`): compare them decoded.
        const decode = (u: unknown) =>
          String(u).replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
            try {
              return decodeURIComponent(run);
            } catch {
              return run.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
            }
          });
        expect({ title: found.title, href: decode(found.href) }).toEqual({ title: s, href: decode(`https://a.example/${s}`) });
      }),
      { numRuns: Number(process.env.DOSSIER_FC_RUNS ?? 150) },
    );
  });
});
