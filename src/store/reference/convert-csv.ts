// Turns ../shared/reference/japan_agreements.csv into the shipped dataset: facts and source URLs, not the free-text notes.
import { AppError, err, ok, type Result } from '../../errors.js';
import { ReferenceDatasetSchema, type ReferenceDataset, type ReferenceFact } from '../../schema/canonical.js';
import type { FactType } from '../../schema/fact.js';
import { orderParties } from '../rules/fact-key.js';
import { csvRecords } from './csv.js';

const HOME = 'JPN';
const REQUIRED = ['type', 'partner', 'partner_iso3', 'status', 'signed', 'in_force', 'source_url'];

export function csvToDataset(text: string, name: string, subject: string): Result<ReferenceDataset> {
  const records = csvRecords(text);
  const header = Object.keys(records[0] ?? {});
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (records.length === 0 || missing.length > 0) {
    return err(
      new AppError(
        'INVALID_INPUT',
        `expected a header with ${REQUIRED.join(', ')}; missing ${missing.join(', ')}`,
        subject,
      ),
    );
  }
  const parties: Record<string, string> = { [HOME]: 'Japan' };
  const facts: ReferenceFact[] = [];
  for (const r of records) {
    const partner = r.partner_iso3 ?? '';
    parties[partner] = r.partner ?? partner;
    facts.push({
      type: r.type as ReferenceFact['type'],
      // equipment_transfer keeps [supplier, recipient]: in this table Japan supplies.
      parties: orderParties(r.type as FactType, [HOME, partner]),
      status: r.status as ReferenceFact['status'],
      signed: r.signed || null,
      inForce: r.in_force || null,
      sourceUrl: r.source_url ?? '',
    });
  }
  const parsed = ReferenceDatasetSchema.safeParse({ name, version: 1, parties, facts });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(new AppError('INVALID_INPUT', `row ${issue?.path.join('.')}: ${issue?.message}`, subject));
  }
  return ok(parsed.data);
}
