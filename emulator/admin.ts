/**
 * Emulator administration, under `/_emulator/` and without authentication: only a local emulator has these.
 * - `POST /_emulator/throttle` `{target: "sharepoint"|"graph", count, status: 429|503, retryAfterSeconds}`:
 *   the next `count` requests to that target are throttled.
 * - `GET /_emulator/outbox`: the meeting messages the Graph emulator "sent" (helper of emulator/graph).
 * - `POST /_emulator/reset`: empties the database and seeds again (tests).
 * - `POST /_emulator/bulk-insert` `{site?, listTitle, items: [...], userEmail?}`: TEST-ONLY fast insert of many items
 *   in one transaction (to build lists past the 5,000-item view threshold); values as in a REST create body.
 * - `GET /_emulator/health`: `{ok: true}`.
 */
import type { DatabaseSync } from 'node:sqlite';
import { DEFAULT_SITE_PATH, SEEDED_USERS, resetEmulatorDatabase } from './database';
import type { EmulatorRequest, EmulatorResponse, RouteHandler } from './http';
import { SharePointError } from './sharepoint/errors';
import { applyWriteBody, completeNewItem } from './sharepoint/items';
import { SharePointStore } from './sharepoint/store';

export type ThrottleTarget = 'sharepoint' | 'graph';

interface ThrottlePlan {
  remaining: number;
  status: 429 | 503;
  retryAfterSeconds: number;
}

/** In-memory throttle plans per target; they apply before routing. */
export class ThrottleInjector {
  private readonly plans = new Map<ThrottleTarget, ThrottlePlan>();

  public plan(target: ThrottleTarget, count: number, status: 429 | 503, retryAfterSeconds: number): void {
    this.plans.set(target, { remaining: count, status, retryAfterSeconds });
  }

  public clear(): void {
    this.plans.clear();
  }

  /** The throttled answer for this request, or undefined when it may pass. */
  public take(target: ThrottleTarget, request: EmulatorRequest): EmulatorResponse | undefined {
    const plan = this.plans.get(target);
    if (!plan || plan.remaining <= 0) return undefined;
    plan.remaining--;
    const headers = { 'retry-after': String(plan.retryAfterSeconds), 'content-type': 'application/json' };
    if (target === 'graph') {
      // D: Graph's throttling body (https://learn.microsoft.com/graph/throttling).
      return {
        status: plan.status,
        headers,
        body: {
          error: {
            code: plan.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable',
            message: plan.status === 429 ? 'Please retry again later.' : 'The service is temporarily unavailable. Please retry again later.',
            innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': crypto.randomUUID(), 'client-request-id': request.headers['client-request-id'] ?? crypto.randomUUID() },
          },
        },
      };
    }
    // D: 429/503 with Retry-After (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online);
    // I: the body text, SharePoint's throttled answers vary.
    return {
      status: plan.status,
      headers: { ...headers, 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' },
      body: {
        'odata.error': {
          code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
          message: { lang: 'en-US', value: 'The request has been throttled. Retry after the number of seconds in the Retry-After header.' },
        },
      },
    };
  }
}

function json(status: number, body: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

function parseBody(request: EmulatorRequest): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createAdminRouter(db: DatabaseSync, throttle: ThrottleInjector, outbox: RouteHandler): RouteHandler {
  const store = new SharePointStore(db);
  return async (request) => {
    const action = request.url.pathname.replace(/^\/_emulator\/?/i, '').replace(/\/+$/, '').toLowerCase();
    if (action === 'health') return json(200, { ok: true });
    if (action === 'outbox') return outbox(request);
    if (request.method !== 'POST') return json(405, { error: `Use POST for /_emulator/${action}.` });
    const body = parseBody(request);
    if (!body) return json(400, { error: 'The body must be a JSON object.' });
    switch (action) {
      case 'throttle': {
        const target = body.target;
        const count = Number(body.count ?? 1);
        const status = Number(body.status ?? 429);
        const retryAfter = Number(body.retryAfterSeconds ?? 1);
        if ((target !== 'sharepoint' && target !== 'graph') || !Number.isInteger(count) || count < 0 || (status !== 429 && status !== 503) || !(retryAfter >= 0)) {
          return json(400, { error: 'Expected {"target": "sharepoint"|"graph", "count": n, "status": 429|503, "retryAfterSeconds": s}.' });
        }
        throttle.plan(target, count, status, retryAfter);
        return json(200, { target, count, status, retryAfterSeconds: retryAfter });
      }
      case 'reset':
        throttle.clear();
        resetEmulatorDatabase(db);
        return json(200, { reset: true });
      case 'bulk-insert': {
        const site = store.siteByPath(typeof body.site === 'string' ? body.site : DEFAULT_SITE_PATH);
        if (!site) return json(404, { error: `Unknown site ${String(body.site)}.` });
        const list = typeof body.listTitle === 'string' ? store.listByTitle(site.id, body.listTitle) : undefined;
        if (!list) return json(404, { error: `Unknown list ${String(body.listTitle)}.` });
        if (!Array.isArray(body.items)) return json(400, { error: 'items must be an array of objects.' });
        const author = store.ensureUser(typeof body.userEmail === 'string' ? body.userEmail : SEEDED_USERS[0].email);
        const fields = store.fields(list.guid);
        try {
          const rows = (body.items as unknown[]).map((item) => ({
            values: completeNewItem(fields, applyWriteBody(list, fields, (item ?? {}) as Record<string, unknown>, {}, false), false),
          }));
          const ids = store.insertItems(list, author.id, rows);
          return json(200, { inserted: ids.length, firstId: ids[0] ?? null, lastId: ids[ids.length - 1] ?? null });
        } catch (error) {
          if (error instanceof SharePointError) return json(error.status, { error: error.message });
          throw error;
        }
      }
      default:
        return json(404, { error: `Unknown emulator endpoint /_emulator/${action}.` });
    }
  };
}
