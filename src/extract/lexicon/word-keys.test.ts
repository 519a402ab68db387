import { describe, expect, it } from 'vitest';
import { WordKeys } from './word-keys.js';

describe('word keys', () => {
  it('holds every word added, read from a span of a text as from the word itself', () => {
    const keys = new WordKeys();
    for (const word of ['Japan', 'HMS', 'Nakatani']) keys.add(word);
    const text = 'Gen Nakatani of Japan boarded HMS Spey.';
    for (const word of ['Japan', 'HMS', 'Nakatani']) {
      const at = text.indexOf(word);
      expect(keys.mayHold(text, at, at + word.length)).toBe(true);
    }
  });

  it('tells most other words apart (a word sharing a slot is let through, never one added left out)', () => {
    const keys = new WordKeys();
    keys.add('Japan');
    const text = 'Gen boarded Spey';
    // Case counts: keys are the text's own spelling.
    expect(keys.mayHold('JAPAN', 0, 5)).toBe(false);
    expect(keys.mayHold(text, 0, 3)).toBe(false);
    expect(keys.mayHold(text, 4, 11)).toBe(false);
    // With one slot, every word shares it.
    const one = new WordKeys(1);
    one.add('Japan');
    expect(one.mayHold(text, 0, 3)).toBe(true);
  });
});
