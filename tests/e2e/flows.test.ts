/**
 * The reader's flows in a real browser (Debian Chromium) against the built site on 127.0.0.1:
 * footnote → highlighted source paragraph → back; search; dark mode; skip link and focus; phone layout.
 * Screenshots of every page kind go to tests/.artifacts/screens/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startSession, type Session } from './helpers/browser.ts';
import { pageKinds, type PageKinds } from './helpers/pages.ts';
import { sitePages } from './helpers/site.ts';

let session: Session;
let kinds: PageKinds;

beforeAll(async () => {
  session = await startSession();
  kinds = pageKinds(session.site.dist);
});
afterAll(async () => {
  await session?.close();
});

/** Relative luminance of a CSS rgb()/rgba() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

async function colours(page: Page): Promise<{ bg: string; ink: string }> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { bg: s.backgroundColor, ink: s.color };
  });
}

describe('footnotes lead to the source paragraph and back', () => {
  it('actor page → footnote → highlighted paragraph → the citing page', async () => {
    const { page, errors } = await session.open();
    // An actor page whose first note cites a source paragraph.
    const actors = sitePages(session.site.dist).filter((p) => /^\/actors\/[^/]+\/$/.test(p));
    let actor: string | undefined;
    for (const candidate of actors) {
      await page.goto(candidate);
      if ((await page.locator('a[data-footnote-ref]').count()) > 0) {
        actor = candidate;
        break;
      }
    }
    expect(actor, 'an actor page with footnotes').toBeDefined();
    const ref = page.locator('a[data-footnote-ref]').first();
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    await ref.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${noteId}`);
    const note = page.locator(`[id="${noteId}"]`);
    expect(await note.evaluate((el) => el.matches(':target'))).toBe(true);

    const toSource = note.locator('a[href*="/sources/"][href*="#p"]').first();
    const href = (await toSource.getAttribute('href'))!;
    const paragraph = href.slice(href.indexOf('#') + 1);
    await toSource.click();
    await page.waitForURL((u) => u.pathname.startsWith('/sources/') && u.hash === `#${paragraph}`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(paragraph);
    expect(await target.getAttribute('class')).toContain('para');
    // Highlighted: the target paragraph has a background, its neighbours do not.
    const [targetBg, otherBg] = await page.evaluate(() => {
      const t = document.querySelector(':target')!;
      const other = [...document.querySelectorAll('.para')].find((p) => p !== t)!;
      return [getComputedStyle(t).backgroundColor, other ? getComputedStyle(other).backgroundColor : 'rgba(0, 0, 0, 0)'];
    });
    expect(targetBg).not.toBe('rgba(0, 0, 0, 0)');
    expect(targetBg).not.toBe(otherBg);
    expect(await target.isVisible()).toBe(true);
    await screenshot(page, 'source-target-desktop');

    // Back to the briefing that cited it, through the paragraph's "cited by" link.
    await target.locator(`.cited-by a[href$="${actor!.replace(/^\//, '')}"]`).first().click();
    await page.waitForURL((u) => u.pathname === actor);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(errors).toEqual([]);
  });
});

describe('search', () => {
  it('finds "neodymium" from the header box and reaches the MENAFN source', async () => {
    const { page, errors } = await session.open();
    await page.goto(kinds.overview);
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
    await box.fill('neodymium');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'neodymium');
    const results = page.locator('.search-result');
    await results.first().waitFor();
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/for “neodymium”/);
    const first = results.first();
    expect(await first.locator('.search-result__kind').textContent()).toBe('Source');
    expect((await first.locator('mark').allTextContents()).some((t) => t.toLowerCase().includes('neodymium'))).toBe(true);
    await screenshot(page, 'search-desktop');
    await first.locator('h2 a').click();
    await page.waitForURL((u) => u.pathname.startsWith('/sources/'));
    expect(await page.locator('.source-meta').textContent()).toContain('MENAFN');
    expect((await page.locator('main').textContent())?.toLowerCase()).toContain('neodymium');
    expect(errors).toEqual([]);
  });

  it('filters results by kind and labels each result', async () => {
    const { page, errors } = await session.open();
    await page.goto('/search/?q=Trump');
    await page.locator('.search-result').first().waitFor();
    const all = await page.locator('.search-result__kind').allTextContents();
    expect(new Set(all).size).toBeGreaterThan(1); // actors, sources… for a name that is everywhere
    await page.getByRole('checkbox', { name: /^Actors/ }).check();
    await expect.poll(async () => new Set(await page.locator('.search-result__kind').allTextContents())).toEqual(new Set(['Actor']));
    expect(page.url()).toContain('kind=actor');
    expect(await page.locator('[data-kind-count="actor"]').textContent()).toMatch(/^\(\d+\)$/);
    await page.getByRole('checkbox', { name: /^Actors/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Sources/ }).check();
    await expect.poll(async () => new Set(await page.locator('.search-result__kind').allTextContents())).toEqual(new Set(['Source']));
    // Reload keeps the query and the filter (both live in the URL).
    await page.reload();
    await page.locator('.search-result').first().waitFor();
    expect(await page.getByRole('checkbox', { name: /^Sources/ }).isChecked()).toBe(true);
    expect(await page.locator('#search-q').inputValue()).toBe('Trump');
    expect(errors).toEqual([]);
  });
});

describe('reader comfort', () => {
  it('follows the system colour scheme (light and dark)', async () => {
    const light = await session.open({ dark: false });
    await light.page.goto(kinds.actor);
    const l = await colours(light.page);
    expect(luminance(l.bg)).toBeGreaterThan(0.8);
    expect(luminance(l.ink)).toBeLessThan(0.1);
    const dark = await session.open({ dark: true });
    await dark.page.goto(kinds.actor);
    const d = await colours(dark.page);
    expect(luminance(d.bg)).toBeLessThan(0.05);
    expect(luminance(d.ink)).toBeGreaterThan(0.6);
    await screenshot(dark.page, 'actor-dark-desktop');
    // Switching the preference on an open page switches the theme.
    await light.page.emulateMedia({ colorScheme: 'dark' });
    expect(luminance((await colours(light.page)).bg)).toBeLessThan(0.05);
    expect([...light.errors, ...dark.errors]).toEqual([]);
  });

  it('has a skip link as the first tab stop and a visible focus ring', async () => {
    const { page } = await session.open();
    await page.goto(kinds.topic);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return { text: el.textContent, href: el.getAttribute('href'), inView: r.top >= 0 && r.left >= 0 && r.width > 0, outline: s.outlineStyle, outlineWidth: s.outlineWidth };
    });
    expect(skip.text).toMatch(/skip to content/i);
    expect(skip.href).toBe('#main');
    expect(skip.inView).toBe(true);
    expect(skip.outline).not.toBe('none');
    expect(parseFloat(skip.outlineWidth)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // The next tab stops are links with a focus ring too.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
  });

  it.each([['phone', 390, 844], ['desktop', 1280, 900]] as const)('fits a %s screen on every page kind (screenshots kept)', async (name, width, height) => {
    const { page, errors } = await session.open({ width, height });
    for (const [kind, path] of Object.entries(kinds)) {
      await page.goto(kind === 'search' ? `${path}?q=rare+earth` : path);
      if (kind === 'search') await page.locator('.search-result').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${kind}-${name}`, kind !== 'book');
    }
    expect(errors).toEqual([]);
  }, 300_000);
});
