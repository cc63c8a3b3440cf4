import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { source } from './source.ts';

const figs = (text: string, options: Parameters<typeof source>[1] = {}) => extract(source([text], options)).figures.map((f) => [f.text, f.value, f.unit]);

describe('figures', () => {
  it('says what a figure is about from whole words before it', () => {
    const about = (text: string) => extract(source([text])).figures.map((f) => f.about);
    expect(about('Unemployment in the sector stood at 5 per cent on August 13.')).toEqual(['Unemployment in the sector stood']);
    expect(about('Analysts said that a very long preamble about several things later saw unemployment in the sector stood at 5 per cent.'))
      .toEqual(['unemployment in the sector stood']);
  });

  it('keeps currency and scale words', () => {
    expect(figs('He wants $500 billion, or half a trillion dollars, and €1.2bn more.')).toEqual([
      ['$500 billion', 500e9, 'USD'], ['half a trillion dollars', 500e9, 'USD'], ['€1.2bn', 1.2e9, 'EUR'],
    ]);
    expect(figs('A bid of EUR 1.3 billion and $500Bln in rare earths, plus $650m.')).toEqual([
      ['EUR 1.3 billion', 1.3e9, 'EUR'], ['$500Bln', 500e9, 'USD'], ['$650m', 650e6, 'USD'],
    ]);
    expect(figs('The fund got A$2.22 million and 2.2 trillion hryvnias.')).toEqual([
      ['A$2.22 million', 2.22e6, 'AUD'], ['2.2 trillion hryvnias', 2.2e12, 'UAH'],
    ]);
  });

  it('reads percentages in every spelling, and fractions', () => {
    expect(figs('Shares rose 4.5 percent, then 3 per cent, then 50%, about a fifth of the total, and three percent.').map((f) => f[1])).toEqual([4.5, 3, 50, 20, 3]);
  });

  it('reads a bare dollar as the source country’s dollar', () => {
    expect(figs('SYDNEY — The company paid $150 to each customer.', { url: null })[0]).toEqual(['$150', 150, 'AUD']);
    expect(figs('The company paid $150 to each customer.', { url: 'https://example.ca/x' })[0]).toEqual(['$150', 150, 'CAD']);
    expect(figs('The company paid $150 to each customer.')[0]).toEqual(['$150', 150, 'USD']);
  });

  it('ignores vague amounts and years', () => {
    expect(figs('They spent hundreds of billions of dollars in 2022.')).toEqual([]);
  });
});
