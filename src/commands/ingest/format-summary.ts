// The closing summary of an ingest run, for a person.
import type { IngestSummary } from '../../schema/canonical.js';

export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  return (
    `documents: ${d.new} new, ${d.duplicate} duplicate, ${d.nearDuplicate} near-duplicate, ${d.failed} failed\n` +
    `claims: ${s.claims}  candidates: ${s.candidates}  facts: ${s.newFacts} new, ${s.changedFacts} changed  conflicts: ${s.conflicts} new\n`
  );
}
