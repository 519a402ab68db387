// Random and hostile input: a clean result or a clean error, within a time bound, never a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../ingest/read-file.js';
import { FactSchema } from '../schema/fact.js';
import { extractFacts } from './pipeline.js';
import { normalizeText } from './stages/normalize.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));
const NEWSY = fc.constantFrom(
  'Japan',
  ' and ',
  'the U.S.',
  ' signed ',
  'an ACSA',
  ' with ',
  'NATO',
  ' on Friday',
  '. ',
  '\n',
  '\u00a0',
  '"',
  '(',
  'Gen.',
  ' 2024-01-01 ',
  ' drills ',
  ' will ',
  'HMS ',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\ufeff',
);

/**
 * The CPU time of some work, in ms: what the work itself costs, however loaded the machine is. Only ratios
 * of it are asserted (cost grows linearly with input), never a wall-clock limit.
 */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

describe('hostile input', () => {
  it('turns any string into valid facts whose evidence slices the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.array(NEWSY, { maxLength: 300 }).map((a) => a.join('')),
        ),
        (text) => {
          const facts = extractFacts({ id: 'x', text, published: null });
          for (const f of facts) {
            expect(FactSchema.safeParse(f).success).toBe(true);
            for (const e of f.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('normalizes any string one character for one, invisible controls included', () => {
    fc.assert(
      fc.property(
        fc.array(NEWSY, { maxLength: 200 }).map((a) => a.join('')),
        (text) => {
          expect(normalizeText(text)).toHaveLength(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives a 20 MB line', { timeout: 300_000 }, () => {
    const line = 'Japan and France signed an acquisition and cross-servicing agreement on Friday '.repeat(
      260_000,
    );
    expect(line.length).toBeGreaterThan(20_000_000);
    const facts = extractFacts({ id: 'big', text: line, published: '2024-01-05' }, { budget: { ms: 1e9 } });
    expect(facts.map((f) => f.type)).toContain('acsa');
  });

  it('spends time linear in the length of one long line, not more', () => {
    const line = (n: number) => 'Japan and France signed an ACSA on Friday, and troops trained. '.repeat(n);
    const run = (n: number) => () => extractFacts({ id: 'long', text: line(n), published: '2024-01-05' });
    run(2_000)();
    const small = cpuMs(run(8_000));
    const large = cpuMs(run(32_000));
    // Four times the text: about four times the work; quadratic work would be sixteen times.
    expect(large / small).toBeLessThan(8);
  });

  it('refuses a 20 MB file as too large, naming it', async () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, 'x'.repeat(20 * 1024 * 1024));
    const read = await readArticleFile(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.toLine()).toMatch(/huge\.txt: file is \d+ bytes; the limit is/);
  });

  it('refuses binary files and broken UTF-8 with a reason', async () => {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, Buffer.from([0x4a, 0x61, 0x70, 0x61, 0x6e, 0xc3, 0x28, 0xff]));
    const a = await readArticleFile(binary);
    const b = await readArticleFile(broken);
    expect(!a.ok && a.error.code).toBe('FILE_BINARY');
    expect(!b.ok && b.error.code).toBe('FILE_ENCODING');
  });

  it('reads deeply nested HTML without overflowing the stack', async () => {
    const file = join(dir, 'nested.html');
    const depth = 20_000;
    writeFileSync(
      file,
      `<html><body>${'<div>'.repeat(depth)}Japan and France signed an ACSA.${'</div>'.repeat(depth)}</body></html>`,
    );
    const read = await readArticleFile(file);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.text).toContain('Japan and France signed an ACSA.');
  });

  it('survives random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const text = new TextDecoder('utf-8').decode(bytes);
        expect(Array.isArray(extractFacts({ id: 'r', text, published: null }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
