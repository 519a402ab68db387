// Main article text of an HTML page, by Mozilla's Readability over a linkedom DOM, within a bounded cost.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { stripInvisible } from '../extract/stages/normalize.js';
import { DOCUMENT_BUDGET, NO_METER, type CostMeter } from './budget.js';
import { metadataDate } from './publication-date.js';

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'meta[name="DC.date.issued"]',
];

export function htmlToArticle(
  html: string,
  url: string | null = null,
  meter: CostMeter = NO_METER,
): HtmlArticle {
  const page = asDocument(html);
  const { document } = parseHTML(page) as unknown as {
    document: {
      body: DomNode | null;
      documentElement: TreeNode | null;
      querySelector(s: string): { textContent: string | null; getAttribute(n: string): string | null } | null;
    };
  };
  const published = findPublished(document);
  const pageTitle = cleanTitle(document.querySelector('title')?.textContent);
  const plain = tidy(visibleText(document.body));
  // Every path is guarded (with or without <html>/<body>): Readability's cost grows with depth times size.
  const shape = measure(
    document.documentElement,
    DOCUMENT_BUDGET.readableDepth,
    DOCUMENT_BUDGET.readableElements,
  );
  const chars = plain.length;
  const over = shape.tooDeep
    ? 'depth'
    : shape.elements > DOCUMENT_BUDGET.readableElements
      ? 'elements'
      : chars > DOCUMENT_BUDGET.readableChars
        ? 'chars'
        : null;
  if (over !== null) {
    meter({ step: 'plain-text', reason: over, elements: shape.elements, chars });
    return { title: pageTitle, text: plain, published };
  }
  meter({ step: 'readability', elements: shape.elements, chars });
  let parsed: { title?: string | null; textContent?: string | null } | null = null;
  try {
    // Readability mutates the DOM it reads; it gets its own parse.
    const { document: copy } = parseHTML(page);
    parsed = new Readability(copy as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  const read = tidy(parsed?.textContent ?? '');
  void url;
  // Readability finds no article in a short fragment: its text is then the page's own text.
  return { title: cleanTitle(parsed?.title) ?? pageTitle, text: read !== '' ? read : plain, published };
}

/**
 * linkedom reads only a whole document: a fragment, or a page without <html> or <body>, parses to an empty
 * body. Such input is wrapped in <html><head>…</head><body>…</body></html>, its own head kept as the head.
 */
export function asDocument(html: string): string {
  const lower = html.toLowerCase();
  if (/<html[\s>]/.test(lower) && /<body[\s>]/.test(lower)) return html;
  // Bounded tag patterns: an unclosed '<html' repeated must not make the scan quadratic.
  const WRAPPER = /<!doctype[^>]{0,200}>|<\/?(?:html|body)(?:\s[^>]{0,2000})?>/gi;
  let head = '<head></head>';
  let rest = html;
  const open = lower.search(/<head[\s>]/);
  const close = open === -1 ? -1 : lower.indexOf('</head>', open);
  if (close !== -1) {
    head = html.slice(open, close + '</head>'.length).replace(WRAPPER, '');
    rest = html.slice(0, open) + html.slice(close + '</head>'.length);
  } else {
    // A fragment's own <title> is the page's title, not a line of its text.
    const start = lower.indexOf('<title');
    const end = start === -1 ? -1 : lower.indexOf('</title>', start);
    if (end !== -1) {
      head = `<head>${html.slice(start, end + '</title>'.length)}</head>`;
      rest = html.slice(0, start) + html.slice(end + '</title>'.length);
    }
  }
  return `<!doctype html><html>${head}<body>${rest.replace(WRAPPER, '')}</body></html>`;
}

interface TreeNode {
  children?: ArrayLike<TreeNode>;
}

/** Counts elements (up to a bound) and tells whether any lies deeper than `maxDepth`, without recursion. */
function measure(
  root: TreeNode | null | undefined,
  maxDepth: number,
  maxElements: number,
): { tooDeep: boolean; elements: number } {
  const stack: Array<[TreeNode, number]> = root ? [[root, 0]] : [];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxDepth) return { tooDeep: true, elements };
    if (++elements > maxElements) return { tooDeep: false, elements };
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return { tooDeep: false, elements };
}

function findPublished(document: {
  querySelector(s: string): { getAttribute(n: string): string | null } | null;
}) {
  for (const selector of PUBLISHED_META) {
    const value = metadataDate(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  const time = document.querySelector('time[datetime]');
  return metadataDate(time?.getAttribute('datetime'));
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const INVISIBLE_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text a reader sees, in document order, without recursion (a hostile page nests 100,000 deep). */
function visibleText(root: DomNode | null | undefined): string {
  const parts: string[] = [];
  const stack: DomNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1 || INVISIBLE_ELEMENTS.has(node.nodeName.toUpperCase())) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

/** A stored title holds no bidi or zero-width controls (they reorder or hide what a reader sees). */
function cleanTitle(title: string | null | undefined): string | null {
  return stripInvisible(title ?? '').trim() || null;
}

/** Collapses the layout white space of a DOM's text into paragraphs, one per line. */
function tidy(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
