// Gold files of ../shared/gold: the facts a careful analyst reads in a document.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError, err, ok, type Result } from '../errors.js';
import { FactTypeSchema, PartialDateSchema, StatusSchema } from '../schema/fact.js';

export const GoldFactSchema = z.object({
  type: FactTypeSchema,
  parties: z.array(z.string()),
  status: StatusSchema,
  alt_status: z.array(StatusSchema).default([]),
  date: PartialDateSchema.nullable().default(null),
  alt_dates: z.array(PartialDateSchema).default([]),
  optional: z.boolean().default(false),
  quote: z.string().default(''),
});
export type GoldFact = z.infer<typeof GoldFactSchema>;

export const GoldDocumentSchema = z.object({
  doc: z.string(),
  published: PartialDateSchema.nullable().default(null),
  facts: z.array(GoldFactSchema),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

export async function readGoldDir(dir: string): Promise<Result<GoldDocument[]>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    return err(new AppError('FILE_UNREADABLE', 'cannot read gold directory', dir, { cause: e }));
  }
  const docs: GoldDocument[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      return err(new AppError('INVALID_INPUT', `not valid JSON (${(e as Error).message})`, path));
    }
    const parsed = GoldDocumentSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return err(
        new AppError('INVALID_INPUT', `not a gold file: ${issue?.path.join('.')} ${issue?.message}`, path),
      );
    }
    docs.push(parsed.data);
  }
  return ok(docs);
}
