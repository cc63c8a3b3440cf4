import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../src/add/fetch-page.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const fixed = () => new Date('2026-11-24T08:00:00.000Z');

describe('fetchPage (local server on 127.0.0.1)', () => {
  it('fetches a page with a clear user agent', async () => {
    const page = await fetchPage(`${server.base}/page`, { now: fixed });
    expect(page).toMatchObject({ ok: true, status: 200, kind: 'html', contentType: 'text/html', finalUrl: `${server.base}/page`, retrievedAt: '2026-11-24T08:00:00.000Z' });
    expect(page.ok && new TextDecoder().decode(page.bytes)).toContain('Council approves bus plan');
    expect(server.requests.at(-1)!.userAgent).toMatch(/^Dossier\//);
  });

  it('follows redirects and reports the final URL', async () => {
    const page = await fetchPage(`${server.base}/redirect`);
    expect(page).toMatchObject({ ok: true, url: `${server.base}/redirect`, finalUrl: `${server.base}/page` });
  });

  it('stops after too many redirects, and never follows one to another scheme', async () => {
    expect(await fetchPage(`${server.base}/loop`, { maxRedirects: 3 })).toMatchObject({ ok: false, reason: 'more than 3 redirects' });
    expect(await fetchPage(`${server.base}/to-ftp`)).toMatchObject({ ok: false, reason: expect.stringContaining('non-http') });
  });

  it('refuses error statuses, even with an HTML body', async () => {
    expect(await fetchPage(`${server.base}/missing`)).toMatchObject({ ok: false, status: 404, reason: expect.stringContaining('HTTP 404') });
    expect(await fetchPage(`${server.base}/forbidden`)).toMatchObject({ ok: false, status: 403, reason: expect.stringContaining('HTTP 403') });
  });

  it('refuses content that is not a text page', async () => {
    expect(await fetchPage(`${server.base}/report.pdf`)).toMatchObject({ ok: false, reason: expect.stringContaining('application/pdf') });
  });

  it('gives up on a slow answer at the timeout', async () => {
    const started = Date.now();
    expect(await fetchPage(`${server.base}/slow`, { timeoutMs: 300 })).toMatchObject({ ok: false, reason: expect.stringContaining('timeout') });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('stops reading past the size limit, declared or not', async () => {
    expect(await fetchPage(`${server.base}/huge`, { maxBytes: 1024 * 1024 })).toMatchObject({ ok: false, reason: expect.stringContaining('limit') });
    expect(await fetchPage(`${server.base}/huge-declared`, { maxBytes: 1024 * 1024 })).toMatchObject({ ok: false, reason: expect.stringContaining('limit') });
  });

  it('only fetches http and https', async () => {
    expect(await fetchPage('file:///etc/passwd')).toMatchObject({ ok: false, reason: expect.stringContaining('only http and https') });
    expect(await fetchPage('not a url')).toMatchObject({ ok: false, reason: 'not a valid URL' });
  });

  it('reads plain text pages', async () => {
    expect(await fetchPage(`${server.base}/plain`)).toMatchObject({ ok: true, kind: 'txt' });
  });
});
