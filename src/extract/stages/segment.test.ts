import { describe, expect, it } from 'vitest';
import { splitSentences } from './segment.js';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('keeps "U.S." and "Gen." inside a sentence', () => {
    const text = 'The U.S. Army and Gen. Ana Ortiz met in Lima. They agreed to train together.';
    expect(pieces(text)).toEqual([
      'The U.S. Army and Gen. Ana Ortiz met in Lima.',
      'They agreed to train together.',
    ]);
  });

  it('does not split after "Rt Hon" or "Rt. Hon." titles', () => {
    const text = 'The envoy met the Rt. Hon. Jane Doe MP in Leeds. The meeting was brief.';
    expect(pieces(text)).toHaveLength(2);
  });

  it('ends a sentence at "U.S." when an ordinary opener follows', () => {
    const text = 'Chile sold radars to the U.S. The radar is coastal.';
    expect(pieces(text)).toEqual(['Chile sold radars to the U.S.', 'The radar is coastal.']);
  });

  it('always ends a sentence at a line break, so headlines stand alone', () => {
    const text = 'Chile, Peru sign naval pact\nThe two navies will share a base.';
    expect(pieces(text)).toEqual(['Chile, Peru sign naval pact', 'The two navies will share a base.']);
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
