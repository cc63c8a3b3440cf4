import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { source } from './source.ts';

const names = (paras: string[]) => extract(source(paras)).actors.map((a) => `${a.kind}:${a.name}`).sort();
const actor = (paras: string[], name: string) => extract(source(paras)).actors.find((a) => a.name === name);

describe('actors', () => {
  it('reads title + name as a person, keeps the role, and links later surnames', () => {
    const paras = ['Finance Minister Hanna Kowalczyk said on Monday the budget would pass.', 'Kowalczyk added that taxes would not rise.'];
    const a = actor(paras, 'Hanna Kowalczyk')!;
    expect(a.kind).toBe('person');
    expect(a.roles.map((r) => r.title)).toContain('Finance Minister');
    expect(a.mentions.map((m) => m.text)).toEqual(['Hanna Kowalczyk', 'Kowalczyk']);
  });

  it('finds organisations by head words, acronyms in brackets and short forms', () => {
    const paras = ['The Northfield Regional Water Authority (NRWA) raised prices.', 'Brackwater Shipping Holdings said the NRWA had not consulted it.', 'Brackwater shares fell.'];
    const got = names(paras);
    expect(got).toContain('organization:Northfield Regional Water Authority');
    expect(got).toContain('organization:Brackwater Shipping Holdings');
    const org = actor(paras, 'Brackwater Shipping Holdings')!;
    expect(org.mentions.map((m) => m.text)).toContain('Brackwater');
    expect(actor(paras, 'Northfield Regional Water Authority')!.mentions.map((m) => m.text)).toContain('NRWA');
  });

  it('does not take places, named events, datelines or photo credits for actors', () => {
    const got = names([
      'OSLO — Delegates met at the Lakeside Energy Conference in Bergen on Tuesday.',
      'Delegates arrive at the venue. Photo: Kari Nordmann / Reuters',
    ]);
    expect(got.some((n) => /Conference|OSLO|Oslo|Bergen|Kari/.test(n))).toBe(false);
  });

  it('reads countries from the gazetteer and a capital only when it acts', () => {
    const acting = extract(source(['Washington has promised more aid.'])).actors.map((a) => a.name);
    expect(acting).toContain('United States');
    const place = extract(source(['The talks were held in Washington.'])).actors.map((a) => a.name);
    expect(place).not.toContain('United States');
  });

  it('merges transliterated spellings of one person in a source', () => {
    const paras = ['Ukrainian President Volodymyr Zelenskyy spoke first.', 'Later, Volodymyr Zelensky said the deal was not ready.'];
    const people = extract(source(paras)).actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
  });

  it('leaves a surname shared by two people unlinked and reports it', () => {
    const e = extract(source(['Mayor Rosa Ortiz and council member Luis Ortiz disagreed.', 'Ortiz said the vote was final.']));
    expect(e.ambiguous.map((a) => a.text)).toContain('Ortiz');
  });

  it('resolves role references to the person who holds the role', () => {
    const e = extract(source(['Chilean President Marta Soto arrived late.', 'The Chilean leader then left.']));
    const a = e.actors.find((x) => x.name === 'Marta Soto')!;
    expect(a.mentions.map((m) => m.text)).toContain('The Chilean leader');
  });
});
