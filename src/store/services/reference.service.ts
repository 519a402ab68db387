// Loads the reference dataset as the source "reference": once when a database is created, again on request (replacing it).
import { AppError, err, ok, type Result } from '../../errors.js';
import type { ReferenceDataset } from '../../schema/canonical.js';
import type { Db } from '../database.js';
import { claimsOfDocuments, deleteClaims } from '../repos/claims.repo.js';
import { deleteConflictsOfClaims } from '../repos/conflicts.repo.js';
import { deleteDocuments, documentIdsBySource } from '../repos/documents.repo.js';
import { getMeta, setMeta } from '../repos/meta.repo.js';
import { deleteSignatures } from '../repos/signatures.repo.js';
import { DEFAULT_REFERENCE_FILE, readDataset, referenceDocuments } from '../reference/dataset.js';
import type { Store } from '../store.js';
import { REFERENCE_SOURCE, refreshFact } from './merge.service.js';
import { prepareDocument, storeDocumentIn } from './store-document.service.js';

const META_KEY = 'reference';

export interface ReferenceLoad {
  dataset: string;
  documents: number;
  claims: number;
  facts: number;
  conflicts: number;
  replaced: number;
}

/** Loads the shipped dataset unless this database has loaded one before (checked inside the lock, so two first opens load once). */
export async function ensureReference(
  store: Store,
  file = DEFAULT_REFERENCE_FILE,
): Promise<Result<ReferenceLoad | null>> {
  if ((await getMeta(store.db, META_KEY)) !== undefined) return ok(null);
  const dataset = await readDataset(file);
  if (!dataset.ok) return dataset;
  try {
    return ok(
      await store.write(async (trx) =>
        (await getMeta(trx, META_KEY)) !== undefined ? null : load(trx, dataset.value),
      ),
    );
  } catch (e) {
    return err(wrap(e, file));
  }
}

/** Replaces every reference document, claim and their conflicts with the dataset's, in one transaction. */
export async function reloadReference(
  store: Store,
  dataset: ReferenceDataset,
  subject: string,
): Promise<Result<ReferenceLoad>> {
  try {
    return ok(await store.write((trx) => load(trx, dataset)));
  } catch (e) {
    return err(wrap(e, subject));
  }
}

async function load(trx: Db, dataset: ReferenceDataset): Promise<ReferenceLoad> {
  const now = new Date().toISOString();
  const removed = await removeReference(trx);
  let claims = 0;
  let conflicts = 0;
  const touched = new Set<number>();
  const refreshed = new Set<number>();
  for (const { doc, facts: docFacts } of referenceDocuments(dataset, REFERENCE_SOURCE)) {
    const outcome = await storeDocumentIn(trx, prepareDocument(doc, docFacts, false), now);
    if (outcome.kind === 'duplicate') continue;
    claims += outcome.claims;
    conflicts += outcome.conflicts;
    for (const id of [...outcome.newFacts, ...outcome.changedFacts]) touched.add(id);
    for (const id of outcome.factIds) refreshed.add(id);
  }
  // Facts the old rows supported and the new ones do not: re-merged from what is left, or removed when nothing is.
  for (const factId of removed.facts) {
    if (!refreshed.has(factId) && (await refreshFact(trx, factId, new Set(), now)).changed)
      touched.add(factId);
  }
  await setMeta(
    trx,
    META_KEY,
    JSON.stringify({ name: dataset.name, version: dataset.version, loadedAt: now }),
  );
  await setMeta(trx, 'parties', JSON.stringify(dataset.parties));
  return {
    dataset: dataset.name,
    documents: dataset.facts.length,
    claims,
    facts: touched.size,
    conflicts,
    replaced: removed.documents,
  };
}

/** Deletes the reference rows with their claims and conflicts; their facts keep their ids until re-merged. */
async function removeReference(trx: Db): Promise<{ documents: number; facts: Set<number> }> {
  const docs = await documentIdsBySource(trx, REFERENCE_SOURCE);
  if (docs.length === 0) return { documents: 0, facts: new Set() };
  const claims = await claimsOfDocuments(trx, docs);
  const ids = claims.map((c) => c.id);
  await deleteConflictsOfClaims(trx, ids);
  await deleteClaims(trx, ids);
  await deleteSignatures(trx, docs);
  await deleteDocuments(trx, docs);
  return {
    documents: docs.length,
    facts: new Set(claims.map((c) => c.fact_id).filter((f): f is number => f !== null)),
  };
}

/** Display names the loaded dataset gave its parties. */
export async function loadedPartyNames(db: Db): Promise<Record<string, string>> {
  const text = await getMeta(db, 'parties');
  if (text === undefined) return {};
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    return {};
  }
}

function wrap(e: unknown, subject: string): AppError {
  if (e instanceof AppError) return e;
  return new AppError('STORE_ERROR', `cannot load reference data: ${(e as Error).message}`, subject, {
    cause: e,
  });
}
