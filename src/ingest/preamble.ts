/**
 * HTTP error preambles: scraped pages that begin with what the server said when the scraper hit an
 * error page ("403 / Sorry!! / Error! We're sorry, but the page you were looking for doesn't exist.",
 * "HTTP/1.1 403 Forbidden / Error 1020 / Access denied / Ray ID: …", "502 Bad Gateway / nginx").
 * Found at line level, before paragraphs are built, because such preambles are often not separated
 * from the article by a blank line.
 */

const REASON =
  /(?:forbidden|not found|bad gateway|bad request|unauthori[sz]ed|gone|service (?:temporarily )?unavailable|internal server error|gateway time-?out|too many requests|access denied|error|request blocked|not acceptable)/;
const STATUS_LINE = new RegExp(String.raw`^(?:HTTP\/\d(?:\.\d)?\s+)?[45]\d\d(?:\s*[-:]?\s*${REASON.source})?[.!]?$`, 'i');
const ERROR_WORDS = new RegExp(
  [
    String.raw`^(?:sorry|oops|error|whoops)\b`,
    String.raw`\b(?:sorry|error)\b.{0,40}\b(?:page|request|server)\b`,
    String.raw`^error\s*\d+$`,
    String.raw`\b(?:access denied|forbidden|not found|bad gateway|service (?:temporarily )?unavailable|internal server error|gateway time-?out)\b`,
    String.raw`\b(?:doesn['’]t|does not|no longer) exists?\b`,
    String.raw`\b(?:do(?:n['’]t| not) have (?:access|permission)|set restrictions|permission to access)\b`,
    String.raw`\b(?:the|this|upstream) server\b|\bserver (?:error|returned|is)\b`,
    String.raw`\b(?:cached|archived) copy\b|^retrying\b|\breference\s*#|\bray id\b|^nginx\b|^apache\b|\bcloudflare\b|performance (?:&|and) security`,
    String.raw`\brequest (?:blocked|could not)\b|\bbeen blocked\b|return to (?:the )?home ?page|go (?:back )?(?:to the )?home ?page|try again later|verify you are (?:a )?human|captcha|page you were\b|looking for\b`,
  ].join('|'),
  'i',
);

export interface Preamble {
  /** 0-based index of the first line after the preamble (0 when there is none). */
  end: number;
}

/** Lines [0, end) are an HTTP error preamble. */
export function findPreamble(lines: readonly string[]): Preamble {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const first = (lines[i] ?? '').trim();
  if (!STATUS_LINE.test(first) || first.length > 60) return { end: 0 };
  const bare = /^\d{3}$/.test(first);
  i++;
  let end = i;
  let errorLines = 0;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (/^#{1,6}\s/.test(line)) break;
    const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    if (plain.length <= 200 && ERROR_WORDS.test(plain)) {
      end = i + 1;
      errorLines++;
      continue;
    }
    break;
  }
  // A bare number ("403") is a status code only when error text follows it.
  if (bare && errorLines === 0) return { end: 0 };
  return { end };
}
