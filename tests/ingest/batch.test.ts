/** Corpus-level fields: unique slugs, duplicates, provenance. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { slugify } from '../../src/ingest/slug.ts';
import { seed } from './helpers.ts';

const story = (title: string, header = '', footer = '') =>
  `${header}# ${title}\n\nThe council voted on Tuesday to approve a plan that moves $5 million from the reserve fund into the transit budget.\n\n"Nobody wins a bus strike," the mayor said, "least of all the home health aide who now has to walk four miles to get to work."\n\nCouncilmember Héctor Ramírez said tapping reserves would "paper over a structural problem" and called on the authority to cut costs first.\n\nThe city's last transit strike, in 2011, lasted 19 days.\n${footer}`;

describe('slugs', () => {
  it('are URL-safe ASCII from the title', () => {
    expect(slugify('Adlerflug bids €1.2bn for Portugal’s Atlântica!')).toBe('adlerflug-bids-eur-1-2bn-for-portugals-atlantica');
    expect(slugify('Straßburger & Søren: “Ça va”')).toBe('strassburger-and-soren-ca-va');
    expect(slugify('a'.repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it('get -2, -3 in file-name order when titles collide, whatever the input order', () => {
    const { sources } = ingest([seed('c.txt', '# Same title\n\nThird text.'), seed('a.txt', '# Same title\n\nFirst text.'), seed('b.md', '# Same title\n\nSecond text.')]);
    expect(sources.map((s) => [s.file, s.id])).toEqual([
      ['a.txt', 'same-title'],
      ['b.md', 'same-title-2'],
      ['c.txt', 'same-title-3'],
    ]);
  });

  it('fall back to the file name when the title has no ASCII letters', () => {
    const { sources } = ingest([seed('story-one.txt', '# 中文标题\n\n正文。')]);
    expect(sources[0]!.id).toBe('story-one');
  });
});

describe('duplicates', () => {
  it('marks an identical text as a duplicate of the earlier file', () => {
    const { sources } = ingest([seed('b.txt', story('Copy')), seed('a.txt', story('Original'))]);
    expect(sources[0]!.textHash).toBe(sources[1]!.textHash);
    expect(sources.map((s) => s.duplicateOf)).toEqual([null, 'original']);
  });

  it('marks the same article republished with another header, footer and quote marks', () => {
    const original = story('Bus talks collapse').replace(/"([^"]*)"/g, '“$1”');
    const copy = story(
      'Bus talks collapse',
      '502 Bad Gateway\nThe server returned an invalid response.\n\nRegionWire | Home | Local | Weather\n\n',
      '\nShare this: [Facebook](#) [X](#)\n\nLegal Disclaimer:\nRegionWire republishes partner content.\n\n© 2024 RegionWire. All rights reserved.\n',
    ).replace('The city', 'Meanwhile, the city');
    const { sources } = ingest([seed('ledger.md', original), seed('regionwire.txt', copy)]);
    expect(sources[0]!.textHash).not.toBe(sources[1]!.textHash);
    expect(sources[1]!.duplicateOf).toBe(sources[0]!.id);
  });

  it('does not mark different articles on the same story', () => {
    const other = '# Strike ends\n\nDrivers voted on Sunday to accept a three-year contract with raises of 5 percent in the first year.\n\nBuses will run again on Tuesday, the transit authority said.\n\n“Riders stood with us in the rain,” the union president said.\n';
    const { sources } = ingest([seed('a.md', story('Bus talks collapse')), seed('b.md', other)]);
    expect(sources[1]!.duplicateOf).toBeNull();
  });
});

describe('provenance', () => {
  it('is copied from the seed file, else null', () => {
    const provenance = { url: 'https://example.com/a', finalUrl: 'https://example.com/a/', retrievedAt: '2026-11-24T07:00:00.000Z', status: 200, contentHash: 'ab'.repeat(32) };
    const { sources } = ingest([{ ...seed('a.txt', story('A')), provenance }, seed('b.txt', story('B').replace('19 days', '20 days'))]);
    expect(sources[0]!.provenance).toEqual(provenance);
    expect(sources[1]!.provenance).toBeNull();
  });
});
