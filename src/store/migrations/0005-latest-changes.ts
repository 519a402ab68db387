// Version 5: the latest changes (`/api/changes`) are read from the store, newest first, as one range of an index on
// the facts' last change rather than from a snapshot of every fact held by the server.
import type { Kysely, Migration } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

export function latestChangesMigration(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createIndex('facts_updated').on('facts').columns(['updated_at', 'id']).execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropIndex('facts_updated').execute();
    },
  };
}
