/**
 * "Save page as… Web page, single file" (MHTML): a MIME multipart message. Only the HTML part is kept;
 * images and styles are dropped. Also returns the page's address (`Snapshot-Content-Location`).
 */

function headerBlock(text: string): { headers: Map<string, string>; body: string } {
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon > 0) {
        last = line.slice(0, colon).trim().toLowerCase();
        headers.set(last, line.slice(colon + 1).trim());
      }
    }
  }
  return { headers, body };
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...new TextEncoder().encode(c));
  }
  return new Uint8Array(out);
}

export interface MhtmlPage {
  html: Uint8Array;
  url: string | null;
}

/** The HTML part of an MHTML file, or null when there is none. */
export function htmlFromMhtml(bytes: Uint8Array): MhtmlPage | null {
  const text = new TextDecoder('latin1').decode(bytes);
  const top = headerBlock(text);
  const boundary = /boundary="?([^";]+)"?/i.exec(top.headers.get('content-type') ?? '')?.[1];
  if (!boundary) return null;
  const url = top.headers.get('snapshot-content-location') ?? null;
  for (const raw of top.body.split(`--${boundary}`)) {
    const part = headerBlock(raw.replace(/^\r?\n/, ''));
    const type = (part.headers.get('content-type') ?? '').toLowerCase();
    if (!type.startsWith('text/html')) continue;
    const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
    let html: Uint8Array;
    if (encoding === 'base64') html = new Uint8Array(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'));
    else if (encoding === 'quoted-printable') html = decodeQuotedPrintable(part.body);
    else html = Uint8Array.from(part.body, (c) => c.charCodeAt(0) & 0xff);
    const charset = /charset="?([^";]+)"?/i.exec(type)?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        html = new TextEncoder().encode(new TextDecoder(charset).decode(html));
      } catch {
        // Unknown charset: keep the bytes; ingest decodes them as UTF-8 and warns.
      }
    }
    return { html, url: url ?? part.headers.get('content-location') ?? null };
  }
  return null;
}
