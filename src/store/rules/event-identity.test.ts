// Event identity and quote ranking: which fact a claim is about, and which sentence states a fact best.
import { describe, expect, it } from 'vitest';
import { claimRank, directness, quoteBand, statesDate } from './directness.js';
import {
  eventName,
  isRevision,
  placeClaims,
  resolveEvent,
  type EventCandidate,
  type IdentityClaim,
} from './event-identity.js';
import { statingClaim, summarize, type MergeClaim } from './merge.js';

const claim = (c: Partial<IdentityClaim> & Pick<IdentityClaim, 'type' | 'status'>): IdentityClaim => ({
  date: null,
  name: null,
  ...c,
});

describe('event identity', () => {
  it('reads the instrument, exercise or system a sentence names', () => {
    expect(eventName('security_treaty', 'They revised the Defense Cooperation Guidelines in 2015.')).toBe(
      'Guidelines for Japan-U.S. Defense Cooperation',
    );
    expect(eventName('acsa', 'Japan already has ACSAs with the United States.')).toBe('ACSA');
    expect(eventName('joint_exercise', 'Troops joined Balikatan 2024 in April.')).toBe('Balikatan');
    expect(eventName('high_level_meeting', 'The ministers met in Tokyo.')).toBeNull();
  });

  it('starts a new treaty for a signing decades after the one it knows', () => {
    const known: EventCandidate = {
      id: 1,
      name: null,
      dates: { concluded: '1960-01-19', in_force: '1960-06-23' },
    };
    expect(
      resolveEvent(claim({ type: 'security_treaty', status: 'concluded', date: '2015-04-27' }), [known]),
    ).toEqual({
      kind: 'new',
      undated: false,
    });
    // Two dates a few weeks apart for one signing are one treaty (and a conflict for an analyst).
    expect(
      resolveEvent(claim({ type: 'security_treaty', status: 'concluded', date: '1960-02' }), [known]),
    ).toEqual({
      kind: 'join',
      id: 1,
    });
  });

  it('accepts an entry into force years after the signing, not a signing years after the delivery', () => {
    const signed: EventCandidate = { id: 1, name: null, dates: { concluded: '2010-05-19' } };
    expect(resolveEvent(claim({ type: 'acsa', status: 'in_force', date: '2013-01-31' }), [signed])).toEqual({
      kind: 'join',
      id: 1,
    });
    const delivered: EventCandidate = { id: 2, name: null, dates: { completed: '2020-08-28' } };
    expect(
      resolveEvent(claim({ type: 'equipment_transfer', status: 'concluded', date: '2023-11-16' }), [
        delivered,
      ]),
    ).toEqual({ kind: 'new', undated: false });
  });

  it('keeps a named instrument one fact across its revisions', () => {
    const acsa: EventCandidate = { id: 7, name: 'ACSA', dates: { concluded: '1996-04-15' } };
    expect(
      resolveEvent(claim({ type: 'acsa', status: 'concluded', date: '2016-09-26', name: 'ACSA' }), [acsa]),
    ).toEqual({ kind: 'join', id: 7 });
    expect(isRevision('Japan and the United States signed a revised ACSA.')).toBe(true);
    expect(isRevision('Japan and the United States signed an ACSA.')).toBe(false);
  });

  it('separates two exercises of different names in the same month', () => {
    const malabar: EventCandidate = { id: 1, name: 'Malabar', dates: { held: '2024-10' } };
    expect(
      resolveEvent(claim({ type: 'joint_exercise', status: 'held', date: '2024-10-12', name: 'Balikatan' }), [
        malabar,
      ]),
    ).toEqual({ kind: 'new', undated: false });
  });

  it('attaches an undated mention to the only candidate, and keeps it apart when there are several', () => {
    const a: EventCandidate = { id: 1, name: null, dates: { held: '2022-04-09' } };
    const b: EventCandidate = { id: 2, name: null, dates: { held: '2023-02-01' } };
    const undated = claim({ type: 'two_plus_two', status: 'held' });
    expect(resolveEvent(undated, [a])).toEqual({ kind: 'join', id: 1 });
    expect(resolveEvent(undated, [a, b])).toEqual({ kind: 'new', undated: true });
    const marked: EventCandidate = { id: 3, name: null, dates: { held: null } };
    expect(resolveEvent(undated, [a, b, marked])).toEqual({ kind: 'join', id: 3 });
  });

  it('lets later claims of one document see the events earlier ones started', () => {
    const pool = new Map<string, EventCandidate[]>();
    let next = 100;
    const placed = placeClaims(
      [
        { ...claim({ type: 'acsa', status: 'concluded', date: '2010-05-19' }), base: 'acsa|AUS,JPN' },
        { ...claim({ type: 'acsa', status: 'in_force', date: '2013-01-31' }), base: 'acsa|AUS,JPN' },
        { ...claim({ type: 'acsa', status: 'concluded', date: '2024-01-29' }), base: 'acsa|AUS,JPN' },
      ],
      pool,
      () => next++,
    );
    expect(placed).toEqual([
      { id: 100, created: true },
      { id: 100, created: false },
      { id: 101, created: true },
    ]);
  });
});

describe('quote ranking', () => {
  const fact = { type: 'acsa' as const, status: 'in_force' as const, date: null, parties: ['CAN', 'JPN'] };

  it('ranks the sentence that states the fact above a hedge naming it in passing', () => {
    const direct = directness({
      ...fact,
      quote: 'Japan and Canada already have an ACSA in force.',
      reference: false,
      nearDuplicate: false,
    });
    const hedge = directness({
      ...fact,
      quote:
        'If the two countries officially sign the pact, Italy will be the eighth ACSA partner for Japan after Canada.',
      reference: false,
      nearDuplicate: false,
    });
    expect(direct).toBeGreaterThan(hedge);
  });

  it('puts a direct article sentence first, then the reference entry, then a weak sentence', () => {
    const rank = (quote: string, reference = false) =>
      claimRank({ ...fact, quote, reference, nearDuplicate: false });
    const bands = [
      rank('Japan and Canada already have an ACSA in force.'),
      rank('Canada and Japan: acsa in_force on 2019-07.', true),
      rank('If the two countries officially sign the pact, Italy will be the eighth partner for Japan.'),
    ].map(quoteBand);
    expect(bands).toEqual([2, 1, 0]);
  });

  it('reads a date in the sentence by its year and month name, not the month May as a hedge', () => {
    expect(statesDate('They signed it on May 3, 2024.', '2024-05-03')).toBe(true);
    expect(statesDate('They signed it in 2023.', '2024-05-03')).toBe(false);
    const may = directness({
      ...fact,
      status: 'concluded',
      date: '2024-05',
      quote: 'Japan and Canada signed an ACSA in May 2024.',
      reference: false,
      nearDuplicate: false,
    });
    expect(may).toBe(34);
  });
});

describe('milestone quotes', () => {
  const c = (
    id: number,
    doc: string,
    status: MergeClaim['status'],
    date: string | null,
    extra: Partial<MergeClaim> = {},
  ): MergeClaim => ({
    id,
    doc,
    status,
    date,
    quote: `${doc} says ${status} ${date ?? ''}`,
    published: null,
    nearDuplicate: false,
    reference: false,
    ...extra,
  });

  it('quotes each milestone from a claim that states its date, never from a document that dates it otherwise', () => {
    const claims = [
      c(1, 'ref', 'concluded', '1960-01-19', { reference: true, rank: 20_000 }),
      c(2, 'article-2015', 'concluded', '2015-04-27', { rank: 59_000 }),
    ];
    const summary = summarize(claims);
    expect(summary.milestones.concluded).toMatchObject({ date: '1960-01-19', doc: 'ref', claim: 1 });
    expect(statingClaim(claims, '2015-04')?.doc).toBe('article-2015');
  });

  it('dates a milestone by the signing, not by a later revision', () => {
    const claims = [
      c(1, 'a', 'concluded', '1996-04-15'),
      c(2, 'b', 'concluded', '2016-09-26', { revision: true }),
    ];
    expect(summarize(claims).milestones.concluded).toMatchObject({ date: '1996-04-15', doc: 'a' });
  });
});
