// A sale read both ways in one sentence: which way the system's maker tells.
import type { AnalyzedDocument, Candidate } from '../document.js';

/**
 * "A picks B's frigate, B's biggest arms deal", "the delivery of jets A ordered from B's maker": two triggers of
 * one sentence telling one sale the rules read both ways. Where the system's maker tells the way (signals.ts
 * makerSupplies), the reading against it is left to the scorer as another reading; where it does not, both stay.
 */
export function oneWayOnly(doc: Pick<AnalyzedDocument, 'candidates'>, candidate: Candidate): void {
  const [supplier, recipient] = candidate.parties;
  if (candidate.parties.length !== 2 || candidate.signals.makerSupplies === 0) return;
  for (let i = doc.candidates.length - 1; i >= 0; i--) {
    const c = doc.candidates[i]!;
    if (c.sentence !== candidate.sentence) return;
    if (
      c.origin !== 'rule' ||
      c.type !== 'equipment_transfer' ||
      c.parties[0] !== recipient ||
      c.parties[1] !== supplier ||
      c.signals.makerSupplies !== -candidate.signals.makerSupplies
    )
      continue;
    if (candidate.signals.makerSupplies < 0) candidate.origin = 'alternative';
    else c.origin = 'alternative';
  }
}
