/**
 * Scans a built site folder (`dist/`): every HTML (and SVG) page through `scanHtml`, plus a check that
 * every `<script src>` names a file that exists in the folder. Used by the tests and after `astro build`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root, RootContent } from 'hast';
import type { Finding, ScanOptions } from './scan-html.ts';
import { scanHtml } from './scan-html.ts';

export async function listPages(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listPages(dir, rel)));
    else if (/\.(html?|svg)$/i.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

function scriptSources(tree: Root): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'script' && typeof node.properties.src === 'string') out.push(node.properties.src);
      visit(node.children);
    }
  };
  visit(tree.children);
  return out;
}

export interface DistScanOptions extends ScanOptions {
  /** Site base path (Astro's `base`), stripped from root-relative script URLs. */
  base?: string;
  /**
   * Called with each page and its tree before the page is scanned; returns new text for the page (written to the
   * file, and the tree edited to match) or null. The build uses it to mark external links with one parse per page.
   */
  rewrite?: (page: string, html: string, tree: Root) => string | null;
}

export async function scanDist(dir: string, options: DistScanOptions = {}): Promise<{ pages: number; findings: Finding[] }> {
  const pages = await listPages(dir);
  const findings: Finding[] = [];
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  for (const page of pages) {
    let html = await readFile(path.join(dir, page), 'utf8');
    const svg = page.toLowerCase().endsWith('.svg');
    // One parse per page, for the rewrite, the scan and the script check (parsing is most of the cost).
    const tree = fromHtml(html);
    const next = options.rewrite?.(page, html, tree) ?? null;
    if (next !== null) {
      html = next;
      await writeFile(path.join(dir, page), html);
    }
    findings.push(...scanHtml(html, page, svg ? { ...options, requireCsp: false } : options, tree));
    for (const src of scriptSources(tree)) {
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
