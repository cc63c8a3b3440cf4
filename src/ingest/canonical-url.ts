/**
 * Canonical form of an article URL, to recognise the same article under two addresses:
 * scheme and `www.` ignored, host lowercased, default port, fragment and tracking parameters
 * (`utm_*`, `fbclid`, `gclid`, …) dropped, remaining parameters sorted, trailing slash dropped.
 */

const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|smid|partner|share|s_cid|__twitter_impression|amp)$/i;

/** `null` for anything that is not an http(s) URL. */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
  const query = params.length ? '?' + params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') : '';
  let pathname = u.pathname.replace(/\/{2,}/g, '/');
  pathname = pathname.replace(/\/(?:index\.html?|amp)?$/i, '') || '/';
  if (pathname !== '/') pathname = pathname.replace(/\/$/, '');
  return `${host}${port}${pathname === '/' ? '' : pathname}${query}`;
}
