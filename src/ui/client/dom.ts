// Building DOM from data without HTML: every string becomes a text node, so article text can never become markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** h('a', { href, class: 'x', onclick }, 'text', child): attributes set one by one, children appended as nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') setSafeHref(el as HTMLAnchorElement, String(value));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Only http(s) links and in-app hash links: a source URL of javascript: or data: is shown as text, not linked. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('#')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function setSafeHref(a: HTMLAnchorElement, url: string): void {
  const safe = safeUrl(url);
  if (safe === null) return;
  a.href = safe;
  if (!safe.startsWith('#')) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
}

export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href }, ...children);
}

/** A link to an element of this page; main.ts scrolls to it instead of letting the hash router see it. */
export function scrollLink(id: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#${id}`, 'data-scroll': id }, ...children);
}

export function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A small colored square; the color goes through the CSSOM, which the page's CSP allows (inline style attributes it does not). */
export function swatch(color: string): HTMLElement {
  const el = h('i', { class: 'swatch' });
  el.style.background = color;
  return el;
}
