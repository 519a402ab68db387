// Starts one of serve/'s worker threads from its module name, compiled or from source.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker `name` (e.g. 'extract-worker'): the compiled `name.js` next to this module (dist/), or, running from
 * source (vitest, tsx), `name.ts` imported after registering tsx's loader in the worker (Node 20 workers ignore
 * `--import`).
 */
export function newWorker(name: string, workerData?: unknown): Worker {
  const options = workerData === undefined ? {} : { workerData };
  const js = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, options);
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = new URL('./dist/esm/api/index.mjs', tsxPackage).href;
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
