/**
 * HTTP error preambles: scraped pages that begin with what the server said when the scraper hit an
 * error page ("403 / Sorry!! / Error! We're sorry, but the page you were looking for doesn't exist.",
 * "HTTP/1.1 403 Forbidden / Error 1020 / Access denied / Ray ID: …", "502 Bad Gateway / nginx").
 * Found at line level, before paragraphs are built, because such preambles are often not separated
 * from the article by a blank line.
 */

const STATUS_LINE = /^(?:HTTP\/\d(?:\.\d)?\s+)?[45]\d\d(?:\s+[A-Za-z][\w '-]*)?[.!]?$/;
const ERROR_WORDS =
  /\b(?:sorry|error|errors|access|restrictions?|forbidden|access denied|denied|not found|doesn['’]t exist|does not exist|no longer exists|permission|server|unavailable|cached copy|archived copy|retrying|reference\s*#|ray id|nginx|apache|gateway|request blocked|blocked|return to (?:the )?home ?page|go (?:back )?(?:to the )?home ?page|cloudflare|performance (?:&|and) security|try again|temporarily|timed? ?out|upstream|service|captcha|verify you are human)\b/i;

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
  i++;
  let end = i;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (/^#{1,6}\s/.test(line)) break;
    const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    if (plain.length <= 200 && ERROR_WORDS.test(plain)) {
      end = i + 1;
      continue;
    }
    break;
  }
  return { end };
}
