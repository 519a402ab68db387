import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { z } from 'zod';
import { extractFacts } from '../extract/pipeline.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { endpoint, mountEndpoints } from './endpoint.js';
import { knowledgeOf } from './knowledge.js';
import { openApiPath } from './openapi.js';

type Schema = Record<string, unknown>;

/** The JSON Schema 2020-12 keywords zod emits, checked independently of zod: the served document must describe the data. */
function violations(schema: Schema, value: unknown, root: Schema, at = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, k) => (o as Schema)[k], root);
    return violations(target as Schema, value, root, at);
  }
  const out: string[] = [];
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = (schema.anyOf ?? schema.oneOf) as Schema[];
    if (!options.some((o) => violations(o, value, root, at).length === 0))
      out.push(`${at}: matches no alternative`);
  }
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value;
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    if (!types.includes(kind) && !(kind === 'integer' && types.includes('number')))
      return [`${at}: ${kind} is not ${types}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    out.push(`${at}: ${String(value)} not in enum`);
  if (schema.const !== undefined && schema.const !== value) out.push(`${at}: not ${String(schema.const)}`);
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern).test(value)
  ) {
    out.push(`${at}: '${value}' does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    out.push(`${at}: < minimum`);
  if (kind === 'array') {
    const items = value as unknown[];
    const prefix = (schema.prefixItems ?? []) as Schema[];
    items.forEach((item, i) => {
      const s = prefix[i] ?? (schema.items as Schema | undefined);
      if (s) out.push(...violations(s, item, root, `${at}[${i}]`));
    });
  }
  if (kind === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in obj)) out.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) out.push(...violations(props[key], v, root, `${at}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${at}.${key}: not described`);
      else if (typeof schema.additionalProperties === 'object') {
        out.push(...violations(schema.additionalProperties as Schema, v, root, `${at}.${key}`));
      }
      if (schema.propertyNames)
        out.push(...violations(schema.propertyNames as Schema, key, root, `${at}{${key}}`));
    }
  }
  return out;
}

/** One example request for every GET in the description, with path parameters filled in. */
const EXAMPLES: Record<string, string> = {
  '/api/documents/{id}': `/api/documents/${encodeURIComponent('reference:acsa:JPN-PHL')}`,
  '/api/facts/{id}': '/api/facts/1',
  '/api/pairs/{a}/{b}': '/api/pairs/JPN/PHL',
  '/api/ladder/{a}/{b}': '/api/ladder/JPN/AUS',
  '/api/matrix/{party}': '/api/matrix/JPN',
  '/api/search': '/api/search?q=Japan%20ACSA',
  '/api/gaps': '/api/gaps?party=JPN&has=acsa&lacks=information_security',
  '/api/network': '/api/network?party=JPN',
};

let store: Store;
let app: Hono;
let doc: Schema;

beforeAll(async () => {
  const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' });
  if (!opened.ok) throw opened.error;
  store = opened.value;
  const deps = {
    store,
    knowledge: knowledgeOf(store),
    extract: extractFacts,
    fetchTimeoutMs: 2000,
    version: 'test',
  };
  app = createApp(deps, { token: 'token-for-tests', ui: null });
  doc = (await (await app.request('/api/openapi.json')).json()) as Schema;
});

afterAll(async () => {
  await store.close();
});

describe('the OpenAPI description', () => {
  it('is OpenAPI 3.1 and lists exactly the routes the app mounts', () => {
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths as Record<string, Schema>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const mounted = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/openapi.json')
      .map((r) => `${r.method} ${openApiPath(r.path)}`);
    expect([...new Set(mounted)].sort()).toEqual(described.sort());
  });

  it('describes the response of every GET as it is actually sent', async () => {
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
      if (!ops.get) continue;
      const url = EXAMPLES[path] ?? path;
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      const schema = (ops.get.responses as Record<string, Schema>)['200']!;
      const body = (await res.json()) as unknown;
      const json = ((schema.content as Schema)['application/json'] as Schema).schema as Schema;
      expect(violations(json, body, doc), url).toEqual([]);
    }
  });

  it('is checked by a checker that does find a missing or undescribed field', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'number' } },
      required: ['a'],
      additionalProperties: false,
    };
    expect(violations(schema, { b: 1 }, {})).toEqual(['$.a: missing', '$.b: not described']);
  });

  it('describes error responses with the shared error schema', async () => {
    const res = await app.request('/api/pairs/JPN/JPN');
    const errorSchema = ((doc.components as Schema).schemas as Schema).Error as Schema;
    expect(violations(errorSchema, await res.json(), doc)).toEqual([]);
  });

  it('marks the write endpoints as needing the bearer token', () => {
    const review = (doc.paths as Record<string, Record<string, Schema>>)['/api/facts/{id}/review']!.post!;
    expect(review.security).toEqual([{ bearer: [] }]);
  });
});

describe('response checking', () => {
  it('turns a response with a field its schema lacks into a 500 naming the route', async () => {
    const { Hono } = await import('hono');
    const bad = new Hono();
    bad.onError((e, c) => c.json({ message: e.message }, 500));
    mountEndpoints(
      bad,
      [
        endpoint({
          method: 'get',
          path: '/x',
          tag: 't',
          summary: 's',
          response: z.object({ a: z.number() }),
          handle: () => ({ a: 1, extra: true }) as { a: number },
        }),
      ],
      { token: null, checkResponses: true },
    );
    const res = await bad.request('/x');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { message: string }).message).toContain(
      'fields its schema does not describe',
    );
  });
});
