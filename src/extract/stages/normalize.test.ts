import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

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
});
