/**
 * Who published a source, when the page metadata does not say: the wire-style lead marker
 * ("(MENAFN) The United States…", "GENEVA, May 12, 2025 (Meridian Wire) —"), footers ("© 2024 RegionWire.",
 * "AeroBrief is published by …", "WireHub provides the information…"), and last the domain of the
 * original URL (a small table of well-known outlets, else a readable name made from the domain).
 */

const NAME = String.raw`(?:The\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*){0,5}`;
const COMPANY_SUFFIX = /[\s,]+(?:pty\.?\s+ltd\.?|ltd\.?|llc|l\.l\.c\.|inc\.?|plc|gmbh|s\.?a\.?|srl|bv|lda\.?|corp\.?|co\.|limited|media(?:,)? inc\.?)$/i;

const KNOWN: Record<string, string> = {
  'themoscowtimes.com': 'The Moscow Times', 'nytimes.com': 'The New York Times', 'washingtonpost.com': 'The Washington Post',
  'theguardian.com': 'The Guardian', 'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'reuters.com': 'Reuters', 'apnews.com': 'Associated Press',
  'bloomberg.com': 'Bloomberg', 'ft.com': 'Financial Times', 'wsj.com': 'The Wall Street Journal', 'cnn.com': 'CNN',
  'aljazeera.com': 'Al Jazeera', 'politico.com': 'Politico', 'politico.eu': 'Politico Europe', 'kyivindependent.com': 'The Kyiv Independent',
  'kyivpost.com': 'Kyiv Post', 'pravda.com.ua': 'Ukrainska Pravda', 'menafn.com': 'MENAFN', 'economist.com': 'The Economist',
  'npr.org': 'NPR', 'foxnews.com': 'Fox News', 'nbcnews.com': 'NBC News', 'cbsnews.com': 'CBS News', 'abcnews.go.com': 'ABC News',
  'abc.net.au': 'ABC News', 'smh.com.au': 'The Sydney Morning Herald', 'theage.com.au': 'The Age', 'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel', 'dw.com': 'DW', 'france24.com': 'France 24', 'euronews.com': 'Euronews', 'tass.com': 'TASS',
  'rt.com': 'RT', 'scmp.com': 'South China Morning Post', 'japantimes.co.jp': 'The Japan Times', 'asia.nikkei.com': 'Nikkei Asia',
  'axios.com': 'Axios', 'thehill.com': 'The Hill', 'cnbc.com': 'CNBC', 'forbes.com': 'Forbes', 'time.com': 'Time',
  'latimes.com': 'Los Angeles Times', 'independent.co.uk': 'The Independent', 'telegraph.co.uk': 'The Telegraph', 'afp.com': 'AFP',
  'news.sky.com': 'Sky News', 'rferl.org': 'Radio Free Europe/Radio Liberty', 'meduza.io': 'Meduza', 'euractiv.com': 'Euractiv',
  'theatlantic.com': 'The Atlantic', 'newsweek.com': 'Newsweek', 'usatoday.com': 'USA Today', 'aa.com.tr': 'Anadolu Agency',
  'xinhuanet.com': 'Xinhua', 'globaltimes.cn': 'Global Times', 'thehindu.com': 'The Hindu', 'indiatimes.com': 'The Times of India',
  'theatlantic.co': 'The Atlantic', 'news.yahoo.com': 'Yahoo News', 'nzherald.co.nz': 'The New Zealand Herald', 'cbc.ca': 'CBC News',
  'theglobeandmail.com': 'The Globe and Mail', 'irishtimes.com': 'The Irish Times', 'lefigaro.fr': 'Le Figaro', 'elpais.com': 'El País',
  'ukrinform.net': 'Ukrinform', 'interfax.com': 'Interfax', 'interfax.com.ua': 'Interfax-Ukraine', 'yahoo.com': 'Yahoo News',
};
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/** The name-bearing label of a host: `www.autopulse-news.com` → `autopulse-news`, `techledger.com.au` → `techledger`. */
export function siteLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!)) return labels.at(-3)!;
  return labels.length >= 2 ? labels.at(-2)! : labels[0]!;
}

export function compact(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

export function publisherFromDomain(url: string | null): string | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (KNOWN[h]) return KNOWN[h]!;
  }
  const label = siteLabel(host);
  if (!label || /^\d+$/.test(label)) return null;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function cleanName(raw: string): string | null {
  let name = (raw.split(/\.\s+/)[0] ?? '').trim().replace(/[.,;:]+$/, '');
  for (let i = 0; i < 3; i++) name = name.replace(COMPANY_SUFFIX, '').trim();
  if (!name || name.length > 60 || /^\d+$/.test(name)) return null;
  if (/^(?:this|our|all|we|it|content|the information|information|news)$/i.test(name)) return null;
  return name;
}

/** "(MENAFN) …", "GENEVA, May 12, 2025 (Meridian Wire) — …", "PORT ELLISON (WPEL 7) -- …": the marker's name. */
export function leadMarker(text: string): string | null {
  const m = new RegExp(String.raw`^(?:[\p{Lu}][\p{Lu}\s.'’-]*[\p{Lu}.](?:,\s*[^()]{0,40})?\s*)?\((${NAME})\)\s*(?:[—–-]{1,2}|:)?\s*\S`, 'u').exec(text);
  if (!m) return null;
  const name = cleanName(m[1]!);
  // "(AP)", "(Reuters)", "(MENAFN)" are markers; "(CNN)" too. Not "(PERTA)" in the middle of a sentence: the marker opens the paragraph.
  return name;
}

/** Publisher names stated in footers, copyright lines and disclaimers. */
export function footerNames(text: string): string[] {
  const names: string[] = [];
  const add = (raw: string | undefined): void => {
    const n = raw ? cleanName(raw) : null;
    if (n && !names.includes(n)) names.push(n);
  };
  for (const m of text.matchAll(new RegExp(String.raw`(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(${NAME})`, 'gu'))) add(m[1]);
  const lead = new RegExp(String.raw`^(${NAME})\s+(?:is|are)\s+(?:published by|a\b|an\b|the\b)`, 'u').exec(text);
  if (lead) add(lead[1]);
  const provides = new RegExp(String.raw`^(${NAME})\s+(?:provides|aggregates|publishes|makes no|accepts no|does not|is not responsible)`, 'u').exec(text);
  if (provides) add(provides[1]);
  const supplied = new RegExp(String.raw`\bsupplied by\s+(${NAME})`, 'u').exec(text);
  if (supplied) add(supplied[1]);
  return names;
}

/** Pick the publisher from text candidates and the URL; a candidate matching the URL's domain wins. */
export function choosePublisher(markers: readonly string[], footers: readonly string[], url: string | null): string | null {
  const host = url ? hostOf(url) : null;
  const label = host ? compact(siteLabel(host)) : null;
  const all = [...markers, ...footers];
  if (label) {
    const exact = all.find((n) => compact(n) === label);
    if (exact) return exact;
  }
  if (host) {
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (KNOWN[h]) return KNOWN[h]!;
  }
  if (markers[0]) return markers[0];
  if (footers[0]) return footers[0];
  return publisherFromDomain(url);
}
