// Words for meetings, official roles and equipment (what a high-level meeting, a 2+2 or a transfer is made of),
// compiled from phrasebook/event-words.ts.
import { compileEntries } from '../phrasebook/compile.js';
import type { PhraseFamily } from '../phrasebook/entry.js';
import {
  ACQUIRE_FAMILY,
  DEFENSE_ROLE_FAMILY,
  EQUIPMENT_FAMILY,
  FOREIGN_ROLE_FAMILY,
  MEETING_FAMILY,
  NEGOTIATION_TALKS_FAMILY,
  OFFICIAL_FAMILY,
  PARTICIPATION_FAMILY,
  REQUEST_FAMILY,
  SUPPLY_FAMILY,
  TRAINING_FAMILY,
  TRAVEL_FAMILY,
} from '../phrasebook/event-words.js';

const compile = (f: PhraseFamily): RegExp => compileEntries(f.entries, f.flags);

/** A meeting of leaders, ministers or staff. "talks" toward an agreement are negotiation, not a meeting (see below). */
export const MEETING = compile(MEETING_FAMILY);

/** Travelling to a place: a meeting when an official or a named person travels. */
export const TRAVEL = compile(TRAVEL_FAMILY);

/** "talks" and "meeting" words that are really about negotiating an instrument. */
export const NEGOTIATION_TALKS = compile(NEGOTIATION_TALKS_FAMILY);

export const FOREIGN_ROLE = compile(FOREIGN_ROLE_FAMILY);

export const DEFENSE_ROLE = compile(DEFENSE_ROLE_FAMILY);

/** Heads of state or government and ministers: their meeting is a high-level meeting. */
export const OFFICIAL = compile(OFFICIAL_FAMILY);

/** Things a transfer moves. */
export const EQUIPMENT = compile(EQUIPMENT_FAMILY);

export const SUPPLY_VERB = compile(SUPPLY_FAMILY);
export const ACQUIRE_VERB = compile(ACQUIRE_FAMILY);
export const REQUEST_VERB = compile(REQUEST_FAMILY);

/** Taking part: an exercise trigger only right after an exercise is named (relations/find-triggers.ts). */
export const PARTICIPATION = compile(PARTICIPATION_FAMILY);

/** One state training another's forces: joint training (relations/find-triggers.ts). */
export const TRAINING = compile(TRAINING_FAMILY);
