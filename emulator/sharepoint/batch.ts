/**
 * SharePoint `$batch` (OData v3 multipart/mixed), as PnPjs `sp.batched()` sends it and parses the answer
 * (node_modules/@pnp/sp/batching.js): parts `application/http` with `VERB <absolute url> HTTP/1.1`, headers,
 * blank line, body; writes grouped in `changeset_<guid>` parts. The answer is one flat part per request,
 * in order, under `batchresponse_<guid>`, ending with a newline after the closing boundary (D/P).
 * Not transactional: a failed part does not undo the others (D).
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from '../http';
import { spErrors } from './errors';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

interface Part {
  readonly headers: Record<string, string>;
  readonly content: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

function splitParts(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const chunks = text.split(delimiter);
  const parts: Part[] = [];
  // chunks[0] is the preamble; a chunk starting with "--" is the epilogue after the closing delimiter.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const body = chunk.replace(/^\n/, '');
    const blank = body.indexOf('\n\n');
    const headerText = blank >= 0 ? body.slice(0, blank) : body;
    const content = blank >= 0 ? body.slice(blank + 2) : '';
    const headers: Record<string, string> = {};
    for (const line of headerText.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, content });
  }
  return parts;
}

function parseHttpPart(content: string, outer: EmulatorRequest): EmulatorRequest {
  const lines = content.split('\n');
  const requestLine = /^([A-Z]+)\s+(\S+)\s+HTTP\/1\.[01]$/i.exec((lines[0] ?? '').trim());
  if (!requestLine) throw spErrors.invalidRequest('The batch request contains a part without a valid request line.');
  const headers: Record<string, string> = {};
  let index = 1;
  for (; index < lines.length && lines[index].trim() !== ''; index++) {
    const colon = lines[index].indexOf(':');
    if (colon > 0) headers[lines[index].slice(0, colon).trim().toLowerCase()] = lines[index].slice(colon + 1).trim();
  }
  const body = lines.slice(index + 1).join('\n').replace(/\n+$/, '');
  let url: URL;
  try {
    url = new URL(requestLine[2], outer.url);
  } catch {
    throw spErrors.invalidRequest(`The batch part URL '${requestLine[2]}' is not valid.`);
  }
  const method = requestLine[1].toUpperCase();
  // PnPjs turns `X-HTTP-Method` into the verb; the router reads writes as POST + X-HTTP-Method.
  const isOverride = ['MERGE', 'PATCH', 'PUT', 'DELETE'].includes(method);
  return {
    method: isOverride ? 'POST' : method,
    url,
    headers: { ...headers, ...(isOverride ? { 'x-http-method': method } : {}) },
    body: Buffer.from(body, 'utf8'),
    user: outer.user,
  };
}

function serializeResponse(response: EmulatorResponse): string {
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_TEXT[response.status] ?? 'Unknown'}`];
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (name.toLowerCase() === 'content-length') continue;
    lines.push(`${name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name}: ${value}`);
  }
  let body = '';
  if (response.body !== undefined && response.body !== null && response.status !== 204) {
    body = typeof response.body === 'string' ? response.body : Buffer.isBuffer(response.body) ? response.body.toString('utf8') : JSON.stringify(response.body);
  }
  return `${lines.join('\n')}\n\n${body}`;
}

export function handleBatch(
  request: EmulatorRequest,
  dispatch: (sub: EmulatorRequest) => EmulatorResponse,
  onError: (error: unknown, sub: EmulatorRequest) => EmulatorResponse,
): EmulatorResponse {
  const boundary = boundaryOf(request.headers['content-type']);
  if (!boundary) throw spErrors.invalidRequest('The batch request must have Content-Type multipart/mixed with a boundary.');
  const text = request.body.toString('utf8').replace(/\r\n/g, '\n');
  const subRequests: EmulatorRequest[] = [];
  for (const part of splitParts(text, boundary)) {
    const changeset = boundaryOf(part.headers['content-type']);
    if ((part.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/mixed') && changeset) {
      for (const inner of splitParts(part.content, changeset)) subRequests.push(parseHttpPart(inner.content, request));
    } else {
      subRequests.push(parseHttpPart(part.content, request));
    }
  }
  const responseBoundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const sub of subRequests) {
    let response: EmulatorResponse;
    try {
      response = dispatch(sub);
    } catch (error) {
      response = onError(error, sub);
    }
    chunks.push(`--${responseBoundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${serializeResponse(response)}\n`);
  }
  return {
    status: 200,
    headers: { 'content-type': `multipart/mixed; boundary=${responseBoundary}` },
    body: `${chunks.join('')}--${responseBoundary}--\n`,
  };
}
