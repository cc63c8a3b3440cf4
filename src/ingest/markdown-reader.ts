/**
 * Markdown → blocks, with unified + remark-parse (+ remark-frontmatter, remark-gfm). Inline markup is
 * read as text: emphasis and strong keep their words, links keep their text (placeholder `[text](#)`
 * links included), escapes (`\$`) are resolved by the parser, images become `image` blocks.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Paragraph, Heading } from 'mdast';
import { makeBlock, normalizeSpace, type Block, type LinkInfo } from './block.ts';

export interface MarkdownDocument {
  /** Raw YAML of the front matter, with the line its content starts on. */
  frontMatter: { value: string; line: number } | null;
  blocks: Block[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

interface Inline {
  text: string;
  links: LinkInfo[];
  linkChars: number;
  images: number;
  /** Characters outside emphasis/strong (ignoring white space). */
  plainChars: number;
  /** Offset in `text` where the last link started. */
  lastLinkStart: number;
}

function inline(nodes: readonly PhrasingContent[], acc: Inline, inLink: boolean, emphasized: boolean): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        acc.text += node.value;
        if (inLink) acc.linkChars += node.value.length;
        if (!emphasized) acc.plainChars += node.value.replace(/[\s·|•–—-]/g, '').length;
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        inline(node.children, acc, inLink, true);
        break;
      case 'link': {
        const before = acc.text.length;
        acc.lastLinkStart = before;
        inline(node.children, acc, true, emphasized);
        acc.links.push({ text: normalizeSpace(acc.text.slice(before)), href: node.url });
        break;
      }
      case 'linkReference':
        inline(node.children, acc, true, emphasized);
        break;
      case 'image':
      case 'imageReference':
        acc.images++;
        break;
      case 'break':
        acc.text += ' ';
        break;
      case 'html':
        // Inline HTML in markdown (`<br>`, `<span>`): the tags are not text.
        break;
      case 'footnoteReference':
        break;
      default:
        break;
    }
  }
}

function phrasingBlock(kind: Block['kind'], children: readonly PhrasingContent[], line: number | undefined, extra: Partial<Block> = {}): Block {
  const acc: Inline = { text: '', links: [], linkChars: 0, images: 0, plainChars: 0, lastLinkStart: 0 };
  inline(children, acc, false, false);
  const text = normalizeSpace(acc.text);
  if (text === '' && acc.images > 0) return makeBlock('image', '', { line });
  const block = makeBlock(kind, text, { line, links: acc.links, linkChars: acc.linkChars, emphasized: text !== '' && acc.plainChars === 0, ...extra });
  // A block that ends with a link: `Caption. [Photo: X / Y](#)`.
  const last = [...children].reverse().find((c) => !(c.type === 'text' && c.value.trim() === ''));
  const lastLink = last && (last.type === 'link' ? last : (last.type === 'emphasis' || last.type === 'strong') && last.children.at(-1)?.type === 'link' ? last.children.at(-1) : null);
  if (lastLink && lastLink.type === 'link') {
    block.trailingLink = { text: acc.links.at(-1)?.text ?? '', before: normalizeSpace(acc.text.slice(0, acc.lastLinkStart)) };
  }
  if (acc.images > 0 && kind === 'paragraph') block.kind = 'caption';
  return block;
}

function lineOf(node: { position?: { start: { line: number } } }, origin?: readonly number[]): number | undefined {
  const line = node.position?.start.line;
  if (line === undefined) return undefined;
  return origin ? origin[line - 1] : line;
}

function collect(nodes: readonly RootContent[], out: Block[], origin: readonly number[] | undefined, doc: MarkdownDocument, kind: Block['kind'] = 'paragraph'): void {
  for (const node of nodes) {
    const line = lineOf(node, origin);
    switch (node.type) {
      case 'yaml':
        if (!doc.frontMatter && out.length === 0) doc.frontMatter = { value: node.value, line: (line ?? 1) + 1 };
        break;
      case 'heading':
        out.push(phrasingBlock('heading', (node as Heading).children, line, { depth: (node as Heading).depth }));
        break;
      case 'paragraph':
        out.push(phrasingBlock(kind, (node as Paragraph).children, line));
        break;
      case 'thematicBreak':
        out.push(makeBlock('rule', '', { line }));
        break;
      case 'blockquote':
        collect(node.children, out, origin, doc, 'quote');
        break;
      case 'list':
        for (const item of node.children) collect(item.children, out, origin, doc, 'item');
        break;
      case 'code':
        out.push(makeBlock('code', node.value, { line }));
        break;
      case 'html':
        // Raw HTML blocks in markdown are not read as article text (comments, embeds, widgets).
        break;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => phrasingBlock('paragraph', cell.children, line).text).filter(Boolean);
          if (cells.length) out.push(makeBlock('item', cells.join(' | '), { line: lineOf(row, origin) ?? line }));
        }
        break;
      case 'footnoteDefinition':
        collect(node.children, out, origin, doc, 'paragraph');
        break;
      case 'definition':
        break;
      default:
        break;
    }
  }
}

/** `origin` maps lines of `text` to lines of the seed file when the text was rearranged. */
export function readMarkdown(text: string, origin?: readonly number[]): MarkdownDocument {
  const tree = processor.parse(text) as Root;
  const doc: MarkdownDocument = { frontMatter: null, blocks: [] };
  collect(tree.children, doc.blocks, origin, doc);
  return doc;
}
