// The probe articles (data/probes) are gold like ../shared/gold: every file must parse as a gold file, name its
// article, and quote it word for word, or `npm run eval:probes` would score against labels nobody can check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGoldDir } from './gold.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'probes');
const sets = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the probe articles', () => {
  it('come in several sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sets)('set %s: every gold file parses, has its article, and quotes it verbatim', async (set) => {
    const dir = join(root, set);
    const gold = await readGoldDir(dir);
    expect(gold.ok).toBe(true);
    if (!gold.ok) return;
    expect(gold.value.length).toBeGreaterThan(0);
    for (const doc of gold.value) {
      const path = join(dir, doc.doc);
      expect(existsSync(path), path).toBe(true);
      const text = readFileSync(path, 'utf8');
      expect(text.slice(0, 10), `${path}: leading date`).toBe(doc.published);
      for (const fact of doc.facts) expect(text.includes(fact.quote), `${path}: ${fact.quote}`).toBe(true);
    }
  });
});
