/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
import {z} from 'zod';

export interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  /** status → response schema (null: not JSON). */
  responses: Record<number, z.ZodType | null>;
  security?: Record<string, string[]>[];
}

type Json = Record<string, unknown>;

export function openApiDocument(routes: RouteDoc[]): Json {
  const components: Record<string, Json> = {};
  const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json => {
    const json = z.toJSONSchema(s, {target: 'draft-2020-12', io, unrepresentable: 'any'}) as Json;
    return lift(json);
  };
  // Hoist named ($defs) schemas into components so they are shared.
  const lift = (json: Json): Json => {
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    for (const [id, d] of Object.entries(defs)) components[id] ??= fix(d);
    const rest = {...json};
    delete rest.$defs;
    delete rest.$schema;
    return fix(rest);
  };
  const fix = (j: Json): Json => JSON.parse(JSON.stringify(j).replace(/"#\/\$defs\//g, '"#/components/schemas/')) as Json;
  const named = (s: z.ZodType, io: 'input' | 'output'): Json => {
    const id = (s.meta() as {id?: string} | undefined)?.id;
    const json = schemaOf(s, io);
    if (!id) return json;
    components[id] ??= json;
    return {$ref: `#/components/schemas/${id}`};
  };

  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const op: Json = {summary: r.summary, tags: r.tags, operationId: `${r.method}${r.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_, ch?: string) => (ch ? ch.toUpperCase() : ''))}`};
    const params: Json[] = [];
    for (const m of r.path.matchAll(/\{(\w+)\}/g)) params.push({name: m[1], in: 'path', required: true, schema: {type: 'string'}});
    if (r.query) {
      const shape = r.query.shape as Record<string, z.ZodType>;
      for (const [name, s] of Object.entries(shape)) {
        const js = schemaOf(s, 'input');
        params.push({name, in: 'query', required: !s.safeParse(undefined).success, schema: js, ...(s.description ? {description: s.description} : {})});
      }
    }
    if (params.length) op.parameters = params;
    if (r.body) op.requestBody = {required: true, content: {'application/json': {schema: named(r.body, 'input')}}};
    const responses: Json = {};
    for (const [status, s] of Object.entries(r.responses)) {
      const description = status.startsWith('2') ? 'Success' : {400: 'Bad request', 401: 'Unauthorized', 404: 'Not found', 409: 'Conflict (idempotency key reused with other content)', 410: 'Gone (withdrawn)', 413: 'Payload too large', 415: 'Not JSON (Content-Type must be application/json)', 429: 'Rate limited or too fast (Retry-After)'}[Number(status)] ?? 'Error';
      responses[status] = s ? {description, content: {'application/json': {schema: named(s, 'output')}}} : {description, content: {'image/*': {schema: {type: 'string', contentMediaType: 'image/*'}}}};
    }
    if (r.path === '/api/v1/meetings' || (r.path.startsWith('/api/hsds/') && r.path !== '/api/hsds/')) (responses as Record<string, Json>)['304'] = {description: 'Not modified (If-None-Match matched the ETag)'};
    op.responses = responses;
    if (r.security) op.security = r.security;
    const key = r.path.replace(/\/$/, '') || '/';
    paths[key] = {...(paths[key] ?? {}), [r.method]: op};
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'peerkit reference server',
      version: '0.1.0',
      description:
        'Meeting Guide and HSDS 3 feeds, anonymous questions, moderated recovery stories and moderation. No IP address, user agent or cookie is stored. Errors are JSON {error, message, issues?}.',
      license: {name: 'MIT', identifier: 'MIT'},
    },
    servers: [{url: '/'}],
    paths,
    components: {schemas: components, securitySchemes: {bearer: {type: 'http', scheme: 'bearer', description: 'A moderator token from `peerkit moderator add <name>`'}}},
  };
}
