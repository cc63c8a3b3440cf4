/**
 * Actor discovery in one source: capitalised chunks are read as gazetteer entries, people (title +
 * name, name + appositive, name + speech verb, known given name), organisations (head words such as
 * "Authority", "Holding AG"; descriptors such as "trading house X"; acronyms) or nothing at all.
 * Only names with evidence become actors; places, named events and bylines do not.
 */
import type { ActorKind, Confidence } from '../model/graph.ts';
import { matchGazetteer, countryOfDemonym, tokenKey } from './gazetteer/index.ts';
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

/** Connectors allowed inside an organisation's name when followed by a capitalised word. */
const ORG_CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'dos', 'das', 'do', 'da', 'de', 'del', 'des', 'du', 'für', 'der', 'di', 'e', 'et', 'y']);

/** Words that make the preceding/following name a company ("shares in X", "X's shares"). */
const CORPORATE_NOUNS = new Set(['shares', 'share', 'stock', 'board', 'shareholders', 'investors', 'customers', 'chief', 'ceo', 'cfo', 'chairman', 'bid', 'offer', 'stake', 'management', 'fleet', 'pilots', 'crews', 'staff', 'employees', 'results', 'profit', 'revenue', 'executives', 'lawyers', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Acronyms that are not organisations. */
const NOT_ORG_ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'GDP', 'EV', 'EVs', 'AI', 'TV', 'PM', 'AM', 'OK', 'ID', 'IDs', 'PDF', 'URL', 'FAQ', 'COVID', 'VAT', 'IPO', 'M&A', 'LNG', 'SC', 'KC', 'QC', 'II', 'III', 'IV', 'AEST', 'AEDT', 'GMT', 'UTC', 'EST', 'EDT', 'CET', 'CEST', 'BST', 'PST', 'PDT', 'MP', 'MPs', 'HQ', 'PR', 'NGO', 'NGOs', 'US', 'UK', 'EU', 'SUV', 'SUVs', 'RSS', 'FULL', 'OUR', 'AND', 'WILL', 'BE', 'BY', 'UP', 'DEAL', 'WITH', 'THE', 'IS', 'ME', 'OF', 'TO', 'A', 'I', 'NOT', 'NO', 'NEWS', 'WATCH', 'LIVE', 'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'SECURITY', 'TELCO', 'DONE', 'CHINA', 'APPROVAL', 'SUBJECT', 'FINAL', 'PRESIDENT', 'XI', 'MAGNETS', 'ANY', 'NECESSARY', 'RARE', 'EARTHS', 'SUPPLIED', 'FRONT']);

interface Chunk {
  tokens: Token[];
  /** Index of first token in the paragraph's token list. */
  from: number;
  to: number; // exclusive
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  let j = i - 1;
  while (j >= 0 && /^["“‘'(\[—–-]$/.test(tokens[j]!.text)) j--;
  if (j < 0) return true;
  return /^[.?!:;—–]$/.test(tokens[j]!.text) || tokens[j]!.text === '|';
}

/** Capitalised runs with their connectors ("Office of the Australian Information Commissioner"). */
function chunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  const capital = (t: Token | undefined) => !!t && t.word && (isCapitalised(t.text) || /^\d+$/.test(t.text) && false);
  while (i < tokens.length) {
    if (!capital(tokens[i])) { i++; continue; }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (capital(t) && t.start - tokens[j - 1]!.end <= 1) { j++; continue; }
      // "Local 519", "WPEL 7"
      if (/^\d+$/.test(t.text) && t.start - tokens[j - 1]!.end === 1 && (lower(tokens[j - 1]!.text) === 'local' || isAllCaps(tokens[j - 1]!.text))) { j++; continue; }
      // connectors and particles followed by a capital: "of the", "von der", "bin", "&"
      let k = j;
      while (k < tokens.length && (ORG_CONNECTORS.has(lower(tokens[k]!.text)) || NAME_PARTICLES.has(tokens[k]!.text)) && !isCapitalised(tokens[k]!.text) && k - j < 2) k++;
      if (k > j && capital(tokens[k]) && tokens[j]!.start - tokens[j - 1]!.end <= 1) { j = k + 1; continue; }
      // ", S.A." legal suffix; ", Trade and Industry" inside "Ministry of …"
      if (t.text === ',' && tokens[j + 1] && LEGAL_SUFFIXES.has(lower(tokens[j + 1]!.text)) && isCapitalised(tokens[j + 1]!.text)) { j += 2; continue; }
      if (t.text === ',' && capital(tokens[j + 1]) && lower(tokens[j + 2]?.text ?? '') === 'and' && capital(tokens[j + 3]) && tokens.slice(i, j).some((x) => lower(x.text) === 'of') && ORG_OPENERS.has(lower(tokens[i]!.text))) { j += 4; continue; }
      break;
    }
    // do not end on a connector
    out.push({ tokens: tokens.slice(i, j), from: i, to: j });
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
    if (t.word && (isCapitalised(t.text) || /^[a-z][a-z\-]+$/.test(t.text)) && !COMMON_CAPITALISED.has(lower(t.text)) && !SPEECH_VERBS.has(lower(t.text))) { j--; n++; continue; }
    if (t.text === "'s" || t.text === '’s') { j--; n++; continue; }
    break;
  }
  return j + 1;
}

/** ", the head of the presidential office," — an appositive that names a person's function. */
function appositiveRole(tokens: Token[], to: number): string | null {
  if (tokens[to]?.text !== ',') return null;
  const words: string[] = [];
  for (let k = to + 1; k < tokens.length && k < to + 14; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === '—') break;
    words.push(t.text);
  }
  if (words.length === 0) return null;
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

/** Discover candidates in one paragraph. */
export function discover(para: Para, ctx: DiscoveryContext): Candidate[] {
  const out: Candidate[] = [];
  const tokens = para.tokens;
  for (const ch of chunks(tokens)) {
    let from = ch.from;
    const to = ch.to;
    // Sentence-initial function words are capitalised only by position ("In", "But", "When").
    while (from < to && COMMON_CAPITALISED.has(lower(tokens[from]!.text)) && !(lower(tokens[from]!.text) === 'the' && !isSentenceStart(tokens, from) && to - from > 1)) from++;
    if (from >= to) continue;
    // Gazetteer matches inside the chunk (longest first).
    const taken: boolean[] = new Array(to - from).fill(false);
    for (let i = from; i < to; i++) {
      const m = matchGazetteer(para.keys, i);
      if (!m || i + m.length > to) continue;
      // A longer discovered org name wins over a gazetteer prefix ("Federal Court of Australia" vs "Australia" is a suffix: fine).
      for (let k = 0; k < m.length; k++) taken[i - from + k] = true;
      const t0 = tokens[i]!;
      const t1 = tokens[i + m.length - 1]!;
      if (m.hit.via !== 'capital') {
        out.push({ kind: m.hit.kind, name: m.hit.name, paragraph: para.id, start: t0.start, end: t1.end, role: null, rule: 'gazetteer', confidence: 'explicit', gazetteer: true, aliases: [] });
      }
      i += m.length - 1;
    }
    // Person: the longest run of name words at the end of the chunk.
    let s = to;
    while (s > from && (isNameWord(tokens[s - 1]!.text) || NAME_PARTICLES.has(tokens[s - 1]!.text) && s < to) && !taken[s - 1 - from]) s--;
    while (s < to && NAME_PARTICLES.has(tokens[s]!.text)) s++;
    // "Vice Premier He Lifeng": a pronoun-looking word right after a title is a name.
    if (s > from && s < to && ['He', 'Li', 'Lin', 'Ma', 'Hu', 'An', 'So'].includes(tokens[s - 1]!.text) && s - 1 > from && isTitle(tokens[s - 2]!.text)) s--;
    let end = to;
    if (end > s && NAME_SUFFIXES.has(tokens[end - 1]!.text)) end--;
    // Name suffix after a barrister: "Michael Khalil SC"
    const hasSuffixAfter = tokens[to] && NAME_SUFFIXES.has(tokens[to]!.text);
    const nameTokens = tokens.slice(s, end);
    const prefix = tokens.slice(from, s).filter((_, k) => !taken[k]);
    const prefixAll = tokens.slice(from, s);
    const lastPrefix = prefixAll[prefixAll.length - 1];
    if (nameTokens.length > 0) {
      const name = text(nameTokens, para);
      const titled = lastPrefix !== undefined && (isTitle(lastPrefix.text) || (isCapitalised(lastPrefix.text) && PERSON_ROLE_NOUNS.has(lower(lastPrefix.text))));
      const rb = titled ? { words: [] as Token[], from: from } : roleBefore(tokens, from);
      const roleFrom = titled ? from : rb.words.length ? roleQualifier(tokens, rb.from) : from;
      const roleText = titled ? text(prefixAll, para) : rb.words.length ? para.text.slice(tokens[roleFrom]!.start, tokens[from - 1]!.end) : null;
      const multi = nameTokens.filter((t) => !NAME_PARTICLES.has(t.text)).length >= 2;
      const appos = multi ? appositiveRole(tokens, to) : null;
      const isPlace = isKnownCity(nameTokens[0]!.text) && !isGivenName(nameTokens[0]!.text) && !titled && !rb.words.length;
      const anonymousHead = rb.words.length > 0 && ANONYMOUS_HEADS.has(lower(rb.words[rb.words.length - 1]!.text)) && false;
      void anonymousHead;
      let rule: string | null = null;
      if (titled || rb.words.length) rule = 'title';
      else if (multi && hasSuffixAfter) rule = 'appositive';
      else if (multi && appos) rule = 'appositive';
      else if (multi && isGivenName(nameTokens[0]!.text) && !isPlace) rule = 'given-name';
      else if (multi && ctx.honorificNames.has(tokenKey(nameTokens[nameTokens.length - 1]!.text))) rule = 'honorific';
      else if (multi && speechAfter(tokens, to) && !isPlace) rule = 'speech-verb';
      else if (!multi && from === s && HONORIFICS.has(lower(tokens[from - 1]?.text ?? ''))) rule = 'honorific';
      // An org descriptor right before ("trading house Sojitz") or corporate context makes it an organisation.
      const descBefore = tokens[from - 1] && ORG_DESCRIPTORS.has(lower(tokens[from - 1]!.text)) && !isCapitalised(tokens[from - 1]!.text);
      const atAfterRole = tokens[from - 1] && ['at', 'with', 'from'].includes(lower(tokens[from - 1]!.text)) && tokens[from - 2] && PERSON_ROLE_NOUNS.has(lower(tokens[from - 2]!.text));
      if (prefix.length === 0 && (descBefore || atAfterRole) && rule !== 'title') {
        out.push(orgCandidate(para, tokens, s, end, descBefore ? 'descriptor' : 'role-at'));
        continue;
      }
      if (rule) {
        out.push({ kind: 'person', name, paragraph: para.id, start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, role: roleText ?? (appos && appos !== 'who' ? appos : null), rule, confidence: 'explicit', gazetteer: false, aliases: [] });
        // The title may contain an organisation ("European Commission President"): handled by gazetteer or below.
        if (!titled) continue;
      } else if (prefix.length === 0) {
        // Unknown proper name: organisation evidence?
        const orgish = appositiveOrg(tokens, to) || corporateContext(tokens, from, to) || !!acronymAfter(tokens, to) && !multi;
        if (orgish && !isPlace) out.push(orgCandidate(para, tokens, from, to, 'context'));
        continue;
      }
    }
    // Organisation by head word or opener.
    const rest = tokens.slice(from, s);
    if (rest.length === 0) continue;
    let a = 0;
    while (a < rest.length && taken[a]) a++;
    let b = rest.length;
    while (b > a && taken[b - 1] && !(b - 1 > a && isOrgHead(rest[b - 1]!.text))) b--;
    // Drop a trailing title run ("European Commission President")
    while (b > a && isTitle(rest[b - 1]!.text) && !isOrgHead(rest[b - 1]!.text)) b--;
    if (b <= a) continue;
    const span = rest.slice(a, b);
    const words = span.map((t) => lower(t.text));
    const ofIndex = words.indexOf('of');
    let orgStart = 0;
    // "Members of United Transit Workers": drop a plural common noun before "of"
    if (ofIndex > 0 && !ORG_OPENERS.has(words[0]!) && !isOrgHead(span[ofIndex - 1]!.text) && !span.slice(0, ofIndex).every((t) => isCapitalised(t.text) && !COMMON_CAPITALISED.has(lower(t.text)))) orgStart = ofIndex + 1;
    const orgSpan = span.slice(orgStart);
    if (orgSpan.length === 0) continue;
    const ow = orgSpan.map((t) => lower(t.text));
    const last = ow[ow.length - 1]!;
    const hasHead = orgSpan.slice(1).some((t) => isOrgHead(t.text)) || ORG_OPENERS.has(ow[0]!) && orgSpan.length > 1;
    const tailIsPlace = NON_ACTOR_HEADS.has(last) && !isOrgHead(last);
    const singleAcronym = orgSpan.length === 1 && isAllCaps(orgSpan[0]!.text) && !NOT_ORG_ACRONYMS.has(orgSpan[0]!.text) && /^[\p{Lu}][\p{Lu}\p{N}&\-]{1,7}$/u.test(orgSpan[0]!.text);
    const allCapsSentence = tokens.filter((t) => t.word && /\p{L}{3,}/u.test(t.text)).every((t) => isAllCaps(t.text));
    if ((hasHead && !tailIsPlace) || (singleAcronym && !allCapsSentence)) {
      const first = from + a + orgStart;
      const lastIdx = from + b - 1;
      // Keep a leading "The" inside a name mid-sentence ("The Port Ellison Ledger").
      out.push(orgCandidate(para, tokens, first, lastIdx + 1, hasHead ? 'org-head' : 'acronym'));
    }
  }
  return out;
}

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
