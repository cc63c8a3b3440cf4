/**
 * Figures: money and percentages, by a small grammar (currency marker, number, scale word) rather than
 * a generic number tagger, so "$500 billion", "€1.2bn", "EUR 1.3 billion", "half a trillion dollars",
 * "$500Bln", "A$2.22 million", "50 cents", "4.5 per cent", "a fifth" keep their value and currency.
 * A bare "$" is the dollar of the source's own country (see sourceCurrency), else USD.
 */
import type { Source } from '../model/source.ts';
import type { Para } from './paragraphs.ts';
import type { LocalActor, LocalFigure } from './types.ts';
import { COUNTRIES } from './gazetteer/index.ts';
import { sentenceSpans } from './tokens.ts';
import { STOP_WORDS } from './stopwords.ts';

/** Currency markers written before the number. */
const PREFIX: [RegExp, string | 'local'][] = [
  [/^(?:US\$|U\.S\.\$|USD ?)$/, 'USD'], [/^(?:A\$|AU\$|AUD ?)$/, 'AUD'], [/^(?:C\$|CA\$|CAD ?)$/, 'CAD'], [/^(?:NZ\$|NZD ?)$/, 'NZD'],
  [/^(?:HK\$|HKD ?)$/, 'HKD'], [/^(?:S\$|SGD ?)$/, 'SGD'], [/^(?:R\$|BRL ?)$/, 'BRL'], [/^(?:€|EUR ?)$/, 'EUR'], [/^(?:£|GBP ?)$/, 'GBP'],
  [/^(?:¥|JPY ?)$/, 'JPY'], [/^(?:CNY ?|RMB ?)$/, 'CNY'], [/^(?:UAH ?|₴)$/, 'UAH'], [/^(?:CHF ?)$/, 'CHF'], [/^(?:KSh ?|Sh ?|KES ?)$/, 'KES'],
  [/^(?:INR ?|₹|Rs\.? ?)$/, 'INR'], [/^(?:RUB ?|₽)$/, 'RUB'], [/^\$$/, 'local'],
];
/** Currency words written after the number. */
const SUFFIX: [RegExp, string | 'local'][] = [
  [/^(?:US|U\.S\.|American) dollars?$/i, 'USD'], [/^Australian dollars?$/i, 'AUD'], [/^Canadian dollars?$/i, 'CAD'],
  [/^dollars?$/i, 'local'], [/^euros?$/i, 'EUR'], [/^(?:pounds?|pounds sterling)$/i, 'GBP'], [/^yen$/i, 'JPY'],
  [/^(?:yuan|renminbi)$/i, 'CNY'], [/^hryvnias?$/i, 'UAH'], [/^hryvnia$/i, 'UAH'], [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^(?:Swiss )?francs?$/i, 'CHF'], [/^shillings?$/i, 'KES'], [/^rupees?$/i, 'INR'],
];
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'half a': 0.5, 'half an': 0.5,
};
/** Fractions read as percentages ("a fifth" = 20 %). */
const FRACTIONS: Record<string, number> = {
  half: 50, third: 33.33, quarter: 25, fifth: 20, tenth: 10, 'two-thirds': 66.67, 'two thirds': 66.67, 'three-quarters': 75, 'three quarters': 75,
};

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORDNUM = String.raw`(?:half an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an)`;
const SCALES = String.raw`(?:thousand|million|billion|trillion|[Bb]n|BN|[Bb]ln|BLN|[Mm]ln|MLN|[Mm]n|[Tt]n|[Tt]rn|[kKmMbB](?![\p{L}]))`;
const CUR = String.raw`(?:US\$|U\.S\.\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₴|₹|(?:USD|EUR|AUD|GBP|JPY|CNY|RMB|UAH|CHF|CAD|NZD|HKD|SGD|KES|INR|RUB|BRL|KSh|Sh)\s?)`;
const CURWORD = String.raw`(?:(?:US|U\.S\.|American|Australian|Canadian) dollars?|dollars?|euros?|pounds(?: sterling)?|yen|yuan|renminbi|hryvnias?|roubles?|rubles?|(?:Swiss )?francs?|shillings?|rupees?)`;

const MONEY_PREFIX = new RegExp(String.raw`(?<![\p{L}\d])(${CUR})(${NUM})(?:\s?(${SCALES}))?(?![\d%])`, 'gu');
const MONEY_SUFFIX = new RegExp(String.raw`(?<![\p{L}\d$€£¥.,])(${NUM}|${WORDNUM})(?:[\s-](${SCALES}))?\s(${CURWORD})\b`, 'giu');
const CENTS = new RegExp(String.raw`(?<![\p{L}\d$€£.,])(${NUM}|${WORDNUM}) (cents?|pence)\b`, 'giu');
const PERCENT = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUM}|${WORDNUM})(?:\s?%|\s?(?:percent|per cent|pc)\b)(?! points?)`, 'giu');
const FRACTION = /(?<![\p{L}-])(?:(?:a|one)[\s-](third|quarter|fifth|tenth)|(two-thirds|two thirds|three-quarters|three quarters)|(half)(?![\s-](?:a|an|the)\b|-))(?![\p{L}-])/giu;

function parseNumber(s: string): number {
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  return Number(s.replace(/,/g, ''));
}

function scaleOf(s: string | undefined): number {
  if (!s) return 1;
  return SCALE[s.toLowerCase()] ?? 1;
}

/** Currency of a bare "$": the source's country by web domain, then dateline, then the country the text talks about most. */
export function sourceCurrency(source: Source, paras: Para[]): string {
  const host = source.url ? (/^https?:\/\/([^/]+)/.exec(source.url)?.[1] ?? '') : '';
  const tld = host.split('.').pop() ?? '';
  const byTld = COUNTRIES.find((c) => c.tld && c.tld === tld);
  if (byTld) return byTld.dollar ?? 'USD';
  for (const p of paras.slice(0, 8)) {
    const m = /^\s*([\p{Lu}][\p{Lu} .'\-]{2,30}?)(?:,| —| –| -)/u.exec(p.text);
    if (!m) continue;
    const city = m[1]!.trim().toLowerCase();
    const c = COUNTRIES.find((x) => [...x.capitals, ...(x.cities ?? [])].some((n) => n.toLowerCase() === city));
    if (c) return c.dollar ?? 'USD';
  }
  const counts = new Map<string, number>();
  const all = paras.map((p) => p.text).join('\n');
  for (const c of COUNTRIES) {
    let n = 0;
    for (const form of [c.name, ...c.demonyms, ...(c.cities ?? []), ...c.capitals]) {
      const re = new RegExp(`\\b${form.replace(/[.$]/g, '\\$&')}s?\\b`, 'g');
      n += (all.match(re) ?? []).length;
    }
    if (n) counts.set(c.name, n);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (top && top[1] >= 3 && top[1] >= 2 * (ranked[1]?.[1] ?? 0)) return COUNTRIES.find((c) => c.name === top[0])!.dollar ?? 'USD';
  return 'USD';
}

/** Time words: a phrase made of them says when, not what ("on Monday", "last year"). */
const WHEN = /^(?:on|in|by|at|to|from|last|next|this|since|until|a|an|the)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|\d)/i;

function aboutPhrase(text: string, start: number, end: number): string | null {
  const after = text.slice(end).match(/^\s+((?:worth of|in|of|for|on)\s[^.,;:()"“”]{3,80})/);
  if (after && !WHEN.test(after[1]!)) return after[1]!.split(/\s+/).slice(0, 8).join(' ');
  const nounAfter = text.slice(end).match(/^\s+([a-z][a-z\-]+(?:\s(?:on|of|in|for)\s[^.,;:()"“”]{2,60})?)/);
  if (nounAfter && !STOP_WORDS.has(nounAfter[1]!.split(/\s+/)[0]!) && !WHEN.test(nounAfter[1]!)) return nounAfter[1]!.split(/\s+/).slice(0, 8).join(' ');
  // The window starts at a word boundary; the phrase starts at a word ("Unemployment … stood at 5%", not "nemployment").
  const from = Math.max(0, start - 60);
  const lead = from > 0 && /\w/.test(text[from - 1]!) ? text.slice(from, start).replace(/^\S*\s*/, '') : text.slice(from, start);
  const before = lead.match(/(?<![A-Za-z])([A-Za-z][a-z\- ]{3,60})\s+(?:of|at|to|by|from)\s*(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|up to)?\s*$/);
  if (before) return before[1]!.trim().split(/\s+/).slice(-5).join(' ');
  return null;
}

export function findFigures(paras: Para[], actors: LocalActor[], source: Source): LocalFigure[] {
  const out: LocalFigure[] = [];
  const local = sourceCurrency(source, paras);
  const centsCurrency = (() => {
    const all = paras.map((p) => p.text).join(' ');
    const eur = (all.match(/€|\bEUR\b|euros?\b/g) ?? []).length;
    const gbp = (all.match(/£|\bGBP\b/g) ?? []).length;
    return eur > gbp && eur > 0 ? 'EUR' : gbp > 0 ? 'GBP' : local;
  })();
  for (const p of paras) {
    const text = p.text;
    const found: LocalFigure[] = [];
    const taken: [number, number][] = [];
    const push = (start: number, end: number, value: number, unit: string, rule: string) => {
      if (!Number.isFinite(value) || value <= 0) return;
      if (taken.some(([s, e]) => start < e && end > s)) return;
      taken.push([start, end]);
      found.push({ paragraph: p.id, start, text: text.slice(start, end), value: Math.round(value * 1e6) / 1e6, unit, about: aboutPhrase(text, start, end), actor: null, rule });
    };
    let m: RegExpExecArray | null;
    MONEY_PREFIX.lastIndex = 0;
    while ((m = MONEY_PREFIX.exec(text))) {
      const cur = m[1]!;
      const unit = PREFIX.find(([re]) => re.test(cur))?.[1] ?? 'USD';
      // a bare "m"/"b" scale must be glued to the number ("$650m") and not start a word
      const scale = m[3];
      let end = m.index + m[0].length;
      if (scale && /^[mMbBkK]$/.test(scale) && /\s$/.test(m[0].slice(0, m[0].length - 1))) { end -= 2; }
      const value = parseNumber(m[2]!) * (end === m.index + m[0].length ? scaleOf(scale) : 1);
      push(m.index, end, value, unit === 'local' ? local : unit, 'money-prefix');
    }
    MONEY_SUFFIX.lastIndex = 0;
    while ((m = MONEY_SUFFIX.exec(text))) {
      const wordUnit = SUFFIX.find(([re]) => re.test(m![3]!))?.[1] ?? 'USD';
      if (/^(?:a|an|one)$/i.test(m[1]!) && !m[2]) continue;
      const value = parseNumber(m[1]!) * scaleOf(m[2]);
      push(m.index, m.index + m[0].length, value, wordUnit === 'local' ? local : wordUnit, 'money-words');
    }
    CENTS.lastIndex = 0;
    while ((m = CENTS.exec(text))) {
      const unit = /pence/i.test(m[2]!) ? 'GBP' : centsCurrency;
      push(m.index, m.index + m[0].length, parseNumber(m[1]!) / 100, unit, 'cents');
    }
    PERCENT.lastIndex = 0;
    while ((m = PERCENT.exec(text))) {
      if (/^(?:a|an)$/i.test(m[1]!)) continue;
      push(m.index, m.index + m[0].length, parseNumber(m[1]!), 'percent', 'percent');
    }
    FRACTION.lastIndex = 0;
    while ((m = FRACTION.exec(text))) {
      const word = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
      const prev = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (word === 'half' && /\b(?:first|second|the|other|latter|back|and a)\s*$/.test(prev)) continue;
      push(m.index, m.index + m[0].length, FRACTIONS[word]!, 'percent', 'fraction');
    }
    found.sort((a, b) => a.start - b.start);
    // Attribute to the first actor named in the figure's sentence.
    const sentences = sentenceSpans(text);
    for (const f of found) {
      const s = sentences.find((x) => f.start >= x.start && f.start < x.end);
      if (s) {
        let best: { key: string; start: number } | null = null;
        for (const a of actors) for (const mm of a.mentions) if (mm.paragraph === p.id && mm.start >= s.start && mm.end <= s.end && (!best || mm.start < best.start)) best = { key: a.key, start: mm.start };
        f.actor = best?.key ?? null;
      }
      out.push(f);
    }
  }
  return out;
}
