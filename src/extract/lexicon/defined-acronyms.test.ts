import { describe, expect, it } from 'vitest';
import { findPartyMentions } from './find-party-mentions.js';
import { withDefinedAcronyms } from './defined-acronyms.js';

const mentionsOf = (text: string) =>
  withDefinedAcronyms(text, findPartyMentions(text)).map((m) => `${m.text}=${m.code}`);

describe('acronyms an article defines for a state’s forces', () => {
  it('reads later uses of a force’s acronym as its state', () => {
    expect(
      mentionsOf(
        'Crews of the Belize Coast Guard (BCG) sailed on Monday. BCG boats then met a Mexican patrol.',
      ),
    ).toEqual(['Belize=BLZ', 'BCG=BLZ', 'Mexican=MEX']);
  });

  it('reads none for an institute, an agreement, or a name of two states', () => {
    expect(
      mentionsOf(
        'The Oslo Peace Research Institute (OPRI) counts arms. OPRI says so. The Kenya Forces Agreement (KFA) lapsed; KFA talks resume. The Ghana-Togo Joint Naval Force (GTJNF) sailed; GTJNF ships returned.',
      ).filter((m) => /^(OPRI|KFA|GTJNF)=/.test(m)),
    ).toEqual([]);
  });

  it('reads no word in brackets that is not initials', () => {
    expect(mentionsOf('The Kenyan Navy (Reuters) sailed. Reuters said so.')).toEqual(['Kenyan=KEN']);
  });
});
