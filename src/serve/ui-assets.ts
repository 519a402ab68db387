// Finds the web UI: the bundle `npm run build` wrote next to the compiled server, else one built now from source.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AppError, err, ok, type Result } from '../errors.js';
import { STATIC_FILES, withAliases, type Asset } from '../ui/build-bundle.js';

export interface UiAsset extends Asset {
  etag: string;
}

/** dist/ui/public/ when running the compiled server (src/ui/public/ holds only the page sources: no app.js there). */
const BUILT_DIR = fileURLToPath(new URL('../ui/public/', import.meta.url));

export async function loadUiAssets(): Promise<Result<Map<string, UiAsset>>> {
  let assets: Map<string, Asset>;
  try {
    if (existsSync(`${BUILT_DIR}app.js`)) {
      assets = new Map();
      const files = { ...STATIC_FILES, 'app.js': 'text/javascript; charset=utf-8' };
      for (const [name, type] of Object.entries(files))
        assets.set(name, { body: await readFile(`${BUILT_DIR}${name}`), type });
      withAliases(assets);
    } else {
      const { buildUiBundle } = await import('../ui/build-bundle.js');
      assets = await buildUiBundle();
    }
  } catch (e) {
    return err(
      new AppError(
        'FILE_UNREADABLE',
        `cannot load or build the web UI (${(e as Error).message}); run npm run build`,
        BUILT_DIR,
        {
          cause: e,
        },
      ),
    );
  }
  const out = new Map<string, UiAsset>();
  for (const [name, asset] of assets) {
    out.set(name, {
      ...asset,
      etag: `"${createHash('sha256').update(asset.body).digest('hex').slice(0, 20)}"`,
    });
  }
  return ok(out);
}
