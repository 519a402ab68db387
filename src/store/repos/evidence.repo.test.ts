// The pair page's quotes: each fact's top claims by the rank stored on its links, read the same way for small and big facts.
import { describe, expect, it } from 'vitest';
import { prepareDocument, storeDocument } from '../services/store-document.service.js';
import { article, type Stated } from '../../test-support/articles.js';
import { memoryStore } from '../../test-support/capture.js';
import { evidenceRows } from './evidence.repo.js';

const acsa = (sentence: string): Stated => ({
  sentence,
  type: 'acsa',
  parties: ['CAN', 'JPN'],
  status: 'in_force',
  date: null,
});

describe('evidence rows', () => {
  it("reads each fact's most direct quotes first, whether ranked with the page or read as a big fact", async () => {
    const store = await memoryStore(false);
    const sentences = [
      'If the two countries officially sign the pact, Italy will be the eighth partner for Japan after Canada.',
      'Japan and Canada already have an Acquisition and Cross-Servicing Agreement in force.',
      'Officials said the arrangement with Canada was working well for Japan.',
    ];
    for (const [i, s] of sentences.entries()) {
      const a = article(`e${i}.txt`, '2024-01-0' + (i + 1), [acsa(s)]);
      await storeDocument(store, prepareDocument(a.doc, a.facts));
    }
    const links = await store.db.selectFrom('fact_claims').select(['fact_id', 'claim_id', 'rank']).execute();
    expect(new Set(links.map((l) => l.fact_id)).size).toBe(1);
    const factId = links[0]!.fact_id;
    const best = [...links].sort((a, b) => b.rank - a.rank)[0]!;
    const small = await evidenceRows(store.db, [factId], 2, 40);
    const big = await evidenceRows(store.db, [factId], 2, 40, new Set([factId]));
    expect(small.map((r) => r.claim)).toEqual(big.map((r) => r.claim));
    expect(small).toHaveLength(2);
    expect(small[0]!.claim).toBe(best.claim_id);
    expect(small[0]!.ev_text).toBe(sentences[1]);
    expect(small[0]!.context).toContain(sentences[1]);
    expect(small.map((r) => r.ev_text)).not.toContain(sentences[0]);
    await store.close();
  });
});
