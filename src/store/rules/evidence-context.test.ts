import { describe, expect, it } from 'vitest';
import { quoteInContext } from './evidence-context.js';

const TEXT =
  'Tokyo, July 8. Japan and the Philippines signed the Reciprocal Access Agreement on Monday. It needs ratification.';

describe('quoteInContext', () => {
  it('splits the text around the quote at its offsets', () => {
    const quote = 'Japan and the Philippines signed the Reciprocal Access Agreement on Monday.';
    const start = TEXT.indexOf(quote);
    expect(quoteInContext(TEXT, 0, start, quote)).toEqual({
      before: 'Tokyo, July 8. ',
      quote,
      after: ' It needs ratification.',
    });
  });

  it('drops the cut word at either end of a window that does not start at the beginning', () => {
    const window = TEXT.slice(3, 100);
    const quote = 'signed the Reciprocal Access Agreement';
    const cut = quoteInContext(window, 3, TEXT.indexOf(quote), quote, true);
    expect(cut.before).toBe('… July 8. Japan and the Philippines ');
    expect(cut.after).toBe(' on Monday. It needs…');
  });

  it('finds the quote by its text when an astral character shifted the offsets', () => {
    const text = `🇯🇵 ${TEXT}`;
    const quote = 'signed the Reciprocal Access Agreement';
    const cut = quoteInContext(text, 0, TEXT.indexOf(quote), quote);
    expect(cut.quote).toBe(quote);
    expect(cut.before.endsWith('Philippines ')).toBe(true);
  });

  it('shows the quote alone when the text does not contain it', () => {
    expect(quoteInContext('something else', 0, 0, 'the quote')).toEqual({
      before: '',
      quote: 'the quote',
      after: '',
    });
  });
});
