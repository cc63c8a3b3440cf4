/**
 * The knowledge graph: the one typed structure every page is built from, exported as `graph.json`.
 * Ids are stable across runs (derived from content, never from run order or time), and every
 * fact carries a Citation (source id + paragraph id).
 */
import type { Source } from './source.ts';

/** A pointer to one paragraph of one source. */
export interface Citation {
  source: string;
  paragraph: string;
}

export type ActorKind = 'person' | 'organization' | 'country';

/** How sure the extractor is, and why: shown to readers for inferred facts. */
export type Confidence = 'explicit' | 'inferred' | 'editor';

/** One occurrence of an actor in a paragraph, with the surface form used there. */
export interface Mention extends Citation {
  text: string;
}

/** A role held by an actor ("Kremlin spokesman"), with where it was stated. */
export interface Role extends Citation {
  title: string;
}

export interface Actor {
  /** Slug of the canonical name: `donald-trump`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Most frequently stated role, or null. */
  role: string | null;
  roles: Role[];
  /** Every other surface form used for this actor (sorted). */
  aliases: string[];
  mentions: Mention[];
}

/** Verbatim words of a speaker. */
export interface Quote extends Citation {
  id: string;
  text: string;
  /** Actor id, or null when the source does not say who spoke. */
  speaker: string | null;
  verb: string | null;
  /** Name of the rule that attributed the quote (e.g. `explicit-after`, `pronoun`). */
  rule: string;
  confidence: Confidence;
  /** True for a fragment quoted inside a sentence ('an "immediate signature"'). */
  partial: boolean;
}

/** Reported speech or stance: "Zelensky has rejected the proposal". */
export interface Statement extends Citation {
  id: string;
  /** The sentence, as written in the source. */
  text: string;
  speaker: string;
  verb: string;
  rule: string;
  confidence: Confidence;
}

export type FigureUnit = string; // ISO 4217 code (USD, EUR, …) or "percent"

export interface Figure extends Citation {
  id: string;
  /** Surface text: "$500 billion". */
  text: string;
  /** In base units: 500000000000, or 20 for 20 %. */
  value: number;
  unit: FigureUnit;
  /** Noun phrase the figure measures ("military assistance to Ukraine"), or null. */
  about: string | null;
  /** Actor id the figure is attributed to, or null. */
  actor: string | null;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DatedEvent extends Citation {
  id: string;
  /** The time expression: "last week Monday". */
  cue: string;
  /** `YYYY-MM-DD` | `YYYY-MM` | `YYYY`, or null when it cannot be resolved. */
  date: string | null;
  precision: DatePrecision | null;
  /** The sentence that places something in time. */
  text: string;
  /** Actor ids named in the sentence. */
  actors: string[];
  rule: string;
}

export interface Topic {
  /** Slug of the name. */
  id: string;
  name: string;
  /** Phrases that define the topic. */
  terms: string[];
  /** Paragraphs assigned to the topic. */
  paragraphs: Citation[];
}

/** Figures from different sources that state the same quantity with different values. */
export interface Disagreement {
  id: string;
  subject: string;
  /** Figure ids. */
  figures: string[];
}

export interface Graph {
  schema: 'dossier-graph/1';
  sources: Source[];
  actors: Actor[];
  quotes: Quote[];
  statements: Statement[];
  figures: Figure[];
  events: DatedEvent[];
  topics: Topic[];
  disagreements: Disagreement[];
}
