import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { source } from './source.ts';

// 2025-02-11 is a Tuesday.
const events = (text: string, published: string | null = '2025-02-11') => extract(source([text], { published })).events.map((e) => [e.cue, e.date, e.precision]);

describe('dated events', () => {
  it('resolves weekdays by tense against the publication date', () => {
    expect(events('Trump said Monday that he wants a deal.')).toEqual([['Monday', '2025-02-10', 'day']]);
    expect(events('When asked Tuesday to comment, the Kremlin declined.')).toEqual([['Tuesday', '2025-02-11', 'day']]);
    expect(events('The leader will meet the vice president on Friday.')).toEqual([['on Friday', '2025-02-14', 'day']]);
    expect(events('Trump said last week Monday that he wanted a deal.')).toEqual([['last week Monday', '2025-02-03', 'day']]);
    expect(events('They met last Thursday.')).toEqual([['last Thursday', '2025-02-06', 'day']]);
    expect(events('Parliament votes next Tuesday.')).toEqual([['next Tuesday', '2025-02-18', 'day']]);
  });

  it('reads months, years and relative years', () => {
    expect(events('He floated the idea in October.')).toEqual([['in October', '2024-10', 'month']]);
    expect(events('Russia invaded in February 2022 and first in 2014.')).toEqual([['in February 2022', '2022-02', 'month'], ['in 2014', '2014', 'year']]);
    expect(events('He returned to office on Jan. 20.')).toEqual([['on Jan. 20', '2025-01-20', 'day']]);
    expect(events('Exports were banned last year.')).toEqual([['last year', '2024', 'year']]);
    expect(events("Moscow's 2022 annexation was condemned.")).toEqual([['2022', '2022', 'year']]);
  });

  it('keeps the cue and no date when the source has no publication date', () => {
    expect(events('NBC reported on Saturday that troops may go.', null)).toEqual([['on Saturday', null, 'day']]);
    expect(events('The conflict escalated in 2022.', null)).toEqual([['in 2022', '2022', 'year']]);
  });

  it('skips vague cues, datelines and URLs', () => {
    expect(events('Talks continued last week and will resume soon.')).toEqual([]);
    expect(events('GENEVA, May 12, 2025 (Wire) — Talks ended. See https://example.com/2024/01/02/x')).toEqual([]);
  });
});
