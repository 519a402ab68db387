// Version 1 of the schema: documents, claims, canonical facts and what links them; one definition for every dialect.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { ColumnTypes } from '../dialect.js';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

export function initialMigration(types: ColumnTypes): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text')
        .addColumn('source', 'text')
        .addColumn('title', 'text')
        .addColumn('published', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('near_duplicate_of', 'text', (c) => c.references('documents.id'))
        .addColumn('similarity', types.real)
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_source').on('documents').column('source').execute();
      await db.schema.createIndex('documents_near').on('documents').column('near_duplicate_of').execute();

      await db.schema
        .createTable('claims')
        .addColumn('id', types.autoId, (c) => autoPrimaryKey(c, types))
        .addColumn('document', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('parties', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('item', 'text')
        .addColumn('ev_start', 'integer', (c) => c.notNull())
        .addColumn('ev_end', 'integer', (c) => c.notNull())
        .addColumn('ev_text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('claims_document').on('claims').columns(['document', 'ord']).execute();

      await db.schema
        .createTable('facts')
        .addColumn('id', types.autoId, (c) => autoPrimaryKey(c, types))
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('parties', 'text', (c) => c.notNull())
        .addColumn('item', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_lo', 'integer')
        .addColumn('date_hi', 'integer')
        .addColumn('milestones', 'text', (c) => c.notNull())
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('conflict_count', 'integer', (c) => c.notNull())
        .addColumn('best_claim', 'integer')
        .addColumn('best_quote', 'text')
        .addColumn('best_doc', 'text')
        .addColumn('review', 'text')
        .addColumn('override', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('facts_type_status').on('facts').columns(['type', 'status']).execute();
      await db.schema.createIndex('facts_date').on('facts').column('date_hi').execute();

      // (party, fact_id) first: `ties A B` intersects two short index ranges and never scans facts.
      await db.schema
        .createTable('fact_parties')
        .addColumn('party', 'text', (c) => c.notNull())
        .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id'))
        .addPrimaryKeyConstraint('fact_parties_pk', ['party', 'fact_id'])
        .execute();
      await db.schema.createIndex('fact_parties_fact').on('fact_parties').column('fact_id').execute();
      // Every unordered pair of a fact's parties (a < b): `ties A B` is one range scan of exactly its rows.
      await db.schema
        .createTable('fact_pairs')
        .addColumn('a', 'text', (c) => c.notNull())
        .addColumn('b', 'text', (c) => c.notNull())
        .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id'))
        .addPrimaryKeyConstraint('fact_pairs_pk', ['a', 'b', 'fact_id'])
        .execute();
      await db.schema.createIndex('fact_pairs_fact').on('fact_pairs').column('fact_id').execute();

      await db.schema
        .createTable('fact_claims')
        .addColumn('claim_id', 'integer', (c) => c.primaryKey().references('claims.id'))
        .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id'))
        .execute();
      await db.schema
        .createIndex('fact_claims_fact')
        .on('fact_claims')
        .columns(['fact_id', 'claim_id'])
        .execute();

      await db.schema
        .createTable('conflicts')
        .addColumn('id', types.autoId, (c) => autoPrimaryKey(c, types))
        .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('claim_a', 'integer', (c) => c.notNull())
        .addColumn('claim_b', 'integer', (c) => c.notNull())
        .addColumn('value_a', 'text', (c) => c.notNull())
        .addColumn('value_b', 'text', (c) => c.notNull())
        .addColumn('detected_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('conflicts_unique', ['fact_id', 'kind', 'claim_a', 'claim_b'])
        .execute();
      await db.schema.createIndex('conflicts_claim_a').on('conflicts').column('claim_a').execute();
      await db.schema.createIndex('conflicts_claim_b').on('conflicts').column('claim_b').execute();

      await db.schema
        .createTable('reviews')
        .addColumn('id', types.autoId, (c) => autoPrimaryKey(c, types))
        .addColumn('fact_id', 'integer', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text', (c) => c.notNull())
        .addColumn('after', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reviews_fact').on('reviews').column('fact_id').execute();

      await db.schema
        .createTable('signatures')
        .addColumn('doc', 'text', (c) => c.primaryKey().references('documents.id'))
        .addColumn('words', 'text', (c) => c.notNull())
        .addColumn('anchors', 'text', (c) => c.notNull())
        .addColumn('word_count', 'integer', (c) => c.notNull())
        .addColumn('anchor_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('bands')
        .addColumn('bucket', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull().references('documents.id'))
        .addPrimaryKeyConstraint('bands_pk', ['bucket', 'doc'])
        .execute();
      await db.schema.createIndex('bands_doc').on('bands').column('doc').execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: AnyDb) {
      for (const table of [
        'meta',
        'bands',
        'signatures',
        'reviews',
        'conflicts',
        'fact_claims',
        'fact_pairs',
        'fact_parties',
        'facts',
        'claims',
        'documents',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}

function autoPrimaryKey(c: ColumnDefinitionBuilder, types: ColumnTypes): ColumnDefinitionBuilder {
  // SQLite's INTEGER PRIMARY KEY is the rowid; AUTOINCREMENT stops ids of deleted rows being reused.
  return types.autoId === 'integer' ? c.primaryKey().autoIncrement() : c.primaryKey();
}
