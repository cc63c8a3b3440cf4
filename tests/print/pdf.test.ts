/**
 * Printing with headless Chromium (`dossier pdf`): the briefing book and one actor page, checked with
 * poppler's pdfinfo/pdftotext: every actor and every footnote is in the book, no page is blank, the
 * running header and footer are there, and no site chrome is printed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { printPages } from '../../src/pdf/index.ts';
import { launchChromium } from '../../src/pdf/chromium.ts';
import { artifacts, projectRoot, sharedSite, type SharedSite } from '../e2e/helpers/site.ts';
import { pageKinds } from '../e2e/helpers/pages.ts';
import type { Browser } from 'playwright-core';

const out = path.join(artifacts, 'pdf');
let site: SharedSite;
let browser: Browser;
let actorPage: string;

function pdftotext(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Whitespace-insensitive text, so that line breaks and hyphenation-free wraps do not matter. */
const squash = (s: string) => s.replace(/[\s\u00ad]+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Printed text with the addresses that print.css writes after external links taken out again. */
const withoutPrintedUrls = (s: string) => squash(s).replace(/<https?:\/\/[^>]*>/g, '');
/** pdftotext joins a URL broken at a hyphen without the hyphen: compare addresses without hyphens. */
const urlish = (s: string) => squash(s).replace(/-/g, '');
const noteText = (note: Parameters<typeof toText>[0]) => squash(toText(note).replace(/↩\d*/g, ''));

function html(file: string) {
  return fromHtml(fs.readFileSync(path.join(site.dist, file), 'utf8'));
}

beforeAll(async () => {
  site = await sharedSite();
  browser = await launchChromium();
  actorPage = pageKinds(site.dist).actor;
  fs.rmSync(out, { recursive: true, force: true });
  await printPages({
    dist: site.dist,
    browser,
    jobs: [
      { page: '/book/', out: path.join(out, 'book.pdf') },
      { page: actorPage, out: path.join(out, 'actor.pdf') },
    ],
  });
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

describe('the briefing book as PDF', () => {
  it('has every actor, topic and source of the site', () => {
    const text = squash(pdftotext(path.join(out, 'book.pdf')));
    const graph = JSON.parse(fs.readFileSync(path.join(projectRoot, 'content', 'graph.json'), 'utf8')) as {
      actors: { name: string }[];
      topics: { name: string }[];
      sources: { title: string | null }[];
    };
    expect(graph.actors.length).toBeGreaterThan(0);
    for (const actor of graph.actors) expect(text, actor.name).toContain(squash(actor.name));
    for (const topic of graph.topics) expect(text, topic.name).toContain(squash(topic.name));
    for (const source of graph.sources) if (source.title) expect(text, source.title).toContain(squash(source.title));
  });

  it('prints every footnote of every briefing, with the original URL', () => {
    const printed = pdftotext(path.join(out, 'book.pdf'));
    const text = withoutPrintedUrls(printed);
    const notes = selectAll('section.footnotes li', html('book/index.html'));
    expect(notes.length).toBeGreaterThan(10);
    let urls = 0;
    for (const note of notes) {
      expect(text, toText(note)).toContain(noteText(note));
      for (const a of selectAll('a[href^="http"]', note)) {
        expect(urlish(printed)).toContain(urlish(`<${String(a.properties.href)}>`));
        urls++;
      }
    }
    expect(urls).toBeGreaterThan(0);
  });

  it('has one section per briefing, each starting a page, and no blank page', () => {
    const file = path.join(out, 'book.pdf');
    const pages = pageCount(file);
    const tree = html('book/index.html');
    const sections = selectAll('[data-book-section]', tree).length;
    expect(sections).toBe(selectAll('section.book-section', tree).length - 1); // all but the source list
    // cover + contents + one page at least per briefing + sources
    expect(pages).toBeGreaterThanOrEqual(2 + sections + 1);
    const titles = selectAll('[data-book-section] > header h2', tree).map((h) => toText(h));
    const pageTexts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const t = pdftotext(file, n);
      const body = t.split('\n').filter((line) => line.trim() && !/^\d+ \/ \d+$/.test(line.trim()) && !/^Briefing book$/.test(line.trim()) && !/^Dossier · /.test(line.trim()));
      expect(body.length, `page ${n} of ${pages} is blank`).toBeGreaterThan(0);
      pageTexts.push(t);
    }
    // Every briefing's title opens a page (it is among the first lines of some page).
    for (const title of titles) {
      expect(pageTexts.some((t) => squash(t.split('\n').slice(0, 8).join('')).includes(squash(title))), title).toBe(true);
    }
  });

  it('has a running header and page numbers, but not on the cover', () => {
    const file = path.join(out, 'book.pdf');
    const pages = pageCount(file);
    const second = pdftotext(file, 2);
    expect(second).toContain('Briefing book');
    expect(second).toMatch(/Dossier · (version \S+|local build) · built \d{4}-\d{2}-\d{2}/);
    expect(second).toContain(`2 / ${pages}`);
    const cover = pdftotext(file, 1);
    expect(cover).not.toContain(`1 / ${pages}`);
    expect(cover).toMatch(/Briefing book/);
  });
});

describe('one page as PDF', () => {
  it('prints the actor briefing without site chrome, with its title in the running header', () => {
    const file = path.join(out, 'actor.pdf');
    const text = pdftotext(file);
    const tree = html(`${actorPage.slice(1)}index.html`);
    const title = toText(selectAll('h1', tree)[0]!);
    expect(pdftotext(file, 1).split('\n').slice(0, 3).join(' ')).toContain(title);
    for (const note of selectAll('section.footnotes li', tree)) expect(withoutPrintedUrls(text)).toContain(noteText(note));
    expect(text).not.toMatch(/Skip to content/);
    expect(text).not.toMatch(/Search…|Overview\s+Topics\s+Actors/);
    for (let n = 1; n <= pageCount(file); n++) expect(pdftotext(file, n).trim().length, `page ${n}`).toBeGreaterThan(40);
  });
});
