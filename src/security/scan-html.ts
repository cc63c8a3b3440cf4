/**
 * Output hygiene: finds executable markup and dangerous URLs in one built HTML page.
 *
 * Seeds are hostile, so the built site is checked as a whole, whatever produced it: a `<script>` that
 * is not the site's own (an external file outside the site, or inline code whose hash the page's
 * Content-Security-Policy does not list), inline event handlers (`on…=`), `javascript:`/`vbscript:`/
 * `data:` URLs, frames, objects, `<base>`, `<meta http-equiv=refresh>`, CSS `expression()`, a missing
 * or permissive CSP, and external links without `rel="noopener noreferrer"`. Pure: HTML text in,
 * findings out (`scan-dist.ts` walks a folder). The page is read by `./html-tokens.ts` as a browser's tokenizer
 * reads it.
 */
import { createHash } from 'node:crypto';
import { isExternalHref } from './external-links.ts';
import { lineAt, otherReadingTags, startTags, type StartTag } from './html-tokens.ts';
import { parseCsp } from './csp.ts';

export type FindingRule =
  | 'script-external'
  | 'script-inline'
  | 'event-handler'
  | 'dangerous-url'
  | 'forbidden-element'
  | 'css-expression'
  | 'csp-missing'
  | 'csp-permissive'
  | 'external-link-rel';

export interface Finding {
  /** Page, relative to the scanned folder. */
  file: string;
  line?: number;
  rule: FindingRule;
  message: string;
}

export interface ScanOptions {
  /** Require a CSP meta tag on every page (default true). */
  requireCsp?: boolean;
  /** Check `rel` of external links (default true). */
  checkExternalLinks?: boolean;
}

/** Elements that embed other documents or code, or change how the page resolves URLs. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);

/** Attributes whose value is a URL (lower-case HTML names). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'manifest',
  'longdesc', 'usemap', 'codebase', 'archive', 'lowsrc', 'dynsrc', 'srcset', 'imagesrcset',
]);

/** Attributes that are never acceptable, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set(['srcdoc']);

/** Scheme of a URL as a browser sees it: leading spaces and control characters, and tabs/newlines inside, are ignored. */
export function urlScheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

export function isDangerousUrl(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme !== null && DANGEROUS_SCHEMES.has(scheme);
}

/** CSS that runs code or pulls in behaviour in some browser. */
export function isDangerousCss(css: string): boolean {
  // CSS escapes (`\65 xpression`) and comments can hide keywords: normalise them first.
  const normal = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .toLowerCase();
  return /expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import/.test(normal);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The first value of an attribute, as a browser keeps it (later duplicates are dropped). */
export function attr(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find((a) => a.name === name)?.value;
}

/** Scans one page. `file` is how the page is named in findings; `tags` are the page's `startTags` when the caller has them. */
export function scanHtml(html: string, file: string, options: ScanOptions = {}, tags?: readonly StartTag[]): Finding[] {
  const requireCsp = options.requireCsp ?? true;
  const checkLinks = options.checkExternalLinks ?? true;
  const primary = tags ?? startTags(html);
  const findings: Finding[] = [];
  const add = (tag: StartTag | null, rule: FindingRule, message: string) => {
    findings.push({ file, rule, message, ...(tag ? { line: lineAt(html, tag.start) } : {}) });
  };

  // A CSP meta counts only where a browser reads it as a tag (not inside a text-only element).
  const cspMetas = primary.filter(
    (el) => el.name === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy',
  );
  const csp = cspMetas.length > 0 ? parseCsp(attr(cspMetas[0]!, 'content') ?? '') : null;
  const scriptSrc = csp ? (csp.get('script-src') ?? csp.get('default-src') ?? null) : null;
  const scriptElemSrc = csp ? (csp.get('script-src-elem') ?? scriptSrc) : null;
  const scriptAttrSrc = csp ? (csp.get('script-src-attr') ?? null) : null;
  if (requireCsp) {
    if (!csp) add(null, 'csp-missing', 'no <meta http-equiv="content-security-policy"> on this page');
    else if (!scriptSrc) add(cspMetas[0]!, 'csp-permissive', 'the CSP has no script-src (nor default-src): any script may run');
    else {
      const loose = [...new Set([...scriptSrc, ...(scriptElemSrc ?? [])])].filter(
        (s) => /^'unsafe-(inline|eval|hashes)'$/.test(s) || s === '*' || /^[a-z][a-z0-9+.-]*:/i.test(s) || /^[^']/.test(s),
      );
      if (loose.length > 0) add(cspMetas[0]!, 'csp-permissive', `script-src allows more than the site's own scripts: ${loose.join(' ')}`);
      if (scriptAttrSrc?.some((s) => s !== "'none'")) {
        add(cspMetas[0]!, 'csp-permissive', `inline event handlers are not blocked (script-src-attr ${scriptAttrSrc.join(' ')})`);
      }
    }
  }
  const allowedHashes = new Set((scriptElemSrc ?? []).filter((s) => /^'sha256-/.test(s)).map((s) => s.slice(8, -1)));
  const trusted = (el: StartTag) =>
    el.name === 'script' && attr(el, 'src') === undefined && allowedHashes.has(sha256(el.text ?? '')) && !el.inText;
  // The other reading of the page (text-only content as markup), except the code of the scripts the CSP allows.
  const elements = [...primary, ...otherReadingTags(html, primary, (el) => !trusted(el))];
  const firstScript = elements.filter((el) => el.name === 'script').sort((a, b) => a.start - b.start)[0];
  if (csp && firstScript && firstScript.start < cspMetas[0]!.start) {
    add(firstScript, 'csp-missing', 'a <script> comes before the CSP meta tag, so the policy does not cover it');
  }

  for (const el of elements) {
    const tag = el.name;
    if (FORBIDDEN_ELEMENTS.has(tag)) add(el, 'forbidden-element', `<${tag}> is not allowed in the site`);
    if (tag === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
      add(el, 'forbidden-element', '<meta http-equiv="refresh"> redirects readers');
    }
    if (tag === 'script') {
      const src = attr(el, 'src');
      const type = (attr(el, 'type') ?? '').toLowerCase();
      const code = el.text ?? '';
      if (src !== undefined) {
        if (isExternalHref(src) || urlScheme(src) !== null || src.startsWith('//')) {
          add(el, 'script-external', `<script src="${src}"> loads code from outside the site`);
        }
      } else if (type === 'application/ld+json' || type === 'application/json') {
        try {
          JSON.parse(code);
        } catch {
          add(el, 'script-inline', `<script type="${type}"> does not hold valid JSON`);
        }
      } else if (!allowedHashes.has(sha256(code))) {
        add(el, 'script-inline', `inline <script> that the page's CSP does not allow (not one of the site's own scripts): ${JSON.stringify(code.slice(0, 60))}`);
      }
    }
    if (tag === 'style' && isDangerousCss(el.text ?? '')) add(el, 'css-expression', '<style> with expression(), javascript: or @import');

    for (const { name, value } of el.attrs) {
      if (name.startsWith('on') && name !== 'open') add(el, 'event-handler', `inline event handler ${name}= on <${tag}>`);
      else if (FORBIDDEN_ATTRIBUTES.has(name)) add(el, 'forbidden-element', `${name}= on <${tag}>`);
      else if (name === 'style' && isDangerousCss(value)) add(el, 'css-expression', `style= with expression(), javascript: or @import on <${tag}>`);
      else if (URL_ATTRIBUTES.has(name)) {
        const urls = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          if (isDangerousUrl(url)) add(el, 'dangerous-url', `${name}="${url.slice(0, 60)}" on <${tag}>`);
        }
      } else if (['to', 'from', 'values'].includes(name) && /(java|vb)script:/i.test(value)) {
        add(el, 'dangerous-url', `SVG animation sets a javascript: URL on <${tag}>`);
      }
    }

    const href = attr(el, 'href');
    if (checkLinks && (tag === 'a' || tag === 'area') && href !== undefined && isExternalHref(href)) {
      const rel = new Set((attr(el, 'rel') ?? '').toLowerCase().split(/\s+/));
      if (!rel.has('noopener') || !rel.has('noreferrer')) {
        add(el, 'external-link-rel', `external link ${href} lacks rel="noopener noreferrer"`);
      }
    }
  }
  return findings;
}

export function formatFinding(f: Finding): string {
  return `${f.line ? `${f.file}:${f.line}` : f.file}: ${f.message} [${f.rule}]`;
}
