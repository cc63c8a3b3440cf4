/**
 * Actor discovery in one source: capitalised chunks are read as gazetteer entries, people (title +
 * name, name + appositive, name + speech verb, known given name), organisations (head words such as
 * "Authority", "Holding AG"; descriptors such as "trading house X"; acronyms) or nothing at all.
 * Only names with evidence become actors; places, named events and bylines do not.
 */
import type { ActorKind, Confidence } from '../model/graph.ts';
import { matchGazetteer, countryOfDemonym, tokenKey, COUNTRIES, isLocativeUse } from './gazetteer/index.ts';
import {
  ANONYMOUS_HEADS, COMMON_CAPITALISED, HONORIFICS, LEGAL_SUFFIXES, ORG_DESCRIPTORS, ORG_OPENERS, PERSON_ROLE_NOUNS,
  PERSON_TITLES, SPEECH_VERBS, NON_ACTOR_HEADS,
} from './gazetteer/lexicon.ts';
import { isGivenName, isKnownCity } from './gazetteer/given-names.ts';
import type { Para } from './paragraphs.ts';
import { isAllCaps, isCapitalised, type Token } from './tokens.ts';
import { NAME_PARTICLES, NAME_SUFFIXES, isNameWord, isOrgHead, isTitle, lower } from './words.ts';

export interface Candidate {
  kind: ActorKind;
  name: string;
  paragraph: string;
  start: number;
  end: number;
  role: string | null;
  rule: string;
  confidence: Confidence;
  gazetteer: boolean;
  /** Extra written forms (acronyms defined in parentheses). */
  aliases: string[];
}

/** Connectors allowed inside a name when followed by a capitalised word ("Office of the …", "von der", "dos"). */
const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'dos', 'das', 'do', 'da', 'de', 'del', 'des', 'du', 'für', 'der', 'di', 'e', 'et', 'y', '&']);
/** Connectors allowed only once the chunk is clearly an organisation ("Ministry of Economy, Trade and Industry", "Mission to the EU"). */
const ORG_ONLY_CONNECTORS = new Set(['and', 'to']);

/** Capitalised adjectives that may open an organisation's name ("Federal Court", "National Bank"). */
const NAME_STARTERS = new Set(['federal', 'national', 'state', 'new', 'local', 'central', 'united', 'first', 'top', 'senior', 'former']);

/** Heads of names built on a saint's or founder's possessive ("St. Brendan's Hospital"). */
const POSSESSIVE_NAME_HEADS = new Set(['hospital', 'college', 'school', 'church', 'cathedral', 'university', 'hall', 'club', 'academy']);
const keysOf = (tokens: Token[]) => tokens.map((t) => tokenKey(t.text));

/** Well-known places that look like organisations. */
const PLACE_NAMES = new Set(['oval office', 'lancaster house', 'downing street', 'wall street', 'capitol hill', 'red square', 'tiananmen square']);

/** Words that make the preceding/following name a company ("shares in X", "X's shares"). */
const CORPORATE_NOUNS = new Set(['shares', 'share', 'stock', 'board', 'shareholders', 'investors', 'customers', 'chief', 'ceo', 'cfo', 'chairman', 'bid', 'offer', 'stake', 'management', 'fleet', 'pilots', 'crews', 'staff', 'employees', 'results', 'profit', 'revenue', 'executives']);

/** Acronyms that are not organisations (job titles, currencies, units, time zones). */
const NOT_ORG_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'GDP', 'EV', 'EVs', 'AI', 'TV', 'PM', 'AM', 'OK', 'ID', 'IDs', 'PDF', 'URL', 'FAQ', 'COVID', 'VAT', 'IPO', 'M&A', 'LNG', 'SC', 'KC', 'QC', 'II', 'III', 'IV', 'AEST', 'AEDT', 'GMT', 'UTC', 'EST', 'EDT', 'CET', 'CEST', 'BST', 'PST', 'PDT', 'MP', 'MPs', 'HQ', 'PR', 'NGO', 'NGOs', 'SUV', 'SUVs', 'RSS', 'API', 'APIs', 'IT', 'HR', 'R&D', 'USD', 'EUR', 'AUD', 'GBP', 'JPY', 'CNY', 'RMB', 'UAH', 'CHF', 'CAD', 'NZD', 'HKD', 'SGD', 'KES', 'INR', 'RUB', 'BRL', 'KSh', 'OPINION', 'ANALYSIS', 'BREAKING', 'EXCLUSIVE', 'UPDATE', 'LIVE', 'WATCH', 'NEWS', 'SECURITY', 'TELCO', 'DNA', 'GPS', 'USB', 'SMS', 'CCTV', 'PIN']);

interface Chunk {
  /** Index of first token in the paragraph's token list. */
  from: number;
  to: number; // exclusive
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  let j = i - 1;
  while (j >= 0 && /^["“‘'(\[—–-]$/.test(tokens[j]!.text)) j--;
  if (j < 0) return true;
  return /^[.?!:;—–|]$/.test(tokens[j]!.text);
}

const capital = (t: Token | undefined) => !!t && t.word && isCapitalised(t.text);
const adjacent = (a: Token, b: Token) => b.start - a.end <= 1;

function orgish(tokens: Token[], from: number, to: number): boolean {
  if (ORG_OPENERS.has(lower(tokens[from]!.text))) return true;
  for (let k = from + 1; k < to; k++) if (isOrgHead(tokens[k]!.text)) return true;
  return false;
}

/** Capitalised runs with their connectors ("Office of the Australian Information Commissioner"). */
function chunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capital(tokens[i])) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (capital(t) && adjacent(tokens[j - 1]!, t)) { j++; continue; }
      // "Local 519", "WPEL 7"
      if (/^\d+$/.test(t.text) && adjacent(tokens[j - 1]!, t) && (lower(tokens[j - 1]!.text) === 'local' || isAllCaps(tokens[j - 1]!.text))) { j++; continue; }
      // "St. Brendan's Hospital"
      if ((t.text === "'s" || t.text === '’s') && capital(tokens[j + 1]) && POSSESSIVE_NAME_HEADS.has(lower(tokens[j + 1]!.text)) && !capital(tokens[j + 2]) && !matchGazetteer(keysOf(tokens), i)) { j += 2; continue; }
      // connectors followed by a capital: "of the", "von der", "bin", "&"; "and"/"to" only inside organisation names
      let k = j;
      while (k < tokens.length && k - j < 2 && !isCapitalised(tokens[k]!.text) && (ORG_CONNECTORS.has(lower(tokens[k]!.text)) || NAME_PARTICLES.has(tokens[k]!.text) || (ORG_ONLY_CONNECTORS.has(tokens[k]!.text) && orgish(tokens, i, j) && (tokens[k]!.text === 'to' ? isOrgHead(tokens[j - 1]!.text) : tokens.slice(i, j).some((x) => x.text === 'of' || x.text === 'for')) && !matchGazetteer(keysOf(tokens), k + 1)))) k++;
      if (k > j && capital(tokens[k]) && adjacent(tokens[j - 1]!, tokens[j]!)) { j = k + 1; continue; }
      // ", S.A." legal suffix; ", Trade and Industry" inside "Ministry of …"
      if (t.text === ',' && tokens[j + 1] && LEGAL_SUFFIXES.has(lower(tokens[j + 1]!.text)) && isCapitalised(tokens[j + 1]!.text)) { j += 2; continue; }
      if (t.text === ',' && capital(tokens[j + 1]) && lower(tokens[j + 2]?.text ?? '') === 'and' && capital(tokens[j + 3]) && tokens.slice(i, j).some((x) => lower(x.text) === 'of') && orgish(tokens, i, j)) { j += 4; continue; }
      break;
    }
    // Split "Bret Baier of Fox News", "Negotiators for Port Ellison": a connector whose left side is not an organisation or a title.
    let a = i;
    for (let k = i + 1; k < j; k++) {
      const w = lower(tokens[k]!.text);
      if ((w === 'of' || w === 'for') && !isCapitalised(tokens[k]!.text)) {
        const leftOrg = orgish(tokens, a, k) || ORG_OPENERS.has(lower(tokens[k - 1]!.text)) || isOrgHead(tokens[k - 1]!.text);
        const leftTitle = isTitle(tokens[k - 1]!.text);
        if (!leftOrg && !leftTitle) {
          out.push({ from: a, to: k });
          a = k + 1;
          while (a < j && !capital(tokens[a])) a++;
        }
      }
    }
    if (a < j) out.push({ from: a, to: j });
    i = j;
  }
  return out;
}

function text(tokens: Token[], para: Para): string {
  if (tokens.length === 0) return '';
  return para.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

export interface DiscoveryContext {
  paras: Para[];
  /** Surnames used after an honorific anywhere in the source ("Mr Khalil"). */
  honorificNames: Set<string>;
}

export function discoveryContext(paras: Para[]): DiscoveryContext {
  const honorificNames = new Set<string>();
  for (const p of paras) {
    p.tokens.forEach((t, i) => {
      if (HONORIFICS.has(lower(t.text)) && p.tokens[i + 1] && isCapitalised(p.tokens[i + 1]!.text)) honorificNames.add(tokenKey(p.tokens[i + 1]!.text));
    });
  }
  return { paras, honorificNames };
}

/** Lower-case role words right before index i ("Kremlin spokesman", "union president", "chief executive"). */
function roleBefore(tokens: Token[], i: number): { words: Token[]; from: number } {
  let j = i - 1;
  const words: Token[] = [];
  while (j >= 0 && i - j <= 4) {
    const t = tokens[j]!;
    if (!t.word) break;
    const l = lower(t.text);
    if (PERSON_TITLES.has(l) || PERSON_ROLE_NOUNS.has(l) || HONORIFICS.has(l) || (words.length > 0 && /^[a-z][a-z\-]+$/.test(t.text) && !COMMON_CAPITALISED.has(l) && j > 0 && isCapitalised(tokens[j - 1]!.text) === false && false)) {
      words.unshift(t);
      j--;
      continue;
    }
    break;
  }
  // A role needs its last word to be a title or role noun.
  if (words.length && !(PERSON_TITLES.has(lower(words[words.length - 1]!.text)) || HONORIFICS.has(lower(words[words.length - 1]!.text)))) return { words: [], from: i };
  return { words, from: j + 1 };
}

/** Qualifier words before a role, kept in the role text ("Kremlin spokesman", "Fox News host", "union president"). */
function roleQualifier(tokens: Token[], from: number): number {
  let j = from - 1;
  let n = 0;
  while (j >= 0 && n < 4) {
    const t = tokens[j]!;
    const l = lower(t.text);
    const ok = t.word && !COMMON_CAPITALISED.has(l) && !SPEECH_VERBS.has(l) && (isCapitalised(t.text) || PERSON_TITLES.has(l) || ORG_DESCRIPTORS.has(l) || PERSON_ROLE_NOUNS.has(l));
    if (ok || ((t.text === "'s" || t.text === '’s') && n > 0)) { j--; n++; continue; }
    break;
  }
  // never start on a possessive marker
  while (j + 1 < from && !tokens[j + 1]!.word) j++;
  return j + 1;
}

/** ", the head of the presidential office," — an appositive that names a person's function. */
function appositiveRole(tokens: Token[], to: number): string | null {
  if (tokens[to]?.text !== ',') return null;
  const words: string[] = [];
  for (let k = to + 1; k < tokens.length && k < to + 12; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '—' || t.text === '(' || t.text === '“' || t.text === '"') break;
    if (SPEECH_VERBS.has(lower(t.text)) && k > to + 1) return null;
    words.push(t.text);
  }
  if (words.length === 0 || words.length > 10) return null;
  const first = lower(words[0]!);
  if (first === 'who' || first === 'whose') return 'who';
  if (!['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'chief', 'head', 'deputy', 'former'].includes(first) && !words.includes("'s") && !words.includes('’s') && !PERSON_ROLE_NOUNS.has(first)) return null;
  const nouns = words.map(lower);
  if (nouns.some((w) => PERSON_ROLE_NOUNS.has(w) && !ORG_DESCRIPTORS.has(w))) return words.join(' ').replace(/ (['’]s)/g, '$1');
  return null;
}

function appositiveOrg(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  const words: string[] = [];
  for (let k = to + 1; k < tokens.length && k < to + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') break;
    words.push(lower(t.text));
  }
  if (!['the', 'a', 'an', 'which', 'its'].includes(words[0] ?? '')) return false;
  if (words[0] === 'which') return true;
  return words.some((w) => ORG_DESCRIPTORS.has(w)) && !words.some((w) => PERSON_ROLE_NOUNS.has(w) && !ORG_DESCRIPTORS.has(w));
}

function speechAfter(tokens: Token[], to: number): boolean {
  let k = to;
  while (tokens[k] && ['has', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'again', 'once'].includes(lower(tokens[k]!.text))) k++;
  const t = tokens[k];
  return !!t && SPEECH_VERBS.has(lower(t.text)) && t.text !== 'according';
}

/** Parenthesised acronym right after a chunk: "Port Ellison Regional Transit Authority (PERTA)". */
function acronymAfter(tokens: Token[], to: number): string | null {
  if (tokens[to]?.text === '(' && tokens[to + 1] && isAllCaps(tokens[to + 1]!.text.replace(/[a-z]/g, (c) => c.toUpperCase())) && tokens[to + 2]?.text === ')') {
    const a = tokens[to + 1]!.text;
    if (/^[\p{Lu}][\p{L}\p{N}&\-]{1,9}$/u.test(a)) return a;
  }
  return null;
}

/** Gazetteer hits inside tokens[from, to): emitted as candidates; returns the covered mask. */
function gazetteerHits(para: Para, from: number, to: number, out: Candidate[]): boolean[] {
  const tokens = para.tokens;
  const taken: boolean[] = new Array(to - from).fill(false);
  for (let i = from; i < to; i++) {
    const m = matchGazetteer(para.keys, i);
    if (!m || i + m.length > to) continue;
    for (let k = 0; k < m.length; k++) taken[i - from + k] = true;
    const agentive = m.hit.via === 'capital' && !isLocativeUse(tokens.map((t) => t.text), i) && actsAfter(tokens, i + m.length);
    if ((m.hit.via !== 'capital' || agentive) && !(m.hit.place && isLocativeUse(tokens.map((t) => t.text), i)) && !eventAfter(tokens, i + m.length)) {
      out.push({ kind: m.hit.kind, name: m.hit.name, paragraph: para.id, start: tokens[i]!.start, end: tokens[i + m.length - 1]!.end, role: null, rule: 'gazetteer', confidence: 'explicit', gazetteer: true, aliases: [] });
    }
    i += m.length - 1;
  }
  return taken;
}

function isCity(word: string): boolean {
  const l = lower(word);
  return isKnownCity(word) || COUNTRIES.some((c) => [...c.capitals, ...(c.cities ?? [])].some((x) => lower(x) === l));
}

/** The word after a name shows it acting ("Canberra has", "Washington's", "Kyiv wants"). */
const NOT_VERBS = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'of', 'with', 'by', 'from', 'as', 'than', 'the', 'a', 'an', 'this', 'that', 'last', 'next', 'earlier', 'later', 'before', 'after', 'since', 'until', 'during', 'where', 'when', 'while', 'over', 'under']);
function actsAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text === "'s" || t.text === '’s') return true;
  return t.word && /^[a-z]/.test(t.text) && !NOT_VERBS.has(t.text);
}

/** A named event follows ("the Group of Seven summit"): the name is part of the event, not an actor here. */
const EVENT_NOUNS = new Set(['summit', 'conference', 'forum', 'games', 'ceremony', 'congress', 'convention', 'festival', 'awards']);
function eventAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && !isCapitalised(t.text) && EVENT_NOUNS.has(lower(t.text));
}

/** An organisation name in tokens[from, to)? (head word, opener; not a place, not shouting). */
function orgSpan(para: Para, from: number, to: number): boolean {
  const tokens = para.tokens;
  const words = tokens.slice(from, to).filter((t) => t.word);
  if (words.length === 0) return false;
  const text = lower(para.text.slice(tokens[from]!.start, tokens[to - 1]!.end)).replace(/^the /, '');
  if (PLACE_NAMES.has(text)) return false;
  const caps = words.filter((t) => /\p{L}{2,}/u.test(t.text) && isAllCaps(t.text));
  if (caps.length >= 2 && caps.length === words.length) return false; // "ANY NECESSARY RARE EARTHS": shouting
  const last = lower(words[words.length - 1]!.text);
  if (NON_ACTOR_HEADS.has(last) && !isOrgHead(last)) return false;
  return words.length > 1 && orgish(tokens, from, to);
}

/** A lone acronym that names an organisation ("OLM", "ACEA", "G7"), not a dateline, a currency or shouting. */
function acronymOrg(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.text;
  if (!/^[\p{Lu}][\p{Lu}\p{N}&\-]{1,7}$/u.test(w) || NOT_ORG_ACRONYMS.has(w)) return false;
  if (isCity(w)) return false;
  const neighbour = (t: Token | undefined) => !!t && t.word && /\p{L}{2,}/u.test(t.text) && isAllCaps(t.text) && !NOT_ORG_ACRONYMS.has(t.text);
  if (neighbour(tokens[i - 1]) || neighbour(tokens[i + 1])) return false;
  // dateline: "LONDON —", "SYDNEY, Sept. 15"
  if (isSentenceStart(tokens, i) && (tokens[i + 1]?.text === '—' || tokens[i + 1]?.text === '–' || tokens[i + 1]?.text === ',')) return false;
  return true;
}

/** Discover candidates in one paragraph. */
export function discover(para: Para, ctx: DiscoveryContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = para.tokens;
  for (const ch of chunks(tokens)) {
    let from = ch.from;
    const to = ch.to;
    // Sentence-initial function words are capitalised only by position ("In", "But", "When"); "He" after a title is a name.
    const titleBefore = from > 0 && isTitle(tokens[from - 1]!.text) && !isCapitalised(tokens[from - 1]!.text);
    while (from < to && (COMMON_CAPITALISED.has(lower(tokens[from]!.text)) && !NAME_STARTERS.has(lower(tokens[from]!.text)) || (isSentenceStart(tokens, from) && /(?:ly|wards?)$/.test(tokens[from]!.text) && to - from > 1)) && !(tokens[from]!.text === 'He' && to - from > 1 && !isSentenceStart(tokens, from)) && !(lower(tokens[from]!.text) === 'the' && !isSentenceStart(tokens, from) && to - from > 1)) from++;
    if (from >= to) continue;
    // "the Portuguese government", "the Ukrainian state": the country acting.
    const gov = lower(tokens[to]?.text ?? '');
    if (to - from === 1 && countryOfDemonym(tokens[from]!.text) && ['government', 'state', 'authorities', 'administration', 'cabinet'].includes(gov)) {
      const c = countryOfDemonym(tokens[from]!.text)!;
      const st = lower(tokens[from - 1]?.text ?? '') === 'the' ? tokens[from - 1]!.start : tokens[from]!.start;
      out.push({ kind: 'country', name: c, paragraph: para.id, start: st, end: tokens[to]!.end, role: null, rule: 'government', confidence: 'explicit', gazetteer: true, aliases: [para.text.slice(st, tokens[to]!.end)] });
      continue;
    }
    const leadingThe = lower(tokens[from]!.text) === 'the';
    const coreFrom = leadingThe ? from + 1 : from;
    if (coreFrom >= to) continue;
    // Whole chunk in the gazetteer ("U.S. State Department", "Fox News").
    const whole = matchGazetteer(para.keys, coreFrom);
    if (whole && coreFrom + whole.length === to) { gazetteerHits(para, coreFrom, to, out); continue; }
    // Person: the longest run of name words at the end of the chunk.
    let s = to;
    let end = to;
    if (end - 1 > coreFrom && NAME_SUFFIXES.has(tokens[end - 1]!.text)) end--;
    s = end;
    while (s > coreFrom && (isNameWord(tokens[s - 1]!.text) || (NAME_PARTICLES.has(tokens[s - 1]!.text) && s < end))) s--;
    while (s < end && NAME_PARTICLES.has(tokens[s]!.text)) s++;
    // "Vice Premier He Lifeng", "spokesman He Yadong": "He" inside a sentence before a name word is a name.
    if (s > coreFrom && s < end && tokens[s - 1]!.text === 'He' && !isSentenceStart(tokens, s - 1)) s--;
    if (s === coreFrom && titleBefore && lower(tokens[coreFrom]!.text) === 'he') { /* keep */ }
    const titled = s > coreFrom && s < end && (isTitle(tokens[s - 1]!.text) || PERSON_ROLE_NOUNS.has(lower(tokens[s - 1]!.text)))
      && tokens.slice(coreFrom, s).some((t) => (isTitle(t.text) || PERSON_ROLE_NOUNS.has(lower(t.text))) && !ANONYMOUS_ONLY.has(lower(t.text)) && !isOrgHead(t.text));
    if (titled) {
      const nameTokens = tokens.slice(s, end);
      const role = para.text.slice(tokens[coreFrom]!.start, tokens[s - 1]!.end);
      out.push({ kind: 'person', name: text(nameTokens, para), paragraph: para.id, start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, role, rule: 'title', confidence: 'explicit', gazetteer: false, aliases: [] });
      // The title may hold an organisation or a country ("European Commission President", "Kremlin").
      let b = s;
      while (b > coreFrom && isTitle(tokens[b - 1]!.text) && !isOrgHead(tokens[b - 1]!.text)) b--;
      if (b > coreFrom) {
        if (orgSpan(para, coreFrom, b) && !matchGazetteer(para.keys, coreFrom)) out.push(orgCandidate(para, tokens, coreFrom, b, 'org-head'));
        else gazetteerHits(para, coreFrom, b, out);
      }
      continue;
    }
    if (s === coreFrom && !leadingThe) {
      personOrContext(para, ctx, from, end, to, out);
      continue;
    }
    if (orgSpan(para, coreFrom, to) && !eventAfter(tokens, to)) {
      out.push(orgCandidate(para, tokens, leadingThe && !isSentenceStart(tokens, from) ? from : coreFrom, to, 'org-head'));
      continue;
    }
    const taken = gazetteerHits(para, coreFrom, to, out);
    // A lone acronym
    if (to - coreFrom === 1 && !taken[0] && acronymOrg(tokens, coreFrom)) out.push(orgCandidate(para, tokens, coreFrom, to, 'acronym'));
  }
  return out;
}

/** A run of name words without a title: a person with evidence, an organisation with evidence, or nothing. */
function personOrContext(para: Para, ctx: DiscoveryContext, from: number, end: number, to: number, out: Candidate[]): void {
  const tokens = para.tokens;
  const nameTokens = tokens.slice(from, end);
  const name = text(nameTokens, para);
  const multi = nameTokens.filter((t) => !NAME_PARTICLES.has(t.text)).length >= 2;
  const rb = roleBefore(tokens, from);
  const honorificOnly = rb.words.length > 0 && rb.words.every((w) => HONORIFICS.has(lower(w.text)));
  const roleText = rb.words.length && !honorificOnly ? para.text.slice(tokens[roleQualifier(tokens, rb.from)]!.start, tokens[from - 1]!.end) : null;
  const appos = multi ? appositiveRole(tokens, to) : null;
  const first = nameTokens[0]!.text;
  const isPlace = isCity(first) && !isGivenName(first) && !rb.words.length;
  const suffixAfter = !!tokens[to] && NAME_SUFFIXES.has(tokens[to]!.text) || end < to;
  let rule: string | null = null;
  if (rb.words.length && !ANONYMOUS_ONLY.has(lower(rb.words[rb.words.length - 1]!.text))) rule = 'title';
  else if (multi && suffixAfter) rule = 'appositive';
  else if (multi && tokens[from - 1]?.text === ',' && !!tokens[from - 2] && (PERSON_ROLE_NOUNS.has(lower(tokens[from - 2]!.text)) || isTitle(tokens[from - 2]!.text)) && !isCapitalised(tokens[from - 2]!.text)) rule = 'appositive';
  else if (multi && tokens[to]?.text === ',' && /^\d{1,3}$/.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === ',') rule = 'appositive';
  else if (multi && ['of', 'at'].includes(lower(tokens[to]?.text ?? '')) && (capital(tokens[to + 1]) || (lower(tokens[to + 1]?.text ?? '') === 'the' && capital(tokens[to + 2]))) && !isPlace) rule = 'affiliation';
  else if (multi && appos) rule = 'appositive';
  else if (multi && isGivenName(first) && !isPlace) rule = 'given-name';
  else if (multi && ctx.honorificNames.has(tokenKey(nameTokens[nameTokens.length - 1]!.text))) rule = 'honorific';
  else if (multi && speechAfter(tokens, to) && !isPlace) rule = 'speech-verb';
  else if (!multi && HONORIFICS.has(lower(tokens[from - 1]?.text ?? ''))) rule = 'honorific';
  const descBefore = !!tokens[from - 1] && ORG_DESCRIPTORS.has(lower(tokens[from - 1]!.text)) && !isCapitalised(tokens[from - 1]!.text);
  const atAfterRole = !!tokens[from - 1] && ['at', 'with'].includes(lower(tokens[from - 1]!.text)) && !!tokens[from - 2] && PERSON_ROLE_NOUNS.has(lower(tokens[from - 2]!.text));
  if ((descBefore || atAfterRole) && rule !== 'title' && !isPlace) {
    out.push(orgCandidate(para, tokens, from, to, descBefore ? 'descriptor' : 'role-at'));
    return;
  }
  if (rule) {
    out.push({ kind: 'person', name, paragraph: para.id, start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, role: roleText ?? (appos && appos !== 'who' ? appos : null), rule, confidence: 'explicit', gazetteer: false, aliases: [] });
    return;
  }
  if (to - from === 1 && acronymOrg(tokens, from)) { out.push(orgCandidate(para, tokens, from, to, 'acronym')); return; }
  const orgCtx = appositiveOrg(tokens, to) || corporateContext(tokens, from, to) || (!!acronymAfter(tokens, to) && !multi);
  if (orgCtx && !isPlace) out.push(orgCandidate(para, tokens, from, to, 'context'));
}

/** Role words that alone do not make the next capitalised word a person ("the official Xinhua"). */
const ANONYMOUS_ONLY = new Set(['state', 'national', 'first', 'security', 'lead', 'senior', 'junior', 'former', 'acting', 'general', 'special', 'economic', 'trade', 'commerce', 'foreign', 'finance', 'defence', 'defense', 'energy', 'health', 'transport', 'infrastructure', 'labour', 'labor', 'agriculture', 'interior', 'treasury', 'economy', 'council', 'union', 'managing', 'presidential', 'incoming', 'outgoing', 'interim', 'fellow', 'vice', 'prime', 'crown', 'deputy']);

function corporateContext(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  if (after && (after.text === "'s" || after.text === '’s') && tokens[to + 1] && CORPORATE_NOUNS.has(lower(tokens[to + 1]!.text))) return true;
  const b1 = lower(tokens[from - 1]?.text ?? '');
  const b2 = lower(tokens[from - 2]?.text ?? '');
  if ((b1 === 'in' || b1 === 'of') && (b2 === 'shares' || b2 === 'stake' || b2 === 'shareholders' || b2 === 'shareholder')) return true;
  return false;
}

function orgCandidate(para: Para, tokens: Token[], from: number, to: number, rule: string): Candidate {
  const ts = tokens.slice(from, to);
  const name = para.text.slice(ts[0]!.start, ts[ts.length - 1]!.end);
  const acr = acronymAfter(tokens, to);
  return { kind: 'organization', name, paragraph: para.id, start: ts[0]!.start, end: ts[ts.length - 1]!.end, role: null, rule, confidence: 'explicit', gazetteer: false, aliases: acr ? [acr] : [] };
}

export { countryOfDemonym };
