// Version 2: claims carry the extractor's confidence, and below-threshold readings are kept as candidates for review.
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

export function candidatesMigration(types: ColumnTypes): Migration {
  return {
    async up(db: AnyDb) {
      // One column per statement: SQLite's ALTER TABLE adds only one at a time.
      await db.schema.alterTable('claims').addColumn('confidence', types.real).execute();
      await db.schema
        .alterTable('claims')
        .addColumn('candidate', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // `entente candidates` lists them newest first: one index range, no scan of the kept claims.
      await db.schema.createIndex('claims_candidate').on('claims').columns(['candidate', 'id']).execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropIndex('claims_candidate').execute();
      await db.schema.alterTable('claims').dropColumn('candidate').execute();
      await db.schema.alterTable('claims').dropColumn('confidence').execute();
    },
  };
}
