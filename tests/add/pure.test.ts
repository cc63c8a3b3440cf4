import { describe, expect, it } from 'vitest';
import { seedFileName } from '../../src/add/file-name.ts';
import { canonicalUrl } from '../../src/ingest/canonical-url.ts';

describe('seed file names', () => {
  it('are <publisher>-<date>-<title-slug>.<ext>, safe and unique', () => {
    const s = { publisher: 'The Port Ellison Ledger', published: '2024-10-21', title: 'Bus drivers strike in Port Ellison as talks collapse over pay and a $14 million budget hole' };
    const name = seedFileName(s, 'html', new Set());
    expect(name).toBe('the-port-ellison-ledger-2024-10-21-bus-drivers-strike-in-port-ellison-as-talks-collapse-over.html');
    expect(seedFileName(s, 'html', new Set([name]))).toBe(name.replace('.html', '-2.html'));
    expect(seedFileName({ publisher: null, published: null, title: '../../etc/passwd' }, 'txt', new Set())).toBe('unknown-undated-etc-passwd.txt');
    expect(seedFileName({ publisher: 'Київ Пост', published: null, title: '' }, 'md', new Set())).toBe('kiiv-post-undated-untitled.md');
  });
});

describe('canonical URLs', () => {
  it('ignore scheme, www, fragments, tracking parameters, parameter order and trailing slashes', () => {
    const c = canonicalUrl('https://www.example.com/news/a/?b=2&a=1&utm_source=x&fbclid=y#top');
    expect(c).toBe('example.com/news/a?a=1&b=2');
    expect(canonicalUrl('http://EXAMPLE.com:80/news/a?a=1&b=2')).toBe(c);
    expect(canonicalUrl('https://example.com/news/b')).not.toBe(c);
    expect(canonicalUrl('ftp://example.com/a')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
