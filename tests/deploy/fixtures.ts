/**
 * Small hand-made graphs for the diff and deploy tests: version 1 of a briefing, and version 2
 * after one source arrived and one was withdrawn.
 */
import type { Graph } from '../../src/model/graph.ts';
import type { Source } from '../../src/model/source.ts';

function source(slug: string, title: string, publisher: string, paragraphs: string[]): Source {
  return {
    id: slug, slug, file: `${slug}.txt`, format: 'txt', title, publisher, url: `https://example.org/${slug}`,
    published: '2025-02-11', authors: [], credits: [], summary: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    cleaning: { collapsedDuplicates: 0, removed: [] }, duplicateOf: null, provenance: null, textHash: slug.padEnd(64, '0'),
  };
}

const moscow = source('moscow-times-talks', 'Kremlin responds to talks', 'The Moscow Times', [
  'Kremlin spokesman Dmitry Peskov said "no decisions have been made".',
  'Washington has provided $60 billion in military assistance to Ukraine.',
]);
const menafn = source('menafn-minerals', 'Zelensky rejects minerals deal', 'MENAFN', [
  'Volodymyr Zelensky said the $500 billion proposal was "not serious".',
  'On February 12 the talks resumed in Riyadh.',
]);
const old = source('old-wire-brief', 'An early wire brief', 'Old Wire', ['Donald Trump spoke to reporters.']);

export function graphV1(): Graph {
  return {
    schema: 'dossier-graph/1',
    sources: [moscow, old],
    actors: [
      { id: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman', roles: [], aliases: [], mentions: [{ source: moscow.id, paragraph: 'p1', text: 'Dmitry Peskov' }] },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'person', role: null, roles: [], aliases: [], mentions: [{ source: old.id, paragraph: 'p1', text: 'Donald Trump' }] },
    ],
    quotes: [
      { id: 'q-peskov-1', source: moscow.id, paragraph: 'p1', text: 'no decisions have been made', speaker: 'dmitry-peskov', verb: 'said', rule: 'explicit-before', confidence: 'explicit', partial: false },
    ],
    statements: [],
    figures: [
      { id: 'f-aid-60', source: moscow.id, paragraph: 'p2', text: '$60 billion', value: 60e9, unit: 'USD', about: 'military assistance to Ukraine', actor: null },
    ],
    events: [],
    topics: [],
    disagreements: [],
  };
}

export function graphV2(): Graph {
  const v1 = graphV1();
  return {
    ...v1,
    sources: [menafn, moscow],
    actors: [
      ...v1.actors,
      { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', role: 'President of Ukraine', roles: [], aliases: ['Vladimir Zelensky'], mentions: [{ source: menafn.id, paragraph: 'p1', text: 'Volodymyr Zelensky' }] },
    ],
    quotes: [
      ...v1.quotes,
      { id: 'q-zelensky-1', source: menafn.id, paragraph: 'p1', text: 'not serious', speaker: 'volodymyr-zelensky', verb: 'said', rule: 'explicit-before', confidence: 'explicit', partial: true },
    ],
    figures: [
      ...v1.figures,
      { id: 'f-aid-500', source: menafn.id, paragraph: 'p1', text: '$500 billion', value: 500e9, unit: 'USD', about: 'Military  assistance to Ukraine', actor: 'volodymyr-zelensky' },
    ],
    events: [
      { id: 'e-talks-riyadh', source: menafn.id, paragraph: 'p2', cue: 'On February 12', date: '2025-02-12', precision: 'day', text: 'On February 12 the talks resumed in Riyadh.', actors: [], rule: 'explicit-date' },
    ],
    disagreements: [{ id: 'd-aid', subject: 'military assistance to Ukraine', figures: ['f-aid-60', 'f-aid-500'] }],
  };
}
