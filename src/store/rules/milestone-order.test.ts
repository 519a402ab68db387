// One order of milestones for the CLI, the API timeline and the UI cards: oldest first, the lifecycle breaking ties.
import { describe, expect, it } from 'vitest';
import { timelineEvents } from '../services/timeline.service.js';
import { fact } from '../../test-support/fixture-facts.js';
import { datedMilestones } from './milestone-order.js';

const m = (date: string) => ({ date, doc: 'd', quote: 'q' });

describe('milestone order', () => {
  it('puts a signing before an entry into force known only by its year, whatever the stored order', () => {
    const order = datedMilestones({
      in_force: m('2017'),
      concluded: m('2017-01-26'),
      negotiating: m('2016-06'),
    });
    expect(order.map((x) => `${x.status} ${x.date}`)).toEqual([
      'negotiating 2016-06',
      'concluded 2017-01-26',
      'in_force 2017',
    ]);
  });

  it("keeps a fact's steps in that order among other facts' events on the API timeline", () => {
    const acsa = fact('acsa', ['GBR', 'JPN'], 'in_force', '2017', {
      milestones: { in_force: m('2017'), concluded: m('2017-01-26') },
    });
    const meeting = fact('two_plus_two', ['GBR', 'JPN'], 'held', '2017-01-10');
    const events = timelineEvents([acsa, meeting], { party: 'GBR' }).map(
      (e) => `${e.date} ${e.type} ${e.status}`,
    );
    expect(events).toEqual([
      '2017-01-10 two_plus_two held',
      '2017-01-26 acsa concluded',
      '2017 acsa in_force',
    ]);
  });
});
