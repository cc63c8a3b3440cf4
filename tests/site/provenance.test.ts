/** A source collected with `dossier add` says on its page when and from where it was retrieved. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { runStages } from '../../src/pipeline.ts';
import { buildSite, removeSite, type BuiltSite } from './helpers/build-site.ts';
import { loadPages } from './links.ts';

let site: BuiltSite;
let slug = '';

beforeAll(async () => {
  const text = 'Ferry fares to rise in May\n\nMay 2, 2024\n\nThe harbour board said on Thursday that ferry fares will rise by 4% in May.\n';
  const { files, graph } = await runStages([{
    name: 'harbour-news-2024-05-02-ferry-fares.txt',
    bytes: new TextEncoder().encode(text),
    provenance: { url: 'https://harbour.example/fares', finalUrl: 'https://harbour.example/news/fares', retrievedAt: '2024-05-02T09:14:03.120Z', status: 200, contentHash: 'abc' },
  }]);
  slug = graph.sources[0]!.slug;
  expect(graph.sources[0]!.provenance?.finalUrl).toBe('https://harbour.example/news/fares');
  site = buildSite(files, '/');
}, 300_000);

afterAll(() => { if (site) removeSite(site); });

it('shows "retrieved <date time> UTC from <final URL>" on the source page', () => {
  const page = loadPages(site.dist, '/').get(`/sources/${slug}/`)!;
  const meta = toText(select('.source-meta', page.tree)!).replace(/\s+/g, ' ');
  expect(meta).toContain('retrieved 2024-05-02 09:14 UTC from https://harbour.example/news/fares');
  expect(select('.source-meta a[href="https://harbour.example/news/fares"]', page.tree)).toBeDefined();
});
