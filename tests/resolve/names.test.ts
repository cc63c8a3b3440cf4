import { describe, expect, it } from 'vitest';
import { samePerson, skeleton, slugify } from '../../src/resolve/names.ts';

describe('person names', () => {
  it('merges transliteration variants of a surname with compatible given names', () => {
    expect(samePerson('Volodymyr Zelensky', 'Vladimir Zelensky')).toBe(true);
    expect(samePerson('Volodymyr Zelenskyy', 'Volodymyr Zelenskiy')).toBe(true);
    expect(samePerson('Jörg Straßburger', 'Jorg Strassburger')).toBe(true);
    expect(samePerson('J.D. Vance', 'JD Vance')).toBe(true);
    expect(samePerson('Liu Yanping', 'Yanping Liu')).toBe(true);
    expect(samePerson('Andriy Yermak', 'Andrii Yermak')).toBe(true);
  });

  it('never merges different people who share a first name or a surname', () => {
    expect(samePerson('Vladimir Putin', 'Vladimir Zelensky')).toBe(false);
    expect(samePerson('Rosa Ramírez', 'Héctor Ramírez')).toBe(false);
    expect(samePerson('Marta Gonçalves', 'João Gonçalves')).toBe(false);
  });

  it('does not merge by edit distance', () => {
    expect(samePerson('Anna Berg', 'Anna Borg')).toBe(false);
    expect(skeleton('Zelenskyy')).toBe(skeleton('Zelensky'));
  });

  it('slugs canonical names', () => {
    expect(slugify('Donald Trump')).toBe('donald-trump');
    expect(slugify('U.S. State Department')).toBe('us-state-department');
    expect(slugify('Hải Nguyễn')).toBe('hai-nguyen');
  });
});
