// Version 3: a fact is one real-world event (base key + name + date), each claim link ranked by how directly it
// states the fact, and every stored claim re-keyed under those rules.
import type { Kysely, Migration } from 'kysely';
import type { Db } from '../database.js';
import { rekeyAll } from '../services/rekey.service.js';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

export function eventIdentityMigration(): Migration {
  return {
    async up(db: AnyDb) {
      // One column per statement: SQLite's ALTER TABLE adds only one at a time.
      await db.schema.alterTable('facts').addColumn('base', 'text').execute();
      await db.schema.alterTable('facts').addColumn('name', 'text').execute();
      await db.schema.createIndex('facts_base').on('facts').column('base').execute();
      await db.schema
        .alterTable('fact_claims')
        .addColumn('rank', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The pair page reads each fact's top quotes as one short range of this index, never all its claims.
      await db.schema
        .createIndex('fact_claims_rank')
        .on('fact_claims')
        .columns(['fact_id', 'rank desc', 'claim_id'])
        .execute();
      // The data step reads and writes through the current query layer (the migration runs in its transaction).
      await rekeyAll(db as unknown as Db, new Date().toISOString());
    },
    async down(db: AnyDb) {
      await db.schema.dropIndex('fact_claims_rank').execute();
      await db.schema.alterTable('fact_claims').dropColumn('rank').execute();
      await db.schema.dropIndex('facts_base').execute();
      await db.schema.alterTable('facts').dropColumn('name').execute();
      await db.schema.alterTable('facts').dropColumn('base').execute();
    },
  };
}
