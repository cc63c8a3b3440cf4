/**
 * mdast (the subset the pages are built from) → MDX body text, in one pass.
 *
 * Seed text only ever reaches the tree as `text` nodes and JSX attribute values, so all the escaping is here:
 * - text: a backslash before every character that can start or close a construct anywhere in a line
 *   (`\ ` * _ [ ] < > { } # | ~ & !`), plus the characters that would turn plain text into a GFM autolink;
 * - the start of every paragraph (the only place a line starts with text): list markers (`-`, `+`, `1.`, `1)`) are
 *   escaped and a leading `import`/`export` keyword is broken with a character reference, so it is never ESM;
 * - JSX attribute values: double-quoted, with `&` and `"` written as character references;
 * - link destinations: white space percent-encoded, `\ ( ) { } < > & `` escaped with a backslash.
 * A paragraph never spans lines (text nodes hold no line breaks), so no other line can start with seed text.
 * This replaces mdast-util-to-markdown, whose general escaping cost ~20 ms per page; the property test in
 * tests/security/mdx-roundtrip.test.ts compiles what this writes with the site's MDX compiler.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

/** Characters that can start or close a construct anywhere in a line: always escaped. */
const SIGNIFICANT = new Set('\\`*_[]<>{}#|~&!');
const isWord = (c: string | undefined): boolean => c !== undefined && /[\w]/.test(c);
const endsWith = (value: string, at: number, word: string): boolean =>
  at >= word.length && value.slice(at - word.length, at).toLowerCase() === word;

/**
 * Escapes text for any inline position in an MDX line: a backslash before each significant character, and before the
 * character that would start a GFM autolink literal (the `:` of `http:`, `https:`, `mailto:`, `xmpp:`, the `.` of
 * `www.`, an `@` between address characters). One pass; text without any of them is returned as it is.
 */
export function escapeText(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    let escape = SIGNIFICANT.has(c);
    if (!escape) {
      if (c === ':') escape = endsWith(value, i, 'http') || endsWith(value, i, 'https') || endsWith(value, i, 'mailto') || endsWith(value, i, 'xmpp');
      else if (c === '.') escape = endsWith(value, i, 'www');
      else if (c === '@') {
        // (The character after is read as escaped: a significant one then starts with its backslash.)
        const before = value[i - 1], after = value[i + 1];
        escape = (isWord(before) || before === '.' || before === '+' || before === '-')
          && !SIGNIFICANT.has(after ?? '') && (isWord(after) || after === '.' || after === '-');
      }
    }
    if (escape) {
      out += value.slice(from, i) + '\\' + c;
      from = i + 1;
    }
  }
  return from === 0 ? value : out + value.slice(from);
}

/** Escapes what only matters at the start of a line (written text already passed through `escapeText`). */
function guardLineStart(line: string): string {
  const keyword = /^(import|export)(?=\s|$)/i.exec(line);
  if (keyword) return `&#${line.charCodeAt(0)};${line.slice(1)}`;
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function attributes(attrs: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): string {
  let out = '';
  for (const a of attrs) {
    if (a.type !== 'mdxJsxAttribute' || !/^[A-Za-z_:][\w:.-]*$/.test(a.name)) throw new Error(`unsupported JSX attribute in emitted page: ${JSON.stringify(a)}`);
    if (a.value === null || a.value === undefined) out += ` ${a.name}`;
    else if (typeof a.value === 'string') out += ` ${a.name}="${attributeValue(a.value)}"`;
    else throw new Error(`JSX expression attribute ${a.name} in an emitted page`);
  }
  return out;
}

function elementName(name: string | null | undefined): string {
  if (!name || !/^[A-Za-z][\w.-]*$/.test(name)) throw new Error(`unsafe JSX element name in emitted page: ${JSON.stringify(name)}`);
  return name;
}

function destination(url: string): string {
  // Bare destination: white space and controls percent-encoded, every character MDX or markdown reads there escaped.
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\s\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c)).replace(/[\\(){}<>&`]/g, '\\$&');
}

function phrasing(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) out += inline(node);
  return out;
}

function inline(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      // Text nodes hold no line breaks (mdast.ts `text` collapses white space); this makes sure of it cheaply.
      return escapeText(/[^\S ]| {2}/.test(node.value) ? node.value.replace(/\s+/g, ' ') : node.value);
    case 'strong':
      return `**${phrasing(node.children)}**`;
    case 'emphasis':
      return `_${phrasing(node.children)}_`;
    case 'link':
      return `[${phrasing(node.children)}](${destination(node.url)})`;
    case 'footnoteReference':
      return `[^${footnoteLabel(node.identifier)}]`;
    case 'mdxJsxTextElement': {
      const name = elementName(node.name);
      return node.children.length === 0
        ? `<${name}${attributes(node.attributes)} />`
        : `<${name}${attributes(node.attributes)}>${phrasing(node.children)}</${name}>`;
    }
    default:
      throw new Error(`unsupported inline node in emitted page: ${node.type}`);
  }
}

function footnoteLabel(id: string): string {
  if (!/^[\w.-]+$/.test(id)) throw new Error(`unsafe footnote label in emitted page: ${JSON.stringify(id)}`);
  return id;
}

/** Indents every non-empty line after the first by `pad`. */
function indentRest(text: string, pad: string): string {
  return text.replace(/\n(?!\n|$)/g, `\n${pad}`);
}

function indentAll(text: string, pad: string): string {
  return pad + indentRest(text, pad);
}

function blocks(nodes: readonly Nodes[], separator = '\n\n'): string {
  return nodes.map((n) => block(n as RootContent)).join(separator);
}

function tableRow(cells: readonly { children: PhrasingContent[] }[]): string {
  return `| ${cells.map((c) => phrasing(c.children)).join(' | ')} |`;
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return guardLineStart(phrasing(node.children));
    case 'heading':
      return `${'#'.repeat(node.depth)} ${phrasing(node.children)}`;
    case 'list': {
      const start = node.start ?? 1;
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${start + i}. ` : '- ';
          const body = blocks(item.children, item.spread || node.spread ? '\n\n' : '\n');
          return marker + indentRest(body, ' '.repeat(marker.length));
        })
        .join(node.spread ? '\n\n' : '\n');
    }
    case 'table': {
      const [head, ...rows] = node.children;
      if (!head) return '';
      const delimiter = `| ${head.children.map(() => '-').join(' | ')} |`;
      return [tableRow(head.children), delimiter, ...rows.map((r) => tableRow(r.children))].join('\n');
    }
    case 'footnoteDefinition':
      return `[^${footnoteLabel(node.identifier)}]: ${indentRest(blocks(node.children), '    ')}`;
    case 'mdxJsxFlowElement': {
      const name = elementName(node.name);
      const open = `<${name}${attributes(node.attributes)}`;
      if (node.children.length === 0) return `${open} />`;
      return `${open}>\n${indentAll(blocks(node.children), '  ')}\n</${name}>`;
    }
    default:
      throw new Error(`unsupported block node in emitted page: ${node.type}`);
  }
}

/** The body blocks of a page as MDX, ending with a newline. */
export function writeMdxBody(body: readonly RootContent[]): string {
  return body.length === 0 ? '' : blocks(body) + '\n';
}
