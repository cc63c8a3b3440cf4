/**
 * One Chromium and one static server per test file, over the shared built site.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../src/pdf/chromium.ts';
import { serveStatic, type StaticServer } from '../../../src/pdf/static-server.ts';
import { artifacts, sharedSite, type SharedSite } from './site.ts';

export interface Session {
  site: SharedSite;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
  /** A fresh context (light or dark, phone or desktop); console errors and CSP violations are collected. */
  open(options?: { dark?: boolean; width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
}

export async function startSession(): Promise<Session> {
  const site = await sharedSite();
  const server = await serveStatic(site.dist);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    site,
    server,
    browser,
    async open({ dark = false, width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ colorScheme: dark ? 'dark' : 'light', viewport: { width, height }, locale: 'en-GB', baseURL: server.origin });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      return { context, page, errors };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a screenshot under tests/.artifacts/screens/ for review. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const dir = path.join(artifacts, 'screens');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
