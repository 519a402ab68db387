import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../test-support/shared.js';
import { normalizeText } from '../stages/normalize.js';
import { splitSentences } from '../stages/segment.js';
import { findTriggers, triggerGate } from './find-triggers.js';

/** Every sentence of the gold and news-mix articles: defense text, and news that must read nothing. */
function sentences(): string[] {
  const shared = sharedDir();
  const dirs = [
    join(shared, 'seeds'),
    join(shared, 'gold', 'dev', 'texts'),
    join(shared, 'gold', 'train', 'texts'),
    join(shared, 'news-mix'),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .flatMap((n) => {
        const text = normalizeText(readFileSync(join(dir, n), 'utf8'));
        return splitSentences(text).map((s) => text.slice(s.start, s.end));
      }),
  );
}

describe('findTriggers', () => {
  it('finds from where the gate saw each word list first match what a scan of every list from the start finds', () => {
    let gated = 0;
    for (const text of sentences()) {
      const gate = triggerGate(text);
      if (!gate) continue;
      gated++;
      // Without the gate's first matches, every list the sentence has the words of is scanned from the start.
      const fromStart = { ...gate, wordsAt: 0, phrasesAt: 0, firstAt: undefined };
      if (gate.cheap) expect(gate.firstAt?.size, text).toBeGreaterThan(0);
      for (const last of [null, 'acsa'] as const)
        expect(findTriggers(text, last, gate), text).toEqual(findTriggers(text, last, fromStart));
    }
    expect(gated).toBeGreaterThan(500);
  });

  it('reads no trigger where the gate saw none', () => {
    expect(triggerGate('The council approved a new library budget on Tuesday.')).toBeNull();
    const gate = triggerGate('Seoul and Canberra will hold their 2+2 in Sydney next month.');
    expect(gate?.wordsAt).toBe(35);
    expect(
      findTriggers('Seoul and Canberra will hold their 2+2 in Sydney next month.', null, gate),
    ).toHaveLength(1);
  });
});
