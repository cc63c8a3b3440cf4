/** One small fixture per cleaning rule. */
import { describe, expect, it } from 'vitest';
import { body, one, texts } from './helpers.ts';

const story = (lead: string) =>
  `${lead}\n\nThe council voted on Tuesday to approve the plan, officials said.\n\nThe mayor said the vote "changes everything for riders."\n`;

describe('HTTP error preambles', () => {
  it.each([
    ['403\nSorry!!\nError! We’re sorry, but the page you were\nlooking for doesn’t exist.\nCouncil approves bus plan'],
    ['HTTP/1.1 403 Forbidden\nError 1020\nAccess denied\nYou do not have access to this page.\nRay ID: 8f7a • Performance & security by edge-cache\nCouncil approves bus plan'],
    ['502 Bad Gateway\nnginx/1.22.1\nThe upstream server did not respond in time. You are viewing an archived copy of this page.\n\nCouncil approves bus plan'],
    ['503\nService Temporarily Unavailable\nThe server is temporarily unable to service your request. Showing cached copy.\n\nCouncil approves bus plan'],
  ])('removes %j', (head) => {
    const { source } = one('a.txt', story(head));
    expect(source!.title).toBe('Council approves bus plan');
    expect(source!.cleaning.removed[0]).toBe('HTTP error preamble');
    expect(body(source)).not.toMatch(/403|502|503|sorry|nginx|Ray ID|server/i);
    expect(texts(source)).toHaveLength(2);
  });

  it('keeps a first line that only starts with a number', () => {
    const { source } = one('a.txt', '500 days of war\n\nThe war entered its 500th day on Monday, officials said.\n');
    expect(source!.title).toBe('500 days of war');
    expect(source!.cleaning.removed).not.toContain('HTTP error preamble');
  });
});

describe('footers and furniture', () => {
  it('removes a legal disclaimer and the comments block', () => {
    const { source } = one(
      'a.txt',
      story('Council approves bus plan') + '\nLegal Disclaimer:\nWireHub provides the information "as is" without warranty of any kind.\nComments\nNo comment\n',
    );
    expect(body(source)).not.toMatch(/Disclaimer|warranty|comment/i);
    expect(source!.cleaning.removed).toEqual(['legal disclaimer', 'comments']);
    expect(source!.publisher).toBe('WireHub');
  });

  it('removes a most-read list', () => {
    const { source } = one('a.txt', story('Council approves bus plan') + '\nMost Popular\nGold extends rally as dollar slips\nOil steady ahead of OPEC+ meeting\n');
    expect(body(source)).not.toMatch(/Popular|Gold extends|Oil steady/);
  });

  it('removes related-article teasers in their usual forms', () => {
    const { source } = one(
      'a.md',
      '# Council approves bus plan\n\nThe council voted on Tuesday to approve the plan.\n\n**Related article: [Five signs the call is a scam](#)**\n\n**Related:** [Corvane chief concedes](#)\n\n*Related: [What is in the text](#) · [Explainer](#)*\n\nThe mayor welcomed the vote.\n',
    );
    expect(texts(source)).toEqual(['The council voted on Tuesday to approve the plan.', 'The mayor welcomed the vote.']);
    expect(source!.cleaning.removed).toEqual(['related links']);
  });

  it('removes newsletter, share, tag, tip, app and copyright lines', () => {
    const { source } = one(
      'a.md',
      [
        '# Council approves bus plan',
        'The council voted on Tuesday to approve the plan.',
        'Share this: [Facebook](#) [X](#) [Email](#)',
        'Tags: [Transit](#) [City Council](#)',
        '---',
        'Sign up for the Daily Brief: the news before your first coffee. [Subscribe](#)',
        '*Subscribe to our weekly newsletter for analysis from the region.*',
        '[Report a typo](#) | [Send us a news tip](#)',
        'Download the WPEL 7 News app for breaking news alerts: [App Store](#) | [Google Play](#)',
        '© 2024 Harbor Times. All rights reserved.',
      ].join('\n\n'),
    );
    expect(texts(source)).toEqual(['The council voted on Tuesday to approve the plan.']);
    expect(source!.cleaning.removed).toEqual(['share links', 'tags', 'newsletter promotion', 'tip line', 'app promotion', 'copyright notice']);
    expect(source!.publisher).toBe('Harbor Times');
  });

  it('removes navigation bars, breadcrumbs and cookie banners before the headline', () => {
    const { source } = one(
      'a.txt',
      [
        'Skip to main content',
        '[Home](#) | [News](#) | [Opinion](#) | [Subscribe](#)',
        'We use cookies to give you the best experience. By continuing to browse you accept our [Cookie Policy](#). [Accept](#)',
        'Home > Airlines > Europe',
        '# Council approves bus plan',
        'The council voted on Tuesday to approve the plan.',
      ].join('\n\n'),
    );
    expect(source!.title).toBe('Council approves bus plan');
    expect(texts(source)).toEqual(['The council voted on Tuesday to approve the plan.']);
    expect(source!.cleaning.removed).toEqual(expect.arrayContaining(['navigation', 'cookie notice']));
  });

  it('takes the URL from an "Original url:" footer, on one line or two', () => {
    const a = one('a.txt', story('# Council approves bus plan') + '\nOriginal url:\n\n<https://www.example-news.com/2024/10/21/bus-plan>\n').source!;
    const b = one('b.txt', story('# Council approves bus plan') + '\nOriginal url: https://www.example-news.com/2024/10/21/bus-plan\n').source!;
    for (const s of [a, b]) {
      expect(s.url).toBe('https://www.example-news.com/2024/10/21/bus-plan');
      expect(body(s)).not.toMatch(/Original url|https:/);
      expect(s.cleaning.removed).toContain('original URL footer');
      expect(s.publisher).toBe('Example News');
    }
  });
});

describe('markdown text', () => {
  it('resolves escapes, placeholder links and emphasis, and reads the first heading as the title', () => {
    const { source } = one(
      'a.txt',
      '# Trump Demands \\$500Bln From Kyiv\n\nTrump said in an [interview](#) that **Washington** has *provided* \\$65.9 billion \\(so far\\).\n\n## What next\n\nTalks resume on Friday.\n',
    );
    expect(source!.title).toBe('Trump Demands $500Bln From Kyiv');
    expect(texts(source)).toEqual(['Trump said in an interview that Washington has provided $65.9 billion (so far).', 'What next', 'Talks resume on Friday.']);
  });

  it('does not take a later subheading for the title (the intro stays)', () => {
    const intro = 'The council voted on Tuesday to approve a plan that moves five million dollars from the reserve fund into the transit budget, ending a dispute that has kept buses off the road for three weeks and left riders scrambling for rides across the city, officials said on Wednesday.';
    const { source } = one('a.md', `---\ntitle: Council approves bus plan\n---\n\n${intro}\n\n## What happens next\n\nTalks resume on Friday.\n`);
    expect(source!.title).toBe('Council approves bus plan');
    expect(texts(source)).toEqual([intro, 'What happens next', 'Talks resume on Friday.']);
  });

  it('keeps a caption but not its photo credit, and drops images', () => {
    const { source } = one(
      'a.md',
      '# Council approves bus plan\n\n![Buses in a depot](#)\n\nBuses parked at the Dock Street depot. [Photo: R. Delgado / Example](#)\n\n![Mediator](/img.jpg)\n*Tadeusz Kaczmarek speaks to reporters. (Photo: Thanh Vu / Harbor Public Media)*\n\nThe council voted on Tuesday to approve the plan.\n',
    );
    expect(texts(source)).toEqual(['Buses parked at the Dock Street depot.', 'Tadeusz Kaczmarek speaks to reporters.', 'The council voted on Tuesday to approve the plan.']);
    expect(source!.cleaning.removed).toEqual(['image', 'photo credit']);
  });

  it('collapses paragraphs repeated in the same document', () => {
    const { source } = one('a.txt', 'Bus plan\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nThird.\n');
    expect(texts(source)).toEqual(['First paragraph here.', 'Second paragraph here.', 'Third.']);
    expect(source!.cleaning.collapsedDuplicates).toBe(2);
    expect(source!.cleaning.removed).toEqual(['repeated paragraphs']);
  });

  it('reads front matter fields', () => {
    const { source, diagnostics } = one(
      'a.md',
      '---\ntitle: "Council approves bus plan"\ndate: 2024-10-28T18:40:00-04:00\nsource_url: https://www.harborpublicmedia.org/news/bus\npublisher: Harbor Public Media\nauthor: Thanh Vu\n---\n\n# Council approves bus plan\n\n*The vote ends a three-week strike by drivers across the city.*\n\nThe council voted on Monday.\n',
    );
    expect(diagnostics).toEqual([]);
    expect(source).toMatchObject({
      title: 'Council approves bus plan',
      published: '2024-10-28',
      url: 'https://www.harborpublicmedia.org/news/bus',
      publisher: 'Harbor Public Media',
      authors: ['Thanh Vu'],
      summary: 'The vote ends a three-week strike by drivers across the city.',
      format: 'md',
    });
    expect(texts(source)).toEqual(['The vote ends a three-week strike by drivers across the city.', 'The council voted on Monday.']);
  });

  it('warns about invalid front matter with its line and still reads the file', () => {
    const { source, diagnostics } = one('bad.md', '---\ntitle: "Unclosed\ndate: [2024\n---\n\n# Council approves bus plan\n\nThe council voted on Monday.\n');
    expect(source!.title).toBe('Council approves bus plan');
    expect(texts(source)).toEqual(['The council voted on Monday.']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', file: 'seeds/bad.md', rule: 'front-matter' });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(diagnostics[0]!.hint).toBeTruthy();
  });
});

describe('plain text', () => {
  it('reads one paragraph per line when lines are whole paragraphs', () => {
    const lines = [
      'Council approves bus plan',
      'The council voted on Tuesday to approve a plan that would move $5 million from the reserve fund into the transit budget.',
      'The mayor said the vote “changes everything for riders,” and urged both sides to return to the bargaining table this week.',
    ];
    const { source } = one('a.txt', lines.join('\n'));
    expect(source!.title).toBe(lines[0]);
    expect(texts(source)).toEqual(lines.slice(1));
  });

  it('joins a hard-wrapped paragraph', () => {
    const { source } = one('a.txt', 'Council approves bus plan\n\nThe council voted on Tuesday to approve\na plan that moves money from the reserve\nfund into the transit budget.\n');
    expect(texts(source)).toEqual(['The council voted on Tuesday to approve a plan that moves money from the reserve fund into the transit budget.']);
  });

  it('reads a dateline under the title, and never guesses a date from the body', () => {
    expect(one('a.txt', 'Council approves bus plan\n\nFebruary 11, 2025\n\nThe council voted on Tuesday.\n').source!.published).toBe('2025-02-11');
    expect(one('b.txt', 'Council approves bus plan\n\nThursday 7 March 2024 - 14:20\n\nThe council voted.\n').source!.published).toBe('2024-03-07');
    expect(one('c.txt', 'Council approves bus plan\n\nThe council voted on March 3, 2024, to approve the plan.\n').source!.published).toBeNull();
  });

  it('reads bylines as authors and wire datelines as date and publisher', () => {
    const { source } = one(
      'a.md',
      '# Judge reserves decision\n\n*By Laura Kessler and Daniel Okafor*\n\nSYDNEY, September 15, 2023 (Pacific Newswire) — A judge reserved her decision on Friday.\n\nReporting by Declan Moy; editing by Sun-hee Park\n',
    );
    expect(source!.authors).toEqual(['Laura Kessler', 'Daniel Okafor', 'Declan Moy']);
    expect(source!.published).toBe('2023-09-15');
    expect(source!.publisher).toBe('Pacific Newswire');
    expect(texts(source)).toEqual(['SYDNEY, September 15, 2023 (Pacific Newswire) — A judge reserved her decision on Friday.']);
  });

  it('keeps credit lines as text and lists them as credits', () => {
    const { source } = one('a.txt', story('Council approves bus plan') + '\n*Reuters contributed reporting.*\n');
    expect(source!.credits).toEqual(['Reuters contributed reporting.']);
    expect(texts(source).at(-1)).toBe('Reuters contributed reporting.');
  });
});

describe('HTML pages', () => {
  const page = `<!DOCTYPE html><html><head>
<title>Council approves bus plan | Harbor Times</title>
<meta property="og:site_name" content="Harbor Times">
<meta property="article:published_time" content="2024-10-21T23:05:00-04:00">
<link rel="canonical" href="https://www.harbortimes.com/news/bus-plan">
<script>window.tracking = "Do not read me";</script>
<style>.x{color:red}</style>
</head><body>
<div class="cookie-banner"><p>We use cookies. <button>Accept</button></p></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1>Council approves bus plan</h1>
<p class="dek">The vote ends a three-week strike.</p>
<div class="byline">By <a href="/staff/ana-ruiz/">Ana Ruiz</a> | <time datetime="2024-10-21T19:05:00-04:00">Oct. 21</time></div>
<figure><img src="a.jpg" alt="Buses"><figcaption>Buses at the depot. <span class="credit">Photo: R. Delgado</span></figcaption></figure>
<div class="story-body">
<p>The council voted on Tuesday to approve the plan &amp; its budget, officials said.</p>
<aside class="related"><h4>Related</h4><ul><li><a href="/x">Another story</a></li></ul></aside>
<p>The mayor said the vote &#8220;changes everything&#8221; for riders.</p>
<form><input name="email"><button>Sign up</button></form>
<iframe src="https://video.example/embed"></iframe>
</div>
<div class="share">Share: <a href="#">Facebook</a></div>
</article>
<aside class="most-read"><h3>Most read</h3><ol><li><a href="/y">Something else</a></li></ol></aside>
</main>
<footer class="site-footer"><p>&copy; 2024 Harbor Times LLC. All rights reserved.</p></footer>
</body></html>`;

  it('reads the article body only, with entities decoded', () => {
    const { source } = one('page.html', page);
    expect(texts(source)).toEqual([
      'The vote ends a three-week strike.',
      'Buses at the depot.',
      'The council voted on Tuesday to approve the plan & its budget, officials said.',
      'The mayor said the vote “changes everything” for riders.',
    ]);
    expect(body(source)).not.toMatch(/tracking|color:red|cookies|Home|Another story|Something else|Sign up|Facebook|rights reserved|R\. Delgado/);
  });

  it('reads the metadata', () => {
    const { source } = one('page.html', page);
    expect(source).toMatchObject({
      format: 'html',
      title: 'Council approves bus plan',
      publisher: 'Harbor Times',
      url: 'https://www.harbortimes.com/news/bus-plan',
      published: '2024-10-21',
      authors: ['Ana Ruiz'],
      summary: 'The vote ends a three-week strike.',
    });
  });

  it('falls back to JSON-LD, <time datetime> and the <title> without the site name', () => {
    const html = `<html><head><title>Council approves bus plan – Harbor Times</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-22T01:00:00+10:00","author":{"@type":"Person","name":"Ana Ruiz"},"publisher":{"@type":"Organization","name":"Harbor Times"}}</script>
<script type="application/ld+json">{ broken json </script></head>
<body><p>The council voted on Tuesday to approve the plan, officials said on Wednesday.</p></body></html>`;
    const { source, diagnostics } = one('p.html', html);
    expect(diagnostics).toEqual([]);
    expect(source).toMatchObject({ title: 'Council approves bus plan', published: '2024-10-22', publisher: 'Harbor Times', authors: ['Ana Ruiz'] });
    const timed = one('t.html', '<html><body><article><h1>Plan</h1><time datetime="2023-08-14T19:42:00+10:00">14 August</time><p>The council voted on Tuesday to approve the plan, officials said.</p></article></body></html>');
    expect(timed.source!.published).toBe('2023-08-14');
  });

  it('sniffs content that does not match its extension', () => {
    const html = one('page.txt', page).source!;
    expect(html.format).toBe('html');
    expect(html.title).toBe('Council approves bus plan');
    const text = one('note.html', 'Council approves bus plan\n\nThe council voted on Tuesday to approve the plan.\n').source!;
    expect(text.format).toBe('txt');
    expect(texts(text)).toEqual(['The council voted on Tuesday to approve the plan.']);
  });
});
