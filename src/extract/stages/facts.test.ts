import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument, Candidate } from '../document.js';
import { facts } from './facts.js';
import { candidateOf } from '../../test-support/candidate.js';

const text = 'First sentence here. Second one is here. Third one stands here.';
const sentences = [
  { index: 0, start: 0, end: 20, text: text.slice(0, 20), paragraph: 0 },
  { index: 1, start: 21, end: 40, text: text.slice(21, 40), paragraph: 0 },
  { index: 2, start: 41, end: text.length, text: text.slice(41), paragraph: 0 },
];

function doc(candidates: Array<Partial<Candidate>>): AnalyzedDocument {
  return {
    id: 'd',
    original: text,
    normalized: text,
    published: null,
    sentences,
    parties: [],
    passes: [],
    gates: [],
    dates: new Map(),
    references: [],
    facts: [],
    scored: [],
    // Keeps what the rules read: these tests are about merging, not scoring.
    scorer: { confidence: (f) => f.rule ?? 0, threshold: 0.5 },
    candidates: candidates.map((c) => candidateOf(c)),
  };
}

describe('facts stage', () => {
  it('sorts parties, except a transfer keeps its supplier first', () => {
    const d = doc([{}, { type: 'equipment_transfer', parties: ['USA', 'JPN'] }]);
    facts(d);
    expect(d.facts.map((f) => f.parties)).toEqual([
      ['FRA', 'JPN'],
      ['USA', 'JPN'],
    ]);
  });

  it('takes a date stated for the fact over one that dates a report ("said Tuesday"), whichever comes first', () => {
    const d = doc([
      { sentence: 0, date: '2022-12-20', dateStated: true, dateReported: true },
      { sentence: 2, date: '2022-12-19', dateStated: true },
    ]);
    facts(d);
    expect(d.facts.map((f) => f.date)).toEqual(['2022-12-19']);
    const alone = doc([{ sentence: 0, date: '2022-12-20', dateStated: true, dateReported: true }]);
    facts(alone);
    expect(alone.facts.map((f) => f.date)).toEqual(['2022-12-20']);
  });

  it('keeps one fact per key with every sentence that states it as evidence', () => {
    const d = doc([{ sentence: 0 }, { sentence: 2 }, { sentence: 2 }]);
    facts(d);
    expect(d.facts).toHaveLength(1);
    expect(d.facts[0]!.evidence.map((e) => e.text)).toEqual([
      'First sentence here.',
      'Third one stands here.',
    ]);
  });

  it('reads "signed" and "in force" of one agreement in one article as one fact, the first status standing', () => {
    const d = doc([{ status: 'concluded' }, { status: 'in_force', sentence: 1 }]);
    facts(d);
    expect(d.facts.map((f) => f.status)).toEqual(['concluded']);
  });

  it('prefers a date stated in the sentence to one inferred from the narrative', () => {
    const d = doc([
      { date: '2024-01-05', dateStated: false },
      { date: '2023-11', dateStated: true, sentence: 1 },
      { date: '2023-11-20', dateStated: true, sentence: 2 },
    ]);
    facts(d);
    expect(d.facts[0]!.date).toBe('2023-11-20');
  });

  it('drops a proposal restated while the same tie is negotiated', () => {
    const d = doc([{ status: 'negotiating' }, { status: 'proposed', sentence: 1 }]);
    facts(d);
    expect(d.facts.map((f) => f.status)).toEqual(['negotiating']);
  });

  it('drops "the meeting" of a pair whose 2+2 the article told', () => {
    const d = doc([
      { type: 'two_plus_two', parties: ['GBR', 'JPN'], status: 'held', trigger: '2+2' },
      {
        type: 'high_level_meeting',
        parties: ['JPN', 'GBR'],
        status: 'held',
        trigger: 'meeting',
        sentence: 1,
      },
      {
        type: 'high_level_meeting',
        parties: ['JPN', 'GBR'],
        status: 'held',
        trigger: 'visit',
        sentence: 2,
        dateStated: true,
        date: '2014-05',
      },
    ]);
    facts(d);
    expect(d.facts.map((f) => `${f.type} ${f.date}`)).toEqual([
      'two_plus_two null',
      'high_level_meeting 2014-05',
    ]);
  });
});
