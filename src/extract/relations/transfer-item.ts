// The equipment a transfer moves ("four patrol ships", "Patriot missiles"), for the fact's `item`.
import { findWeapons } from '../catalogues/index.js';
import { EQUIPMENT } from '../lexicon/event-words.js';
import type { Trigger } from './find-triggers.js';

const EQUIPMENT_GLOBAL = new RegExp(EQUIPMENT.source, 'g');
/** Words that start a noun phrase's modifiers and so end the item on its left. */
const STOP =
  /^(?:the|a|an|of|to|from|for|with|and|or|its|their|his|her|by|on|in|at|that|which|will|would|has|have|had|is|are|was|were|be|been|export|exports|exported|sell|sold|supply|supplied|provide|provided|buy|bought|purchase|purchased|deliver|delivered|donate|donated|transfer|transferred|acquire|acquired|procure|procured|order|ordered|receive|received|send|sent|lend|lent|more|than|about|nearly|some|over)$/i;

export function transferItem(text: string, trigger: Trigger): string | null {
  const windowEnd = Math.min(text.length, trigger.end + 90);
  const after = firstEquipment(text, trigger.end, windowEnd);
  const at = after ?? firstEquipment(text, Math.max(0, trigger.start - 60), trigger.start);
  if (!at) return null;
  // Extend left over up to four modifiers ("four patrol", "Korean-made K9 howitzer").
  const head = text
    .slice(Math.max(0, at.start - 60), at.start)
    .split(/\s+/)
    .filter(Boolean);
  const modifiers: string[] = [];
  while (head.length > 0 && modifiers.length < 4) {
    const word = head.pop()!;
    if (STOP.test(word) || /[,;:.()"]/.test(word)) break;
    modifiers.unshift(word);
  }
  const item = [...modifiers, text.slice(at.start, at.end)].join(' ').trim();
  return item.length > 0 ? item : null;
}

function firstEquipment(text: string, from: number, to: number): { start: number; end: number } | null {
  EQUIPMENT_GLOBAL.lastIndex = from;
  const m = EQUIPMENT_GLOBAL.exec(text);
  return m && m.index < to ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Kit too general to say which sale a later sentence continues ("the weapons arrived"). */
const GENERAL_KIT = new Set(['weapon', 'arms', 'munition', 'ammunition', 'equipment']);

/**
 * The kinds of kit a text names, each once, lower case and singular ("tank", "patrol boat"): whole words only,
 * as the equipment family may match inside a longer word ("tankers").
 */
export function kitKinds(text: string): string[] {
  const kinds: string[] = [];
  EQUIPMENT_GLOBAL.lastIndex = 0;
  for (let m = EQUIPMENT_GLOBAL.exec(text); m; m = EQUIPMENT_GLOBAL.exec(text)) {
    const end = m.index + m[0].length;
    if (/\w/.test(text[m.index - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
    const kind = m[0]
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/(?<!s)s$/, '');
    if (!GENERAL_KIT.has(kind) && !kinds.includes(kind)) kinds.push(kind);
  }
  // And the systems it names by name ("Gripen", "K9"), each by its catalogue entry.
  for (const m of findWeapons(text)) {
    const kind = systemKind(m.entry.names[0]!);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const systemKind = (name: string): string => `system:${name}`;

/**
 * The system a text names definitely right before `end`, its clause's subject up to the verb ("The first
 * Brazilian Gripen", "Its K9s"), as kitKinds names it; null where none is named so.
 */
export function definiteSystemBefore(text: string, end: number): string | null {
  const before = text.slice(0, end);
  const last = findWeapons(before).at(-1);
  if (!last || !SUBJECT_REST.test(before.slice(last.end))) return null;
  return SYSTEM_DETERMINER.test(before.slice(Math.max(0, last.start - 40), last.start))
    ? systemKind(last.entry.names[0]!)
    : null;
}
/** From the system's name to the verb: a few words, no clause edge. */
const SUBJECT_REST = /^[^,;:.()]{0,40}$/;
/** The article or owner before a system's name, a few modifiers between ("the first two Brazilian"). */
const SYSTEM_DETERMINER = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$/i;
