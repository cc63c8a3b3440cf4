/**
 * Sentences built from facts. Verbatim source words are plain text (quotes in quotation marks, statements and event
 * sentences set off by the sentence around them, figures in bold), marked verbatim in the tree (`verbatim()`);
 * every sentence ends with its footnote(s). Actor names link to actor pages on their first mention in a section.
 */
import type { Citation, DatedEvent, Figure } from '../model/graph.ts';
import type { ActorRef, Briefing, Fact } from './briefing.ts';
import { formatDate } from './dates.ts';
import type { Notes } from './footnotes.ts';
import { link, strong, text, verbatim, type Phrasing } from './mdast.ts';
import { href, route, type Depth } from './routes.ts';

/** What one page needs to write prose: the briefing, its notes and its place in the site. */
export class Writer {
  readonly briefing: Briefing;
  readonly notes: Notes;
  readonly depth: Depth;
  private linked = new Set<string>();

  constructor(briefing: Briefing, notes: Notes, depth: Depth) {
    this.briefing = briefing;
    this.notes = notes;
    this.depth = depth;
  }

  /** Starts a section: the next mention of each actor is linked again. */
  section(): void {
    this.linked = new Set();
  }

  href(target: string): string {
    return href(this.depth, target);
  }

  /** The actor's name, linked on its first mention in the section. */
  actor(actor: ActorRef, options: { always?: boolean; self?: string } = {}): Phrasing {
    if (actor.id === options.self) return text(actor.name);
    if (!options.always && this.linked.has(actor.id)) return text(actor.name);
    this.linked.add(actor.id);
    return link(this.href(route.actor(actor.id)), text(actor.name));
  }

  cite(c: Citation): Phrasing {
    return this.notes.ref(c);
  }

  /** A speaker's own words, in quotation marks (a trailing comma or colon of the source is dropped). */
  quote(words: string): Phrasing {
    const w = trimQuote(words);
    return verbatim(w, `“${w}”`);
  }

  /** A sentence of the source, verbatim (statements, event sentences): set off without quotation marks. */
  excerpt(words: string): Phrasing {
    return verbatim(words.trim());
  }

  /** A figure as the source writes it, in bold (its value in base units is in graph.json). */
  figure(f: Figure): Phrasing {
    return strong(verbatim(f.text));
  }

  /** The publication date of a citation's source, as a list page's label ("11 February 2025", "undated"). */
  sourceDate(c: Citation): string {
    return formatDate(this.briefing.source(c.source)?.published ?? null) ?? 'undated';
  }

  /** When an event happened, as a list page's label. */
  eventDate(e: DatedEvent): string {
    return (e.date ? formatDate(e.date, e.precision) : null) ?? 'undated';
  }

  publisher(c: Citation): string {
    return this.briefing.source(c.source)?.publisher ?? 'an unnamed publisher';
  }

  /** "Said (11 February 2025, The Moscow Times): “…”[^n]" — for lists of one speaker's words. */
  factLine(f: Fact): Phrasing[] {
    const source = this.briefing.source(f.fact.source);
    const when = formatDate(source?.published ?? null);
    const verb = capitalise(verbAlone(f.fact.verb, f.fact.speaker ? 'said' : 'quoted'));
    const publisher = source?.publisher ?? 'an unnamed publisher';
    const where = f.kind === 'quote'
      ? [when, publisher].filter(Boolean).join(', ')
      : `as ${publisher} reports${when ? `, ${when}` : ''}`;
    const words = f.kind === 'quote' ? this.quote(f.fact.text) : this.excerpt(f.fact.text);
    return [text(`${verb} (${where}): `), words, this.cite(f.fact)];
  }

  /** "Donald Trump said: “…”[^n]" — a whole sentence naming the speaker. */
  factSentence(f: Fact, speaker: ActorRef, self?: string): Phrasing[] {
    if (f.kind === 'quote') {
      const verb = verbAlone(f.fact.verb);
      return [this.actor(speaker, { self }), text(` ${verb}${f.fact.partial ? ' ' : ': '}`), this.quote(f.fact.text), ...stop(f.fact.text), this.cite(f.fact)];
    }
    return [text(`${this.publisher(f.fact)} reports: `), this.excerpt(f.fact.text), ...stop(f.fact.text), this.cite(f.fact)];
  }

  /** "“Monday”: “U.S. President Donald Trump said Monday …”[^n]" */
  eventLine(e: DatedEvent): Phrasing[] {
    const when = e.date ? `${formatDate(e.date, e.precision)} (“${e.cue}”)` : `Undated: “${e.cue}”`;
    return [whenLabel(when), text(' '), this.excerpt(e.text), this.cite(e)];
  }
}

/** When an event happened, as a list item's label (bold, styled as a date by `li > strong:first-child`). */
export function whenLabel(label: string): Phrasing {
  return strong(text(label));
}

function trimQuote(words: string): string {
  return words.trim().replace(/[,;:]+$/, '').trim();
}

/** A full stop after quoted words that do not end a sentence themselves. */
function stop(words: string): Phrasing[] {
  return /[.!?…]['’"”]?$/.test(trimQuote(words)) ? [] : [text('.')];
}

/** Reporting verbs that need an object ("told …") read as "said" when written alone. */
const NEEDS_OBJECT = new Set(['told', 'informed', 'assured', 'reminded']);

export function verbAlone(verb: string | null, fallback = 'said'): string {
  const v = (verb ?? '').trim();
  if (!v) return fallback;
  return NEEDS_OBJECT.has(v.toLowerCase()) ? 'said' : v;
}

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
