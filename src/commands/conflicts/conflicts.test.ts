// `entente conflicts`: each disagreement with both sides, their documents and quotes.
import { describe, expect, it } from 'vitest';
import { prepareDocument, storeDocument } from '../../store/services/store-document.service.js';
import { article } from '../../test-support/articles.js';
import { capture, memoryStore } from '../../test-support/capture.js';
import { conflictsCommand } from './index.js';

describe('entente conflicts', () => {
  it('lists an article that contradicts the reference, with both sides', async () => {
    const store = await memoryStore();
    const a = article('late.txt', '2017-02-01', [
      {
        sentence: 'Japan and Britain signed an acquisition and cross-servicing agreement on January 20.',
        type: 'acsa',
        parties: ['GBR', 'JPN'],
        status: 'concluded',
        date: '2017-01-20',
      },
    ]);
    await storeDocument(store, prepareDocument(a.doc, a.facts));
    const io = capture();
    expect(await conflictsCommand(store, {}, io)).toBe(0);
    expect(io.out().replace(/fact #\d+/, 'fact #N')).toBe(
      [
        '1 conflicts',
        '#1 reference_date: acsa GBR+JPN: concluded date 2017-01-26 vs 2017-01-20 (fact #N)',
        '    2017-01-26  [reference: japan_agreements] https://www.gov.uk/government/news/uk-and-japan-strengthen-defence-ties',
        '    2017-01-20  "Japan and Britain signed an acquisition and cross-servicing agreement on January 20." (news.example, 2017-02-01, https://news.example/late.txt)',
        '',
      ].join('\n'),
    );
    const json = capture();
    await conflictsCommand(store, { json: true, party: 'Australia' }, json);
    expect(JSON.parse(json.out())).toEqual({ conflicts: [] });
    await store.close();
  });
});
