// Words around a tie that say how far it has come (ontology: "status"), compiled from phrasebook/status-cues.ts,
// in the order they are tried: the first family found in the trigger's clause decides.
import type { Status } from '../../schema/fact.js';
import { compileEntries } from '../phrasebook/compile.js';
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
}

const toCue = (f: CueFamily): StatusCue => ({
  status: f.status,
  pattern: compileEntries(f.entries, f.flags),
  scan: compileEntries(f.entries, `${f.flags}g`),
});

/** Agreements: proposed -> negotiating -> concluded -> in_force -> ended. */
export const AGREEMENT_CUES: readonly StatusCue[] = AGREEMENT_CUE_FAMILIES.map(toCue);

/** Meetings and exercises: planned (announced for the future) or held. */
export const FUTURE_CUE = compileEntries(FUTURE_FAMILY.entries, FUTURE_FAMILY.flags);

/** Transfers: completed (delivered), concluded (agreed, contracted), negotiating, proposed. */
export const TRANSFER_CUES: readonly StatusCue[] = TRANSFER_CUE_FAMILIES.map(toCue);
