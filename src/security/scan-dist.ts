/**
 * Scans a built site folder (`dist/`): every HTML (and SVG) page through `scanHtml`, plus a check that
 * every `<script src>` names a file that exists in the folder. Used by the tests and after `astro build`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startTags, type StartTag } from './html-tokens.ts';
import type { Finding, ScanOptions } from './scan-html.ts';
import { attr, scanHtml } from './scan-html.ts';

export async function listPages(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listPages(dir, rel)));
    else if (/\.(html?|svg)$/i.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

function scriptSources(tags: readonly StartTag[]): string[] {
  return tags.filter((t) => t.name === 'script').map((t) => attr(t, 'src')).filter((src): src is string => src !== undefined);
}

export interface DistScanOptions extends ScanOptions {
  /** Site base path (Astro's `base`), stripped from root-relative script URLs. */
  base?: string;
  /**
   * Called with each page and its start tags before the page is scanned; returns new text for the page (written to
   * the file, then scanned) or null. The build uses it to mark external links.
   */
  rewrite?: (page: string, html: string, tags: readonly StartTag[]) => string | null;
}

export async function scanDist(dir: string, options: DistScanOptions = {}): Promise<{ pages: number; findings: Finding[] }> {
  const pages = await listPages(dir);
  const findings: Finding[] = [];
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  for (const page of pages) {
    let html = await readFile(path.join(dir, page), 'utf8');
    const svg = page.toLowerCase().endsWith('.svg');
    let tags = startTags(html);
    const next = options.rewrite?.(page, html, tags) ?? null;
    if (next !== null) {
      html = next;
      tags = startTags(html);
      await writeFile(path.join(dir, page), html);
    }
    findings.push(...scanHtml(html, page, svg ? { ...options, requireCsp: false } : options, tags));
    for (const src of scriptSources(tags)) {
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue; // reported by scanHtml
      const clean = src.split(/[?#]/)[0]!;
      const file = clean.startsWith('/')
        ? path.join(dir, clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1))
        : path.join(dir, path.dirname(page), clean);
      if (!path.resolve(file).startsWith(path.resolve(dir) + path.sep) || !existsSync(file)) {
        findings.push({ file: page, rule: 'script-external', message: `<script src="${src}"> is not a file of the built site` });
      }
    }
  }
  return { pages: pages.length, findings };
}
