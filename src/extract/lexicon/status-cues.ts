// Words around a tie that say how far it has come (ontology: "status"), compiled from phrasebook/status-cues.ts,
// in the order they are tried: the first family found in the trigger's clause decides.
import type { Status } from '../../schema/fact.js';
import { alternativeSources, compileEntries } from '../phrasebook/compile.js';
import {
  AGREEMENT_CUE_FAMILIES,
  FUTURE_FAMILY,
  TRANSFER_CUE_FAMILIES,
  type CueFamily,
} from '../phrasebook/status-cues.js';

export interface StatusCue {
  status: Status;
  pattern: RegExp;
  /** The same words, global: for finding where in a clause they stand. */
  scan: RegExp;
  /**
   * The pattern's alternatives (its phrasings), each alone: `pattern` matches a text where one of them does.
   * A clause holds the words of few of them, and those scan faster alone than the whole does (first-of.ts).
   */
  parts: readonly RegExp[];
}

const toCue = (f: CueFamily): StatusCue => ({
  status: f.status,
  pattern: compileEntries(f.entries, f.flags),
  scan: compileEntries(f.entries, `${f.flags}g`),
  parts: f.entries.flatMap(alternativeSources).map((source) => new RegExp(source, f.flags)),
});

/** Agreements: proposed -> negotiating -> concluded -> in_force -> ended. */
export const AGREEMENT_CUES: readonly StatusCue[] = AGREEMENT_CUE_FAMILIES.map(toCue);

/** Meetings and exercises: planned (announced for the future) or held. */
export const FUTURE_CUE = compileEntries(FUTURE_FAMILY.entries, FUTURE_FAMILY.flags);

/** Transfers: completed (delivered), concluded (agreed, contracted), negotiating, proposed. */
export const TRANSFER_CUES: readonly StatusCue[] = TRANSFER_CUE_FAMILIES.map(toCue);
