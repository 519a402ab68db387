// One fact as a card: what, who, status and milestones, sources and conflicts, its quotes, and the review buttons.
import { STATUS_LABELS, STATUS_ORDER, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { datedMilestones } from '../../store/rules/milestone-order.js';
import { api, ApiFailure, type CanonicalFact, type PairDetail } from './api.js';
import { TYPE_COLORS } from './colors.js';
import { h, message, swatch } from './dom.js';
import { quoteView, referenceView } from './quote-view.js';
import { session } from './session.js';

type WithEvidence = PairDetail['facts'][number];

export function factCard(fact: CanonicalFact | WithEvidence, name: (code: string) => string): HTMLElement {
  const evidence = 'evidence' in fact ? fact.evidence : [];
  const more = 'moreEvidence' in fact ? fact.moreEvidence : 0;
  const milestones = datedMilestones(fact.milestones).map((m) => `${STATUS_LABELS[m.status]} ${m.date}`);
  const status = h('div', { class: 'review-slot' });
  const card = h(
    'article',
    {
      class: `fact${fact.conflicts > 0 ? ' has-conflicts' : ''}`,
      id: `fact-${fact.id}`,
      'data-fact': fact.id,
    },
    h(
      'header',
      {},
      swatch(TYPE_COLORS[fact.type]),
      h('strong', {}, TYPE_LABELS[fact.type]),
      fact.item ? h('span', { class: 'item' }, ` ${fact.item}`) : '',
      h('span', { class: 'parties' }, ` · ${fact.parties.map(name).join(' – ')}`),
      h('span', { class: `status s-${fact.status}` }, STATUS_LABELS[fact.status]),
      fact.date ? h('span', { class: 'date' }, fact.date) : h('span', { class: 'date none' }, 'no date'),
      h(
        'a',
        { href: `#/fact/${fact.id}`, class: 'permalink', title: 'every source, conflicts and reviews' },
        '#',
      ),
    ),
    h(
      'p',
      { class: 'meta' },
      milestones.length > 0 ? `${milestones.join(' → ')} · ` : '',
      `${fact.sources} independent source${fact.sources === 1 ? '' : 's'} · ${fact.claims} claim${fact.claims === 1 ? '' : 's'}`,
      fact.review ? h('span', { class: `review r-${fact.review}` }, ` · ${fact.review}`) : '',
      fact.conflicts > 0
        ? h(
            'span',
            { class: 'conflict-flag', 'data-testid': 'conflict-flag' },
            ` ⚠ ${fact.conflicts} conflict${fact.conflicts === 1 ? '' : 's'}`,
          )
        : '',
    ),
    ...evidence.map(quoteView),
    more > 0
      ? h(
          'p',
          { class: 'hint' },
          h('a', { href: `#/fact/${fact.id}` }, `${more} more source${more === 1 ? '' : 's'}`),
        )
      : '',
    evidence.length === 0 && fact.quote ? bestQuoteView(fact) : '',
    reviewBar(fact, status),
    status,
  );
  return card;
}

/** The fact's best quote when no evidence came with it: the words with outlet and date, or the reference entry. */
function bestQuoteView(fact: CanonicalFact): HTMLElement | '' {
  const q = fact.quote;
  if (q === null) return '';
  if (q.kind === 'reference') return referenceView({ ...q, status: fact.status, date: fact.date });
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', { class: 'plain' }, q.text),
    h('figcaption', {}, `${q.source ?? 'outlet not recorded'} · ${q.published ?? 'date not recorded'}`),
  );
}

function reviewBar(fact: CanonicalFact, status: HTMLElement): HTMLElement {
  const send = async (action: 'confirm' | 'reject' | 'edit', edit?: Record<string, string | null>) => {
    const reviewer = session.reviewer();
    if (!reviewer)
      return status.replaceChildren(
        message('Enter your name and the write token under Review first.', 'error'),
      );
    try {
      const { fact: after } = await api.review(fact.id, { action, reviewer, ...(edit ? { edit } : {}) });
      status.replaceChildren(
        message(
          `Recorded: ${action} by ${reviewer}. Now ${STATUS_LABELS[after.status]}${after.date ? ` ${after.date}` : ''}.`,
        ),
      );
    } catch (e) {
      status.replaceChildren(
        message(e instanceof ApiFailure ? `${e.code}: ${e.message}` : String(e), 'error'),
      );
    }
  };
  const statusSelect = h(
    'select',
    { 'aria-label': 'Corrected status' },
    ...STATUS_ORDER.map((s) => h('option', { value: s, selected: s === fact.status }, STATUS_LABELS[s])),
  );
  const dateInput = h('input', {
    type: 'text',
    value: fact.date ?? '',
    placeholder: 'YYYY-MM-DD',
    'aria-label': 'Corrected date',
    size: 10,
  });
  const editForm = h(
    'form',
    {
      class: 'edit-form',
      hidden: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const edit: Record<string, string | null> = {};
        if (statusSelect.value !== fact.status) edit.status = statusSelect.value;
        if (dateInput.value.trim() !== (fact.date ?? '')) edit.date = dateInput.value.trim() || null;
        void send('edit', edit);
      },
    },
    statusSelect,
    dateInput,
    h('button', { type: 'submit' }, 'Save correction'),
  );
  return h(
    'div',
    { class: 'review-bar' },
    h('button', { type: 'button', onclick: () => void send('confirm') }, 'Confirm'),
    h('button', { type: 'button', onclick: () => void send('reject') }, 'Reject'),
    h('button', { type: 'button', onclick: () => (editForm.hidden = !editForm.hidden) }, 'Correct…'),
    editForm,
  );
}
