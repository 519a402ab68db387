// Paste an article or give a URL, see the facts extracted with their sentences marked in the text, then save them.
import { STATUS_LABELS, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { api, ApiFailure, type IngestResponse } from './api.js';
import { TYPE_COLORS } from './colors.js';
import { h, message, swatch } from './dom.js';
import { markedText } from './quote-view.js';
import { session } from './session.js';

export function ingestView(root: HTMLElement): void {
  const text = h('textarea', {
    rows: 12,
    placeholder: 'Paste an article: a first line "YYYY-MM-DD" gives its date.',
    'aria-label': 'Article text',
    'data-testid': 'article-text',
  });
  const url = h('input', {
    type: 'url',
    placeholder: 'or https://… (fetching needs the token)',
    'aria-label': 'Article URL',
  });
  const html = h('input', { type: 'checkbox', 'aria-label': 'Pasted text is HTML' });
  const result = h('div', { class: 'ingest-result', 'data-testid': 'ingest-result' });
  const run = async (save: boolean) => {
    const body = url.value.trim()
      ? { url: url.value.trim(), save }
      : { text: text.value, save, format: html.checked ? ('html' as const) : ('text' as const) };
    if (!('url' in body) && text.value.trim() === '')
      return result.replaceChildren(message('Paste an article or give a URL.', 'error'));
    result.replaceChildren(message(save ? 'Saving…' : 'Reading…'));
    try {
      result.replaceChildren(...outcome(await api.ingest(body)));
    } catch (e) {
      const hint =
        e instanceof ApiFailure && (e.status === 401 || e.status === 403)
          ? ' Enter the write token under Review.'
          : '';
      result.replaceChildren(
        message(`${e instanceof ApiFailure ? `${e.code}: ${e.message}` : String(e)}${hint}`, 'error'),
      );
    }
  };
  root.replaceChildren(
    h(
      'div',
      { class: 'ingest-page' },
      h('h2', {}, 'Add an article'),
      h(
        'form',
        { class: 'ingest-form', onsubmit: (e: Event) => (e.preventDefault(), void run(false)) },
        text,
        h('div', { class: 'row' }, url, h('label', {}, html, ' pasted text is HTML')),
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'submit', 'data-testid': 'preview' }, 'Preview facts'),
          h(
            'button',
            {
              type: 'button',
              onclick: () => void run(true),
              title: session.token()
                ? 'store the document and its facts'
                : 'needs the write token (enter it under Review)',
            },
            'Save to the knowledge base',
          ),
        ),
      ),
      result,
    ),
  );
}

function outcome(r: IngestResponse): HTMLElement[] {
  const spans = r.facts.flatMap((f) =>
    f.evidence.map((e) => ({
      start: e.start,
      end: e.end,
      label: `${TYPE_LABELS[f.type]} · ${STATUS_LABELS[f.status]}`,
    })),
  );
  const saved = r.outcome
    ? message(
        r.outcome.kind === 'duplicate'
          ? `Already in the knowledge base as ${r.outcome.of}.`
          : `Saved as ${r.outcome.id}: ${r.outcome.newFacts.length} new facts, ${r.outcome.changedFacts.length} changed, ${r.outcome.conflicts} conflicts.`,
      )
    : message(`Preview only: ${r.facts.length} fact${r.facts.length === 1 ? '' : 's'} found, nothing saved.`);
  return [
    saved,
    h(
      'ol',
      { class: 'extracted', 'data-testid': 'extracted-facts' },
      ...r.facts.map((f) =>
        h(
          'li',
          { class: 'extracted-fact' },
          swatch(TYPE_COLORS[f.type]),
          h('strong', {}, TYPE_LABELS[f.type]),
          ` · ${f.parties.join(' – ')} · ${STATUS_LABELS[f.status]}${f.date ? ` · ${f.date}` : ''}${f.item ? ` · ${f.item}` : ''}`,
          h('q', {}, f.evidence[0]?.text ?? ''),
        ),
      ),
    ),
    h('h3', {}, r.document.title ?? 'The text as read'),
    markedText(r.document.text, spans),
  ];
}
