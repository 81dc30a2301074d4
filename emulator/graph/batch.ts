import { z } from 'zod';
import type { EmulatorRequest, EmulatorResponse, RouteHandler } from '../http';
import { graphError, GraphRequestError } from './errors';
import { parseJsonBody } from './events';

/**
 * Graph JSON batching: POST /$batch `{"requests": [{id, method, url, headers, body, dependsOn}]}` →
 * 200 `{"responses": [{id, status, headers, body}]}`. https://learn.microsoft.com/en-us/graph/json-batching
 * - at most 20 requests; ids unique (case-insensitive), else the whole batch is a 400;
 * - `url` is relative to the version root; a body needs a Content-Type header;
 * - a request whose dependency failed is not run and answers 424 Failed Dependency;
 * - responses may come in any order: clients match them by id. The emulator returns them in the order it
 *   ran them, which differs from the request order whenever a request depends on a later one.
 */
export const MAX_BATCH_REQUESTS = 20;

const batchSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

type BatchStep = z.infer<typeof batchSchema>['requests'][number];

interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

function invalid(message: string): GraphRequestError {
  return new GraphRequestError(400, 'BadRequest', message);
}

function validate(json: unknown): readonly BatchStep[] {
  const parsed = batchSchema.safeParse(json);
  if (!parsed.success) {
    throw invalid('Invalid batch payload format.');
  }
  const steps = parsed.data.requests;
  if (steps.length > MAX_BATCH_REQUESTS) {
    // I: the limit is documented; the wording of the refusal is not.
    throw invalid(`The batch contains ${steps.length} requests; the limit is ${MAX_BATCH_REQUESTS}.`);
  }
  const ids = new Set<string>();
  for (const step of steps) {
    const key = step.id.toLowerCase();
    if (ids.has(key)) {
      throw invalid(`Batch request contains duplicate id '${step.id}'.`);
    }
    ids.add(key);
  }
  for (const step of steps) {
    for (const dependency of step.dependsOn ?? []) {
      if (!ids.has(dependency.toLowerCase())) {
        throw invalid(`Request '${step.id}' depends on '${dependency}', which is not in the batch.`);
      }
    }
    const hasContentType = Object.keys(step.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
    if (step.body !== undefined && !hasContentType) {
      // P: Graph's answer to a body without Content-Type.
      throw invalid(`Write request id : ${step.id} does not contain Content-Type header or body.`);
    }
    if (/^https?:/i.test(step.url)) {
      throw invalid(`Request '${step.id}' must use a URL relative to the version root, such as '/me/events'.`);
    }
  }
  return steps;
}

function toInnerRequest(outer: EmulatorRequest, step: BatchStep): EmulatorRequest {
  const relative = step.url.startsWith('/') ? step.url : `/${step.url}`;
  const version = /\/graph\/v1\.0/i.exec(outer.url.pathname)?.[0] ?? '/graph/v1.0';
  const url = new URL(`${outer.url.origin}${version}${relative}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(outer.headers)) {
    // The outer request's identity applies to every inner request; its own payload headers do not.
    if (!['content-type', 'content-length', 'prefer'].includes(name)) {
      headers[name] = value;
    }
  }
  for (const [name, value] of Object.entries(step.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  const body =
    step.body === undefined ? Buffer.alloc(0) : typeof step.body === 'string' ? Buffer.from(step.body, 'utf8') : Buffer.from(JSON.stringify(step.body), 'utf8');
  return { method: step.method.toUpperCase(), url, headers, body, ...(outer.user === undefined ? {} : { user: outer.user }) };
}

function inlineBody(response: EmulatorResponse): unknown {
  if (response.body === undefined) {
    return undefined;
  }
  if (Buffer.isBuffer(response.body)) {
    return response.body.toString('base64');
  }
  return response.body;
}

export async function handleBatch(request: EmulatorRequest, route: RouteHandler): Promise<EmulatorResponse> {
  const steps = validate(parseJsonBody(request.body));
  const pending = [...steps];
  const statusById = new Map<string, number>();
  const responses: BatchResponse[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((step) => (step.dependsOn ?? []).every((dependency) => statusById.has(dependency.toLowerCase())));
    if (index === -1) {
      throw invalid('The dependsOn chain of the batch contains a cycle.');
    }
    const [step] = pending.splice(index, 1);
    const failedDependency = (step.dependsOn ?? []).find((dependency) => {
      const status = statusById.get(dependency.toLowerCase()) ?? 0;
      return status < 200 || status > 299;
    });
    let response: EmulatorResponse;
    if (failedDependency !== undefined) {
      // I: the 424 is documented; its body is Graph's error shape with code "FailedDependency".
      response = graphError(424, 'FailedDependency', `The request depends on request '${failedDependency}', which failed.`, request);
    } else if (/^\/?\$batch/i.test(step.url)) {
      response = graphError(400, 'BadRequest', 'A batch cannot contain another batch.', request);
    } else {
      response = await route(toInnerRequest(request, step));
    }
    statusById.set(step.id.toLowerCase(), response.status);
    const body = inlineBody(response);
    responses.push({ id: step.id, status: response.status, headers: { ...(response.headers ?? {}) }, ...(body === undefined ? {} : { body }) });
  }
  return { status: 200, headers: { 'content-type': 'application/json' }, body: { responses } };
}
