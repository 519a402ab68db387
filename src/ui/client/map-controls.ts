// The map's toolbar: color by stage or type, type and status filters, a date range and the time slider with play.
import {
  STAGE_LABELS,
  STAGES,
  STATUS_LABELS,
  STATUS_ORDER,
  TYPE_LABELS,
  TYPE_ORDER,
} from '../../analyze/vocabulary.js';
import type { FactType, Status } from '../../schema/fact.js';
import { NODE_COLORS, STAGE_COLORS, TYPE_COLORS } from './colors.js';
import { h, swatch } from './dom.js';
import type { MapQuery } from './map-filters.js';

export type ColorBy = 'stage' | 'type';

export interface ControlState {
  query: MapQuery;
  /** The time slider's year; null at its right end ("now", undated facts included). */
  upTo: number | null;
  colorBy: ColorBy;
}

export interface MapControls {
  element: HTMLElement;
  /** A new network arrived (filters changed): the slider takes its years. */
  setSpan(span: [number, number] | null): void;
}

/** `onQuery` fires when a filter the server applies changes; `onView` when only the drawing changes (slider, colors). */
export function mapControls(
  initial: [number, number] | null,
  onQuery: (query: MapQuery) => void,
  onView: (state: ControlState) => void,
): MapControls {
  let span = initial;
  const types = new Set<FactType>();
  const statuses = new Set<Status>();
  const query = (): MapQuery => ({
    types: [...types],
    statuses: [...statuses],
    from: numberOf(from.value),
    to: numberOf(to.value),
  });
  const state = (): ControlState => ({
    query: query(),
    upTo: span && Number(slider.value) < span[1] ? Number(slider.value) : null,
    colorBy: colorBy.value as ColorBy,
  });
  const changed = () => {
    yearLabel.textContent = span && Number(slider.value) < span[1] ? `up to ${slider.value}` : 'now';
    legend.replaceChildren(...legendItems(colorBy.value as ColorBy));
    onView(state());
  };
  const queried = () => onQuery(query());
  const colorBy = h(
    'select',
    { 'aria-label': 'Color ties by', onchange: changed },
    h('option', { value: 'stage' }, 'Color by stage'),
    h('option', { value: 'type' }, 'Color by type'),
  );
  const checklist = <T extends string>(
    label: string,
    values: readonly T[],
    names: Record<T, string>,
    set: Set<T>,
  ) =>
    h(
      'details',
      { class: 'checklist' },
      h('summary', {}, label),
      ...values.map((v) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            value: v,
            onchange: (e: Event) => {
              if ((e.target as HTMLInputElement).checked) set.add(v);
              else set.delete(v);
              queried();
            },
          }),
          ` ${names[v]}`,
        ),
      ),
    );
  const yearInput = (label: string) =>
    h('input', {
      type: 'number',
      min: 1900,
      max: 2100,
      placeholder: label,
      'aria-label': label,
      class: 'year',
      onchange: queried,
    });
  const from = yearInput('from year');
  const to = yearInput('to year');
  const slider = h('input', {
    type: 'range',
    'aria-label': 'Time slider',
    min: span?.[0] ?? 0,
    max: span?.[1] ?? 0,
    value: span?.[1] ?? 0,
    disabled: span === null,
    oninput: changed,
  });
  const yearLabel = h('span', { class: 'year-label' }, 'now');
  let timer: ReturnType<typeof setInterval> | null = null;
  const play = h(
    'button',
    {
      type: 'button',
      class: 'play',
      disabled: span === null,
      onclick: () => {
        if (timer !== null) return stop();
        if (span && Number(slider.value) >= span[1]) slider.value = String(span[0]);
        play.textContent = 'Pause';
        timer = setInterval(() => {
          if (!span || Number(slider.value) >= span[1]) return stop();
          slider.value = String(Number(slider.value) + 1);
          changed();
        }, 350);
        changed();
      },
    },
    'Replay growth',
  );
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Replay growth';
  };
  const legend = h('div', { class: 'legend', 'data-testid': 'legend' }, ...legendItems('stage'));
  const element = h(
    'div',
    { class: 'map-controls' },
    h(
      'div',
      { class: 'row' },
      colorBy,
      checklist('Types', TYPE_ORDER, TYPE_LABELS, types),
      checklist('Statuses', STATUS_ORDER, STATUS_LABELS, statuses),
      from,
      to,
    ),
    h('div', { class: 'row slider' }, play, slider, yearLabel),
    legend,
  );
  return {
    element,
    setSpan(next) {
      stop();
      span = next;
      slider.min = String(span?.[0] ?? 0);
      slider.max = String(span?.[1] ?? 0);
      slider.value = String(span?.[1] ?? 0);
      slider.disabled = play.disabled = span === null;
      yearLabel.textContent = 'now';
    },
  };
}

/** The parties' discs (states, groupings), then the ties' colors. */
function legendItems(by: ColorBy): HTMLElement[] {
  const item = (color: string, label: string) => h('span', { class: 'key' }, swatch(color), label);
  const disc = (color: string, label: string) => {
    const dot = swatch(color);
    dot.classList.add('disc');
    return h('span', { class: 'key node' }, dot, label);
  };
  const ties =
    by === 'stage'
      ? [...STAGES.map((s) => item(STAGE_COLORS[s], STAGE_LABELS[s])), item(STAGE_COLORS.none, 'talks only')]
      : TYPE_ORDER.map((t) => item(TYPE_COLORS[t], TYPE_LABELS[t]));
  return [
    disc(NODE_COLORS.state, 'state'),
    disc(NODE_COLORS.grouping, 'grouping (alliance, bloc)'),
    h('span', { class: 'key sep', 'aria-hidden': 'true' }, '|'),
    ...ties,
  ];
}

function numberOf(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
