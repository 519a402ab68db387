import { describe, expect, it } from 'vitest';
import { splitSentences } from './segment.js';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('keeps "U.S." and "Gen." inside a sentence', () => {
    const text = 'The U.S. Navy and Gen. Romeo Brawner met in Manila. They agreed to hold drills.';
    expect(pieces(text)).toEqual([
      'The U.S. Navy and Gen. Romeo Brawner met in Manila.',
      'They agreed to hold drills.',
    ]);
  });

  it('does not split after "Rt Hon" or "Rt. Hon." titles', () => {
    const text = 'Nakatani met the Rt. Hon. Michael Fallon MP in London. The talks went well.';
    expect(pieces(text)).toHaveLength(2);
  });

  it('ends a sentence at "U.S." when an ordinary opener follows', () => {
    const text = 'Japan approved the export of gyros to the U.S. The gyro is a sensor.';
    expect(pieces(text)).toEqual(['Japan approved the export of gyros to the U.S.', 'The gyro is a sensor.']);
  });

  it('always ends a sentence at a line break, so headlines stand alone', () => {
    const text = 'Japan, Sweden sign defense pact\nJapan and Sweden have signed a deal.';
    expect(pieces(text)).toEqual(['Japan, Sweden sign defense pact', 'Japan and Sweden have signed a deal.']);
  });

  it('joins a line that only wraps a sentence to the next, where text is hard-wrapped', () => {
    const text =
      'Chile and Peru on Monday signed a memorandum on\nnaval training, officials said. The ministers\nmet in Lima.\nA headline\nLower-case lists stay apart: one\n- two';
    expect(pieces(text)).toEqual([
      'Chile and Peru on Monday signed a memorandum on\nnaval training, officials said.',
      'The ministers\nmet in Lima.',
      'A headline',
      'Lower-case lists stay apart: one',
      '- two',
    ]);
  });

  it('gives offsets that slice the original text exactly', () => {
    const text = '  First one.   Second "quoted" one!  Third?\n\nFourth';
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(pieces(text)).toEqual(['First one.', 'Second "quoted" one!', 'Third?', 'Fourth']);
  });

  it('keeps initials inside names', () => {
    expect(pieces('President John F. Kennedy signed it.')).toHaveLength(1);
  });
});
