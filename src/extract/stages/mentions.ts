// Stage 3: party mentions over the whole normalized text (countries, groupings, capitals, officials, firms, ships).
import type { AnalyzedDocument } from '../document.js';
import { withContextNames } from '../lexicon/context-names.js';
import { withDefinedAcronyms } from '../lexicon/defined-acronyms.js';
import { findPartyMentions } from '../lexicon/find-party-mentions.js';
import { withoutNamesakes } from '../lexicon/namesakes.js';
import { withSpeakers } from '../lexicon/speakers.js';

export function mentions(doc: AnalyzedDocument): void {
  const found = withoutNamesakes(doc.normalized, findPartyMentions(doc.normalized));
  const named = withDefinedAcronyms(doc.normalized, withContextNames(doc.normalized, found));
  doc.parties = withSpeakers(doc.normalized, doc.sentences, named);
}
