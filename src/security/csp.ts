/**
 * Content-Security-Policy of the built site, for Astro's `security.csp` (stable since Astro 6).
 *
 * Astro writes a `<meta http-equiv="content-security-policy">` into every page and owns `script-src` and
 * `style-src`: it lists the hashes of the scripts and styles it bundled, so only the site's own code runs.
 * The directives below close everything else: no plugins, frames, `<base>` rewriting, foreign form
 * targets or inline event handlers (`script-src-attr 'none'`). A meta CSP cannot set `frame-ancestors`,
 * `report-uri` or `sandbox`; a host that can send headers should add `frame-ancestors 'none'`.
 */

/** Directives other than script-src/style-src, added to every page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
] as const;

/**
 * `security.csp` for astro.config.mjs. Script sources: the site itself (bundled files and Astro's hashed
 * inline scripts) and `'wasm-unsafe-eval'`, which lets the site's own scripts compile WebAssembly
 * (Pagefind's search runs in WebAssembly) and allows no JavaScript `eval`.
 */
export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'none'", kind: 'attribute' as const }],
  },
};

/** Parses a policy into directive name → source list (first occurrence wins, as browsers do). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}
