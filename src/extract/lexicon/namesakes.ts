// Names that stand for no state. Capitals that lend their name to an instrument or a forum: "the Warsaw Pact", "the Budapest Memorandum",
// "the Manama Dialogue", "the Bucharest Nine". The city is where the text was signed or the forum meets,
// not a party to it, so the capital there names no state. Capitals only: a state's own name in an
// instrument's name ("the Anglo-Portuguese Alliance", "the Japan-U.S. Security Treaty") is its party. Only
// after "the" or "former": a title-case headline ("Manila Agreement With Tokyo") names the government. And a
// state's name on its currency ("700 million US dollars", "80 billion Japanese yen") is a sum, not a party; a
// city's name after a title and before a surname ("adviser Sydney Okoro") is a person's.
import { HEAD_WORDS } from './name-reader.js';
import type { PartyMention } from './party-mention.js';

export interface NamesakeEntry {
  name: string;
  /** Capitalised words that, right after a capital, make the capital part of a proper name. */
  nouns: readonly string[];
  examples: readonly string[];
  counterExamples: readonly string[];
}

export const NAMESAKE_NOUNS: readonly NamesakeEntry[] = [
  {
    name: 'namesake: an instrument named for where it was signed',
    nouns: [
      'Pact',
      'Treaty',
      'Accord',
      'Accords',
      'Agreement',
      'Agreements',
      'Protocol',
      'Memorandum',
      'Declaration',
      'Document',
      'Final',
      'Charter',
      'Convention',
      'Compact',
      'Communique',
      'Communiqué',
    ],
    examples: [
      'Both states left the Warsaw Pact in 1991.',
      'The Budapest Memorandum gave security assurances.',
      'The Vienna Document sets rules for notifying drills.',
    ],
    counterExamples: [
      'Warsaw signed a pact with Kyiv.',
      'Budapest agreed to the memorandum.',
      'Manila Agreement With Tokyo Signed',
    ],
  },
  {
    name: 'namesake: a forum, format or group named for where it meets',
    nouns: ['Dialogue', 'Forum', 'Conference', 'Process', 'Format', 'Initiative', 'Nine', 'Group'],
    examples: ['Ministers spoke at the Manama Dialogue.', 'The Bucharest Nine met in Riga.'],
    counterExamples: ['Manama hosted a dialogue on maritime security.'],
  },
];

/** A state's currency named after the state: any kind of mention before it is the sum's, not a party. */
export const CURRENCY_NAMES: NamesakeEntry = {
  name: 'namesake: a currency named for its state',
  nouns: [
    'dollar',
    'dollars',
    'yuan',
    'renminbi',
    'yen',
    'rupee',
    'rupees',
    'rouble',
    'roubles',
    'ruble',
    'rubles',
    'riyal',
    'riyals',
    'rial',
    'rials',
    'franc',
    'francs',
    'lira',
    'real',
    'reais',
    'rand',
    'rupiah',
    'peso',
    'pesos',
    'pound',
    'pounds',
    'dinar',
    'dinars',
    'dirham',
    'dirhams',
    'krona',
    'kronor',
    'krone',
    'kroner',
    'zloty',
    'zlotys',
    'shekel',
    'shekels',
    'baht',
    'ringgit',
    'taka',
    'naira',
    'cedi',
    'cedis',
    'shilling',
    'shillings',
    'hryvnia',
    'hryvnias',
    'tenge',
    'som',
    'dong',
  ],
  examples: [
    'The contract is worth about 700 million US dollars.',
    'The budget grew to 80 billion Japanese yen.',
    'The deal is worth 3 billion Singapore dollars.',
  ],
  counterExamples: ['The US sold the jets to Manila.', 'Japanese troops landed in Darwin.'],
};

/**
 * A city's name as a person's first name ("adviser Sydney Okoro"): right after a title, and before a
 * capitalised word (the surname), it names the person, not the city's state.
 */
export const FIRST_NAME_AFTER_TITLE = {
  name: 'namesake: a person named like a city, after a title',
  // The titles a person's name is read after (name-reader.ts), and the honorifics.
  titles: [...HEAD_WORDS, 'senator', 'mr', 'mrs', 'ms', 'dr'],
  examples: ['A team led by security adviser Sydney Okoro flew in.', 'Ambassador Darwin Reyes spoke.'],
  counterExamples: ['The adviser flew to Sydney on Monday.', 'The minister met Canberra officials.'],
};

const NOUNS: ReadonlySet<string> = new Set(NAMESAKE_NOUNS.flatMap((e) => e.nouns));
const TITLE_BEFORE = new RegExp(`\\b(?:${FIRST_NAME_AFTER_TITLE.titles.join('|')})\\.?\\s+$`, 'i');
const SURNAME_NEXT = /^[\s\u00a0]+\p{Lu}\p{Ll}+/u;
const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_NAMES.nouns);
const NEXT_WORD = /^[\s\u00a0]+(\p{L}+)/u;
const NAME_OPENER = /(?:\b[Tt]he|\bformer|\bex-)\s*$/;

/** The mentions without capitals standing as the namesake of an instrument or forum, or states' currencies. */
export function withoutNamesakes(text: string, mentions: PartyMention[]): PartyMention[] {
  let kept: PartyMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = NEXT_WORD.exec(text.slice(m.end, m.end + 24))?.[1] ?? '';
    const namesake =
      CURRENCIES.has(next) ||
      (m.kind === 'capital' &&
        TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) &&
        SURNAME_NEXT.test(text.slice(m.end, m.end + 24))) ||
      (m.kind === 'capital' &&
        NOUNS.has(next) &&
        NAME_OPENER.test(text.slice(Math.max(0, m.start - 8), m.start)));
    if (namesake && !kept) kept = mentions.slice(0, i);
    else if (!namesake && kept) kept.push(m);
  }
  return kept ?? mentions;
}
