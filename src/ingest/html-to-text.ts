// Main article text of an HTML page, by Mozilla's Readability over a linkedom DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
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

export function htmlToArticle(html: string, url: string | null = null): HtmlArticle {
  const { document } = parseHTML(html);
  const published = findPublished(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  let parsed: { title?: string | null; textContent?: string | null } | null = null;
  // Readability's scoring is quadratic in nesting depth; no real page nests this deep, hostile input does.
  if (deeperThan(document.body, MAX_READABLE_DEPTH))
    return { title: pageTitle, text: tidy(bodyText(document)), published };
  try {
    // Readability mutates the DOM it reads; it gets its own parse.
    const { document: copy } = parseHTML(html);
    parsed = new Readability(copy as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  const text = tidy(parsed?.textContent ?? bodyText(document));
  void url;
  return { title: parsed?.title?.trim() || pageTitle, text, published };
}

const MAX_READABLE_DEPTH = 200;

interface TreeNode {
  children?: ArrayLike<TreeNode>;
}

function deeperThan(root: TreeNode | null | undefined, limit: number): boolean {
  const stack: Array<[TreeNode, number]> = root ? [[root, 0]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return false;
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

function bodyText(document: { body?: { textContent: string | null } | null }): string {
  return document.body?.textContent ?? '';
}

/** Collapses the layout white space of a DOM's text into paragraphs, one per line. */
function tidy(text: string): string {
  return text
    .split(/\n/)
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
