// The topic blocks the scorer counts a fact's document features over: a digest's items, or the whole article.
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { topicBlocks } from './topic-blocks.js';

const blocksOf = (text: string) => [...topicBlocks(analyze({ id: 'test', text, published: '2025-06-12' }))];

describe('topic blocks', () => {
  it('gives each item of a digest a block of its own', () => {
    const digest = [
      'Weekly defence digest',
      'Kenya and Uganda agreed on Monday to hold joint border patrols.',
      'Chile took delivery of two frigates from the Netherlands.',
      'Vietnamese and Indian coast guards trained off Da Nang.',
      'Poland signed a contract for Korean tanks.',
      'Morocco hosted French paratroopers for a week of drills.',
    ].join('\n\n');
    const blocks = blocksOf(digest);
    expect(new Set(blocks).size).toBe(5);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
  });

  it('keeps an article on one pair, with an aside, in one block', () => {
    const article = [
      'Kenya and Uganda sign a defence pact',
      'Kenya and Uganda signed a defence cooperation pact in Kampala on Monday.',
      'The pact covers officer training and border patrols.',
      'Ugandan officers will train at a staff college near Nairobi.',
      'Somalia welcomed the pact.',
      'Kenya said the first joint patrols would start in March.',
    ].join('\n\n');
    expect(new Set(blocksOf(article))).toEqual(new Set([0]));
  });
});
