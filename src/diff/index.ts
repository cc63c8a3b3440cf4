export { diffGraphs, countChanges, isEmptyDiff, figureSubject } from './graph-diff.ts';
export type { GraphDiff, SourceRef, ActorRef, QuoteRef, FigureRef, FigureChange, EventRef, DisagreementRef } from './graph-diff.ts';
export { formatDiff } from './format.ts';
export { parseGraph } from './read-graph.ts';
