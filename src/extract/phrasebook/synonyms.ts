// Spinner and translation synonyms: one canonical wording in a phrasebook entry also matches each variant here.
// Machine-spun and machine-translated copies of wire stories swap words for near-synonyms; listing the swaps once
// here keeps every entry written in plain words, and every entry gains every swap.

export interface Synonym {
  /** The wording used in phrasebook entries (words separated by spaces). */
  canonical: string;
  /** What spinners or translators write instead, in the phrase notation of entry.ts. */
  variants: readonly string[];
  /** Why the variant occurs. */
  why: string;
}

export const SYNONYMS: readonly Synonym[] = [
  {
    canonical: 'defense',
    variants: ['defence', 'protection'],
    why: 'British spelling; spinners replace "defense" with "protection" ("Minister of Protection").',
  },
  {
    canonical: 'visit',
    variants: ['go to'],
    why: 'Spinners turn the noun "visit" into the verb phrase ("an official go to to Seoul").',
  },
  {
    canonical: 'cooperative development',
    variants: ['cooperative growth'],
    why: 'Spinners read "development" as economic growth.',
  },
  {
    canonical: 'agreement',
    variants: ['accord', 'pact', 'settlement'],
    why: 'Translations and spinners use these interchangeably for a signed instrument ("settlement" is a spinner\'s).',
  },
  {
    canonical: 'acquisition and cross servicing',
    variants: ['reciprocal materials and (labor|labour|manpower) services'],
    why: 'Literal back-translation of the Japanese name of the ACSA (buppin ekimu sogo teikyo).',
  },
  {
    canonical: 'reciprocal access',
    variants: ['mutual access', 'reciprocal entry', 'mutual entry'],
    why: 'Spinners and translators swap "reciprocal" for "mutual", and "access" for "entry".',
  },
  {
    canonical: 'information security',
    variants: [
      'intelligence protection',
      'data safety',
      'data security',
      'info safety',
      'info security',
      'information safety',
    ],
    why: 'Translations of GSOMIA-type names render "information" as "intelligence" and "security" as "protection"; spinners write "data" or "info" and "safety".',
  },
  {
    canonical: 'jointly',
    variants: ['collectively', 'mutually'],
    why: 'Spinners replace "jointly" ("collectively develop a fighter").',
  },
  {
    canonical: 'exercise',
    variants: ['workout'],
    why: 'Spinners read a military exercise as a physical one ("a joint workout").',
  },
];
