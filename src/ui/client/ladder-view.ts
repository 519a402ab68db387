// The four rungs of a pair's ladder, each step a chip: taken, under way, ended or not recorded; the stage's facts marked.
import type { Ladder } from '../../analyze/ladder.js';
import { STAGE_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { stageColor } from './colors.js';
import { h, scrollLink, swatch } from './dom.js';

// 'not recorded', never 'missing': the database only knows what its sources report.
const STATE_TEXT = {
  achieved: 'taken',
  under_way: 'under way',
  ended: 'ended',
  missing: 'not recorded',
} as const;

/**
 * The ladder's summary as the UI words it: a step no source reports is "not recorded", not absent ("no ACSA").
 * The server words the lack "no X" (…; no A and B) at the end; the UI says what it knows.
 */
export function recordedWording(summary: string): string {
  return summary
    .replace(/^no step taken yet/, 'no step recorded yet')
    .replace(/(^|; )no (?!step recorded yet)([^;]+)$/, '$1not recorded: $2');
}

export function ladderView(ladder: Ladder): HTMLElement {
  return h(
    'section',
    { class: 'ladder', 'data-testid': 'ladder' },
    h(
      'p',
      { class: 'stage-line' },
      swatch(stageColor(ladder.stage)),
      h('strong', {}, ladder.stage ? `Stage: ${STAGE_LABELS[ladder.stage]}` : 'No step recorded yet'),
      ladder.next
        ? ` · next step: ${TYPE_LABELS[ladder.next.type]}${ladder.next.state === 'under_way' ? ' (under way)' : ''}`
        : ' · every expected step taken',
    ),
    h('p', { class: 'summary' }, recordedWording(ladder.summary)),
    h(
      'ol',
      { class: 'rungs' },
      ...ladder.rungs.map((rung) =>
        h(
          'li',
          { class: `rung${rung.reached ? ' reached' : ''}${rung.stage === ladder.stage ? ' current' : ''}` },
          h('h4', {}, swatch(stageColor(rung.stage)), STAGE_LABELS[rung.stage]),
          h(
            'ul',
            {},
            ...rung.steps.map((s) =>
              h(
                'li',
                {
                  class: `step ${s.state}`,
                  title:
                    s.state === 'missing'
                      ? 'no source in the database records this step'
                      : STATE_TEXT[s.state],
                },
                s.facts[0] !== undefined
                  ? scrollLink(`fact-${s.facts[0]}`, TYPE_LABELS[s.type])
                  : h('span', {}, TYPE_LABELS[s.type]),
                h(
                  'span',
                  { class: 'state' },
                  s.status ? `${STATUS_LABELS[s.status]}${s.date ? ` ${s.date}` : ''}` : STATE_TEXT[s.state],
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
