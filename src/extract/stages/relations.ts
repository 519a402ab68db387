// Stage 5: candidate facts, sentence by sentence: triggers, their parties and their status, with the
// discourse (pair in play, last subject, last instrument) carried from one sentence to the next.
import type { Candidate, AnalyzedDocument, Sentence } from '../document.js';
import type { PartyMention } from '../lexicon/party-mention.js';
import { chooseParties } from '../relations/choose-parties.js';
import { clauseAround, decideStatus } from '../relations/decide-status.js';
import {
  PAIR_ANAPHOR,
  PRONOUN_SUBJECT,
  recent,
  startDiscourse,
  type Discourse,
} from '../relations/discourse.js';
import { findTriggers, type Trigger } from '../relations/find-triggers.js';
import { classifyMentions } from '../relations/party-filter.js';
import { groupMentions, type PartyGroup } from '../relations/party-groups.js';
import { pickDate } from '../relations/pick-date.js';
import { transferItem } from '../relations/transfer-item.js';

export function relations(doc: AnalyzedDocument): void {
  const discourse = startDiscourse(doc.parties);
  let cursor = 0;
  for (const sentence of doc.sentences) {
    while (cursor < doc.parties.length && doc.parties[cursor]!.start < sentence.start) cursor++;
    const inSentence: PartyMention[] = [];
    for (let i = cursor; i < doc.parties.length && doc.parties[i]!.end <= sentence.end; i++)
      inSentence.push(doc.parties[i]!);
    readSentence(doc, sentence, inSentence, discourse);
  }
}

function readSentence(
  doc: AnalyzedDocument,
  sentence: Sentence,
  found: PartyMention[],
  discourse: Discourse,
): void {
  const text = sentence.text;
  // Links to other articles ("Related: ...", "Read more: ...") are their headlines, not this article's facts.
  if (RELATED_LINK.test(text)) return;
  // Only a sentence that names a party, or points back to one, can carry a fact: the rest skip the costly part.
  if (found.length === 0 && !PAIR_ANAPHOR.test(text) && !PRONOUN_SUBJECT.test(text)) return;
  const mentions = classifyMentions(text, sentence.start, found).filter((m) => !m.rival && !m.excluded);
  const groups = groupMentions(text, sentence.start, mentions);
  const lastInstrument = recent(discourse.lastInstrument, sentence.index, 10)?.type ?? null;
  let triggers = findTriggers(text, lastInstrument);
  if (triggers.some((t) => t.type === 'equipment_transfer_agreement'))
    triggers = triggers.filter((t) => t.type !== 'equipment_transfer');
  for (const trigger of triggers) {
    const status = decideStatus(text, trigger);
    for (const set of chooseParties(
      text,
      trigger,
      groupsFor(text, trigger, groups),
      sentence.index,
      discourse,
    )) {
      // Predecessors named in a hypothetical ("if they sign, Italy will be the eighth partner after ...") are facts.
      const factStatus = set.status ?? status;
      if (set.parties.length < 2 || !factStatus) continue;
      const candidate: Candidate = {
        type: trigger.type,
        parties: set.parties,
        status: factStatus,
        item: trigger.type === 'equipment_transfer' ? transferItem(text, trigger) : null,
        sentence: sentence.index,
        anchor: sentence.start + trigger.start,
        anchorEnd: sentence.start + trigger.end,
        trigger: text.slice(trigger.start, trigger.end),
        date: null,
        dateStated: false,
      };
      Object.assign(candidate, pickDate(doc, candidate));
      doc.candidates.push(candidate);
      if (candidate.type === 'joint_exercise')
        discourse.lastExercise = { codes: set.parties, sentence: sentence.index };
    }
    if (trigger.kind === 'instrument' && trigger.type !== 'two_plus_two')
      discourse.lastInstrument = { type: trigger.type, sentence: sentence.index };
  }
  remember(text, groups, sentence.index, discourse);
}

const RELATED_LINK =
  /^\s*(?:related|read more|read also|also read|see also|more on this|recommended|watch|listen)\s*(?:stories|articles|news)?\s*[:|>-]/i;

/** The parties of the trigger's own clause when it names any (not just a venue); else the whole sentence's. */
function groupsFor(text: string, trigger: Trigger, groups: PartyGroup[]): PartyGroup[] {
  if (trigger.type === 'equipment_transfer') return groups;
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  let local = groups.filter((g) => g.start >= from && g.start < to);
  // "..., the United States, with which Manila has a treaty": the relative pronoun stands for the party before it.
  const edge = text.lastIndexOf(',', from);
  if (edge >= 0 && RELATIVE_EDGE.test(text.slice(edge, to))) {
    const antecedent = groups.filter((g) => g.end <= edge).at(-1);
    if (antecedent) local = [antecedent, ...local];
  }
  // "The drills come as Canberra and Washington ...": a definite mention restating what was told names no
  // parties of its own, and the other clause's parties are not its.
  const definite = /\bthe\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, trigger.start - 20), trigger.start));
  const restated = definite && (trigger.kind === 'activity' || trigger.kind === 'meeting');
  if (!local.some((g) => !g.place)) local = restated ? [] : groups;
  // Predecessors ("after the G7 members -- Britain, Canada -- as well as India") stand across clause edges.
  const predecessors = groups.filter((g) => g.marker === 'after' && !local.includes(g));
  return predecessors.length > 0 ? [...local, ...predecessors].sort((a, b) => a.start - b.start) : local;
}

const RELATIVE_EDGE = /^,\s(?:with|in|under|by|to|for) (?:which|whom)\b/i;

function remember(text: string, groups: PartyGroup[], sentence: number, discourse: Discourse): void {
  const usable = groups.filter((g) => !g.place);
  const codes = [...new Set(usable.flatMap((g) => g.codes))];
  if (codes.length === 2) discourse.lastPair = { codes, sentence };
  else if (
    codes.length === 1 &&
    discourse.lastPair &&
    !discourse.lastPair.codes.includes(codes[0]!) &&
    discourse.focal
  ) {
    // "Sweden applied ..." in an article about Japan: the pair in play becomes Japan and Sweden.
    if (codes[0] !== discourse.focal) discourse.lastPair = { codes: [discourse.focal, codes[0]!], sentence };
  }
  const first = usable.find((g) => g.marker === null);
  if (first && first.start < 60) discourse.lastSubject = { code: first.codes[0]!, sentence };
  else if (PRONOUN_SUBJECT.test(text) && discourse.lastSubject) discourse.lastSubject.sentence = sentence;
}
