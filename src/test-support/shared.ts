// Where the tests find ../shared (articles, gold files, the reference scorer): beside the checkout, or $ENTENTE_SHARED.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string {
  const dir = resolve(process.env.ENTENTE_SHARED ?? join(repoRoot, '..', 'shared'));
  if (!existsSync(join(dir, 'ontology.md'))) {
    throw new Error(`../shared not found at ${dir}: set ENTENTE_SHARED to the folder holding ontology.md`);
  }
  return dir;
}

export const REPO_ROOT = repoRoot;
