// Builds the browser bundle with esbuild: the client TypeScript into one minified file, with the page and its styles.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Uint8Array;
  type: string;
}

/** src/ui/ (sources of the page); the bundle entry is client/main.ts there. */
const SOURCE_DIR = fileURLToPath(new URL('../../src/ui/', import.meta.url));
export const STATIC_FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};
/** Names served with another file's body: browsers ask for /favicon.ico whatever the page links (SVG icons work there). */
export const ALIASES: Readonly<Record<string, string>> = { 'favicon.ico': 'favicon.svg' };

/** Adds the aliases' entries to a map of assets. */
export function withAliases(assets: Map<string, Asset>): Map<string, Asset> {
  for (const [alias, name] of Object.entries(ALIASES)) {
    const asset = assets.get(name);
    if (asset) assets.set(alias, asset);
  }
  return assets;
}

/**
 * esbuild is a development dependency: the published package ships the built bundle (npm run build), and only a
 * checkout running from source builds it here, in memory.
 */
export async function buildUiBundle(sourceDir = SOURCE_DIR): Promise<Map<string, Asset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [`${sourceDir}client/main.ts`],
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    platform: 'browser',
    minify: true,
    sourcemap: false,
    write: false,
    outfile: 'app.js',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = new Map<string, Asset>();
  for (const out of result.outputFiles) {
    assets.set('app.js', { body: out.contents, type: 'text/javascript; charset=utf-8' });
  }
  for (const [name, type] of Object.entries(STATIC_FILES)) {
    assets.set(name, { body: await readFile(`${sourceDir}public/${name}`), type });
  }
  return withAliases(assets);
}
