// The map's toolbar: color by stage or type, type and status filters, a date range and the time slider with play.
import { STAGE_LABELS, STAGES, STATUS_LABELS, STATUS_ORDER, TYPE_LABELS, TYPE_ORDER } from '../../analyze/vocabulary.js';
import type { FactType, Status } from '../../schema/fact.js';
import { STAGE_COLORS, TYPE_COLORS } from './colors.js';
import { h, swatch } from './dom.js';
import type { MapFilter } from './map-filters.js';

export type ColorBy = 'stage' | 'type';

export interface ControlState extends MapFilter {
  colorBy: ColorBy;
}

export function mapControls(span: [number, number] | null, onChange: (state: ControlState) => void): HTMLElement {
  const types = new Set<FactType>();
  const statuses = new Set<Status>();
  const state = (): ControlState => ({
    types,
    statuses,
    from: numberOf(from.value),
    to: numberOf(to.value),
    upTo: span && Number(slider.value) < span[1] ? Number(slider.value) : null,
    colorBy: colorBy.value as ColorBy,
  });
  const changed = () => {
    yearLabel.textContent = span && Number(slider.value) < span[1] ? `up to ${slider.value}` : 'now';
    legend.replaceChildren(...legendItems(colorBy.value as ColorBy));
    onChange(state());
  };
  const colorBy = h(
    'select',
    { 'aria-label': 'Color ties by', onchange: changed },
    h('option', { value: 'stage' }, 'Color by stage'),
    h('option', { value: 'type' }, 'Color by type'),
  );
  const checklist = <T extends string>(label: string, values: readonly T[], names: Record<T, string>, set: Set<T>) =>
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
              changed();
            },
          }),
          ` ${names[v]}`,
        ),
      ),
    );
  const yearInput = (label: string) =>
    h('input', { type: 'number', min: 1900, max: 2100, placeholder: label, 'aria-label': label, class: 'year', onchange: changed });
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
  const play = h('button', {
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
  }, 'Replay growth');
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = 'Replay growth';
  };
  const legend = h('div', { class: 'legend' }, ...legendItems('stage'));
  return h(
    'div',
    { class: 'map-controls' },
    h('div', { class: 'row' }, colorBy, checklist('Types', TYPE_ORDER, TYPE_LABELS, types), checklist('Statuses', STATUS_ORDER, STATUS_LABELS, statuses), from, to),
    h('div', { class: 'row slider' }, play, slider, yearLabel),
    legend,
  );
}

function legendItems(by: ColorBy): HTMLElement[] {
  const item = (color: string, label: string) => h('span', { class: 'key' }, swatch(color), label);
  return by === 'stage'
    ? [...STAGES.map((s) => item(STAGE_COLORS[s], STAGE_LABELS[s])), item(STAGE_COLORS.none, 'talks only')]
    : TYPE_ORDER.map((t) => item(TYPE_COLORS[t], TYPE_LABELS[t]));
}

function numberOf(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
