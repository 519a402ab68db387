// Words around a tie that say how far it has come (ontology: "status"), in the order they are tried:
// the first family found in the trigger's clause decides.
import type { Status } from '../../schema/fact.js';

export interface StatusCue {
  status: Status;
  pattern: RegExp;
}

const c = (status: Status, source: string): StatusCue => ({ status, pattern: new RegExp(source, 'i') });

/** Agreements: proposed -> negotiating -> concluded -> in_force -> ended. */
export const AGREEMENT_CUES: readonly StatusCue[] = [
  c(
    'ended',
    String.raw`\b(?:terminat(?:e|ed|es|ing|ion)|suspend(?:ed|s|ing)?|suspension|expired?|withdr(?:ew|awn|awal)|scrapp(?:ed|ing)|abrogat\w+|pulled out of|revoked?|lapsed?)\b`,
  ),
  c(
    'in_force',
    String.raw`\b(?:restor(?:e|ed|es|ing)|reinstat(?:e|ed|es|ing)|revived?)\b|\b(?:entered|enter|enters|entering|came|come|comes|went) into (?:force|effect)\b|\btook effect\b|\btakes effect\b|\bin force\b|\beffective\b|\bratif(?:ied|ication) and\b`,
  ),
  c(
    'negotiating',
    String.raw`\bto (?:formally |officially )?(?:sign|ink|conclude)\b|\b(?:will|would|shall|is to|are to|expected to|set to|likely to|plans? to|aims? to)\s+(?:\w+\s+){0,2}(?:sign|conclude|ink|finali[sz]e|confirm|seal|be (?:\w+\s+)?(?:signed|concluded|inked|finali[sz]ed))\b|\b(?:toward|towards)\s+(?:the\s+|a\s+|an\s+)?(?:conclu|sign|finali|reach|realiz|establish|agreement|accord|pact|deal|treaty|defen[cs]e accord|formal|an? (?:\w+\s+){0,3}(?:agreement|accord|pact|deal))\w*|\bwork(?:ing)? (?:to|on) (?:conclude|sign|finali[sz]e)\b|\b(?:in|start|begin|launch|open|hold|held|resume|step up|accelerate)\w* (?:formal |official )?(?:talks|negotiations|consultations)\b|\bnegotiat(?:e|ed|es|ing|ions?)\b|\bin talks\b|\bin principle\b|\bsubstantially agreed\b|\bbasic agreement\b|\bfinal (?:phase|stage)s? of (?:coordination|talks|negotiations)\b|\bwill (?:soon )?be signed\b|\bwill soon sign\b|\bto be signed\b|\bset to sign\b|\bexpected to (?:sign|conclude)\b|\bdiscuss(?:ing|ed|ions)? (?:a|an|the) (?:possible |potential )?\w*\s*(?:agreement|pact|deal|accord)\b`,
  ),
  c(
    'proposed',
    String.raw`\b(?:consider(?:s|ed|ing)?|propos(?:e|ed|es|ing|al)|call(?:ed|s|ing)? for|seek(?:s|ing)?|sought|plans? to|planning to|aim(?:s|ed|ing)? to|hop(?:e|es|ed|ing) to|eager to|keen to|want(?:s|ed)? to|explor(?:e|es|ed|ing)|interest(?:ed)? in|push(?:ed|es|ing)? for|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\b`,
  ),
  c(
    'in_force',
    String.raw`\b(?:already|currently|existing)\b|\b(?:has|have|had)\s+(?:(?:similar|such|an?|the|\w+[- ]?\w*)\s+){0,4}(?:agreements?|accords?|pacts?|deals?|ACSAs?|RAAs?|GSOMIAs?|treaty|treaties|arrangements?)\s+(?:with|in place)\b`,
  ),
  c(
    'concluded',
    String.raw`\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:e|ed|es)|adopt(?:ed|s)|approv(?:e|ed|es|al)|revis(?:e|ed|es)|modifi(?:ed|es)|updat(?:ed|es)|unveil(?:ed|s)|launch(?:ed|es)|decid(?:e|ed|es)|decision|reach(?:ed|es)?|agreed|agree|finali[sz](?:e|ed|es)|struck|ratifi(?:ed|es)|renew(?:ed|s)|upgrad(?:ed|es)|establish(?:ed|es))\b`,
  ),
];

/** Meetings and exercises: planned (announced for the future) or held. */
export const FUTURE_CUE =
  /\b(?:will|shall|upcoming|forthcoming|next|scheduled|to be held|set to|plans? to|planning to|expected to|is to|are to|agreed to (?:hold|conduct|expand|stage)|later this|to hold|to conduct|to stage|aim(?:s|ing)? to|intend(?:s|ing)? to|prepar(?:e|es|ing) to)\b/i;

/** Transfers: completed (delivered), concluded (agreed, contracted), negotiating, proposed. */
export const TRANSFER_CUES: readonly StatusCue[] = [
  c(
    'proposed',
    String.raw`\b(?:consider(?:s|ed|ing)?|(?<!will (?:also )?)offer(?:s|ed|ing)?|interest(?:ed)? in|potential|possible|propos(?:e|ed|al)|seek(?:s|ing)?|sought|request(?:ed|s)?|plans? to|want(?:s|ed)? to|hop(?:e|es|ed|ing) to)\b`,
  ),
  c('negotiating', String.raw`\b(?:in talks|talks|negotiat\w+|discuss(?:ing|ions)|final (?:phase|stage))\b`),
  c(
    'completed',
    String.raw`\b(?:deliver(?:ed|y|ies)|handed over|hand(?:ed)? over|donated|arrived|commissioned|received|has supplied|have supplied|supplied|has sent|have sent|sent|has exported|have exported|exported|exports|transferred|imports?|has provided|have provided|provided)\b`,
  ),
  c(
    'concluded',
    String.raw`\b(?:sign(?:ed|s)?|contract|agreed|agree|approv(?:ed|al|es)|decid(?:ed|es)|decision|order(?:ed|s)?|purchas(?:e|ed|es)|buy|bought|procurement|will (?:also )?(?:provide|supply|export|sell|deliver|donate|transfer|offer)|is to (?:provide|supply|export|sell|deliver|donate|transfer)|to (?:provide|supply|export|sell|deliver|donate))\b`,
  ),
];
