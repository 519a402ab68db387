// Writes the web UI bundle next to the compiled server (dist/ui/public/), where `entente serve` looks for it first.
// Runs after tsc in `npm run build`: it uses the compiled builder, which bundles src/ui/client/ with esbuild.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { stdout } from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const { buildUiBundle } = await import('../dist/ui/build-bundle.js');
const out = fileURLToPath(new URL('../dist/ui/public/', import.meta.url));
await mkdir(out, { recursive: true });
const assets = await buildUiBundle();
for (const [name, asset] of assets) await writeFile(`${out}${name}`, asset.body);
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
stdout.write(
  `ui: ${[...assets].map(([name, a]) => `${name} ${kib(a.body.length)}`).join(', ')} -> dist/ui/public/\n`,
);

// tsc writes files without the executable bit; `npx entente` runs dist/cli.js (package.json "bin") directly.
await chmod(fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 0o755);
