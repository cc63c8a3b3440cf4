/** What the build writes to `review.json` for the editor. */
export interface Review {
  schema: 'dossier-review/1';
  /** Quotes the rules could not attribute (or attributed to an unnamed speaker). */
  unattributedQuotes: { quote: string; source: string; paragraph: string; text: string; rule: string }[];
  /** Inferred attributions (pronoun, continuation…) worth a look. */
  inferredQuotes: { quote: string; source: string; paragraph: string; speaker: string; rule: string }[];
  /** Names that fit more than one actor and were not linked. */
  ambiguousNames: { source: string; paragraph: string | null; text: string; candidates: string[] }[];
  /** Actors found by rules (not from the gazetteer or the catalog): check and add to the catalog if needed. */
  newNames: { actor: string; name: string; kind: string; rule: string; sources: string[] }[];
  /** People whose differently written names were merged. */
  variantMerges: { actor: string; name: string; variants: string[] }[];
}
