import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { readDates } from './dates.js';

// The sentences' dates as the dates stage reads them, whether or not the rules read a candidate to date.
function datesOf(text: string, published: string | null): string[][] {
  const doc = analyze({ id: 't', text, published });
  doc.dates.clear();
  readDates(doc);
  return doc.sentences.map((s) => (doc.dates.get(s.index) ?? []).map((d) => d.value));
}

describe('dates', () => {
  it('dates only sentences that can carry a fact or the two before one, but still follows the years they name', () => {
    const text = 'A study began in 2019. It took years. It cost much. On March 3 Japan signed the agreement.';
    expect(datesOf(text, '2024-06-01')).toEqual([[], [], [], ['2024-03-03']]);
    expect(datesOf('A study began in 2019. On March 3 Japan signed the agreement.', '2024-06-01')).toEqual([
      ['2019'],
      ['2024-03-03'],
    ]);
    expect(datesOf('The review ended in 2019. On March 3, Japan signed the agreement.', null)).toEqual([
      ['2019'],
      ['2019-03-03'],
    ]);
  });

  it('reads no month in a name that ends like an abbreviated one, and reads it written beside a day', () => {
    expect(datesOf('Pakistan’s army chief met Chinese defence minister Dong Jun.', '2025-03-10')).toEqual([
      [],
    ]);
    expect(datesOf('Pakistan’s army chief met the Chinese defence minister on Jun 5.', '2025-03-10')).toEqual(
      [['2024-06-05']],
    );
  });

  it('counts "the following year" and "two years later" from the year the sentence told before them', () => {
    expect(
      datesOf('Ghana and Togo signed the pact in 2016 and ratified it the following year.', '2025-03-10'),
    ).toEqual([['2016', '2017']]);
    expect(
      datesOf('Chile and Peru signed the pact in May 2019; it took effect two years later.', '2025-03-10'),
    ).toEqual([['2019-05', '2021']]);
    // With no year told before it, the phrase dates nothing of its own.
    expect(datesOf('Chile and Peru will sign the pact the following year.', '2025-03-10')).toEqual([[]]);
  });

  it('resolves "on Friday" to the Friday before the publication date', () => {
    expect(datesOf('Japan and France signed a deal on Friday.', '2015-03-16')).toEqual([['2015-03-13']]);
  });

  it('reads a date after a past-tense verb as past, in a sentence that speaks of the future', () => {
    // 2024-05-01 is a Wednesday.
    expect(
      datesOf('Ghana will buy four patrol boats from Turkey, the ministry said on Tuesday.', '2024-05-01'),
    ).toEqual([['2024-04-30']]);
    expect(
      datesOf('Baykar will deliver drones to Kuwait under a contract signed in January.', '2024-05-01'),
    ).toEqual([['2024-01']]);
    expect(datesOf('Baykar will deliver the drones in January.', '2024-05-01')).toEqual([['2025-01']]);
  });

  it('resolves "yesterday", "last year" and "last October" against the publication date', () => {
    const text =
      'Japan and India met yesterday. Japan began a study last year. Suga visited Indonesia last October.';
    expect(datesOf(text, '2021-03-30')).toEqual([['2021-03-29'], ['2020'], ['2020-10']]);
  });

  it('keeps the precision the text gives: a month, a year, a full date', () => {
    const text =
      'Defense talks were held in January 2015 in Tokyo. Negotiations on a defense pact with Japan were launched in 2015. Japan signed the pact on 14 December 2023.';
    expect(datesOf(text, '2023-12-20')).toEqual([['2015-01'], ['2015'], ['2023-12-14']]);
  });

  it('puts a month without a year in the latest such month before the publication date', () => {
    expect(datesOf('Sweden applied to join NATO in May.', '2022-12-20')).toEqual([['2022-05']]);
    expect(datesOf('In an agreement in March, Japan did this with France.', '2015-05-02')).toEqual([
      ['2015-03'],
    ]);
  });

  it('moves the reference to the date of a quoted report', () => {
    const text =
      'According to a wire story published on June 7, 2019:\nChile and Spain signed a deal on Friday.';
    expect(datesOf(text, '2019-08-02')).toEqual([['2019-06-07'], ['2019-06-07']]);
  });

  it('moves the reference to a quoted report named sentences before the fact, where no fact is dated', () => {
    const text =
      'A wire story published on June 7, 2019 tells it all. It took years. It cost much. Nobody knew why. ' +
      'Chile and Spain signed a defense agreement on Friday.';
    const doc = analyze({ id: 't', text, published: '2019-08-02' }, { minConfidence: 0 });
    expect(doc.candidates.length).toBeGreaterThan(0);
    expect(new Set(doc.candidates.map((c) => c.date))).toEqual(new Set(['2019-06-07']));
  });

  it('without a publication date, resolves weekdays against the first full date in the text', () => {
    const text =
      'Ministers met in New York on April 27, 2015. The US-Japan defense agreement was unveiled on Monday.';
    expect(datesOf(text, null)).toEqual([['2015-04-27'], ['2015-04-27']]);
  });

  it('without any date to lean on, gives no value for a bare weekday', () => {
    expect(datesOf('The pact was signed on Friday.', null)).toEqual([[]]);
  });

  it('reads a month and day without a year in the year the text last named', () => {
    const text = 'Japan and the USA ended 2023 with a new step. On December 22, Japan relaxed its rules.';
    expect(datesOf(text, null)).toEqual([['2023'], ['2023-12-22']]);
  });

  it('does not read a verb spelled like a cut weekday as the day', () => {
    expect(
      datesOf(
        'In May 2009 the defence ministers of Chile and Peru sat down for talks in Lima.',
        '2021-03-03',
      ),
    ).toEqual([['2009-05']]);
    expect(
      datesOf('The defence ministers of Chile and Peru sat down for talks in Lima last month.', '2021-03-03'),
    ).toEqual([['2021-02']]);
  });

  it('does not read durations as dates', () => {
    expect(datesOf('Japan reached deals over the past two years.', '2015-05-02')).toEqual([[]]);
  });

  it('dates each member of a list by the year in brackets after it', () => {
    const doc = analyze({
      id: 't',
      text: 'Tokyo inked equipment transfer agreements with Chile (2015), Peru (2019) and Colombia (both 2021).',
      published: '2025-06-01',
    });
    expect(doc.facts.map((f) => `${f.parties.join('+')} ${f.date}`)).toEqual([
      'CHL+JPN 2015',
      'JPN+PER 2019',
      'COL+JPN 2021',
    ]);
  });
});
