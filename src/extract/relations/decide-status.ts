// The status of one trigger, read from the words of its clause; null when the clause is hypothetical,
// negated, or says nothing about how far the tie has come.
import type { Status } from '../../schema/fact.js';
import { AGREEMENT_CUES, FUTURE_CUE, TRANSFER_CUES, type StatusCue } from '../lexicon/status-cues.js';
import type { Trigger } from './find-triggers.js';

/** Clause edges: a cue beyond one of these belongs to another statement. */
const CLAUSE_EDGE =
  /[;:]|\s--?\s|,\s(?:(?:with|in|under|by|to|for) (?:which|whom)|which|while|but|whereas|although|though|amid|as(?!\s+well)|who|where|when)\b|,\sand\s(?=[A-Z])|\s(?:amid|while|whereas|because)\s|\sas\s(?=[A-Z])|\((?!\w{2,6}\))|(?<!\(\w{2,6})\)/g;

export function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** "has a", "have a treaty and an": possession right before the instrument's name, through a list of names. */
const HAS_BEFORE =
  /\b(?:has|have|had|possess(?:es)?|maintains?)\s+(?:also\s+|long\s+|already\s+)?(?:(?:a|an|the|its|their|two|three|several|similar|bilateral|existing|long-standing|separate|and|defen[cs]e|security|military|[A-Z][\w'-]*)\s+){0,8}$/;

/** "under the 1951 treaty", "under their access agreement": acting under an instrument says it is in force. */
const UNDER_BEFORE =
  /\b(?:under|in line with|pursuant to)\s+(?:the|a|an|its|their|this|that)\s+(?:[\w'-]+\s+){0,4}$/i;

const RELATIVE_AFTER = /\b(?:that|which|who|whose)\b/i;

const HYPOTHETICAL = /\b(?:if|unless|whether|would|could|might|should)\b/i;
/** "announced that Japan would provide ...": a reported decision, not a hypothetical. */
const REPORTED_WOULD =
  /\b(?:said|says|announced|agreed|pledged|promised|confirmed|told|stated|added|noted|decided|vowed)\b(?:\s+that)?[^,;.]{0,40}\bwould\b/i;
const NEGATED = /\b(?:not|no|never|without|yet to|failed to|refused to|declined to)\b[^,.;]{0,30}$/i;
/** "opportunities for future joint research": a prospect the writer sees, not a project anyone started. */
const SPECULATIVE =
  /\b(?:opportunit(?:y|ies)|future|prospects?|possibilit(?:y|ies)|avenues?|(?:to|in order to|aimed at|in a move to) (?:drive|promote|boost|encourage|facilitate|enable|deepen|pave the way for))\b[^.;]{0,100}$/i;

/** Meetings and drills that did not happen are not facts (the ontology has no status for them). */
const CALLED_OFF =
  /\b(?:cancel(?:l?ed|s|ling)?|call(?:ed|s)? off|postpon\w+|suspend\w*|scrapp?\w*|halt\w*|downsiz\w+)\b/i;

const SUSPENDED = /\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|frozen|freez(?:e|es|ing))\b/i;

const PAST_EVENT_VERB =
  /\b(?:met|visited|held|hosted|called on|received|conducted|participated|joined|took part)\b/i;

/** "expected to encourage joint exercises", "considering joint drills": an idea, not yet a plan. */
const EVENT_PROPOSED =
  /\b(?:encourag\w*|eyes|eyeing|mull\w*|consider\w*|explor\w*|propos\w*|call(?:ed|s)? for|seek\w*|hop(?:e|es|ed|ing) (?:to|for)|possib\w*|potential|invit\w*|promot\w*)\b[^.;]{0,40}$/i;

export function decideStatus(text: string, trigger: Trigger): Status | null {
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  const clause = text.slice(from, to);
  const before = text.slice(from, trigger.start);
  const sentenceBefore = text.slice(0, trigger.start);
  if (NEGATED.test(before)) return null;
  // A relative clause after the trigger ("a memorandum that calls for ...") speaks of something else.
  const relative = RELATIVE_AFTER.exec(text.slice(trigger.end, trigger.end + 30));
  const nearEnd = relative ? trigger.end + relative.index : trigger.end + 30;
  const near = text.slice(Math.max(from, trigger.start - 80), Math.min(to, nearEnd));
  const hypothetical =
    (HYPOTHETICAL.test(before) &&
      !(
        REPORTED_WOULD.test(sentenceBefore) && !/\b(?:if|unless|whether|could|might|should)\b/i.test(before)
      )) ||
    /^\s*(?:if|unless|once)\b/i.test(sentenceBefore);
  switch (trigger.type) {
    case 'equipment_transfer':
      if (hypothetical) return null;
      // Being someone's arms supplier says the arms have moved.
      if (trigger.direction === 'supplierNoun') return 'completed';
      return firstCue(TRANSFER_CUES, near) ?? firstCue(TRANSFER_CUES, clause) ?? 'concluded';
    case 'joint_exercise':
    case 'high_level_meeting':
    case 'two_plus_two':
      if (hypothetical || SPECULATIVE.test(before)) return null;
      // Exchanges and drills "suspended" have ended; those called off or postponed never happened.
      if (SUSPENDED.test(clause)) return 'ended';
      if (CALLED_OFF.test(clause)) return null;
      if (EVENT_PROPOSED.test(before)) return 'proposed';
      if (FUTURE_CUE.test(text.slice(Math.max(from, trigger.start - 80), Math.min(to, trigger.end + 60))))
        return 'planned';
      // A noun ("Kishida's visit - the first since 2021 - will build on ...") takes the tense of its sentence.
      if (
        !PAST_EVENT_VERB.test(text.slice(trigger.start, trigger.end)) &&
        FUTURE_CUE.test(text.slice(trigger.end, trigger.end + 90))
      )
        return 'planned';
      return 'held';
    case 'joint_development':
      if (hypothetical || SPECULATIVE.test(before)) return null;
      return developmentStatus(near) ?? 'concluded';
    case 'membership':
      return membershipStatus(clause);
    default: {
      if (hypothetical) return null;
      // "The two countries also have a mutual defense treaty and an access agreement": what a party has is
      // in force.
      if (HAS_BEFORE.test(before) || UNDER_BEFORE.test(before)) return 'in_force';
      // The verb acting on the instrument ("was signed", "agreed to work toward concluding") speaks first;
      // a bare reference ("under the new pact") says nothing about status.
      const cue = firstCue(AGREEMENT_CUES, near);
      if (cue || trigger.kind === 'generic') return cue;
      return firstCue(AGREEMENT_CUES, clause) ?? firstCue(AGREEMENT_CUES, text);
    }
  }
}

/**
 * Every status a cue in the trigger's clause speaks for, beyond the one decideStatus picks: readings the
 * scorer weighs when the nearest cue is not the one that counts ("signed in 2019 and revised last year").
 * An agreement no cue speaks of is read as in force or concluded (a background mention).
 */
export function otherStatuses(text: string, trigger: Trigger): Status[] {
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  const clause = text.slice(from, to);
  if (NEGATED.test(text.slice(from, trigger.start))) return [];
  switch (trigger.type) {
    case 'equipment_transfer':
      return TRANSFER_CUES.filter((c) => c.pattern.test(clause)).map((c) => c.status);
    case 'joint_exercise':
    case 'high_level_meeting':
    case 'two_plus_two':
      return FUTURE_CUE.test(clause) ? ['planned'] : [];
    case 'joint_development':
    case 'membership':
      return [];
    default: {
      const cued = AGREEMENT_CUES.filter((c) => c.pattern.test(clause)).map((c) => c.status);
      return cued.length > 0 ? cued : ['in_force', 'concluded'];
    }
  }
}

function firstCue(cues: readonly StatusCue[], clause: string): Status | null {
  for (const cue of cues) if (cue.pattern.test(clause)) return cue.status;
  return null;
}

function developmentStatus(clause: string): Status | null {
  if (
    /\b(?:potential|considering|consider|explore|exploring|hop(?:e|es|ing)|seek(?:s|ing)?|propos\w+|interest)\b/i.test(
      clause,
    )
  )
    return 'proposed';
  if (/\b(?:talks|negotiat\w+|discuss\w*)\b/i.test(clause)) return 'negotiating';
  if (/\b(?:completed|finished|success(?:ful)?|delivered)\b/i.test(clause)) return 'completed';
  if (
    /\b(?:sign\w*|agree\w*|launch\w*|embark\w*|start\w*|beg[iau]n\w*|approv\w*|decid\w*|unveil\w*)\b/i.test(
      clause,
    )
  )
    return 'concluded';
  return null;
}

function membershipStatus(clause: string): Status | null {
  if (/\b(?:withdr(?:ew|awn|awal)|left|leave|quit|suspended|expelled)\b/i.test(clause)) return 'ended';
  if (
    /\b(?:consider\w*|appl(?:y|ied|ication)|bid|seek\w*|sought|want\w*|aspir\w*|hop\w*|invit\w*)\b/i.test(
      clause,
    )
  )
    return 'proposed';
  if (/\b(?:accession talks|negotiat\w+|ratif\w+)\b/i.test(clause)) return 'negotiating';
  if (/\b(?:joined|became|become|admitted|acceded|formally joins|approv\w*)\b/i.test(clause))
    return 'concluded';
  if (
    /\b(?:member|members|membership|role in|part of|make up|makes up|comprises?|consists? of|all(?:y|ies)|partners?)\b/i.test(
      clause,
    )
  )
    return 'in_force';
  return null;
}
