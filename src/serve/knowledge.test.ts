import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import { reviewFact } from '../store/services/review.service.js';
import type { Store } from '../store/store.js';
import { knowledgeOf } from './knowledge.js';

let dir: string;
let reader: Store;
let writer: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-knowledge-'));
  const file = join(dir, 'kb.db');
  const a = await openKnowledgeBase({ kind: 'sqlite', file });
  const b = await openKnowledgeBase({ kind: 'sqlite', file });
  if (!a.ok || !b.ok) throw new Error('cannot open');
  reader = a.value;
  writer = b.value;
});

afterAll(async () => {
  await reader.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('knowledgeOf', () => {
  it('keeps one snapshot while the store does not change', async () => {
    const knowledge = knowledgeOf(reader);
    const first = await knowledge.current();
    expect(first.facts.length).toBeGreaterThan(50);
    expect(await knowledge.current()).toBe(first);
    expect(first.name('JPN')).toBe('Japan');
  });

  it('sees a review made through another connection once the check interval has passed', async () => {
    let clock = 0;
    const knowledge = knowledgeOf(reader, { checkEveryMs: 1000, now: () => clock });
    const before = await knowledge.version();
    const id = (await knowledge.current()).facts[0]!.id;
    const reviewed = await reviewFact(writer, { factId: id, reviewer: 'other process', action: 'reject' });
    expect(reviewed.ok).toBe(true);
    expect(await knowledge.version()).toBe(before);
    clock += 1000;
    expect(await knowledge.version()).not.toBe(before);
    expect((await knowledge.current()).facts.some((f) => f.id === id)).toBe(false);
  });

  it('moves its version at once after a write through this server', async () => {
    const knowledge = knowledgeOf(reader, { now: () => 0 });
    const before = await knowledge.version();
    knowledge.invalidate();
    expect(await knowledge.version()).not.toBe(before);
  });
});
