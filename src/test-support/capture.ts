// Captured stdout/stderr for calling commands in-process, and the stores they run on.
import type { CommandIo } from '../commands/knowledge-base.js';
import { parseConfig, type Config } from '../config.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';

export interface Captured extends CommandIo {
  out(): string;
  err(): string;
}

export function capture(isTTY = false): Captured {
  let out = '';
  let err = '';
  return {
    stdout: { isTTY, write: (s: string) => (out += s) },
    stderr: { isTTY, write: (s: string) => (err += s) },
    out: () => out,
    err: () => err,
  };
}

/** An in-memory SQLite knowledge base, with the reference dataset unless told otherwise. */
export async function memoryStore(reference = true): Promise<Store> {
  const opened = await openKnowledgeBase(
    { kind: 'sqlite', file: ':memory:' },
    { reference: reference ? 'auto' : 'skip' },
  );
  if (!opened.ok) throw opened.error;
  return opened.value;
}

export function testConfig(): Config {
  const config = parseConfig({ db: ':memory:', fetchTimeout: 2_000 }, {});
  if (!config.ok) throw config.error;
  return config.value;
}
