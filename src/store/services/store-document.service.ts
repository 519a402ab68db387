// Stores one document with its claims and their merge effects in one transaction: complete, or not at all.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { SourceDocument } from '../../schema/document.js';
import { FactSchema, type Fact } from '../../schema/fact.js';
import type { Db } from '../database.js';
import { insertClaims, linkClaims } from '../repos/claims.repo.js';
import { documentIdTaken, findDocumentByHash, insertDocument } from '../repos/documents.repo.js';
import { candidateSignatures, insertSignature } from '../repos/signatures.repo.js';
import {
  bucketsOf,
  compare,
  decodeSignature,
  encodeSignature,
  signatureOf,
  type Signature,
} from '../rules/near-duplicate.js';
import type { Store } from '../store.js';
import { conciseness, directness } from '../rules/directness.js';
import { baseOf, placeDocumentClaims, type ClaimToPlace } from './identity.service.js';
import { REFERENCE_SOURCE, refreshFacts } from './merge.service.js';

export type StoreOutcome =
  | { kind: 'duplicate'; id: string; of: string }
  | {
      kind: 'new' | 'near_duplicate';
      id: string;
      /** The original, for a near-duplicate. */
      of: string | null;
      /** Claims merged into facts; candidates are not among them. */
      claims: number;
      /** Below-threshold readings stored for review, linked to no fact. */
      candidates: number;
      newFacts: number[];
      changedFacts: number[];
      /** Every fact the document's claims joined. */
      factIds: number[];
      conflicts: number;
    };

export interface PreparedDocument {
  doc: SourceDocument;
  facts: Fact[];
  hash: string;
  /** Null for documents never compared for copies (the reference dataset's rows). */
  signature: Signature | null;
}

const FactsSchema = z.array(FactSchema);
const CANDIDATES = 20;

/** Same text, same hash: white space differences do not make a new document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The CPU work of storing, done before the write lock is taken. */
export function prepareDocument(doc: SourceDocument, facts: Fact[], compareCopies = true): PreparedDocument {
  const parsed = FactsSchema.safeParse(facts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'INVALID_INPUT',
      `extraction gave an invalid fact (${issue?.path.join('.')}: ${issue?.message})`,
      doc.id,
    );
  }
  for (const f of parsed.data) {
    const ev = f.evidence[0]!;
    if (ev.end > doc.text.length || ev.start > ev.end) {
      throw new AppError('INVALID_INPUT', `evidence [${ev.start}, ${ev.end}) lies outside the text`, doc.id);
    }
  }
  return {
    doc,
    facts: parsed.data,
    hash: contentHash(doc.text),
    signature: compareCopies ? signatureOf(doc.text) : null,
  };
}

export async function knownContent(store: Store, text: string): Promise<string | null> {
  return (await findDocumentByHash(store.db, contentHash(text)))?.id ?? null;
}

export async function storeDocument(
  store: Store,
  prepared: PreparedDocument,
  now = new Date(),
): Promise<StoreOutcome> {
  return store.write((trx) => storeDocumentIn(trx, prepared, now.toISOString()), locksOf(prepared));
}

/**
 * The names of all a document's transaction reads to decide and then writes: its content (so racing copies are
 * stored once), its near-duplicate buckets (the copies it may be linked to) and the bases of its claims (the facts
 * they may join). Writers whose names differ share nothing `storeDocumentIn` reads.
 */
export function locksOf(p: PreparedDocument): string[] {
  return [
    `content:${p.hash}`,
    ...(p.signature ? bucketsOf(p.signature).map((b) => `bucket:${b}`) : []),
    ...p.facts.filter((f) => f.candidate !== true).map((f) => `base:${baseOf(f)}`),
  ];
}

/** The transaction body; also used by the reference loader to store many rows in one transaction. */
export async function storeDocumentIn(trx: Db, p: PreparedDocument, now: string): Promise<StoreOutcome> {
  // Compared before the insert, so the near-duplicate link is written with the row.
  const original = p.signature ? await findOriginal(trx, p.signature) : null;
  const merged = [...p.facts.entries()].filter(([, f]) => f.candidate !== true);
  const id = await insertNew(trx, p, now, original, merged.length);
  if (id.kind === 'duplicate') return id;
  if (p.signature) {
    await insertSignature(
      trx,
      {
        doc: id.id,
        words: encodeSignature(p.signature.words),
        anchors: encodeSignature(p.signature.anchors),
        word_count: p.signature.wordCount,
        anchor_count: p.signature.anchorCount,
      },
      bucketsOf(p.signature),
    );
  }
  const claimIds = await insertClaims(
    trx,
    p.facts.map((f, ord) => {
      const ev = mostDirectEvidence(f, p.doc.text.length);
      return {
        document: id.id,
        ord,
        type: f.type,
        parties: f.parties.join('|'),
        status: f.status,
        date: f.date,
        item: f.item,
        ev_start: ev.start,
        ev_end: ev.end,
        ev_text: ev.text,
        confidence: f.confidence ?? null,
        candidate: f.candidate === true ? 1 : 0,
      };
    }),
  );
  // Candidates are kept with the document for review; only the other claims become (or join) facts.
  const byFact = new Map<number, Set<number>>();
  const created = new Set<number>();
  const links: { claim_id: number; fact_id: number; rank: number }[] = [];
  const placed = await placeDocumentClaims(trx, toPlace(p, original !== null), now);
  for (const [n, [i]] of merged.entries()) {
    const fact = placed[n]!;
    if (fact.created) created.add(fact.factId);
    links.push({ claim_id: claimIds[i]!, fact_id: fact.factId, rank: fact.rank });
    byFact.set(fact.factId, (byFact.get(fact.factId) ?? new Set()).add(claimIds[i]!));
  }
  await linkClaims(trx, links);
  let conflicts = 0;
  const changedFacts: number[] = [];
  const refreshed = await refreshFacts(trx, byFact, now);
  for (const factId of byFact.keys()) {
    const outcome = refreshed.get(factId)!;
    conflicts += outcome.conflicts;
    if (outcome.changed && !created.has(factId)) changedFacts.push(factId);
  }
  return {
    kind: original ? 'near_duplicate' : 'new',
    id: id.id,
    of: original?.id ?? null,
    claims: merged.length,
    candidates: claimIds.length - merged.length,
    newFacts: [...created],
    changedFacts,
    factIds: [...byFact.keys()],
    conflicts,
  };
}

/** The document's merged claims (candidates are not placed) as identity reads them. */
function toPlace(p: PreparedDocument, nearDuplicate: boolean): ClaimToPlace[] {
  return p.facts
    .filter((f) => f.candidate !== true)
    .map((f) => ({
      type: f.type,
      parties: f.parties,
      item: f.item,
      status: f.status,
      date: f.date,
      quote: mostDirectEvidence(f, p.doc.text.length).text,
      reference: p.doc.source === REFERENCE_SOURCE,
      nearDuplicate,
    }));
}

/**
 * The span a claim keeps: of the sentences the extractor gives for a fact, the one that states it most directly
 * (trigger, both parties, status cue, date; not a hedge), then the one nearer a sentence's length than a heading's,
 * the first on a tie. Spans outside the text are skipped.
 */
export function mostDirectEvidence(f: Fact, textLength: number): Fact['evidence'][number] {
  let best = f.evidence[0]!;
  let bestScore = -1;
  for (const ev of f.evidence) {
    if (ev.end > textLength || ev.start > ev.end) continue;
    const said = { ...f, quote: ev.text, reference: false, nearDuplicate: false };
    const score = 100 * directness(said) + conciseness(ev.text);
    if (score > bestScore) {
      best = ev;
      bestScore = score;
    }
  }
  return best;
}

type Inserted = { kind: 'stored'; id: string } | { kind: 'duplicate'; id: string; of: string };

async function insertNew(
  trx: Db,
  p: PreparedDocument,
  now: string,
  original: { id: string; score: number } | null,
  claimCount: number,
): Promise<Inserted> {
  // The same id with other content (an updated page, two files of one name) gets the hash as a suffix.
  for (const id of [p.doc.id, `${p.doc.id}#${p.hash.slice(0, 12)}`]) {
    const stored = await insertDocument(trx, {
      id,
      url: p.doc.url,
      source: p.doc.source,
      title: p.doc.title,
      published: p.doc.published,
      content_hash: p.hash,
      text: p.doc.text,
      near_duplicate_of: original?.id ?? null,
      similarity: original?.score ?? null,
      ingested_at: now,
      claim_count: claimCount,
    });
    if (stored) return { kind: 'stored', id };
    const same = await findDocumentByHash(trx, p.hash);
    if (same) return { kind: 'duplicate', id: p.doc.id, of: same.id };
    if (!(await documentIdTaken(trx, id))) break;
  }
  throw new AppError(
    'STORE_ERROR',
    'could not store the document under its id or a hash-suffixed one',
    p.doc.id,
  );
}

async function findOriginal(trx: Db, sig: Signature): Promise<{ id: string; score: number } | null> {
  // The document itself is not stored yet, so none of the candidates is itself.
  const rows = await candidateSignatures(trx, bucketsOf(sig), CANDIDATES);
  let best: { id: string; score: number } | null = null;
  for (const row of rows) {
    const similarity = compare(sig, {
      words: decodeSignature(row.words),
      anchors: decodeSignature(row.anchors),
      wordCount: row.word_count,
      anchorCount: row.anchor_count,
    });
    if (similarity.nearDuplicate && (best === null || similarity.score > best.score)) {
      // Link to the first of the family, so copies of copies all point at one original.
      best = { id: row.near_duplicate_of ?? row.doc, score: similarity.score };
    }
  }
  return best;
}
