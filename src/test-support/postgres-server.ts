// Starts a throwaway PostgreSQL server for tests: initdb + pg_ctl in a temp dir, on a free loopback port.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** A new database on the server, empty or a copy of `template` (a database name). */
  createDatabase(template?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Set ENTENTE_TEST_PG_URL (a server URL whose user may CREATE DATABASE) to use a running server instead. */
const EXTERNAL = process.env.ENTENTE_TEST_PG_URL;

export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Why the PostgreSQL suite cannot run here, or null when it can. */
export function postgresUnavailable(): string | null {
  if (EXTERNAL) return null;
  if (!findPostgresBin()) {
    return 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)';
  }
  if (process.getuid?.() === 0 && !osUserExists('postgres')) {
    return "running as root and there is no 'postgres' user for initdb to run as";
  }
  return null;
}

export async function startPostgres(): Promise<TestPostgres> {
  if (EXTERNAL) return onServer(EXTERNAL, async () => undefined);
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresUnavailable() ?? 'PostgreSQL not found');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'entente-pg-'));
  const data = join(dir, 'data');
  if (asRoot) chownSync(dir, uid('postgres'), gid('postgres'));
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'entente', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  const url = `postgresql://entente@127.0.0.1:${port}/postgres`;
  return onServer(url, async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

function onServer(adminUrl: string, shutdown: () => Promise<void>): TestPostgres {
  let n = 0;
  return {
    async createDatabase(template?: string) {
      const name = `entente_test_${process.pid}_${Date.now()}_${n++}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`create database ${name}${template ? ` template ${template}` : ''}`);
      } finally {
        await client.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop: shutdown,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function osUserExists(name: string): boolean {
  return spawnSync('id', ['-u', name]).status === 0;
}

function uid(name: string): number {
  return Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
}

function gid(name: string): number {
  return Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
}
