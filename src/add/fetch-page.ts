/**
 * Fetching one web page for `dossier add`, with Node's own fetch: http(s) only (also after each
 * redirect), redirects followed by hand up to a limit, one timeout for the whole exchange, a size limit
 * enforced while streaming, a clear user agent, and only text content types (HTML, plain text, markdown).
 * Never throws: every failure is a `reason` a user can read.
 */

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Injected clock, for tests. */
  now?: () => Date;
}

export const DEFAULT_FETCH: Required<Omit<FetchOptions, 'now'>> = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Dossier/0.1 (briefing source collector; run by an analyst; +https://github.com/dossier)',
};

export type PageKind = 'html' | 'txt' | 'md';

export interface FetchedPage {
  ok: true;
  /** URL as asked. */
  url: string;
  /** URL after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  kind: PageKind;
  bytes: Uint8Array;
  retrievedAt: string;
}

export interface FetchFailure {
  ok: false;
  url: string;
  reason: string;
  status?: number;
}

const TEXT_TYPES: Record<string, PageKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
};

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage | FetchFailure> {
  const o = { ...DEFAULT_FETCH, ...options };
  const now = options.now ?? (() => new Date());
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, url: input, reason: 'not a valid URL' };
  }
  if (!isHttp(url)) return { ok: false, url: input, reason: `only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, '')}` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), o.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1' },
        });
      } catch (err) {
        if (controller.signal.aborted) return { ok: false, url: input, reason: `no answer within ${o.timeoutMs / 1000} s (timeout)` };
        return { ok: false, url: input, reason: `could not connect (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})` };
      }
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel().catch(() => undefined);
        if (hop >= o.maxRedirects) return { ok: false, url: input, reason: `more than ${o.maxRedirects} redirects`, status: res.status };
        let next: URL;
        try {
          next = new URL(res.headers.get('location')!, url);
        } catch {
          return { ok: false, url: input, reason: 'redirect to an invalid URL', status: res.status };
        }
        if (!isHttp(next)) return { ok: false, url: input, reason: `redirect to a non-http address (${next.protocol.replace(/:$/, '')})`, status: res.status };
        url = next;
        continue;
      }
      if (res.status >= 400) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, url: input, reason: `the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}; error pages are not saved`, status: res.status };
      }
      if (res.status !== 200 && res.status !== 203) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, url: input, reason: `unexpected HTTP ${res.status}`, status: res.status };
      }
      const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const kind = TEXT_TYPES[contentType];
      if (!kind) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, url: input, reason: `content type ${contentType || '(none)'} is not a text page (HTML, plain text or markdown)`, status: res.status };
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, url: input, reason: `page is ${declared} bytes, over the ${o.maxBytes}-byte limit`, status: res.status };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            size += value.byteLength;
            if (size > o.maxBytes) {
              await reader.cancel().catch(() => undefined);
              return { ok: false, url: input, reason: `page is over the ${o.maxBytes}-byte limit`, status: res.status };
            }
            chunks.push(value);
          }
        } catch {
          if (controller.signal.aborted) return { ok: false, url: input, reason: `page not received within ${o.timeoutMs / 1000} s (timeout)`, status: res.status };
          return { ok: false, url: input, reason: 'the connection broke while reading the page', status: res.status };
        }
      }
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.byteLength;
      }
      return { ok: true, url: input, finalUrl: url.href, status: res.status, contentType, kind, bytes, retrievedAt: now().toISOString() };
    }
  } finally {
    clearTimeout(timer);
  }
}
