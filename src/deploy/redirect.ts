/**
 * Redirect pages for static hosts (no server rules needed): a meta refresh, a script that keeps
 * the query and #fragment, and a plain link. Targets are relative, so the branch can be served
 * under any path (user pages at `/`, project pages at `/<repo>/`).
 */

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function redirectPage(target: string, title = 'Redirecting…'): string {
  const url = escapeAttr(target);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeAttr(title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${url}">
<link rel="canonical" href="${url}">
<script>location.replace(${JSON.stringify(target).replace(/</g, '\\u003c')} + location.search + location.hash);</script>
</head>
<body>
<p>Redirecting to <a href="${url}">${url}</a>…</p>
</body>
</html>
`;
}

/**
 * Relative URL from the page stored at `fromFile` (a path on the branch, e.g. `latest/actors/x/index.html`)
 * to the page stored at `toFile`; `index.html` is dropped so pretty URLs stay pretty.
 */
export function relativeUrl(fromFile: string, toFile: string): string {
  const fromDir = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < fromDir.length && common < to.length - 1 && fromDir[common] === to[common]) common++;
  const up = '../'.repeat(fromDir.length - common);
  let rest = to.slice(common).join('/');
  if (rest === 'index.html') rest = '';
  else if (rest.endsWith('/index.html')) rest = rest.slice(0, -'index.html'.length);
  const url = up + rest;
  return url === '' ? './' : url;
}
