// One endpoint = method, path, zod schemas for params, query, body and response, and a handler; the same list mounts
// the routes and writes the OpenAPI description, so the two cannot drift apart.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ApiError, badRequest } from './api-error.js';
import { RawJson } from './response-cache.js';

type AnyObject = z.ZodObject<z.ZodRawShape>;
type NoInput = z.ZodObject<Record<string, never>>;

export interface RequestContext {
  /** True when the request carries the start-up token. */
  readonly authorized: boolean;
  /** Throws 401/403 unless the request may write; for endpoints where only some requests write (ingest with save). */
  requireToken(what: string): void;
}

export interface Endpoint<
  P extends AnyObject,
  Q extends AnyObject,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  method: 'get' | 'post';
  /** A Hono path; `:name{regex}` parameters become `{name}` in the OpenAPI description. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** 'token': every request needs the token; 'handler': the handler asks for it when the request writes. */
  auth?: 'token' | 'handler';
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: 200 | 201;
  handle(
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    ctx: RequestContext,
  ): Promise<z.input<R> | RawJson> | z.input<R> | RawJson;
}

// The list holds endpoints of many shapes; each was type-checked where `endpoint()` built it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any, any>;

export function endpoint<
  P extends AnyObject = NoInput,
  Q extends AnyObject = NoInput,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(def: Endpoint<P, Q, B, R>): AnyEndpoint {
  return def;
}

export interface MountOptions {
  /** The write token given at start-up, or null when writes are disabled. */
  token: string | null;
  /** Check every response against its schema (tests): a mismatch is a 500 naming the field. */
  checkResponses?: boolean;
}

export function mountEndpoints(app: Hono, endpoints: readonly AnyEndpoint[], options: MountOptions): void {
  const expected = options.token === null ? null : digest(options.token);
  for (const e of endpoints) {
    app.on(e.method.toUpperCase(), e.path, async (c) => {
      const authorized = expected !== null && presented(c, expected);
      const ctx: RequestContext = {
        authorized,
        requireToken(what) {
          if (authorized) return;
          if (expected === null) {
            throw new ApiError(
              403,
              'FORBIDDEN',
              `${what} is disabled: start the server with --token or ENTENTE_TOKEN`,
            );
          }
          c.header('WWW-Authenticate', 'Bearer');
          throw new ApiError(401, 'UNAUTHORIZED', `${what} needs the header 'Authorization: Bearer <token>'`);
        },
      };
      if (e.auth === 'token') ctx.requireToken(`${e.method.toUpperCase()} ${e.path}`);
      const params = validate(e.params, c.req.param(), 'path');
      const query = validate(e.query, c.req.query(), 'query');
      const body = e.body ? validate(e.body, await readJson(c), 'body') : undefined;
      const result = await e.handle({ params, query, body }, ctx);
      if (options.checkResponses)
        checkResponse(e, result instanceof RawJson ? JSON.parse(result.text()) : result);
      if (result instanceof RawJson) {
        return c.body(result.json, e.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8' });
      }
      return c.json(result as object, e.status ?? 200);
    });
  }
}

function validate<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string): unknown {
  if (schema === undefined) return {};
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw badRequest(describeIssue(parsed.error.issues[0], where));
}

export function describeIssue(issue: z.core.$ZodIssue | undefined, where: string): string {
  if (!issue) return `${where}: invalid`;
  const field = [where, ...issue.path.map(String)].join('.');
  // Shared rules (src/schema/query-args.ts) already say what they got, in the words the person typed.
  const found =
    'input' in issue && issue.input !== undefined && !issue.message.includes(', got ')
      ? ` (got ${preview(issue.input)})`
      : '';
  return `${field}: ${issue.message}${found}`;
}

/** At most 80 characters of what was sent; a value nested too deep to print (hostile JSON) is not printed. */
function preview(input: unknown): string {
  try {
    return String(JSON.stringify(input)).slice(0, 80);
  } catch {
    return Array.isArray(input) ? 'an array nested too deep' : 'a value nested too deep';
  }
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw badRequest(`body: expected Content-Type application/json, got '${type || 'none'}'`);
  }
  try {
    return await c.req.json();
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw badRequest(`body: not valid JSON (${(e as Error).message})`);
  }
}

function presented(c: Context, expected: Buffer): boolean {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  // Compare digests so the comparison takes the same time whatever the length of the guess.
  return match !== null && timingSafeEqual(digest(match[1]!), expected);
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The response must be exactly what the schema describes: no missing field, no extra one. */
function checkResponse(e: AnyEndpoint, result: unknown): void {
  const plain: unknown = JSON.parse(JSON.stringify(result));
  const parsed = (e.response as z.ZodType).safeParse(plain);
  if (!parsed.success) {
    throw new ApiError(
      500,
      'INTERNAL',
      `response of ${e.path} breaks its schema: ${describeIssue(parsed.error.issues[0], 'response')}`,
    );
  }
  if (canonical(parsed.data) !== canonical(plain)) {
    throw new ApiError(500, 'INTERNAL', `response of ${e.path} has fields its schema does not describe`);
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
