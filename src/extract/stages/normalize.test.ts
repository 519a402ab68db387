import { describe, expect, it } from 'vitest';
import { normalizeText, unwrapHardBreaks } from './normalize.js';

describe('normalize', () => {
  it('folds non-breaking spaces, curly quotes and dashes one character for one', () => {
    const text = 'Japan\u00a0and the U.K.\u2019s \u201cMutual Access Agreement\u201d \u2014 signed\u2026';
    const out = normalizeText(text);
    expect(out).toBe('Japan and the U.K.\'s "Mutual Access Agreement" - signed.');
    expect(out.length).toBe(text.length);
  });

  it('maps full-width parentheses to ASCII', () => {
    expect(normalizeText('US Forces Japan\uff08USFJ\uff09')).toBe('US Forces Japan(USFJ)');
  });

  it('leaves ordinary text untouched', () => {
    const text = 'Plain ASCII text, with "quotes" and - dashes.';
    expect(normalizeText(text)).toBe(text);
  });

  it('joins the lines of a hard-wrapped text inside a paragraph, one character for one', () => {
    const text =
      'Poland and South Korea signed a deal on\nFriday for 96 more K2 tanks, officials\nsaid in Warsaw.\nThe first tanks will arrive\nnext year.\n\nA new paragraph.';
    const out = unwrapHardBreaks(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(
      'Poland and South Korea signed a deal on Friday for 96 more K2 tanks, officials said in Warsaw.\nThe first tanks will arrive next year.\n\nA new paragraph.',
    );
  });

  it('leaves headlines and list items on their own lines when the text is not hard-wrapped', () => {
    const text =
      'India, France agree on Rafale deal\nNew Delhi and Paris signed the deal on Monday.\nMore to come.';
    expect(unwrapHardBreaks(text)).toBe(text);
  });
});
