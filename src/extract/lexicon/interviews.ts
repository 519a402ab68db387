// The answers of an interview or a briefing's transcript speak in the first person, unquoted: "Vargas: We
// signed the contract with Seoul in May." Each answer paragraph opens on its speaker's label, and the label's
// party is read from the label itself or from the introduction that names the speaker before the transcript.
import type { Sentence } from '../document.js';
import { compileFamily } from '../phrasebook/compile.js';
import { INTERVIEW_INTRO_FAMILY } from '../phrasebook/anaphora.js';
import type { PartyCode } from '../../schema/fact.js';
import { paragraphsOf } from './paragraphs.js';
import type { PartyMention } from './party-mention.js';

const INTERVIEW_INTRO = compileFamily(INTERVIEW_INTRO_FAMILY);

/** A speaker's label opening a paragraph: "Vargas:", "Gen. Mora:", "Q:", "Defense Weekly:". */
const LABEL = /^([A-Z][\p{L}\p{M}.'’ -]{0,40}?)\s*:\s+(?=\S)/u;

/** Labels of the one who asks, whatever their paragraphs end on. */
const ASKER = /^(?:Q|Question|Interviewer|Host|Moderator|Reporter|Journalist)$/i;

/** Labels of the one who answers, named nowhere else. */
const ANSWERER = /^(?:A|Answer)$/i;

/** A label speaks for a party only when it opens this many paragraphs: a one-off "Note:" or "Source:" is none. */
const MIN_TURNS = 2;

/** Paragraphs that end on a question, of all those a label opens, for the label to be the asker's. */
const ASKING_SHARE = 0.5;

/** The introduction that names who answers opens the article: its first sentences only are read for it. */
const INTRO_SENTENCES = 50;

/** How near the name in the introduction its party is named ("Mora, deputy head of Chile's agency"). */
const NAME_SPAN = 120;

export interface Answer {
  /** Offsets of the answer's text, after its label. */
  start: number;
  end: number;
  code: PartyCode;
}

interface Turn {
  label: string;
  labelStart: number;
  start: number;
  end: number;
  asks: boolean;
}

/** The answer paragraphs of a transcript, each with the party its speaker speaks for. None in other news. */
export function interviewAnswers(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly PartyMention[],
  eligible: (m: PartyMention) => boolean,
): Answer[] {
  const turns = turnsOf(text, sentences);
  if (turns.length < 2 * MIN_TURNS) return [];
  const byLabel = new Map<string, Turn[]>();
  for (const t of turns) byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), t]);
  const asking = (label: string, own: Turn[]) =>
    ASKER.test(label) || own.filter((t) => t.asks).length >= ASKING_SHARE * own.length;
  // A transcript has someone who asks: without one, the labels are headings or a list.
  if (![...byLabel].some(([label, own]) => own.length >= MIN_TURNS && asking(label, own))) return [];
  // The introduction is what comes before the transcript's first turn (a headline may open on a label too).
  const firstTurn = Math.min(
    ...[...byLabel.values()].filter((own) => own.length >= MIN_TURNS).map((own) => own[0]!.labelStart),
  );
  const out: Answer[] = [];
  for (const [label, own] of byLabel) {
    if (own.length < MIN_TURNS || asking(label, own)) continue;
    const code = partyOfLabel(text, label, own[0]!, sentences, mentions, eligible, firstTurn);
    if (code) for (const t of own) out.push({ start: t.start, end: t.end, code });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The paragraphs that open on a label. */
function turnsOf(text: string, sentences: readonly Sentence[]): Turn[] {
  const turns: Turn[] = [];
  for (const { start, end } of paragraphsOf(sentences)) {
    const m = LABEL.exec(text.slice(start, Math.min(end, start + 60)));
    if (!m) continue;
    turns.push({
      label: m[1]!.trim(),
      labelStart: start,
      start: start + m[0].length,
      end,
      asks: text.slice(start, end).trimEnd().endsWith('?'),
    });
  }
  return turns;
}

/**
 * The party a label speaks for: one the label names itself ("Minister Mora:" with Mora known), or the one the
 * introduction names nearest the label's name ("We spoke to Gen. Mora, deputy head of Chile's agency"), or,
 * for a bare "A:", the one the sentence introducing the interview names.
 */
function partyOfLabel(
  text: string,
  label: string,
  first: Turn,
  sentences: readonly Sentence[],
  mentions: readonly PartyMention[],
  eligible: (m: PartyMention) => boolean,
  before: number,
): PartyCode | null {
  const inLabel = mentions.find((m) => m.start >= first.labelStart && m.end <= first.start && eligible(m));
  if (inLabel) return inLabel.code;
  for (const s of sentences.slice(0, INTRO_SENTENCES)) {
    if (s.start >= before) break;
    const at = ANSWERER.test(label) ? (INTERVIEW_INTRO.exec(s.text)?.index ?? -1) : s.text.indexOf(label);
    if (at < 0) continue;
    let best: PartyMention | null = null;
    for (const m of mentions) {
      if (m.start >= s.end) break;
      if (m.start < s.start || m.end > s.end || !eligible(m)) continue;
      const distance = Math.abs(m.start - (s.start + at));
      if (distance <= NAME_SPAN && (!best || distance < Math.abs(best.start - (s.start + at)))) best = m;
    }
    if (best) return best.code;
  }
  return null;
}
