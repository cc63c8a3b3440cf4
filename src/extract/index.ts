/**
 * Extract stage: one Source → the facts found in it (actors mentioned, quotes, statements, figures,
 * dated events, candidate topic phrases), each tied to its paragraph. Pure and per-source, so it can
 * be cached by the source's text hash and run in worker threads.
 */
import type { Source } from '../model/source.ts';
import { discover, discoveryContext } from './actors.ts';
import { collectMentions } from './mentions.ts';
import { prepareParagraphs } from './paragraphs.ts';
import { findQuotes } from './quotes.ts';
import { findStatements } from './statements.ts';
import { findFigures } from './figures.ts';
import { findEvents } from './dates.ts';
import { findPhrases } from './phrases.ts';
import { addRoleMentions } from './roles.ts';
import type { SourceExtraction } from './types.ts';

export type { SourceExtraction } from './types.ts';

export function extract(source: Source): SourceExtraction {
  const paras = prepareParagraphs(source);
  const ctx = discoveryContext(paras);
  const candidates = paras.flatMap((p) => discover(p, ctx));
  const { actors, ambiguous } = collectMentions(paras, candidates, source.publisher);
  addRoleMentions(paras, actors);
  const quotes = findQuotes(paras, actors);
  const statements = findStatements(paras, actors, quotes);
  const figures = findFigures(paras, actors, source);
  const events = findEvents(paras, actors, source.published);
  const phrases = findPhrases(paras);
  for (const a of actors) a.mentions.sort((x, y) => Number(x.paragraph.slice(1)) - Number(y.paragraph.slice(1)) || x.start - y.start);
  return { source: source.id, published: source.published, actors, quotes, statements, figures, events, phrases, ambiguous };
}
