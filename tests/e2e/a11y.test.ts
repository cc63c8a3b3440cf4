/**
 * axe-core (through @axe-core/playwright) over every page kind, in the light and the dark theme and
 * on the search page with results: no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { startSession, type Session } from './helpers/browser.ts';
import { pageKinds, type PageKinds } from './helpers/pages.ts';

let session: Session;
let kinds: PageKinds;
beforeAll(async () => {
  session = await startSession();
  kinds = pageKinds(session.site.dist);
});
afterAll(async () => {
  await session?.close();
});

describe('axe-core', () => {
  it.each([['light', false], ['dark', true]] as const)('reports no serious or critical violation on any page kind (%s theme)', async (_name, dark) => {
    const { page } = await session.open({ dark });
    const problems: string[] = [];
    for (const [kind, path] of Object.entries(kinds)) {
      await page.goto(kind === 'search' ? `${path}?q=Ukraine` : path);
      if (kind === 'search') await page.locator('.search-result').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          problems.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
