/**
 * Prints pages of the built site to PDF with headless Chromium: the site is served from its folder on
 * 127.0.0.1 (so it runs exactly as published, CSP included) and each page is printed with its own print
 * stylesheet (page size, margins, running header and footer come from src/styles/print.css).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface PrintJob {
  /** Root-relative page path without the base, e.g. `/book/` or `/actors/donald-trump/`. */
  page: string;
  /** PDF file to write. */
  out: string;
}

export interface PrintOptions {
  /** The built site (dist/). */
  dist: string;
  /** The base the site was built with (default `/`). */
  base?: string;
  jobs: PrintJob[];
  /** Reuse a running browser (tests); otherwise one is launched and closed. */
  browser?: Browser;
}

export interface PrintedPdf {
  page: string;
  out: string;
  bytes: number;
}

/** `/actors/x` → `/actors/x/`; keeps `#fragment`-free, query-free page paths. */
export function normalisePagePath(page: string): string {
  const p = `/${page.trim().replace(/^\/+/, '')}`;
  return p.endsWith('/') || /\.[a-z0-9]+$/i.test(p) ? p : `${p}/`;
}

/** A file name for a page's PDF: `/actors/donald-trump/` → `actors-donald-trump.pdf`, `/` → `overview.pdf`. */
export function pdfFileName(page: string): string {
  const slug = normalisePagePath(page).replace(/index\.html$/, '').split('/').filter(Boolean).join('-');
  return `${slug || 'overview'}.pdf`;
}

export async function printPages(options: PrintOptions): Promise<PrintedPdf[]> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server = await serveStatic(options.dist, { base });
  const browser = options.browser ?? (await launchChromium());
  const printed: PrintedPdf[] = [];
  try {
    const context = await browser.newContext({ colorScheme: 'light', locale: 'en-GB' });
    try {
      for (const job of options.jobs) {
        const page = await context.newPage();
        const target = `${server.origin}${base}${normalisePagePath(job.page).slice(1)}`;
        const response = await page.goto(target, { waitUntil: 'load' });
        if (!response || !response.ok()) throw new Error(`cannot print ${job.page}: the site answered ${response?.status() ?? 'nothing'} for ${target}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await mkdir(path.dirname(path.resolve(job.out)), { recursive: true });
        const pdf = await page.pdf({ path: job.out, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
        printed.push({ page: job.page, out: job.out, bytes: pdf.length });
        await page.close();
      }
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
  return printed;
}
