// The OpenAPI 3.1 description, written from the same endpoint list that mounts the routes (JSON Schema 2020-12 from zod).
import { z } from 'zod';
import type { AnyEndpoint } from './endpoint.js';
import { ApiErrorSchema } from './schemas/common.js';

type JsonSchema = Record<string, unknown>;

export function openApiDocument(endpoints: readonly AnyEndpoint[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const path = openApiPath(e.path);
    paths[path] = { ...paths[path], [e.method]: operation(e) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente',
      version,
      description:
        'Defense-cooperation facts between states, extracted from the news, with their evidence. Reading is public; ' +
        'writing (ingest with save, ingest of a URL, review) needs the bearer token the server was started with.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: schema(ApiErrorSchema, 'output') },
    },
    paths,
  };
}

/** `/api/documents/:id{.+}` -> `/api/documents/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

function operation(e: AnyEndpoint): JsonSchema {
  const parameters = [
    ...fields(e.params).map(([name, s]) => ({ name, in: 'path', required: true, ...param(s) })),
    ...fields(e.query).map(([name, s]) => ({
      name,
      in: 'query',
      required: !s.safeParse(undefined).success,
      ...param(s),
    })),
  ];
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  const responses: Record<string, unknown> = {
    [String(e.status ?? 200)]: {
      description: e.summary,
      content: { 'application/json': { schema: schema(e.response, 'output') } },
    },
    '400': error('a parameter or the body is invalid'),
    '500': error('the server failed'),
  };
  if (e.params) responses['404'] = error('not found');
  if (e.auth) {
    responses['401'] = error('the bearer token is missing or wrong');
    responses['403'] = error('writes are disabled (the server was started without a token)');
  }
  if (e.body) responses['413'] = error('the body is larger than the limit');
  return {
    operationId: operationId(e),
    tags: [e.tag],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(e.body, 'input') } },
          },
        }
      : {}),
    ...(e.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

function fields(shape: z.ZodObject | undefined): [string, z.ZodType][] {
  return shape ? (Object.entries(shape.shape) as [string, z.ZodType][]) : [];
}

function param(s: z.ZodType): JsonSchema {
  const { description, ...rest } = schema(s, 'input');
  return { ...(typeof description === 'string' ? { description } : {}), schema: rest };
}

function schema(s: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function operationId(e: AnyEndpoint): string {
  const words = openApiPath(e.path)
    .split('/')
    .filter((w) => w !== '' && w !== 'api')
    .map((w) =>
      w.startsWith('{')
        ? `By${cap(w.slice(1, -1))}`
        : cap(w.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())),
    );
  return `${e.method}${words.join('')}`;
}

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
