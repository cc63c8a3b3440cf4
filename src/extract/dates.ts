/**
 * Dated events: every time expression in the body, resolved against the publication date.
 * chrono-node finds calendar dates ("Jan. 20", "23 March 2022", "February 2022"); rules add what it
 * misses or gets wrong for news: bare years ("in 2014", "Moscow's 2022 annexation"), "last week
 * Monday" as one expression, weekday direction from tense ("said Monday" → past, "will meet … on
 * Friday" → future, same weekday as publication → that day), months without a year (nearest past
 * unless the sentence looks ahead), relative years and months ("last year", "late last month"),
 * Easter Monday. With no publication date, relative cues keep their precision and a null date.
 * Vague cues ("last week", "recently", "soon") are not events.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../model/graph.ts';
import type { Para } from './paragraphs.ts';
import type { LocalActor, LocalEvent } from './types.ts';
import { sentenceSpans } from './tokens.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY_RE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** Words that make a sentence look ahead (future): weekday and month cues then point forward. */
const FUTURE = /\b(?:begin|start|open|close|run|resume|end|will|'ll|would|could|shall|due|expected|scheduled|set to|plans? to|going to|is to|are to|as soon as|as early as|until|opens|begins|starts|runs|continues|resumes|expires|closes|take effect|takes effect|upcoming|coming|next|is to|are to|intends?|aims?|hopes?|must)\b/i;
const PAST = /\b(?:said|told|says|met|spoke|began|held|took|went|gave|made|left|came|saw|wrote|rose|fell|sent|brought|won|lost|became|broke|flew|sat|put|cut|hit|led|ran|paid|sold|bought|sought|struck|drew|grew|knew|threw|shut|spent|stood|chose|drove|set|was|were|had|did|[a-z]{2,}ed)\b/i;

interface Found { start: number; end: number; cue: string; date: string | null; precision: DatePrecision; rule: string }

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
function addDays(d: Date, n: number): Date { return new Date(d.getTime() + n * 86400000); }

function monthIndex(s: string): number {
  const l = s.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(l.slice(0, 3))) + 1;
}

/** Clause delimiters: punctuation and conjunctions that start another clause. */
const CLAUSE_BREAK = /[,;:—–()]|\b(?:after|before|when|while|because|although|though|whereas|but)\b/gi;

/** Tense markers in text, scored by distance to the cue (markers after the cue count a little less). */
function nearestMarker(text: string, offset: number, cueStart: number, cueEnd: number): { d: number; future: boolean } | null {
  let best: { d: number; future: boolean } | null = null;
  for (const [re, future] of [[PAST, false], [FUTURE, true]] as const) {
    const g = new RegExp(re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) {
      const at = offset + m.index;
      if (at >= cueStart && at < cueEnd) continue;
      if (!future && new RegExp(`^(?:${FUTURE.source})$`, 'i').test(m[0])) continue; // "expected", "scheduled" look ahead
      const d = at < cueStart ? cueStart - (at + m[0].length) : at - cueEnd + 5;
      if (!best || d < best.d) best = { d, future };
    }
  }
  return best;
}

/** Does the clause around the cue look ahead? The nearest tense marker in its clause decides, else in its sentence. */
function looksAhead(sentence: string, cueStart: number, cueEnd: number): boolean {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  const g = new RegExp(CLAUSE_BREAK.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = g.exec(sentence))) {
    if (m.index + m[0].length <= cueStart) clauseStart = m.index + m[0].length;
    else if (m.index >= cueEnd) { clauseEnd = m.index; break; }
  }
  const inClause = nearestMarker(sentence.slice(clauseStart, clauseEnd), clauseStart, cueStart, cueEnd);
  if (inClause) return inClause.future;
  return nearestMarker(sentence, 0, cueStart, cueEnd)?.future ?? false;
}

function easterMonday(year: number): Date {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return addDays(new Date(Date.UTC(year, month - 1, day)), 1);
}

function weekdayDate(pub: Date, wd: number, mode: 'last-week' | 'next-week' | 'last' | 'next' | 'plain', ahead: boolean): Date {
  const pw = pub.getUTCDay();
  if (mode === 'last-week' || mode === 'next-week') {
    const monday = addDays(pub, -((pw + 6) % 7));
    const base = addDays(monday, mode === 'last-week' ? -7 : 7);
    return addDays(base, (wd + 6) % 7);
  }
  if (mode === 'last') return addDays(pub, -(((pw - wd + 7) % 7) || 7));
  if (mode === 'next') {
    const monday = addDays(pub, -((pw + 6) % 7));
    return addDays(addDays(monday, 7), (wd + 6) % 7);
  }
  if (wd === pw) return pub;
  return ahead ? addDays(pub, (wd - pw + 7) % 7) : addDays(pub, -((pw - wd + 7) % 7));
}

function findInSentence(text: string, s: { start: number; end: number }, pub: Date | null): Found[] {
  const sentence = text.slice(s.start, s.end);
  const found: Found[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  const add = (f: Found) => { if (!taken(f.start, f.end)) found.push(f); };
  const at = (i: number) => s.start + i;

  // 1. "last week Monday", "Monday next week", "next Tuesday", "last Thursday", "(early|late) Friday", "Thursday night", "Easter Monday"
  const wd = new RegExp(String.raw`\b(?:(on|early|late|late on|early on|by|from|until|as of|since|before)\s+)?(?:(last week|next week|last|next|this)\s+)?(Easter\s+)?(${WEEKDAY_RE})(?:\s+(next week|last week))?(?:\s+(morning|afternoon|evening|night))?(?!['’]s?\s+\p{L})`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = wd.exec(sentence))) {
    const cue = m[0];
    const day = WEEKDAYS.indexOf(m[4]!.toLowerCase());
    const rel = (m[2] ?? m[5] ?? '').toLowerCase();
    let date: string | null = null;
    if (pub) {
      if (m[3]) {
        let e = easterMonday(pub.getUTCFullYear());
        if (e < pub) e = easterMonday(pub.getUTCFullYear() + 1);
        date = ymd(e);
      } else {
        const mode = rel === 'last week' ? 'last-week' : rel === 'next week' ? 'next-week' : rel === 'last' ? 'last' : rel === 'next' ? 'next' : 'plain';
        date = ymd(weekdayDate(pub, day, mode, looksAhead(sentence, m.index, m.index + cue.length)));
      }
    }
    add({ start: at(m.index), end: at(m.index + cue.length), cue, date, precision: 'day', rule: m[3] ? 'easter' : rel ? `weekday-${rel.replace(' ', '-')}` : 'weekday' });
  }
  // Possessive weekdays ("Tuesday's decision") are past unless the sentence looks ahead.
  const wdPoss = new RegExp(String.raw`\b(${WEEKDAY_RE})['’]s\b`, 'g');
  while ((m = wdPoss.exec(sentence))) {
    const day = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    const ahead = /\b(?:before|ahead of|until|for)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index)) || looksAhead(sentence, m.index, m.index + m[0].length);
    const date = pub ? ymd(weekdayDate(pub, day, 'plain', ahead)) : null;
    add({ start: at(m.index), end: at(m.index + m[1]!.length), cue: m[1]!, date, precision: 'day', rule: 'weekday' });
  }

  // 2. Calendar dates through chrono: "Jan. 20", "Feb. 24, 2022", "23 March 2022", "February 2022", "April 2, 2025".
  const results = chrono.parse(sentence, pub ?? new Date(Date.UTC(2000, 0, 1)));
  // A range ("from March 28 to April 1", "the year to June 30") gives one event per end.
  const parts: { idx: number; text: string; st: chrono.ParsedComponents }[] = [];
  for (const r of results) {
    const sep = /\s+(?:to|until|through|and)\s+|\s*[–-]\s*/.exec(r.text);
    if (r.end && sep) {
      parts.push({ idx: r.index, text: r.text.slice(0, sep.index), st: r.start });
      parts.push({ idx: r.index + sep.index + sep[0].length, text: r.text.slice(sep.index + sep[0].length), st: r.end });
    } else parts.push({ idx: r.index, text: r.text, st: r.start });
  }
  for (const r of parts) {
    const st = r.st;
    if (!st.isCertain('month')) continue;
    // keep only the date part ("on Feb. 28", not "at 10 a.m.")
    const cueText = r.text.replace(/\s+at\s+.*$/, '').replace(/,\s*$/, '');
    const idx = r.idx;
    const month = st.get('month')!;
    const hasDay = st.isCertain('day');
    const hasYear = st.isCertain('year');
    // Month words must really be months ("may" the verb is not)
    if (!new RegExp(MONTH_RE).test(cueText)) continue;
    if (/^May$/.test(cueText.replace(/^(?:in|on|since|until|by|from|last|next|early|late)\s+/i, '')) && !/\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|of)\s+May\b/.test(sentence.slice(Math.max(0, idx - 8), idx + cueText.length))) continue;
    let date: string | null = null;
    let precision: DatePrecision = hasDay ? 'day' : 'month';
    let rule = 'calendar';
    const pre = sentence.slice(Math.max(0, idx - 12), idx).toLowerCase();
    const lastNext = /\b(last|next)\s*$/.exec(pre);
    if (hasYear) {
      const y = st.get('year')!;
      date = hasDay ? `${y}-${pad(month)}-${pad(st.get('day')!)}` : ym(y, month);
    } else if (pub) {
      const py = pub.getUTCFullYear();
      const pm = pub.getUTCMonth() + 1;
      if (hasDay) {
        // nearest year: within six months of publication
        const cands = [py - 1, py, py + 1].map((y) => new Date(Date.UTC(y, month - 1, st.get('day')!)));
        const best = cands.sort((a, b) => Math.abs(a.getTime() - pub.getTime()) - Math.abs(b.getTime() - pub.getTime()))[0]!;
        date = ymd(best);
      } else {
        let y = py;
        const ahead = lastNext ? lastNext[1] === 'next' : looksAhead(sentence, idx, idx + cueText.length);
        if (lastNext?.[1] === 'last') y = month >= pm ? py - 1 : py;
        else if (lastNext?.[1] === 'next' || ahead) y = month <= pm && !(month === pm && !lastNext) ? py + 1 : py;
        else y = month > pm ? py - 1 : py;
        date = ym(y, month);
        rule = 'month-nearest';
      }
    }
    let start = idx;
    let cue = cueText;
    if (lastNext) { start = idx - (pre.length - lastNext.index); cue = sentence.slice(start, idx + cueText.length); }
    const lead = /\b(early|late|mid-?)\s*$/i.exec(sentence.slice(Math.max(0, start - 8), start));
    if (lead) { start -= lead[0].length; cue = sentence.slice(start, idx + cueText.length); }
    // keep the preposition that frames the date ("in October", "since July", "until Aug. 12")
    const prep = /\b(in|on|since|until|by|from|before|after|through)\s+$/i.exec(sentence.slice(Math.max(0, start - 8), start));
    if (prep && !/^(?:in|on|since|until|by|from|before|after|through)\b/i.test(cue)) { start -= prep[0].length; cue = sentence.slice(start, idx + cueText.length); }
    if (!hasYear && !pub) date = null;
    void precision;
    add({ start: at(start), end: at(start + cue.length), cue, date, precision: hasDay ? 'day' : 'month', rule });
  }

  // 3. Relative years and months: "last year", "early next year", "late last month", "this month".
  const rel = /\b(?:(early|late|mid-?|earlier|later)\s+)?(?:(last|next|this|previous|past)\s+)(year|month)\b/gi;
  while ((m = rel.exec(sentence))) {
    const which = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    if (m[1] && /^(earlier|later)$/i.test(m[1])) continue;
    if (which === 'past' || which === 'previous') continue; // "the past year": a duration
    if (/\b(?:the|a|per|each|every)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    const off = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    let date: string | null = null;
    if (pub) {
      if (unit === 'year') date = String(pub.getUTCFullYear() + off);
      else {
        const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + off, 1));
        date = ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
    }
    add({ start: at(m.index), end: at(m.index + m[0].length), cue: m[0], date, precision: unit === 'year' ? 'year' : 'month', rule: `relative-${unit}` });
  }
  if (pub) {
    const yd = /\b(yesterday|today)\b/gi;
    while ((m = yd.exec(sentence))) {
      if (/today/i.test(m[1]!) && /\b(?:of|until|to|since)\s+$/.test(sentence.slice(0, m.index))) continue;
      add({ start: at(m.index), end: at(m.index + m[0].length), cue: m[0], date: ymd(addDays(pub, /yesterday/i.test(m[1]!) ? -1 : 0)), precision: 'day', rule: 'relative-day' });
    }
  }

  // 4. Bare years: "in 2014", "since 2022", "Moscow's 2022 annexation", "early 2023", "by 2027".
  const yr = /(?<![\d$€£.,:/\-])\b(?:(in|since|by|from|until|before|after|early|late|mid-|between|and|of|through|to)\s+)?((?:19|20)\d\d)\b(?![\d%.,]\d|\s?(?:percent|per cent|%)|-\d)/g;
  while ((m = yr.exec(sentence))) {
    const year = m[2]!;
    const prep = (m[1] ?? '').toLowerCase();
    const start = ['and', 'of', 'to', 'between'].includes(prep) ? m.index + m[0].length - year.length : m.index;
    const cue = sentence.slice(start, m.index + m[0].length);
    add({ start: at(start), end: at(m.index + m[0].length), cue, date: year, precision: 'year', rule: 'year' });
  }
  return found;
}

export function findEvents(paras: Para[], actors: LocalActor[], published: string | null): LocalEvent[] {
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(published + 'T00:00:00Z') : null;
  const out: LocalEvent[] = [];
  for (const p of paras) {
    // Dateline ("GENEVA, May 12, 2025 (Meridian Wire) —") and a paragraph that is only a date are not events.
    let text = p.text;
    const dl = /^\s*[\p{Lu}][\p{Lu} .'\-]+,\s+[^—–(]{4,30}\d{4}\s*(?:\([^)]*\))?\s*[—–-]/u.exec(text);
    if (dl) text = ' '.repeat(dl[0].length) + text.slice(dl[0].length);
    if (/^\s*(?:\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4})\s*$/u.test(text)) continue;
    // URLs never carry events
    text = text.replace(/https?:\/\/\S+/g, (u) => ' '.repeat(u.length));
    for (const s of sentenceSpans(text)) {
      const sentence = p.text.slice(s.start, s.end).trim();
      const keys = new Set<string>();
      for (const a of actors) for (const m of a.mentions) if (m.paragraph === p.id && m.start >= s.start && m.end <= s.end) keys.add(a.key);
      for (const f of findInSentence(text, s, pub)) {
        out.push({ paragraph: p.id, cue: f.cue.trim(), date: f.date, precision: f.precision, text: sentence, actors: [...keys].sort(), rule: f.rule });
      }
    }
  }
  return out;
}
