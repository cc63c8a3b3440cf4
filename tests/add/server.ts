/** A local HTTP server on 127.0.0.1 for the `dossier add` tests. Nothing else is ever contacted. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTICLE = (title: string, canonical: string | null) => `<!DOCTYPE html><html><head>
<title>${title} | Harbor Times</title>
<meta property="og:site_name" content="Harbor Times">
<meta property="article:published_time" content="2024-10-21T19:05:00-04:00">
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}
</head><body><article><h1>${title}</h1>
<p>The council voted on Tuesday to approve a plan that moves $5 million from the reserve fund into the transit budget, officials said.</p>
<p>&#8220;Nobody wins a bus strike,&#8221; the mayor said, &#8220;least of all the home health aide who now has to walk four miles to get to work.&#8221;</p>
<p>Councilmember H&eacute;ctor Ram&iacute;rez said tapping reserves would &#8220;paper over a structural problem&#8221; and called on the authority to cut costs first.</p>
</article></body></html>`;

export interface TestServer {
  base: string;
  requests: { url: string; userAgent: string | undefined }[];
  close: () => Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startServer(): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  let base = '';
  const routes: Record<string, Handler> = {
    '/page': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE('Council approves bus plan', `${base}/page`)),
    '/redirect': (_q, r) => r.writeHead(302, { location: '/page' }).end(),
    '/loop': (_q, r) => r.writeHead(301, { location: '/loop' }).end(),
    '/to-ftp': (_q, r) => r.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end(),
    '/missing': (_q, r) => r.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    '/forbidden': (_q, r) => r.writeHead(403, { 'content-type': 'text/html' }).end('<h1>403 Forbidden</h1><p>Sorry!! Error! We’re sorry, but the page you were looking for doesn’t exist.</p>'),
    '/report.pdf': (_q, r) => r.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n')),
    '/slow': (_q, r) => {
      const t = setTimeout(() => r.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE('Slow page', null)), 3000);
      r.on('close', () => clearTimeout(t));
    },
    '/huge': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 200 && !r.destroyed) {
          sent++;
          if (!r.write(chunk)) return void r.once('drain', push);
        }
        r.end();
      };
      push();
    },
    '/huge-declared': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end(),
    '/plain': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Council approves bus plan\n\nThe council voted on Tuesday to approve the plan, officials said.\n'),
    '/empty': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('   '),
    // The same article under two addresses (a syndication copy without a canonical link).
    '/news/a': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE('Council approves bus plan', null)),
    '/mirror/b': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE('Council approves bus plan', null).replaceAll('Harbor Times', 'Coast Wire')),
  };
  const server: Server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] });
    const route = routes[(req.url ?? '').split('?')[0]!];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
