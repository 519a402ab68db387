// Articles and facts written for the store tests: evidence offsets computed from the text, never typed by hand.
import type { SourceDocument } from '../schema/document.js';
import type { Fact, FactType, PartialDate, PartyCode, Status } from '../schema/fact.js';

export interface Stated {
  sentence: string;
  type: FactType;
  parties: PartyCode[];
  status: Status;
  date?: PartialDate | null;
  item?: string | null;
}

export interface TestArticle {
  doc: SourceDocument;
  facts: Fact[];
}

/** A document whose text is `filler` around the stated sentences, each fact's evidence pointing at its sentence. */
export function article(
  id: string,
  published: PartialDate | null,
  stated: Stated[],
  filler = '',
): TestArticle {
  let text = filler ? `${filler}\n` : '';
  const facts: Fact[] = [];
  for (const s of stated) {
    const start = text.length;
    text += `${s.sentence}\n`;
    facts.push({
      type: s.type,
      parties: s.parties,
      status: s.status,
      date: s.date ?? null,
      item: s.item ?? null,
      evidence: [{ doc: id, start, end: start + s.sentence.length, text: s.sentence }],
    });
  }
  return {
    doc: { id, text, title: null, url: `https://news.example/${id}`, source: 'news.example', published },
    facts,
  };
}

/** A wire story about a signing: long enough, and with enough names and figures, for near-duplicate signatures. */
export const WIRE_STORY = [
  'TOKYO, July 8 (Wire) - The Philippines and Japan signed a Reciprocal Access Agreement on Monday in Manila,',
  'allowing the deployment of troops on each other’s soil for joint training, officials from both governments said.',
  'Japanese Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara signed the pact with Philippine',
  'Defense Secretary Gilberto Teodoro in a ceremony witnessed by President Ferdinand Marcos Jr. at Malacanang Palace.',
  'The agreement must still be ratified by the Japanese Diet and the Philippine Senate before it takes effect,',
  'a process that officials expect to take several months. Japan signed similar agreements with Australia in 2022',
  'and with Britain in 2023, and the deal with Manila is the first such pact Tokyo has concluded in Asia.',
  'Analysts at the Asia Maritime Transparency Initiative said the accord reflects growing concern over',
  'Chinese coast guard activity near Second Thomas Shoal, where 12 incidents were recorded in the first half of 2024.',
  'Under the agreement, about 1,500 Japanese personnel could take part in the annual Balikatan exercise next April,',
  'and the two navies plan a joint patrol through the South China Sea before the end of the year, officials said.',
].join(' ');

const SPIN: Readonly<Record<string, string>> = {
  signed: 'inked',
  allowing: 'permitting',
  deployment: 'stationing',
  troops: 'forces',
  soil: 'territory',
  training: 'drills',
  officials: 'authorities',
  said: 'stated',
  ceremony: 'event',
  witnessed: 'observed',
  agreement: 'accord',
  must: 'has to',
  still: 'yet',
  before: 'prior to',
  takes: 'comes into',
  effect: 'force',
  process: 'procedure',
  expect: 'anticipate',
  several: 'a number of',
  months: 'months’ time',
  similar: 'comparable',
  deal: 'arrangement',
  first: 'initial',
  such: 'like',
  pact: 'treaty',
  concluded: 'finalized',
  reflects: 'mirrors',
  growing: 'rising',
  concern: 'worry',
  over: 'about',
  activity: 'operations',
  near: 'close to',
  recorded: 'logged',
  half: 'part',
  about: 'roughly',
  could: 'may',
  take: 'have',
  part: 'a role',
  annual: 'yearly',
  plan: 'intend',
  end: 'close',
  year: 'twelvemonth',
};

/** What an article spinner does: common words swapped for synonyms, names and numbers left alone. */
export function spin(text: string): string {
  return text.replace(/[A-Za-z]+/g, (w) => SPIN[w] ?? w);
}
