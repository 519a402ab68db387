// Behaviour of the gazetteer on people: listed names, titled names, surnames remembered within a text.
import { describe, expect, it } from 'vitest';
import { findPartyMentions } from './find-party-mentions.js';

function found(text: string): string[] {
  return findPartyMentions(text).map((m) => `${m.text}:${m.code}:${m.kind}`);
}

describe('findPartyMentions: people', () => {
  it('resolves ministers and leaders to the state they speak for', () => {
    expect(
      found('Lloyd Austin, Antony Blinken, Pete Hegseth, Marco Rubio, Richard Marles and Rajnath Singh'),
    ).toEqual([
      'Lloyd Austin:USA:person',
      'Antony Blinken:USA:person',
      'Pete Hegseth:USA:person',
      'Marco Rubio:USA:person',
      'Richard Marles:AUS:person',
      'Rajnath Singh:IND:person',
    ]);
  });

  it('reads Japanese names in either order', () => {
    expect(found('Fumio Kishida and Kishida Fumio')).toEqual([
      'Fumio Kishida:JPN:person',
      'Kishida Fumio:JPN:person',
    ]);
  });

  it('matches names written without their diacritics', () => {
    expect(found('Sebastien Lecornu and Pal Jonson')).toEqual([
      'Sebastien Lecornu:FRA:person',
      'Pal Jonson:SWE:person',
    ]);
  });

  it('resolves the heads of groupings to the grouping', () => {
    expect(found('Mark Rutte and Jens Stoltenberg')).toEqual([
      'Mark Rutte:NATO:person',
      'Jens Stoltenberg:NATO:person',
    ]);
  });

  it('reads a later bare surname as the same person', () => {
    const text =
      'Japanese Defense Minister Gen Nakatani met his Italian counterpart Guido Crosetto. ' +
      'Nakatani and Crosetto also pledged to deepen ties.';
    expect(found(text)).toEqual([
      'Japanese:JPN:demonym',
      'Gen Nakatani:JPN:person',
      'Italian:ITA:demonym',
      'Guido Crosetto:ITA:person',
      'Nakatani:JPN:person',
      'Crosetto:ITA:person',
    ]);
  });

  it('does not read a surname before its full name has been seen', () => {
    expect(found('Nakatani arrived. Gen Nakatani spoke.')).toEqual(['Gen Nakatani:JPN:person']);
  });

  it('accepts the short forms a person is known by', () => {
    expect(
      found('Indonesian Defense Minister Prabowo Subianto said. Subianto said, and Prabowo agreed.'),
    ).toEqual([
      'Indonesian:IDN:demonym',
      'Prabowo Subianto:IDN:person',
      'Subianto:IDN:person',
      'Prabowo:IDN:person',
    ]);
  });

  it('learns an unlisted person named after a state and a title', () => {
    const text =
      "Swedish counterpart Tobias Billstrom spoke; Japan's Defense Minister Taro Yamada listened. " +
      'Billstrom and Yamada then signed.';
    expect(found(text)).toEqual([
      'Swedish:SWE:demonym',
      'Tobias Billstrom:SWE:person',
      'Japan:JPN:name',
      'Taro Yamada:JPN:person',
      'Billstrom:SWE:person',
      'Yamada:JPN:person',
    ]);
  });

  it('reads no person after a title that has no head word', () => {
    expect(found('The U.S. Defense Department Office said.')).toEqual(['U.S.:USA:abbreviation']);
  });

  it('does not carry a title across the end of a sentence', () => {
    expect(found('They sailed with the Philippine Navy. Gen. Ramos arrived.')).toEqual([
      'Philippine:PHL:demonym',
    ]);
  });

  it('takes a single word as a name only right after the title', () => {
    expect(found('US President Trump spoke. Trump left.')).toEqual([
      'US:USA:abbreviation',
      'Trump:USA:person',
      'Trump:USA:person',
    ]);
    expect(found('The US Navy Chief of Naval Operations spoke.')).toEqual(['US:USA:abbreviation']);
  });

  it('drops a remembered surname that two states share', () => {
    const text = 'Danish Minister Lars Jensen met Norwegian Minister Ola Jensen. Jensen spoke.';
    expect(found(text).filter((m) => m.startsWith('Jensen'))).toEqual([]);
  });
});

describe('findPartyMentions: machine-spun copy', () => {
  it('reads spun names of US and Japanese institutions', () => {
    expect(found('The White Home praised the Self-Protection Forces.')).toEqual([
      'White Home:USA:institution',
      'Self-Protection Forces:JPN:institution',
    ]);
  });

  it('does not take a spun ministry name for a party', () => {
    expect(found('The Division of Protection said so.')).toEqual([]);
  });
});
