/**
 * Renders an Article in one of the three raw formats Dossier reads, with the chrome real scraped pages carry:
 * error preambles, disclaimers, comment widgets, related teasers, image credits, URL footers, markdown escapes,
 * placeholder links, repeated paragraphs; full HTML pages with head metadata, scripts, navigation, asides and footers.
 */
import type { Article } from './article.ts';
import { isoDate, longDate } from './article.ts';
import type { Random } from './random.ts';

export type Format = 'txt' | 'md' | 'html';

function escapeMarkdown(text: string): string {
  return text.replace(/\$/g, '\\$').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
}

/** Puts a placeholder link `[word](#)` on one word, as scrapers of markdown pages leave them. */
function placeholderLink(r: Random, text: string): string {
  const words = text.split(' ');
  const i = r.int(3, Math.max(3, words.length - 2));
  if (!words[i] || /["“”]/.test(words[i]!)) return text;
  words[i] = `[${words[i]}](#)`;
  return words.join(' ');
}

function repeatSome(r: Random, paragraphs: string[]): string[] {
  if (!r.chance(0.15)) return paragraphs;
  const out = [...paragraphs];
  for (const p of r.sample(paragraphs, r.int(1, 4))) out.push(p);
  return out;
}

export function renderTxt(r: Random, a: Article): string {
  const lines: string[] = [''];
  if (r.chance(0.2)) lines.push('403', 'Sorry!!', 'Error! We\'re sorry, but the page you were', 'looking for doesn\'t exist.');
  lines.push(r.chance(0.5) ? `# ${escapeMarkdown(a.title)}` : a.title, '');
  lines.push(r.chance(0.5) ? longDate(a.date) : `${a.date.toUTCString().slice(5, 16)} ${r.int(6, 22)}:${String(r.int(0, 59)).padStart(2, '0')} GMT`, '');
  if (r.chance(0.5)) lines.push(a.imageCredit, '');
  const escaped = r.chance(0.5);
  const body = repeatSome(r, a.paragraphs).map((p) => (escaped ? (r.chance(0.2) ? placeholderLink(r, escapeMarkdown(p)) : escapeMarkdown(p)) : p));
  body.forEach((p, i) => {
    lines.push(p, '');
    if (i === 3 && r.chance(0.3)) lines.push(`Related article: ${a.related}`, '');
  });
  for (const c of a.credits) lines.push(c, '');
  if (r.chance(0.3)) {
    lines.push('Legal Disclaimer:', `${a.publisher.name} provides the information "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.`, '');
  }
  if (r.chance(0.3)) lines.push('Comments', 'No comment', '');
  if (r.chance(0.5)) lines.push(`Original url: ${a.url}`, '');
  return lines.join(r.chance(0.1) ? '\r\n' : '\n');
}

export function renderMd(r: Random, a: Article): string {
  const lines: string[] = [];
  if (r.chance(0.85)) {
    lines.push('---', `title: ${JSON.stringify(a.title)}`, `date: ${a.date.toISOString().replace('.000Z', '+00:00')}`);
    if (r.chance(0.8)) lines.push(`source_url: ${a.url}`);
    lines.push(`publisher: ${a.publisher.name}`, `author: ${a.author}`, 'categories: [World, Business]', '---', '');
  }
  lines.push(`# ${a.title}`, '', `*${a.dek}*`, '');
  const body = repeatSome(r, a.paragraphs).map((p) => (r.chance(0.15) ? placeholderLink(r, escapeMarkdown(p)) : escapeMarkdown(p)));
  body.forEach((p, i) => {
    lines.push(i === 0 && r.chance(0.5) ? `**${a.publisher.name.toUpperCase()}** — ${p}` : p, '');
    if (i === 4 && r.chance(0.4)) lines.push(`**Related:** [${a.related}](#)`, '');
  });
  for (const c of a.credits) lines.push(`_${c}_`, '');
  return lines.join('\n');
}

function html(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"([^"]*)"/g, '&#8220;$1&#8221;').replace(/'/g, '&#8217;');
}

export function renderHtml(r: Random, a: Article): string {
  const iso = a.date.toISOString();
  const nav = ['Politics', 'World', 'Economy', 'Business', 'Opinion', 'Newsletters']
    .map((s) => `      <li><a href="/${s.toLowerCase()}/">${s}</a></li>`).join('\n');
  const body = repeatSome(r, a.paragraphs).map((p, i) => {
    const para = `  <p>${html(p).replace(/ ([a-z]+) (\S+)$/, r.chance(0.3) ? ' <a href="/related/">$1</a> $2' : ' $1 $2')}</p>`;
    return i === 2 ? `${para}\n  <div class="ad-slot"><script>googletag.cmd.push(function(){googletag.display("ad-${i}");});</script></div>` : para;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${html(a.title)} &#8211; ${html(a.publisher.name)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${html(a.title)}">
<meta property="og:url" content="${a.url}">
<meta property="og:site_name" content="${html(a.publisher.name)}">
${r.chance(0.8) ? `<meta property="article:published_time" content="${iso}">\n` : ''}<link rel="canonical" href="${a.url}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${iso}"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","quote":"We will not sign anything today"});</script>
</head>
<body class="single-post">
<div class="consent">We and our partners use cookies to deliver our services. Select &#8220;I agree&#8221; to accept. <button>I agree</button></div>
<header class="site-header">
  <div class="site-branding"><a href="/">${html(a.publisher.name)}</a></div>
  <nav class="main-navigation">
    <ul>
${nav}
    </ul>
  </nav>
</header>
<main>
<article>
  <header class="entry-header">
    <h1 class="entry-title">${html(a.title)}</h1>
    <p class="entry-dek">${html(a.dek)}</p>
    <div class="entry-meta"><span class="byline">By <a href="/author/">${html(a.author)}</a></span>
      <time class="entry-date published" datetime="${iso}">${longDate(a.date)}</time></div>
  </header>
  <figure><img src="https://${a.publisher.domain}/img/${isoDate(a.date)}.jpg" alt=""><figcaption>${html(a.imageCredit)}</figcaption></figure>
  <div class="entry-content">
${body.join('\n')}
${a.credits.map((c) => `  <p><em>${html(c)}</em></p>`).join('\n')}
  </div>
  <aside class="related"><h2>Related</h2><ul><li><a href="/related/">${html(a.related)}</a></li></ul></aside>
</article>
</main>
<footer class="site-footer"><p>&copy; ${a.date.getUTCFullYear()} ${html(a.publisher.name)}. All rights reserved.</p>
<ul><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul></footer>
<script src="https://${a.publisher.domain}/js/app.min.js" async></script>
</body>
</html>
`;
}

export function render(r: Random, a: Article, format: Format): string {
  return format === 'txt' ? renderTxt(r, a) : format === 'md' ? renderMd(r, a) : renderHtml(r, a);
}
