import { expect, it } from 'vitest';
import { slugify } from '../../src/resolve/names.ts';

it('actor ids are readable for names in Latin, Cyrillic and Greek script', () => {
  expect(slugify('Donald Trump')).toBe('donald-trump');
  expect(slugify('J.D. Vance')).toBe('jd-vance');
  expect(slugify('Володимир Зеленський')).toBe('volodimir-zelenskii');
  expect(slugify('США')).toBe('ssha');
  expect(slugify('Κυριάκος Μητσοτάκης')).toBe('kyriakos-mitsotakis');
});
