// Makes sure dist/cli.js is built from the current sources before a test spawns it (one build at a time across workers).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist', 'cli.js');
const LOCK = join(ROOT, 'dist', '.build-lock');

export async function ensureBuilt(): Promise<string> {
  if (!stale()) return CLI;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed test run is stale after two minutes.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmdirSync(LOCK);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (stale()) {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      // tsc still emits when another module has type errors; only a missing CLI is fatal here.
      if (!existsSync(CLI)) throw new Error(`build failed: ${result.stdout}${result.stderr}`);
    }
  } finally {
    rmdirSync(LOCK);
  }
  return CLI;
}

function stale(): boolean {
  if (!existsSync(CLI)) return true;
  const built = statSync(CLI).mtimeMs;
  return newestSource(join(ROOT, 'src')) > built;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name === 'test-support') continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
