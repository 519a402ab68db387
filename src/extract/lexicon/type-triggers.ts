// Words that name each kind of tie, compiled from the phrasebook (phrasebook/triggers.ts).
import type { FactType } from '../../schema/fact.js';
import { compileEntries } from '../phrasebook/compile.js';
import { GENERIC_FAMILY, TRIGGER_FAMILIES, UMBRELLA_FAMILY } from '../phrasebook/triggers.js';

export interface TriggerPattern {
  type: FactType;
  pattern: RegExp;
  /** A named instrument ("the ACSA") rather than an activity ("drills"): statuses come from agreement cues. */
  instrument: boolean;
}

export const TRIGGERS: readonly TriggerPattern[] = TRIGGER_FAMILIES.map((f) => ({
  type: f.type,
  instrument: f.instrument,
  pattern: compileEntries(f.entries, f.flags),
}));

/**
 * "their defense agreement", "a new defence pact": an umbrella security instrument, unless the sentence also
 * names a specific one (a defense pact whose words also name an ACSA is an ACSA).
 */
export const UMBRELLA_AGREEMENT = compileEntries(UMBRELLA_FAMILY.entries, UMBRELLA_FAMILY.flags);

/** Words that name some agreement without saying which: they take their type from what came before. */
export const GENERIC_AGREEMENT = compileEntries(GENERIC_FAMILY.entries, GENERIC_FAMILY.flags);
