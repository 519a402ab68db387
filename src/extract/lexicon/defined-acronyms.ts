// Acronyms an article defines for a state's own forces: "the Lesotho Defence Force (LDF)" makes every later
// "LDF" of that article a mention of Lesotho. Outlets define the acronyms of the forces they report on and then
// use them alone ("LDF engineers later built ..."), and no catalogue can list every coast guard's initials.
import type { PartyCode } from '../../schema/fact.js';
import type { PartyMention } from './party-mention.js';

/** An acronym in brackets: rare in news, so the name before it is read only where one stands. */
const ACRONYM = /\(([A-Z][A-Za-z]{1,6})\)/g;

/** A capitalised name, of up to eight words, right before the bracket. */
const NAME_BEFORE = /(?:[A-Z][\w'’.-]*|of|the|and)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and)){0,7}[ \t]+$/;

/**
 * The words that make a name one of a state's forces or defence bodies. Not an institute or an agreement
 * ("the Oslo Peace Research Institute (OPRI)", "the Kenya Forces Agreement (KFA)").
 */
const FORCE_WORD =
  /\b(?:Force|Forces|Army|Navy|Guard|Corps|Military|Ministry|Marines|Gendarmerie|Fleet)\b(?![ \t]+(?:Agreement|Treaty|Pact|Act|Law|Institute|University|College|Academy)\b)/;

/** The mentions with the later uses of the acronyms the article defined for one state's forces, in text order. */
export function withDefinedAcronyms(text: string, mentions: PartyMention[]): PartyMention[] {
  if (!text.includes('(')) return mentions;
  const added: PartyMention[] = [];
  const defined = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    // Initials, not a word in brackets ("(Reuters)", "(Ret)"); each read from its first definition.
    if (!/^[A-Z][a-z]?[A-Z]/.test(acronym) || defined.has(acronym)) continue;
    const window = Math.max(0, m.index - 120);
    const name = NAME_BEFORE.exec(text.slice(window, m.index));
    if (!name || !FORCE_WORD.test(name[0])) continue;
    const from = window + name.index;
    const code = onlyState(mentions, from, m.index);
    if (!code) continue;
    defined.add(acronym);
    const after = m.index + m[0].length;
    for (const use of text.slice(after).matchAll(new RegExp(`\\b${acronym}\\b`, 'g'))) {
      const start = after + use.index;
      const end = start + acronym.length;
      if (mentions.some((x) => x.start < end && x.end > start)) continue;
      added.push({ start, end, code, kind: 'institution', text: acronym });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The one state the name's mentions stand for; none where they name several or a grouping or firm. */
function onlyState(mentions: readonly PartyMention[], from: number, to: number): PartyCode | null {
  let code: PartyCode | null = null;
  for (const x of mentions) {
    if (x.end <= from || x.start >= to) continue;
    if (x.kind === 'grouping' || x.kind === 'firm' || x.kind === 'person' || x.kind === 'ship') return null;
    if (code !== null && x.code !== code) return null;
    code = x.code;
  }
  return code;
}
