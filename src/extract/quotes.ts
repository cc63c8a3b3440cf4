/**
 * Direct quotations and who said them. Ordered, labelled rules:
 *  `explicit-after`  “…,” Trump said / “…,” said Trump / “…,” the Ukrainian leader said
 *  `explicit-before` Trump said: “…” / the Kremlin said that … “…” / Zelensky called for “…”
 *  `quoted-as`       Xinhua quoted He Lifeng as saying “…”
 *  `according-to`    “…”, according to the OAIC
 *  `pronoun`         “…,” he said → the last speaker, else the last person named before
 *  `continuation`    a later quote of the same paragraph with no speaker of its own
 *  `paragraph-continuation` a paragraph that is only a quote → the previous speaker
 *  `anonymous`       “…,” the official said / Zelensky's spokesman told AFP → no speaker
 *  else `unattributed` — never a guess.
 */
import type { Para } from './paragraphs.ts';
import type { LocalActor, LocalQuote } from './types.ts';
import { ANONYMOUS_HEADS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS } from './gazetteer/lexicon.ts';
import { sentenceSpans, tokenize, type Token } from './tokens.ts';
import { lower } from './words.ts';

export interface Span { start: number; end: number; text: string }

/** Verbs that introduce or close a quotation. */
const QUOTE_VERBS = new Set([...SPEECH_VERBS].filter((v) => !['according', 'read', 'show', 'shows', 'showed', 'heard', 'hears', 'reported', 'reports', 'estimated', 'estimates', 'forecast', 'forecasts'].includes(v)));
const SKIP_BEFORE_VERB = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'previously', 'earlier', 'again', 'once', 'repeatedly', 'simply', 'only', 'publicly', 'privately', 'recently', 'further', 'separately', 'bluntly', 'flatly', 'just', 'would', 'will', 'was', 'is', 'being']);

/** Quotation spans of a paragraph: “…”, "…", ‘…’ and '…' (single quotes only outside double ones). */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pairs: [RegExp][] = [[/“([^“”]+)”/g], [/"([^"]+)"/g], [/“([^“”"]+)"/g], [/"([^“”"]+)”/g]];
  for (const [re] of pairs) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index + 1;
      const e = m.index + m[0].length - 1;
      if (spans.some((x) => s < x.end + 1 && e > x.start - 1)) continue;
      spans.push({ start: s, end: e, text: m[1]! });
    }
  }
  const singles = /(^|[\s(—–\-:])(['‘])((?:[^'‘’"“”]|['’](?=\p{L}))+?)(['’])(?=$|[\s,.;:!?)—–\-])/gu;
  let m: RegExpExecArray | null;
  while ((m = singles.exec(text))) {
    const s = m.index + m[1]!.length + 1;
    const e = s + m[3]!.length;
    if (spans.some((x) => s >= x.start - 1 && s <= x.end + 1)) continue;
    if (m[3]!.split(/\s+/).length < 3) continue;
    spans.push({ start: s, end: e, text: m[3]! });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface MentionRef { key: string; start: number; end: number; kind: string }

export interface Attribution { speaker: string | null; verb: string | null; rule: string; anonymous?: boolean }

/** Resolves the noun phrase ending at (or starting at) a token into a speaker. */
class Resolver {
  lastSpeaker: string | null = null;
  /** Salience: people in the order the text puts them forward (sentence subjects, speakers), per paragraph. */
  private salience = new Map<string, { pos: number; key: string }[]>();
  /** The person that "he"/"she" at (pid, pos) refers to: the latest salient person before it. */
  salient(pid: string, pos: number): string | null {
    const idx = this.paras.findIndex((p) => p.id === pid);
    for (let i = idx; i >= 0; i--) {
      const ev = (this.salience.get(this.paras[i]!.id) ?? []).filter((e) => i < idx || e.pos < pos);
      if (ev.length) return ev.reduce((a, b) => (b.pos >= a.pos ? b : a)).key;
    }
    return null;
  }
  private orgSalience = new Map<string, { pos: number; key: string }[]>();
  /** The organisation that "it" refers to: the latest organisation that was a sentence subject, this paragraph or the one before. */
  salientOrg(pid: string, pos: number): string | null {
    const idx = this.paras.findIndex((p) => p.id === pid);
    for (let i = idx; i >= Math.max(0, idx - 1); i--) {
      const ev = (this.orgSalience.get(this.paras[i]!.id) ?? []).filter((e) => i < idx || e.pos < pos);
      if (ev.length) return ev.reduce((a, b) => (b.pos >= a.pos ? b : a)).key;
    }
    return null;
  }
  /** "asked Mr Ferguson …": the person asked, earlier in this paragraph. */
  askedBefore(pid: string, pos: number): string | null {
    const p = this.paras.find((x) => x.id === pid)!;
    const re = /\basked\s+/g;
    let m: RegExpExecArray | null;
    let found: string | null = null;
    while ((m = re.exec(p.text)) && m.index < pos) {
      const at = m.index + m[0].length;
      const ms = this.mentionsIn(pid).filter((x) => x.kind === 'person' && x.start >= at && x.start <= at + 4);
      if (ms[0]) found = ms[0].key;
    }
    return found;
  }
  promote(pid: string, pos: number, key: string): void {
    if (this.kindOf(key) === 'organization') (this.orgSalience.get(pid) ?? this.orgSalience.set(pid, []).get(pid)!).push({ pos, key });
    if (this.kindOf(key) !== 'person') return;
    (this.salience.get(pid) ?? this.salience.set(pid, []).get(pid)!).push({ pos, key });
  }
  private readonly actors: LocalActor[];
  private readonly paras: Para[];
  constructor(actors: LocalActor[], paras: Para[]) { this.actors = actors; this.paras = paras; }
  mentionsIn(pid: string): MentionRef[] {
    const out: MentionRef[] = [];
    for (const a of this.actors) for (const m of a.mentions) if (m.paragraph === pid) out.push({ key: a.key, start: m.start, end: m.end, kind: a.kind });
    return out.sort((x, y) => x.start - y.start);
  }
  /** Last person mentioned before (pid, pos), this paragraph first, then earlier ones. */
  lastPerson(pid: string, pos: number): string | null {
    const idx = this.paras.findIndex((p) => p.id === pid);
    for (let i = idx; i >= 0; i--) {
      const ms = this.mentionsIn(this.paras[i]!.id).filter((m) => m.kind === 'person' && (i < idx || m.end <= pos));
      if (ms.length) return ms[ms.length - 1]!.key;
    }
    return null;
  }
  kindOf(key: string | null): string | null {
    return key ? this.actors.find((a) => a.key === key)?.kind ?? null : null;
  }
}

/** Prepositions before a name that make it an object, not a subject ("interviewed by Bret Baier"). */
const OBJECT_PREPOSITIONS = new Set(['by', 'with', 'to', 'from', 'of', 'for', 'against', 'at', 'on', 'about', 'in', 'into', 'than', 'like', 'between', 'among', 'toward', 'towards', 'under', 'over', 'after', 'before', 'behind', 'beside', 'near', 'via']);

/** Words that open an appositive or relative clause after a comma ("…, who chairs …,", "…, the head of …,"). */
const CLAUSE_OPENERS = new Set(['who', 'whose', 'which', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'now', 'then', 'also', 'once']);

/** Subject of the verb at token index v: a mention ending there, a pronoun, or an anonymous noun. */
function subjectBefore(tokens: Token[], v: number, mentions: MentionRef[], r: Resolver, pid: string, floor: number): Attribution | null {
  let k = v - 1;
  while (k >= 0 && SKIP_BEFORE_VERB.has(lower(tokens[k]!.text))) k--;
  if (k < 0 || tokens[k]!.start < floor) return null;
  const verb = tokens[v]!.text;
  const endingAt = (i: number) => { const t = tokens[i]; return t ? mentions.filter((x) => x.end === t.end).sort((a, b) => a.start - b.start)[0] : undefined; };
  for (let attempt = 0; attempt < 3; attempt++) {
    const t = tokens[k];
    if (!t || t.start < floor) return null;
    const m = endingAt(k);
    if (m) return { speaker: m.key, verb, rule: 'explicit' };
    const w = lower(t.text);
    if (PERSON_PRONOUNS.has(w)) {
      // "The judge asked Mr Ferguson … “…,” he replied": the one asked answers.
      if (/^(?:replied|replies|answered|answers|responded|responds)$/i.test(verb)) {
        const asked = r.askedBefore(pid, t.start);
        if (asked) return { speaker: asked, verb, rule: 'pronoun' };
      }
      return { speaker: r.salient(pid, t.start) ?? r.lastPerson(pid, t.start), verb, rule: 'pronoun' };
    }
    if (w === 'it') { const org = r.salientOrg(pid, t.start); return org ? { speaker: org, verb, rule: 'pronoun' } : { speaker: null, verb, rule: 'anonymous', anonymous: true }; }
    if (w === 'who' || w === 'which') {
      const c = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
      const mm = endingAt(c);
      return mm ? { speaker: mm.key, verb, rule: 'explicit' } : null;
    }
    if (ANONYMOUS_HEADS.has(w) || w === 'they') return { speaker: null, verb, rule: 'anonymous', anonymous: true };
    if (t.text === ')') {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.text !== '(' && tokens[j]!.start >= floor) j--;
      if (j < 0 || tokens[j]!.text !== '(') return null;
      k = j - 1;
      continue;
    }
    if (t.text === ',') {
      // an appositive or relative clause between commas: its subject stands before the opening comma,
      // else the name that closes it (", Hamish Buchanan, said")
      let j = k - 1;
      while (j >= 0 && tokens[j]!.start >= floor && tokens[j]!.text !== ',' && tokens[j]!.text !== '.' && !/^["“”]$/.test(tokens[j]!.text)) j--;
      if (j >= 0 && tokens[j]!.text === ',' && k - j > 1) {
        const opener = lower(tokens[j + 1]!.text);
        const before = endingAt(j - 1);
        if (before && (CLAUSE_OPENERS.has(opener) || PERSON_ROLE_NOUNS.has(opener))) return { speaker: before.key, verb, rule: 'explicit' };
        let e = k - 1;
        if (tokens[e]?.text === ')') { while (e > j && tokens[e]!.text !== '(') e--; e--; }
        const inside = endingAt(e);
        if (inside && inside.start > tokens[j]!.start) return { speaker: inside.key, verb, rule: 'explicit' };
        if (before) return { speaker: before.key, verb, rule: 'explicit' };
        if (ANONYMOUS_HEADS.has(lower(tokens[j - 1]?.text ?? ''))) return { speaker: null, verb, rule: 'anonymous', anonymous: true };
      }
      return null;
    }
    return null;
  }
  return null;
}

/** Subject of a sentence: its first actor named outside quotations and not after a preposition. */
function sentenceSubject(tokens: Token[], mentions: MentionRef[], from: number, to: number, spans: Span[]): MentionRef | null {
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    if (spans.some((q) => m.start >= q.start && m.end <= q.end)) continue;
    const i = tokens.findIndex((t) => t.start === m.start);
    let j = i - 1;
    while (j >= 0 && lower(tokens[j]!.text) === 'the') j--;
    if (j >= 0 && tokens[j]!.start >= from && OBJECT_PREPOSITIONS.has(lower(tokens[j]!.text))) continue;
    if (tokens[j]?.text === "'s" || tokens[j]?.text === '’s') continue;
    return m;
  }
  return null;
}

/** Speaker named right after a verb: “…,” said Agnieszka Wróblewska. */
function subjectAfter(tokens: Token[], i: number, mentions: MentionRef[], r: Resolver, pid: string): Attribution | null {
  const t = tokens[i];
  if (!t) return null;
  // the noun phrase after the verb, up to a comma or the end of the sentence: its person, else its last actor
  let e = i;
  while (e < tokens.length && e < i + 8 && !/^[,.;:!?—–(]$/.test(tokens[e]!.text)) e++;
  const inNp = mentions.filter((x) => x.start >= t.start && x.end <= (tokens[e - 1]?.end ?? t.end));
  const m = inNp.find((x) => x.kind === 'person') ?? inNp[inNp.length - 1];
  if (m) return { speaker: m.key, verb: null, rule: 'explicit' };
  const w = lower(t.text);
  if (PERSON_PRONOUNS.has(w)) return { speaker: r.salient(pid, t.start) ?? r.lastPerson(pid, t.start), verb: null, rule: 'pronoun' };
  // "a senior official", "the official", "one driver"
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    if (ANONYMOUS_HEADS.has(lower(tokens[k]!.text))) {
      const mm = mentions.find((x) => x.start >= t.start && x.end <= tokens[k]!.end);
      if (!mm || tokens[k + 1]?.text !== ',') return { speaker: null, verb: null, rule: 'anonymous', anonymous: true };
    }
    if (QUOTE_VERBS.has(lower(tokens[k]!.text))) break;
  }
  return null;
}

export function findQuotes(paras: Para[], actors: LocalActor[]): LocalQuote[] {
  const out: LocalQuote[] = [];
  const r = new Resolver(actors, paras);
  for (const p of paras) {
    const spans = quoteSpans(p.text);
    const mentions = r.mentionsIn(p.id);
    const tokens = p.tokens;
    const sentences = sentenceSpans(p.text, spans);
    const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end) ?? { start: 0, end: p.text.length };
    let prevSpeaker: string | null = null;
    let prevEnd = 0;
    // The first person named in a sentence (outside quotations) is its subject: salient for later pronouns.
    for (const snt of sentences) {
      const lead = tokens.find((t) => t.start >= snt.start && t.word);
      if (lead && (lead.text === 'He' || lead.text === 'She')) {
        const who = r.salient(p.id, lead.start);
        if (who) r.promote(p.id, lead.start, who);
        continue;
      }
      const first = sentenceSubject(tokens, mentions.filter((m) => m.kind === 'person'), snt.start, snt.end, spans);
      if (first) r.promote(p.id, first.start, first.key);
      const subj = sentenceSubject(tokens, mentions, snt.start, snt.end, spans);
      if (subj && subj.kind === 'organization') r.promote(p.id, subj.start, subj.key);
    }
    // Speech verbs outside quotes update the last speaker ("He stressed that …").
    const updateSpeakers = (from: number, to: number) => {
      tokens.forEach((t, v) => {
        if (t.start < from || t.end > to) return;
        if (!QUOTE_VERBS.has(lower(t.text)) || spans.some((s) => t.start >= s.start && t.end <= s.end)) return;
        const a = subjectBefore(tokens, v, mentions, r, p.id, from);
        if (a && a.speaker) { r.lastSpeaker = a.speaker; r.promote(p.id, t.start, a.speaker); }
      });
    };
    spans.forEach((q, qi) => {
      const sent = sentenceOf(q.start);
      const nextQuote = spans[qi + 1];
      const afterEnd = Math.min(nextQuote ? nextQuote.start - 1 : p.text.length, sentenceOf(q.end).end + 1, p.text.length);
      const beforeStart = Math.max(sent.start, prevEnd);
      updateSpeakers(prevEnd, q.start);
      let attr: Attribution | null = null;
      // After: skip closing punctuation
      let i = tokens.findIndex((t) => t.start >= q.end + 1);
      while (i >= 0 && i < tokens.length && !tokens[i]!.word && /^[,.!?”"’'—–\-]$/.test(tokens[i]!.text)) i++;
      if (i >= 0 && i < tokens.length && tokens[i]!.start < afterEnd) {
        const t = tokens[i]!;
        if (QUOTE_VERBS.has(lower(t.text))) {
          const a = subjectAfter(tokens, i + 1, mentions, r, p.id);
          if (a) attr = { ...a, verb: t.text, rule: a.rule === 'explicit' ? 'explicit-after' : a.rule };
        } else if (lower(t.text) === 'according' && lower(tokens[i + 1]?.text ?? '') === 'to') {
          const a = subjectAfter(tokens, i + 2, mentions, r, p.id);
          if (a) attr = { ...a, verb: 'according to', rule: 'according-to' };
        } else if (/^(?:while|and|but|as|when|whereas|although|though|after|before|because|if)$/i.test(t.text)) {
          // a new clause starts: its speaker is not this quote's
        } else {
          // NP then verb, within 10 tokens
          for (let v = i; v < tokens.length && v < i + 12 && tokens[v]!.start < afterEnd; v++) {
            if (QUOTE_VERBS.has(lower(tokens[v]!.text)) && tokens[v]!.text !== 'according') {
              const a = subjectBefore(tokens, v, mentions, r, p.id, t.start);
              if (a) attr = { ...a, rule: a.rule === 'explicit' ? 'explicit-after' : a.rule };
              else {
                // anonymous noun phrase ending at the verb: "a senior White House official said"
                const np = tokens.slice(i, v).map((x) => lower(x.text));
                if (np.some((w) => ANONYMOUS_HEADS.has(w))) attr = { speaker: null, verb: tokens[v]!.text, rule: 'anonymous', anonymous: true };
              }
              break;
            }
            if (tokens[v]!.text === '“' || tokens[v]!.text === '"') break;
          }
        }
      }
      // Before: "X quoted Y as saying", else the last speech verb before the quote in its sentence.
      if (!attr) {
        const before = tokens.filter((t) => t.start >= beforeStart && t.end <= q.start);
        const bi = before.length ? tokens.indexOf(before[0]!) : -1;
        for (let k = before.length - 1; k >= 0 && bi >= 0; k--) {
          const v = bi + k;
          const w = lower(tokens[v]!.text);
          if (w === 'quoted' && before.slice(k).some((t) => lower(t.text) === 'saying')) {
            const asIdx = before.findIndex((t, x) => x > k && lower(t.text) === 'as' && lower(before[x + 1]?.text ?? '') === 'saying');
            const limit = asIdx > 0 ? before[asIdx]!.start : q.start;
            const inside = mentions.filter((m) => m.start > tokens[v]!.end && m.end <= limit);
            const last = inside[inside.length - 1];
            if (last) { attr = { speaker: last.key, verb: 'quoted … as saying', rule: 'quoted-as' }; break; }
          }
        }
        const nearestVerb = [...before].reverse().find((t) => QUOTE_VERBS.has(lower(t.text)));
        if (!attr && nearestVerb && /ing$/.test(nearestVerb.text)) {
          const subj = sentenceSubject(tokens, mentions, beforeStart, q.start, spans);
          if (subj) attr = { speaker: subj.key, verb: nearestVerb.text, rule: 'participle' };
        }
        if (!attr) {
          for (let k = before.length - 1; k >= 0 && bi >= 0; k--) {
            const v = bi + k;
            const w = lower(tokens[v]!.text);
            if (!QUOTE_VERBS.has(w) || w === 'saying' && k > 0 && lower(tokens[v - 2]?.text ?? '') === 'as') continue;
            const a = subjectBefore(tokens, v, mentions, r, p.id, beforeStart);
            if (a) { attr = { ...a, rule: a.rule === 'explicit' ? 'explicit-before' : a.rule }; break; }
          }
        }
        if (!attr) {
          // A participle ("… in a post calling Zelensky “…”", "…, saying that “…”") or a colon ("X was scathing: “…”")
          // speaks for the sentence's subject.
          const participle = before.some((t) => /^(?:calling|saying|warning|adding|telling|arguing|insisting|stressing|describing|urging|claiming|noting|vowing|promising|branding|labelling|labeling)$/i.test(t.text));
          const colon = /:\s*$/.test(p.text.slice(beforeStart, q.start - 1));
          if (participle || colon) {
            const subj = sentenceSubject(tokens, mentions, beforeStart, q.start, spans);
            if (subj) attr = { speaker: subj.key, verb: participle ? before.find((t) => /ing$/.test(t.text) && QUOTE_VERBS.has(lower(t.text)))?.text ?? null : null, rule: participle ? 'participle' : 'colon-subject' };
          }
        }
        if (!attr) {
          // "a demand from Trump for “…”", "Trump's demand for “…”": the named owner of the words.
          const win = p.text.slice(beforeStart, q.start - 1);
          const from = /\b(?:from|by)\s+([^,;]{2,60}?)\s+(?:for|that|of)\s*$/.exec(win);
          const poss = /([^,;]{2,40}?)['’]s\s+(?:demand|call|promise|pledge|warning|claim|words|message|post|statement|vow|threat|description|remark|comment|plea|offer|proposal)s?\s+(?:for|of|that|to|was|is)?\s*$/.exec(win);
          const g = from ?? poss;
          if (g) {
            const gs = beforeStart + g.index + g[0].indexOf(g[1]!);
            const ge = gs + g[1]!.length;
            const m = mentions.filter((x) => x.start >= gs && x.end <= ge).pop();
            if (m) attr = { speaker: m.key, verb: null, rule: 'owner' };
          }
        }
        if (!attr) {
          // Sentence subject: "Zelenskiy, recalling that …, asked: “…”" — the first actor named in the sentence before a speech verb.
          const verbIdx = before.findIndex((t) => QUOTE_VERBS.has(lower(t.text)));
          if (verbIdx > 0) {
            const first = mentions.find((m) => m.start >= beforeStart && m.end <= before[verbIdx]!.start);
            const lead = p.text.slice(beforeStart, first?.start ?? beforeStart);
            if (first && (first.start === beforeStart || /^[\s“"]*$/.test(lead) || /,\s*$/.test(lead) || /^(?:(?:[Tt]he|[Aa]n?|[\p{Lu}][\p{L}.'’\-]*)\s+)+$/u.test(lead))) {
              attr = { speaker: first.key, verb: before[verbIdx]!.text, rule: 'sentence-subject' };
            }
          }
        }
      }
      const onlyQuote = p.text.slice(0, q.start - 1).trim() === '' && /^[\s”"’'.,!?]*$/.test(p.text.slice(q.end + 1));
      if (!attr && prevSpeaker && qi > 0) attr = { speaker: prevSpeaker, verb: null, rule: 'continuation' };
      if (!attr && onlyQuote && r.lastSpeaker) attr = { speaker: r.lastSpeaker, verb: null, rule: 'paragraph-continuation' };
      const speaker = attr?.speaker ?? null;
      const rule = attr ? (attr.speaker ? attr.rule : attr.anonymous ? 'anonymous' : 'unattributed') : 'unattributed';
      const confidence = rule === 'explicit-after' || rule === 'explicit-before' || rule === 'quoted-as' || rule === 'according-to' ? 'explicit' : 'inferred';
      const partial = /^\p{Ll}/u.test(q.text.trim()) || (/[\p{L}\p{N},]\s*$/u.test(p.text.slice(sent.start, q.start - 1)) && !/[:,]\s*$/.test(p.text.slice(sent.start, q.start - 1)) && p.text.slice(sent.start, q.start - 1).trim() !== '');
      if (wordCount(q.text) >= 3) {
        out.push({ paragraph: p.id, start: q.start, text: q.text.trim().replace(/[,;:]+$/, ''), speaker, verb: attr?.verb ?? null, rule, confidence, partial });
      }
      if (speaker) { prevSpeaker = speaker; r.lastSpeaker = speaker; r.promote(p.id, q.end, speaker); }
      prevEnd = q.end + 1;
    });
    updateSpeakers(prevEnd, p.text.length);
  }
  return out;
}

export { tokenize };
