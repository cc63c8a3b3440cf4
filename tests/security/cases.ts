/**
 * The adversarial seed suite (issue 8): every case with its expected outcome.
 *
 * Small cases are committed files in tests/fixtures/adversarial/ (a folder when a case needs several
 * seeds); large or byte-level cases (20 MB, 10,000 paragraphs, NUL bytes, invalid UTF-8, UTF-16, CR line
 * ends) and file-name cases are generated here, so the repository holds no binary or oddly named files.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/adversarial');

export interface SeedSpec {
  /** File name in the seeds folder. */
  name: string;
  bytes: () => Promise<Uint8Array>;
}

export interface AdversarialCase {
  id: string;
  /** What the case attacks, in words. */
  what: string;
  seeds: SeedSpec[];
  /** Exactly the warnings the pipeline gives for this case: [seed name, rule]. Nothing else. */
  warnings: Array<[string, string]>;
  /** Seeds that become source pages (the others are skipped or reported as duplicates). */
  pages: string[];
  /** Per seed: text its source page must show literally (whitespace-normalised). */
  literal?: Record<string, string[]>;
  /** Per seed: exact number of paragraphs of the source. */
  paragraphs?: Record<string, number>;
  /** Per seed: at most this many paragraphs. */
  paragraphsAtMost?: Record<string, number>;
  /** Per seed: the source's original URL (null: none, e.g. because it was not http(s)). */
  url?: Record<string, string | null>;
  /** Text that must appear nowhere in the built site (not even as text: it came from scripts or attributes). */
  absent?: string[];
  /** Test timeout, for the cases that are slow by nature. */
  timeoutMs?: number;
  /** Included in the batched Astro build (default true). */
  build?: boolean;
  /**
   * Known failure caused by another area: the test is marked `it.fails` with this note (bug, file,
   * proposed fix) until that area is fixed.
   */
  knownBug?: string;
  /** Expected `info` diagnostics (file name, rule): reported, but not problems. */
  info?: [string, string][];
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string, file = name): SeedSpec => ({
  name,
  bytes: async () => new Uint8Array(await readFile(path.join(FIXTURES, file))),
});
const text = (name: string, content: string): SeedSpec => ({ name, bytes: async () => utf8(content) });
const bytes = (name: string, make: () => Uint8Array): SeedSpec => ({ name, bytes: async () => make() });

/** A short, ordinary article (each case gives its own sentences, so none is a near-duplicate of another). */
const article = (title: string, ...paragraphs: string[]) => `${title}\n\nMay 2, 2024\n\n${paragraphs.join('\n\n')}\n`;
const mdArticle = (title: string, ...paragraphs: string[]) =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-05-02\n---\n\n${paragraphs.join('\n\n')}\n`;

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [a, b] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 + 2 * i] = a;
    out[3 + 2 * i] = b;
  }
  return out;
}

/** Unique paragraphs, so the cleaner's repeated-paragraph collapse does not shrink them. */
export function manyParagraphs(count: number): string {
  const lines = ['Harbour board minutes, full record', '', 'May 2, 2024', ''];
  for (let i = 1; i <= count; i++) {
    lines.push(`Item ${i}: the board heard submission number ${i} about berth ${(i % 97) + 1} and noted it.`, '');
  }
  return lines.join('\n');
}

/**
 * A 20 MB export: 200 distinct records, then one boilerplate paragraph repeated to the size wanted (as in a
 * page saved with an endless cookie/legal footer). Ingest must stop reading at its limit, warn, and collapse
 * the repeats, so the rest of the pipeline sees a normal article.
 */
export function hugeText(bytesWanted: number): string {
  const parts: string[] = ['The complete harbour archive', '', 'May 2, 2024', ''];
  for (let i = 1; i <= 200; i++) {
    parts.push(`Record ${i} of the archive lists cargo manifest ${i * 7} for vessel ${i % 311} at quay ${i % 13}.`, '');
  }
  const head = parts.join('\n');
  const filler = 'This archive page is provided as is, without warranty of any kind; all records remain the property of the harbour authority.\n\n';
  return head + filler.repeat(Math.ceil((bytesWanted - head.length) / filler.length));
}

const longTitle = `Harbour ${'and ferry '.repeat(110)}report`;
const longName = `${'very-long-seed-name-'.repeat(12)}end.txt`; // 244 bytes, under the 255-byte limit

export const CASES: AdversarialCase[] = [
  // --- MDX/JSX injection in every field that reaches MDX -----------------------------------------------------------
  {
    id: 'mdx-injection',
    what: 'MDX expressions, ESM, JSX, HTML, comments, backticks, $$, backslash, lone < and { in title, paragraphs, quote',
    seeds: [fixture('mdx-injection.txt')],
    warnings: [],
    pages: ['mdx-injection.txt'],
    literal: {
      'mdx-injection.txt': [
        '{process.exit(1)} Harbour board {globalThis.x=1} <Component /> votes on ferry fares',
        'freeze ferry fares {process.exit(1)} until 2026',
        'import fs from "node:fs"',
        'export const a = 1',
        'the vote <script>globalThis.x=1</script> was close and </div> that the debate ran late <!-- not a comment --> into the night.',
        'A {/* hidden */} note on the budget: `backticks` and ``` fences ``` and $$x^2$$ and a back\\slash and a lone < and a lone { and a lone } stay as written.',
        '"We will not {globalThis.x=1} raise fares this year," said Ellen Voss',
        '{import("node:fs").then((fs) => fs.writeFileSync("PWNED", "mdx-injection"))}',
        '<Voss onClick={() => process.exit(1)} /> The ferry operator, Tidewater Lines, said it would comply.',
      ],
    },
  },
  {
    id: 'front-matter-injection',
    what: 'markdown front matter (title, publisher, author, URL) and body with MDX/HTML payloads and a javascript: URL',
    seeds: [fixture('front-matter-injection.md')],
    warnings: [],
    url: { 'front-matter-injection.md': null },
    pages: ['front-matter-injection.md'],
    literal: {
      'front-matter-injection.md': [
        '{process.exit(1)} </script><script>globalThis.x=1</script> Ferry strike ends',
        'signed a deal on Thursday {globalThis.x=1}, ending a week of strikes.',
        'export default function Layout() { process.exit(1) }',
        'The crossings resume {import("node:fs").then((fs) => fs.writeFileSync("PWNED", "front-matter"))} on Friday,',
      ],
    },
    absent: ['alert(document.domain)'],
  },
  {
    id: 'yaml-breaking-title',
    what: 'a title full of YAML and Markdown syntax (": ", " # ", quotes, ---, &, |) that must survive front matter',
    seeds: [fixture('yaml-breaking-title.txt')],
    warnings: [],
    pages: ['yaml-breaking-title.txt'],
    literal: { 'yaml-breaking-title.txt': ['Deal "done": union # 1', 'a deal was "done": members voted 312 to 40 in favour.'] },
  },
  {
    id: 'url-javascript',
    what: 'an "Original url:" footer with a javascript: URL',
    seeds: [fixture('url-javascript.txt')],
    warnings: [],
    pages: ['url-javascript.txt'],
    literal: { 'url-javascript.txt': ['Dockworkers returned to the western terminal on Wednesday'] },
    url: { 'url-javascript.txt': null },
  },
  {
    id: 'url-odd-characters',
    what: 'an original URL with parentheses, quotes, <, >, { and }',
    seeds: [fixture('url-odd-characters.txt')],
    warnings: [],
    pages: ['url-odd-characters.txt'],
    literal: { 'url-odd-characters.txt': ['awarded the crane contract to a Baltic firm for $4.2 million'] },
    url: { 'url-odd-characters.txt': 'https://harbour.example/news/cranes_(2024)?q=%22x%22&y=%3Cz%3E%7B1%7D#top' },
  },
  // --- Hostile HTML -----------------------------------------------------------------------------------------------
  {
    id: 'hostile-html',
    what: 'HTML seed with <script>, <iframe>, on…= handlers, javascript:/data: URLs, <base>, meta refresh, SVG script, CSS expression()',
    seeds: [fixture('hostile-markup.html')],
    warnings: [],
    pages: ['hostile-markup.html'],
    literal: {
      'hostile-markup.html': [
        'The harbour council approved a budget of $12 million on Thursday, its chair Ellen Voss said.',
        '<script>alert("escaped")</script> is text.',
      ],
    },
    absent: ['window.stolen', 'evil.example', "alert('"],
  },
  {
    id: 'html-no-body',
    what: 'an HTML file with a head and no body',
    seeds: [fixture('no-body.html')],
    warnings: [['no-body.html', 'no-text']],
    pages: ['no-body.html'],
    paragraphs: { 'no-body.html': 0 },
  },
  // --- Malformed input -------------------------------------------------------------------------------------------
  { id: 'empty-file', what: 'an empty file', seeds: [text('empty.txt', '')], warnings: [['empty.txt', 'empty']], pages: [] },
  {
    id: 'whitespace-only',
    what: 'a file of spaces, tabs and line ends',
    seeds: [text('whitespace.txt', '  \n\t\n   \r\n\u00a0\n')],
    warnings: [['whitespace.txt', 'empty']],
    pages: [],
  },
  {
    id: 'binary',
    what: 'binary bytes (a PNG header and NULs) in a .txt',
    seeds: [bytes('binary.txt', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...utf8('Harbour')]))],
    warnings: [['binary.txt', 'binary']],
    pages: [],
  },
  {
    id: 'invalid-utf8',
    what: 'invalid UTF-8 bytes in the middle of a paragraph',
    seeds: [
      bytes('invalid-utf8.txt', () => {
        const head = utf8('Ferry fares rise in spring\n\nMarch 3, 2024\n\nFerry fares will rise by 4% in April ');
        const tail = utf8(' the operator said on Monday.\n');
        return Uint8Array.from([...head, 0xc3, 0x28, 0xa0, 0xff, ...tail]);
      }),
    ],
    warnings: [['invalid-utf8.txt', 'invalid-encoding']],
    pages: ['invalid-utf8.txt'],
    literal: { 'invalid-utf8.txt': ['Ferry fares will rise by 4% in April', 'the operator said on Monday.'] },
  },
  {
    id: 'utf16-le-bom',
    what: 'UTF-16 little-endian with a byte-order mark',
    seeds: [bytes('utf16le.txt', () => utf16('Ferry crews vote on pay offer\r\n\r\nMay 2, 2024\r\n\r\nFerry crews will vote on the pay offer on Thursday, the union’s secretary said.\r\n', 'le'))],
    warnings: [],
    pages: ['utf16le.txt'],
    literal: { 'utf16le.txt': ['Ferry crews will vote on the pay offer on Thursday, the union’s secretary said.'] },
    paragraphs: { 'utf16le.txt': 1 },
  },
  {
    id: 'utf16-be-bom',
    what: 'UTF-16 big-endian with a byte-order mark',
    seeds: [bytes('utf16be.txt', () => utf16('Pilots back new rota\n\nMay 2, 2024\n\nHarbour pilots backed the new rota on Friday after a ballot, their association said.\n', 'be'))],
    warnings: [],
    pages: ['utf16be.txt'],
    literal: { 'utf16be.txt': ['Harbour pilots backed the new rota on Friday after a ballot, their association said.'] },
  },
  {
    id: 'crlf',
    what: 'Windows line ends (CRLF)',
    seeds: [text('crlf.txt', 'Tug operators merge\r\n\r\nMay 2, 2024\r\n\r\nTwo tug operators agreed to merge on Monday.\r\n\r\nThe deal needs approval from the competition regulator.\r\n')],
    warnings: [],
    pages: ['crlf.txt'],
    paragraphs: { 'crlf.txt': 2 },
    literal: { 'crlf.txt': ['Two tug operators agreed to merge on Monday.', 'The deal needs approval from the competition regulator.'] },
  },
  {
    id: 'lone-cr',
    what: 'old Mac line ends (lone CR)',
    seeds: [text('lone-cr.txt', 'Lighthouse keeper retires\r\rMay 2, 2024\r\rThe last lighthouse keeper of Portmere retired on Sunday.\r\rHe served for 41 years.\r')],
    warnings: [],
    pages: ['lone-cr.txt'],
    paragraphs: { 'lone-cr.txt': 2 },
    literal: { 'lone-cr.txt': ['The last lighthouse keeper of Portmere retired on Sunday.', 'He served for 41 years.'] },
  },
  {
    id: 'long-line',
    what: 'a 50,000-character single line',
    seeds: [text('long-line.txt', `Dredging log\n\nMay 2, 2024\n\n${'The dredger cleared another stretch of the channel. '.repeat(1000).slice(0, 50_000)}\n`)],
    warnings: [],
    pages: ['long-line.txt'],
    literal: { 'long-line.txt': ['The dredger cleared another stretch of the channel. The dredger cleared'] },
  },
  {
    id: 'many-paragraphs',
    what: 'a file with 10,000 paragraphs',
    seeds: [text('many-paragraphs.txt', manyParagraphs(10_000))],
    warnings: [],
    pages: ['many-paragraphs.txt'],
    paragraphs: { 'many-paragraphs.txt': 10_000 },
    literal: { 'many-paragraphs.txt': ['Item 1: the board heard submission number 1', 'Item 10000: the board heard submission number 10000'] },
  },
  {
    id: 'huge-file',
    what: 'a 20 MB file (read up to the ingest limit, with a warning; repeated boilerplate collapsed)',
    seeds: [text('huge.txt', hugeText(20 * 1024 * 1024))],
    warnings: [['huge.txt', 'truncated']],
    pages: ['huge.txt'],
    // 200 records + the boilerplate once (+ the paragraph cut by the read limit, if the cut falls inside one).
    paragraphsAtMost: { 'huge.txt': 202 },
    build: false,
    timeoutMs: 240_000,
  },
  {
    id: 'ukrainian',
    what: 'Cyrillic (Ukrainian) text',
    seeds: [fixture('ukrainian.txt')],
    warnings: [],
    pages: ['ukrainian.txt'],
    literal: { 'ukrainian.txt': ['Київ і Вашингтон обговорюють угоду про рідкісноземельні метали', '«Ми хочемо, щоб угода була справедливою», — сказав Зеленський журналістам у Києві.'] },
  },
  {
    id: 'rtl',
    what: 'right-to-left text (Arabic, Hebrew) and bidi control characters',
    seeds: [fixture('rtl-text.txt')],
    warnings: [],
    pages: ['rtl-text.txt'],
    literal: { 'rtl-text.txt': ['وافق مجلس الميناء يوم الثلاثاء على ميزانية قدرها 12 مليون دولار', 'הנמל ייפתח מחדש ביום ראשון, אמר דובר הרשות.'] },
  },
  {
    id: 'unicode-names',
    what: 'emoji, flags and combining marks (NFD) in names',
    seeds: [fixture('unicode-names.txt')],
    warnings: [],
    pages: ['unicode-names.txt'],
    literal: { 'unicode-names.txt': ['Zoë Ångström, a negotiator for the crews, met José Núñez on Monday 👩🏽‍🔬 to discuss the 🚢 timetable.', 'Ørsted, Škoda and the 🇪🇺 delegation'] },
  },
  {
    id: 'bad-front-matter',
    what: 'markdown front matter that is not valid YAML',
    seeds: [fixture('bad-front-matter.md')],
    warnings: [['bad-front-matter.md', 'front-matter']],
    pages: ['bad-front-matter.md'],
    literal: { 'bad-front-matter.md': ['Ferry terminal reopens after storm', 'The ferry terminal reopened on Monday after a two-day closure caused by a storm.'] },
  },
  {
    id: 'undated-relative-dates',
    what: 'an article with relative dates ("on Monday") and no publication date',
    seeds: [text('undated.txt', 'Pilots strike over rota\n\nHarbour pilots walked out on Monday and will meet managers next week, their association said.\n')],
    // Unresolved relative dates are reported as `info` (never a warning: undated sources are normal), naming the file.
    warnings: [],
    info: [['undated.txt', 'no-publication-date']],
    pages: ['undated.txt'],
  },
  // --- File names ------------------------------------------------------------------------------------------------
  {
    id: 'name-spaces',
    what: 'a file name with spaces',
    seeds: [text('harbour board minutes march.txt', article('Harbour board publishes March minutes', 'The harbour board published the minutes of its March meeting on Thursday.', 'They show that two members opposed the dredging budget.'))],
    warnings: [],
    pages: ['harbour board minutes march.txt'],
  },
  {
    id: 'name-unicode',
    what: 'a file name in Unicode (accents, CJK, em dash)',
    seeds: [text('ünïcödé 港口 — café.txt', article('Café owners on the quay ask for longer hours', 'Café owners on the north quay asked the council for a licence to open until midnight.', 'Residents of the quay flats have objected to the noise.'))],
    warnings: [],
    pages: ['ünïcödé 港口 — café.txt'],
  },
  {
    id: 'name-leading-dot',
    what: 'a seed whose name starts with a dot',
    seeds: [text('.hidden-seed.txt', article('Quay lights to be replaced', 'The old sodium lights on the quay will be replaced with LED lamps by the autumn, engineers said.'))],
    warnings: [['.hidden-seed.txt', 'hidden-file']],
    pages: [],
  },
  {
    id: 'name-dots',
    what: 'file names with ".." inside and a title that looks like a path',
    seeds: [
      text('minutes..final..v2.txt', article('Pilots approve final minutes', 'The pilots association approved the final minutes of its annual meeting by a show of hands.')),
      text('path-title.md', mdArticle('../../../../etc/passwd', 'A headline shaped like a file path must not steer where the page is written.')),
    ],
    warnings: [],
    pages: ['minutes..final..v2.txt', 'path-title.md'],
    literal: { 'path-title.md': ['../../../../etc/passwd'] },
  },
  {
    id: 'name-very-long',
    what: 'a 244-byte file name and a 1,000-character title',
    seeds: [
      text(longName, article('Tide tables revised', 'The harbour office revised its tide tables after a survey found the channel had silted up.')),
      text('long-title.md', mdArticle(longTitle, 'The longest headline the harbour gazette ever printed ran to a thousand characters.')),
    ],
    warnings: [],
    pages: [longName, 'long-title.md'],
    literal: { 'long-title.md': [longTitle] },
  },
  {
    id: 'slug-collision',
    what: 'two seeds whose titles slug to the same slug',
    seeds: [fixture('ferry-talks-a.txt', 'slug-collision/ferry-talks-a.txt'), fixture('ferry-talks-b.txt', 'slug-collision/ferry-talks-b.txt')],
    warnings: [],
    pages: ['ferry-talks-a.txt', 'ferry-talks-b.txt'],
  },
  {
    id: 'duplicate-article',
    what: 'the same article saved twice under different names: cited once, the second reported',
    seeds: [
      fixture('tidewater-fares.txt', 'duplicate-article/tidewater-fares.txt'),
      fixture('tidewater-fares_copy.txt', 'duplicate-article/tidewater-fares_copy.txt'),
    ],
    warnings: [['tidewater-fares_copy.txt', 'duplicate']],
    pages: ['tidewater-fares.txt'],
  },
];

/** Hostile catalogs: each file marks the line the error must point at with `# expect-error`. */
export async function catalogCases(): Promise<Array<{ file: string; text: string; lines: number[] }>> {
  const dir = path.join(FIXTURES, 'catalog');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      const lines = text.split('\n').flatMap((l, i) => (l.includes('# expect-error') ? [i + 1] : []));
      return { file, text, lines };
    }),
  );
}
