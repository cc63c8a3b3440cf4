/**
 * What extraction finds in one source (JSON-serialisable, cacheable by the source's text hash).
 * Actors here are local to the source: `key` links quotes, figures and events to them; the graph stage
 * resolves keys across sources into canonical actors.
 */
import type { ActorKind, Confidence, DatePrecision } from '../model/graph.ts';

export interface LocalMention {
  paragraph: string;
  text: string;
  start: number;
  end: number;
  /** How the mention was linked: `name`, `alias`, `surname`, `role`, `pronoun`… */
  rule: string;
}

export interface LocalRole {
  paragraph: string;
  title: string;
}

export interface LocalActor {
  /** Unique within the source: kind + ":" + name. */
  key: string;
  name: string;
  kind: ActorKind;
  /** True when the name comes from the shipped gazetteer (canonical across sources). */
  gazetteer: boolean;
  /** Every written form seen for this actor in the source (name included). */
  surfaces: string[];
  roles: LocalRole[];
  mentions: LocalMention[];
  /** Rule that discovered the actor (`title`, `given-name`, `appositive`, `org-head`, `gazetteer`…). */
  rule: string;
  confidence: Confidence;
}

export interface LocalQuote {
  paragraph: string;
  start: number;
  text: string;
  speaker: string | null;
  verb: string | null;
  rule: string;
  confidence: Confidence;
  partial: boolean;
}

export interface LocalStatement {
  paragraph: string;
  text: string;
  speaker: string;
  verb: string;
  rule: string;
  confidence: Confidence;
}

export interface LocalFigure {
  paragraph: string;
  start: number;
  text: string;
  value: number;
  unit: string;
  about: string | null;
  actor: string | null;
  rule: string;
}

export interface LocalEvent {
  paragraph: string;
  cue: string;
  date: string | null;
  precision: DatePrecision | null;
  text: string;
  actors: string[];
  rule: string;
}

/** A name the extractor saw but could not link safely (for review.json). */
export interface LocalAmbiguity {
  paragraph: string;
  text: string;
  candidates: string[];
}

export interface SourceExtraction {
  source: string;
  /** Publication date used to resolve relative dates. */
  published: string | null;
  actors: LocalActor[];
  quotes: LocalQuote[];
  statements: LocalStatement[];
  figures: LocalFigure[];
  events: LocalEvent[];
  /** Candidate topic phrases per paragraph (lower-case noun phrases). */
  phrases: { paragraph: string; terms: string[] }[];
  ambiguous: LocalAmbiguity[];
}
