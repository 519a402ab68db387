// SQLite's versioned migrations, provided in code (no migration files to find at run time).
import type { Migration } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import { initialMigration } from '../migrations/0001-initial.js';
import { candidatesMigration } from '../migrations/0002-candidates.js';
import { eventIdentityMigration } from '../migrations/0003-event-identity.js';
import { documentMetadataMigration } from '../migrations/0004-document-metadata.js';
import { latestChangesMigration } from '../migrations/0005-latest-changes.js';
import { factCardsMigration } from '../migrations/0006-fact-cards.js';

export const SQLITE_TYPES: ColumnTypes = { autoId: 'integer', real: 'real' };

export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initialMigration(SQLITE_TYPES),
  '0002-candidates': candidatesMigration(SQLITE_TYPES),
  '0003-event-identity': eventIdentityMigration(),
  '0004-document-metadata': documentMetadataMigration(),
  '0005-latest-changes': latestChangesMigration(),
  // SQLite only: the read model its read workers read pair pages from (PostgreSQL reads them through the query layer).
  '0006-fact-cards': factCardsMigration(),
});
