// Opens the knowledge base a command works on: the store, migrated, with the reference dataset loaded on first use.
import type { DatabaseTarget } from '../config.js';
import { err, ok, type Result } from '../errors.js';
import { ensureReference } from './services/reference.service.js';
import { openStore, type Store } from './store.js';

export interface OpenOptions {
  /** 'auto' loads the shipped reference dataset into a database that has never had one. */
  reference?: 'auto' | 'skip';
  referenceFile?: string;
}

export async function openKnowledgeBase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Result<Store>> {
  const opened = await openStore(target);
  if (!opened.ok) return opened;
  if ((options.reference ?? 'auto') === 'auto') {
    const loaded = await ensureReference(opened.value, options.referenceFile);
    if (!loaded.ok) {
      await opened.value.close();
      return err(loaded.error);
    }
  }
  return ok(opened.value);
}
