/**
 * axe-core (through @axe-core/playwright) over every page kind: all WCAG 2.1 A/AA and best-practice
 * rules in the light theme, the colour-contrast rule again in the dark theme; no serious or critical
 * violation. The search page is checked with results shown. The book repeats the briefings' markup
 * (checked on their own pages), so on it axe looks at the cover, contents, first briefing and sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './helpers/browser.ts';
import { pageKinds, type PageKinds } from './helpers/pages.ts';
import { sharedSite } from './helpers/site.ts';

const KINDS: (keyof PageKinds)[] = ['overview', 'actorsIndex', 'actor', 'topicsIndex', 'topic', 'sourcesIndex', 'source', 'timeline', 'search', 'book'];

let session: Session;
let kinds: PageKinds;
let light: Page;
let dark: Page;
beforeAll(async () => {
  kinds = pageKinds((await sharedSite()).dist);
  session = await startSession();
  light = (await session.open({ dark: false })).page;
  dark = (await session.open({ dark: true })).page;
});
afterAll(async () => {
  await session?.close();
});

async function violations(page: Page, kind: keyof PageKinds, rules?: string[]): Promise<string[]> {
  const path = kinds[kind];
  await page.goto(kind === 'search' ? `${path}?q=Ukraine` : path);
  if (kind === 'search') await page.locator('.search-result').first().waitFor();
  let axe = new AxeBuilder({ page });
  axe = rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (kind === 'book') axe = axe.include('.site-header').include('.book-cover').include('.book-toc').include('#overview').include('#sources');
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core, light theme, all rules', () => {
  it.each(KINDS)('%s page: no serious or critical violation', async (kind) => {
    expect(await violations(light, kind)).toEqual([]);
  }, 240_000);
});

describe('axe-core, dark theme, colour contrast', () => {
  it.each(KINDS)('%s page: enough contrast', async (kind) => {
    expect(await violations(dark, kind, ['color-contrast'])).toEqual([]);
  }, 240_000);
});
