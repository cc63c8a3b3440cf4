import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { source } from './source.ts';

function quotes(paras: string[]) {
  const e = extract(source(paras));
  const name = (k: string | null) => (k ? e.actors.find((a) => a.key === k)?.name ?? k : null);
  return e.quotes.map((q) => ({ text: q.text, speaker: name(q.speaker), rule: q.rule, partial: q.partial, verb: q.verb }));
}

describe('quotes', () => {
  it('attributes “…,” X said and X said: “…”', () => {
    const q = quotes(['“We will not sign this text,” Finance Minister Hanna Kowalczyk said.', 'Prime Minister Jonas Berg said: "The door remains open for talks."']);
    expect(q[0]).toMatchObject({ speaker: 'Hanna Kowalczyk', rule: 'explicit-after', verb: 'said' });
    expect(q[1]).toMatchObject({ speaker: 'Jonas Berg', rule: 'explicit-before' });
  });

  it('handles straight and curly quotes, split quotes and continuations', () => {
    const q = quotes(['"We want a fair deal," Jonas Berg said. "Nothing more than that."', 'Prime Minister Jonas Berg spoke last.']);
    expect(q.map((x) => x.speaker)).toEqual(['Jonas Berg', 'Jonas Berg']);
    expect(q[1]!.rule).toBe('continuation');
  });

  it('resolves he/she to the person the text is about', () => {
    const q = quotes(['Finance Minister Hanna Kowalczyk met Jonas Berg on Monday.', '“The budget will balance by next year,” she said.']);
    expect(q[0]).toMatchObject({ speaker: 'Hanna Kowalczyk', rule: 'pronoun' });
  });

  it('keeps partial quotes as phrases of the sentence subject', () => {
    const q = quotes(['Finance Minister Hanna Kowalczyk called the plan “a tax on every family” in parliament.']);
    expect(q[0]).toMatchObject({ speaker: 'Hanna Kowalczyk', partial: true });
  });

  it('never guesses: unnamed officials and documents stay unattributed', () => {
    const q = quotes(['Prime Minister Jonas Berg arrived on Monday.', '“It reads like an ultimatum to us,” a senior official said.', 'Berg’s spokesman told reporters that “no decision has been made yet.”']);
    expect(q[0]!.speaker).toBeNull();
    expect(q[1]!.speaker).toBeNull();
  });

  it('reads “X quoted Y as saying”', () => {
    const q = quotes(['The agency Reuters quoted Finance Minister Hanna Kowalczyk as saying the deal was “very close to done”.']);
    expect(q[0]).toMatchObject({ speaker: 'Hanna Kowalczyk', rule: 'quoted-as' });
  });

  it('ignores scare quotes of fewer than three words', () => {
    expect(quotes(['Jonas Berg called it a “framework” deal.'])).toHaveLength(0);
  });
});
