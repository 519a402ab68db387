// Version 4: a reference row's document is titled with its dataset's name, so a quote from it is shown as an entry
// of that dataset (schema/quote.ts) and not as an article; rows loaded before this version are retitled here.
import { sql, type Kysely, type Migration } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

export function documentMetadataMigration(): Migration {
  return {
    async up(db: AnyDb) {
      const meta = await sql<{ value: string }>`select value from meta where key = 'reference'`.execute(db);
      const name = datasetName(meta.rows[0]?.value);
      if (name === null) return;
      await sql`update documents set title = ${name} where source = 'reference'`.execute(db);
    },
    async down() {
      // The generated titles are not kept: `entente reference load` writes the rows again.
    },
  };
}

/** The `name` of the meta row the reference loader writes ({"name", "version", "loadedAt"}), or null. */
function datasetName(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const name = (JSON.parse(value) as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? name : null;
  } catch {
    // A meta row that is not JSON names no dataset: the titles stay until the dataset is loaded again.
    return null;
  }
}
