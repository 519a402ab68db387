// Provenance read beside and above an article's text: `.url` files in both forms, YAML front matter, and their order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletOf, parseUrlFile, readUrlBeside } from './document-metadata.js';
import { readFrontMatter } from './front-matter.js';
import { readArticleFile } from './read-file.js';

const ARTICLE = 'Japan and Italy signed an acquisition and cross-servicing agreement in Rome on Monday.\n';

describe('.url files', () => {
  it('reads a bare URL line and the INI form of a Windows shortcut', () => {
    expect(parseUrlFile('https://japantoday.com/category/politics/pact\n', 'a.url')).toEqual({
      ok: true,
      value: 'https://japantoday.com/category/politics/pact',
    });
    expect(
      parseUrlFile('\uFEFF[InternetShortcut]\r\nIDList=\r\nURL=https://example.org/news?id=7\r\n', 'b.url'),
    ).toEqual({ ok: true, value: 'https://example.org/news?id=7' });
  });

  it('refuses a .url file without an http(s) URL, naming the file', () => {
    const empty = parseUrlFile('\n\n', 'dir/empty.url');
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(empty.error.toLine()).toBe(
        'dir/empty.url: no URL in the .url file (expected a URL line, or [InternetShortcut] with URL=...) [INVALID_INPUT]',
      );
    const ftp = parseUrlFile('[InternetShortcut]\nURL=ftp://example.org/x\n', 'dir/ftp.url');
    expect(ftp.ok ? null : ftp.error.message).toBe(
      "expected an http(s) URL in the .url file, got 'ftp://example.org/x'",
    );
  });

  it('names the outlet after the host when nothing else does', () => {
    expect(outletOf('https://www.malaysiandefence.com/japan-to-provide-rescue-boats/')).toBe(
      'malaysiandefence.com',
    );
    expect(outletOf(null)).toBeNull();
  });
});

describe('front matter', () => {
  it('reads title, url, outlet and date, and hands back the body alone', () => {
    const text = [
      '---',
      'title: "Japan, Italy agree on supply pact"',
      'url: https://japantoday.com/category/politics/pact',
      'outlet: Japan Today',
      'date: 2024-10-19T08:30:00+09:00',
      'tags: [defense, italy]',
      '---',
      ARTICLE,
    ].join('\n');
    const read = readFrontMatter(text, 'pact.md');
    expect(read).toEqual({
      ok: true,
      value: {
        metadata: {
          title: 'Japan, Italy agree on supply pact',
          url: 'https://japantoday.com/category/politics/pact',
          source: 'Japan Today',
          published: '2024-10-19',
        },
        body: ARTICLE,
      },
    });
  });

  it('leaves a text without front matter alone', () => {
    expect(readFrontMatter(ARTICLE, 'plain.md')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['---\ntitle: never closed\n' + ARTICLE, "front matter opened with '---' on line 1 is never closed"],
    ['---\ntitle: [unclosed\n---\n' + ARTICLE, 'front matter is not valid YAML'],
    ['---\n- a\n- b\n---\n' + ARTICLE, 'front matter must be a mapping of keys to values, got a list'],
    ['---\ntitle: [a, b]\n---\n' + ARTICLE, "front matter 'title': expected text, got a list"],
    ['---\nurl: not a url\n---\n' + ARTICLE, "front matter 'url': expected an http(s) URL, got 'not a url'"],
    [
      '---\npublished: 2024-02-30\n---\n' + ARTICLE,
      "front matter 'published': expected a real calendar date",
    ],
    ['---\ndate: someday\n---\n' + ARTICLE, "front matter 'date': expected a date such as 2024-10-19"],
    ['---\ntitle: a\ntitle: b\n---\n' + ARTICLE, 'front matter is not valid YAML'],
    [
      '---\nsource: reference\n---\n' + ARTICLE,
      "front matter 'source': 'reference' names the reference dataset's rows",
    ],
  ])('refuses malformed front matter in one line naming the file: %j', (text, message) => {
    const read = readFrontMatter(text, 'notes/bad.md');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.subject).toBe('notes/bad.md');
      expect(read.error.message).toContain(message);
      expect(read.error.toLine()).not.toContain('\n');
    }
  });
});

describe('reading an article file with its metadata', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-metadata-'));
    writeFileSync(join(dir, 'a.txt'), `2024-10-19\n${ARTICLE}`);
    writeFileSync(join(dir, 'a.url'), 'https://www.japantoday.com/a\n');
    writeFileSync(
      join(dir, 'b.md'),
      `---\ntitle: From front matter\nurl: https://example.org/b\n---\n${ARTICLE}`,
    );
    writeFileSync(join(dir, 'b.url'), '[InternetShortcut]\nURL=https://example.org/beside\n');
    writeFileSync(join(dir, 'c.md'), ARTICLE);
    writeFileSync(join(dir, 'c.md.url'), 'https://example.org/c\n');
    writeFileSync(join(dir, 'd.txt'), ARTICLE);
    writeFileSync(join(dir, 'd.url'), 'just words\n');
    writeFileSync(join(dir, 'e.md'), '---\ntitle: only metadata\n---\n\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the URL from the .url file beside the text and the outlet from its host', async () => {
    const read = await readArticleFile(join(dir, 'a.txt'));
    expect(read.ok && read.value).toMatchObject({
      id: 'a.txt',
      url: 'https://www.japantoday.com/a',
      source: 'japantoday.com',
      title: null,
      published: '2024-10-19',
    });
  });

  it('lets front matter say more than the .url file, and the flags more than both', async () => {
    const read = await readArticleFile(join(dir, 'b.md'));
    expect(read.ok && read.value).toMatchObject({
      url: 'https://example.org/b',
      title: 'From front matter',
      source: 'example.org',
      text: ARTICLE,
    });
    const flagged = await readArticleFile(join(dir, 'b.md'), {
      title: 'From the flag',
      source: 'Example News',
      published: '2024-10-21',
    });
    expect(flagged.ok && flagged.value).toMatchObject({
      url: 'https://example.org/b',
      title: 'From the flag',
      source: 'Example News',
      published: '2024-10-21',
    });
  });

  it('also finds name.ext.url beside the file', async () => {
    expect(await readUrlBeside(join(dir, 'c.md'))).toEqual({ ok: true, value: 'https://example.org/c' });
  });

  it('refuses the document whole when its .url file or its front matter is malformed', async () => {
    const d = await readArticleFile(join(dir, 'd.txt'));
    expect(d.ok ? null : d.error.toLine()).toBe(
      `${join(dir, 'd.url')}: expected an http(s) URL in the .url file, got 'just words' [INVALID_INPUT]`,
    );
    const e = await readArticleFile(join(dir, 'e.md'));
    expect(e.ok ? null : e.error.toLine()).toBe(
      `${join(dir, 'e.md')}: file has no text after its front matter [FILE_EMPTY]`,
    );
  });
});
