// Hash routes (#/party/JPN, #/pair/JPN/PHL, ...): the page never reloads and every view has a link.

export type Route =
  | { view: 'network'; party: string | null }
  | { view: 'pair'; a: string; b: string }
  | { view: 'matrix'; party: string }
  | { view: 'timeline'; party: string | null }
  | { view: 'review' }
  | { view: 'ingest' }
  | { view: 'fact'; id: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b] = parts;
  if (head === 'party' && a) return { view: 'network', party: a };
  if (head === 'pair' && a && b) return { view: 'pair', a, b };
  if (head === 'matrix' && a) return { view: 'matrix', party: a };
  if (head === 'timeline') return { view: 'timeline', party: a ?? null };
  if (head === 'review') return { view: 'review' };
  if (head === 'ingest') return { view: 'ingest' };
  if (head === 'fact' && a && /^\d+$/.test(a)) return { view: 'fact', id: Number(a) };
  return { view: 'network', party: null };
}

export function go(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
