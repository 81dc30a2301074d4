/**
 * The SharePoint REST router: `<site>/_api/...` → handlers, the same code for direct requests and `$batch` parts.
 * Endpoints follow https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service
 * and what PnPjs v4 sends (node_modules/@pnp/sp/**).
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { ROLE_DEFINITIONS } from '../database';
import type { EmulatorRequest, EmulatorResponse, RouteHandler } from '../http';
import { handleBatch } from './batch';
import type { SpContext } from './context';
import { SharePointError, spErrors } from './errors';
import { fieldEntityType, fieldFromSchemaXml, type FieldDef } from './fields';
import { evaluateFilter, parseFilter } from './filter';
import {
  applyWriteBody, checkIfMatch, completeNewItem, itemEditLink, itemEntity, itemETag, itemTypeName, planSelect, queryItems, queryList,
} from './items';
import {
  Complex, Entity, EntitySet, ValueArray, collectionBody, entityBody, errorResponse, formatFromAccept, jsonResponse, primitiveBody, renderProps, shapeEntity,
} from './odata';
import { argument, parseApiPath, type Segment } from './path';
import { SharePointStore, nowIso, type ItemRow, type ListRow, type PrincipalRow } from './store';

export interface SharePointRouterOptions {
  readonly listViewThreshold: number;
  /** Called for errors that are not SharePoint errors (bugs), so they are logged, not swallowed. */
  readonly onUnexpectedError?: (error: unknown, request: EmulatorRequest) => void;
}

type Resource =
  | { readonly kind: 'web' }
  | { readonly kind: 'site' }
  | { readonly kind: 'lists' }
  | { readonly kind: 'list'; readonly list: ListRow }
  | { readonly kind: 'items'; readonly list: ListRow }
  | { readonly kind: 'item'; readonly list: ListRow; readonly item: ItemRow }
  | { readonly kind: 'fields'; readonly list?: ListRow }
  | { readonly kind: 'field'; readonly list: ListRow; readonly field: FieldDef }
  | { readonly kind: 'views'; readonly list: ListRow }
  | { readonly kind: 'view'; readonly list: ListRow; readonly viewId: string; readonly def: ViewDef }
  | { readonly kind: 'viewfields'; readonly list: ListRow; readonly viewId: string; readonly def: ViewDef }
  | { readonly kind: 'contenttypes'; readonly list?: ListRow; readonly available?: boolean }
  | { readonly kind: 'contenttype'; readonly list?: ListRow; readonly id: string; readonly def: Record<string, unknown> }
  | { readonly kind: 'siteusers' }
  | { readonly kind: 'user'; readonly principal: PrincipalRow }
  | { readonly kind: 'sitegroups' }
  | { readonly kind: 'group'; readonly principal: PrincipalRow }
  | { readonly kind: 'groupusers'; readonly principal: PrincipalRow }
  | { readonly kind: 'roledefinitions' }
  | { readonly kind: 'roledefinition'; readonly id: number }
  | { readonly kind: 'roleassignments'; readonly scope: string; readonly list?: ListRow; readonly item?: ItemRow }
  | { readonly kind: 'folder'; readonly list: ListRow; readonly url: string }
  | { readonly kind: 'folders'; readonly list: ListRow; readonly url: string }
  | { readonly kind: 'files'; readonly list: ListRow; readonly url: string }
  | { readonly kind: 'file'; readonly list: ListRow; readonly item: ItemRow }
  | { readonly kind: 'filevalue'; readonly list: ListRow; readonly item: ItemRow }
  | { readonly kind: 'recyclebin' }
  | { readonly kind: 'permissions'; readonly scope: string }
  | { readonly kind: 'result'; readonly response: EmulatorResponse };

interface ViewDef {
  readonly Title: string;
  readonly DefaultView: boolean;
  readonly PersonalView: boolean;
  readonly RowLimit: number;
  readonly ViewQuery: string;
  readonly ViewFields: readonly string[];
  readonly [key: string]: unknown;
}

const DIGEST_LIFETIME_SECONDS = 1800;

const COLLECTION_SEGMENTS = new Set(['lists', 'items', 'fields', 'views', 'contenttypes', 'siteusers', 'sitegroups', 'roledefinitions', 'files', 'folders']);

export function createSharePointRouter(db: DatabaseSync, options: SharePointRouterOptions): RouteHandler {
  const store = new SharePointStore(db);
  const secret = (db.prepare("SELECT value FROM meta WHERE key = 'digestSecret'").get() as { value: string } | undefined)?.value ?? 'emulator';

  const handler: RouteHandler = async (request) => {
    const format = formatFromAccept(request.headers.accept);
    try {
      return route(request);
    } catch (error) {
      if (error instanceof SharePointError) return errorResponse(error, format);
      options.onUnexpectedError?.(error, request);
      return errorResponse(spErrors.internal(error instanceof Error ? error.message : String(error)), format);
    }
  };

  function digestFor(timestampSeconds: number): string {
    const mac = createHmac('sha256', secret).update(String(timestampSeconds)).digest('hex').toUpperCase();
    return `0x${mac},${new Date(timestampSeconds * 1000).toUTCString()}`;
  }

  function digestIsValid(value: string): boolean {
    const comma = value.indexOf(',');
    const time = comma < 0 ? Number.NaN : Date.parse(value.slice(comma + 1));
    if (Number.isNaN(time)) return false;
    const seconds = Math.floor(time / 1000);
    return digestFor(seconds) === value && Date.now() / 1000 - seconds < DIGEST_LIFETIME_SECONDS;
  }

  function route(request: EmulatorRequest): EmulatorResponse {
    const format = formatFromAccept(request.headers.accept);
    const pathname = request.url.pathname;
    const apiIndex = pathname.toLowerCase().indexOf('/_api');
    const sitePath = decodeURIComponent(pathname.slice(0, apiIndex)).replace(/\/+$/, '');
    const site = store.siteByPath(sitePath);
    if (!site) {
      // I: SharePoint answers an unknown site path with a plain 404 page; the emulator uses the error shape.
      throw new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', `The site '${sitePath}' does not exist.`);
    }
    if (!request.user) throw spErrors.unauthenticated();
    const siteUrl = `${request.url.origin}${site.path}`;
    const ctx: SpContext = { store, site, siteUrl, apiUrl: `${siteUrl}/_api`, user: request.user, format, request, listViewThreshold: options.listViewThreshold };
    const method = effectiveMethod(request);
    const segments = parseApiPath(pathname.slice(apiIndex + '/_api'.length));

    if (segments[0]?.name === '$batch') {
      if (method !== 'POST') throw spErrors.methodNotAllowed(method);
      return handleBatchRequest(ctx);
    }
    if (segments[0]?.name === 'contextinfo') {
      if (method !== 'POST') throw spErrors.methodNotAllowed(method);
      const now = Math.floor(Date.now() / 1000);
      // D: FormDigestTimeoutSeconds 1800; PnPjs reads FormDigestValue from the top level of the minimal JSON.
      const info = new Complex('SP.ContextWebInformation', {
        FormDigestTimeoutSeconds: DIGEST_LIFETIME_SECONDS,
        FormDigestValue: digestFor(now),
        LibraryVersion: '16.0.25000.12000',
        SiteFullUrl: siteUrl,
        SupportedSchemaVersions: new ValueArray('Edm.String', ['14.0.0.0', '15.0.0.0']),
        WebFullUrl: siteUrl,
      });
      if (format === 'verbose') return jsonResponse(200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...renderProps(info.props, format) } } }, format);
      return jsonResponse(200, format === 'minimal' ? { 'odata.metadata': `${ctx.apiUrl}/$metadata#SP.ContextWebInformation`, ...renderProps(info.props, format) } : renderProps(info.props, format), format);
    }
    if (method !== 'GET') {
      const digest = request.headers['x-requestdigest'];
      if (digest !== undefined && !digestIsValid(digest)) throw spErrors.invalidDigest();
    }
    if (store.rank(ctx.user, `web:${site.id}`) < 1 && !hasAnyListAccess(ctx)) throw spErrors.accessDenied();

    let resource: Resource;
    const [first, ...rest] = segments;
    if (!first) throw spErrors.unknownEndpoint('_api');
    if (first.name === 'web' && !first.args) resource = { kind: 'web' };
    else if (first.name === 'site' && !first.args) resource = { kind: 'site' };
    // `_api/lists/...` is a shortcut for `_api/web/lists/...` (I).
    else if (first.name === 'lists') {
      resource = { kind: 'web' };
      rest.unshift(first);
    } else throw spErrors.unknownEndpoint(first.raw);
    for (const segment of rest) {
      // `items(3)`, `lists(guid'…')`, `fields('…')`: the collection, then the member by id.
      if (segment.args && COLLECTION_SEGMENTS.has(segment.name)) {
        resource = step(ctx, resource, { name: segment.name, raw: segment.name }, method);
        resource = step(ctx, resource, { name: '', raw: segment.raw, args: segment.args }, method);
      } else {
        resource = step(ctx, resource, segment, method);
      }
      if (resource.kind === 'result') break;
    }
    return respond(ctx, resource, method);
  }

  function handleBatchRequest(ctx: SpContext): EmulatorResponse {
    // Parts run one after another through this router; not transactional (D).
    const pending = handleBatch(ctx.request, (sub) => route(sub), (error, sub) => {
      const subFormat = formatFromAccept(sub.headers.accept);
      if (error instanceof SharePointError) return errorResponse(error, subFormat);
      options.onUnexpectedError?.(error, sub);
      return errorResponse(spErrors.internal(error instanceof Error ? error.message : String(error)), subFormat);
    });
    return pending;
  }

  return handler;
}

function hasAnyListAccess(ctx: SpContext): boolean {
  return ctx.store.lists(ctx.site.id).some((list) => list.unique_perms && ctx.store.rank(ctx.user, `list:${list.guid}`) > 0);
}

/** `X-HTTP-Method` turns a POST into MERGE/PUT/DELETE (D). */
function effectiveMethod(request: EmulatorRequest): string {
  const override = request.headers['x-http-method'];
  return (override && request.method === 'POST' ? override : request.method).toUpperCase();
}

function isVerboseBody(request: EmulatorRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().includes('odata=verbose');
}

function jsonBody(request: EmulatorRequest): Record<string, unknown> {
  const text = request.body.toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw spErrors.badJson();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw spErrors.badJson();
  return parsed as Record<string, unknown>;
}

function requireRank(ctx: SpContext, scope: string, rank: number): void {
  if (ctx.store.rank(ctx.user, scope) < rank) throw spErrors.accessDenied();
}

function readableList(ctx: SpContext, list: ListRow | undefined, notFound: () => SharePointError): ListRow {
  // SharePoint hides a list the user cannot read: it answers as if the list did not exist (D/P).
  if (!list || ctx.store.rank(ctx.user, ctx.store.listScope(list)) < 1) throw notFound();
  return list;
}

function readableItem(ctx: SpContext, list: ListRow, id: number): ItemRow {
  const item = ctx.store.item(list.guid, id);
  if (!item || ctx.store.rank(ctx.user, ctx.store.itemScope(list, item)) < 1) throw spErrors.itemNotFound();
  return item;
}

function toServerRelative(ctx: SpContext, url: string): string {
  const path = url.startsWith('/') ? url : `${ctx.site.path}/${url}`;
  return path.replace(/\/+$/, '');
}

function folderResource(ctx: SpContext, url: string): Resource {
  const serverRelative = toServerRelative(ctx, url);
  const folder = ctx.store.folder(serverRelative);
  if (!folder) throw spErrors.folderNotFound();
  const list = readableList(ctx, ctx.store.listByGuid(ctx.site.id, folder.list_guid), () => spErrors.folderNotFound());
  return { kind: 'folder', list, url: folder.server_relative_url };
}

function fileResource(ctx: SpContext, url: string): Resource {
  const serverRelative = toServerRelative(ctx, url);
  const slash = serverRelative.lastIndexOf('/');
  const folderUrl = serverRelative.slice(0, slash);
  const leaf = serverRelative.slice(slash + 1);
  const folder = ctx.store.folder(folderUrl);
  if (!folder) throw spErrors.fileNotFound();
  const list = ctx.store.listByGuid(ctx.site.id, folder.list_guid);
  if (!list || ctx.store.rank(ctx.user, ctx.store.listScope(list)) < 1) throw spErrors.fileNotFound();
  const item = ctx.store.fileItem(list.guid, folder.server_relative_url, leaf);
  // A file the user may not read is answered like a missing file, as its item is.
  if (!item || ctx.store.rank(ctx.user, ctx.store.itemScope(list, item)) < 1) throw spErrors.fileNotFound();
  return { kind: 'file', list, item };
}

function viewDef(raw: string): ViewDef {
  return JSON.parse(raw) as ViewDef;
}

function findView(ctx: SpContext, list: ListRow, match: (id: string, def: ViewDef) => boolean): Resource {
  for (const row of ctx.store.views(list.guid)) {
    const def = viewDef(row.def);
    if (match(row.guid, def)) return { kind: 'view', list, viewId: row.guid, def };
  }
  throw new SharePointError(404, '-2147024809, System.ArgumentException', 'The specified view is invalid.');
}

function findContentType(ctx: SpContext, list: ListRow | undefined, id: string): Resource {
  const all = contentTypeRows(ctx, list);
  const found = all.find((row) => row.id.toLowerCase() === id.toLowerCase());
  if (!found) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The content type does not exist.');
  return { kind: 'contenttype', list, id: found.id, def: found.def };
}

/** Web content types include SharePoint's base types Item (0x01) and Document (0x0101). */
function contentTypeRows(ctx: SpContext, list: ListRow | undefined): { id: string; def: Record<string, unknown> }[] {
  const stored = ctx.store.contentTypes(ctx.site.id, list?.guid ?? '').map((row) => ({ id: row.ct_id, def: JSON.parse(row.def) as Record<string, unknown> }));
  if (list) return stored;
  const base = [
    { id: '0x01', def: { Name: 'Item', Description: 'Create a new list item.', Group: 'List Content Types' } },
    { id: '0x0101', def: { Name: 'Document', Description: 'Create a new document.', Group: 'Document Content Types' } },
  ];
  return [...base.filter((entry) => !stored.some((row) => row.id === entry.id)), ...stored];
}

function argNumber(segment: Segment, ...names: string[]): number {
  const value = argument(segment, ...names);
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw spErrors.invalidRequest(`The argument of '${segment.raw}' is not valid.`);
  return number;
}

function argString(segment: Segment, ...names: string[]): string {
  const value = argument(segment, ...names);
  if (value === undefined || value === null) throw spErrors.invalidRequest(`The argument of '${segment.raw}' is missing.`);
  return String(value);
}

function argBool(segment: Segment, name: string, fallback: boolean): boolean {
  const value = segment.args?.named[name.toLowerCase()];
  return value === undefined ? fallback : value === true || value === 'true' || value === 1;
}

function scopeOf(ctx: SpContext, resource: Resource): { scope: string; list?: ListRow; item?: ItemRow } {
  if (resource.kind === 'web') return { scope: `web:${ctx.site.id}` };
  if (resource.kind === 'list') return { scope: ctx.store.listScope(resource.list), list: resource.list };
  if (resource.kind === 'item' || resource.kind === 'file') return { scope: ctx.store.itemScope(resource.list, resource.item), list: resource.list, item: resource.item };
  throw spErrors.unknownEndpoint('roleassignments');
}

function step(ctx: SpContext, resource: Resource, segment: Segment, method: string): Resource {
  const { store } = ctx;
  const name = segment.name;
  const unknown = (): never => {
    throw spErrors.unknownEndpoint(segment.raw);
  };
  const post = (): void => {
    if (method !== 'POST') throw spErrors.methodNotAllowed(method);
  };
  const result = (response: EmulatorResponse): Resource => ({ kind: 'result', response });

  // Securable objects share these.
  if (['web', 'list', 'item', 'file'].includes(resource.kind)) {
    if (name === 'roleassignments') {
      const { scope, list, item } = scopeOf(ctx, resource);
      return { kind: 'roleassignments', scope, list, item };
    }
    if (name === 'breakroleinheritance' && (resource.kind === 'list' || resource.kind === 'item' || resource.kind === 'file')) {
      post();
      requireRank(ctx, scopeOf(ctx, resource).scope, 3);
      store.breakInheritance(resource.list, resource.kind === 'list' ? undefined : resource.item, argBool(segment, 'copyroleassignments', true), argBool(segment, 'clearsubscopes', false));
      return result({ status: 200, headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: ctx.format === 'verbose' ? { d: { BreakRoleInheritance: null } } : { 'odata.null': true } });
    }
    if (name === 'resetroleinheritance' && (resource.kind === 'list' || resource.kind === 'item')) {
      post();
      requireRank(ctx, scopeOf(ctx, resource).scope, 3);
      store.resetInheritance(resource.list, resource.kind === 'list' ? undefined : resource.item);
      return result({ status: 200, headers: {}, body: { 'odata.null': true } });
    }
    if (name === 'effectivebasepermissions') return { kind: 'permissions', scope: scopeOf(ctx, resource).scope };
    if (name === 'hasuniqueroleassignments') {
      const unique = resource.kind === 'list' ? resource.list.unique_perms === 1 : resource.kind === 'item' ? resource.item.unique_perms === 1 : true;
      return result(jsonResponse(200, primitiveBody(unique, ctx.format, ctx.apiUrl, 'Edm.Boolean', 'HasUniqueRoleAssignments'), ctx.format));
    }
  }

  switch (resource.kind) {
    case 'web':
      switch (name) {
        case 'lists': return { kind: 'lists' };
        case 'getlist': {
          const url = toServerRelative(ctx, argString(segment, 'url'));
          const siteRelative = url.slice(ctx.site.path.length + 1);
          return { kind: 'list', list: readableList(ctx, store.listByUrl(ctx.site.id, siteRelative), () => spErrors.listNotFoundById()) };
        }
        case 'fields': return { kind: 'fields' };
        case 'contenttypes': return { kind: 'contenttypes' };
        case 'availablecontenttypes': return { kind: 'contenttypes', available: true };
        case 'siteusers': return { kind: 'siteusers' };
        case 'currentuser': return { kind: 'user', principal: store.principal(ctx.user.id)! };
        case 'getuserbyid': {
          const principal = store.principal(argNumber(segment));
          if (!principal || principal.kind !== 'user') throw spErrors.userNotFound();
          return { kind: 'user', principal };
        }
        case 'ensureuser': {
          post();
          const body = jsonBody(ctx.request);
          const logonName = String(body.logonName ?? body.LogonName ?? argument(segment, 'logonname') ?? '');
          const email = logonName.includes('|') ? logonName.split('|').pop()! : logonName;
          if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new SharePointError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
          return { kind: 'user', principal: store.ensureUser(email) };
        }
        case 'sitegroups': return { kind: 'sitegroups' };
        case 'associatedownergroup':
        case 'associatedmembergroup':
        case 'associatedvisitorgroup': {
          const suffix = name === 'associatedownergroup' ? 'Owners' : name === 'associatedmembergroup' ? 'Members' : 'Visitors';
          const group = store.groups(ctx.site.id).find((candidate) => candidate.title.endsWith(` ${suffix}`));
          if (!group) throw spErrors.groupNotFound();
          return { kind: 'group', principal: group };
        }
        case 'roledefinitions': return { kind: 'roledefinitions' };
        case 'getfolderbyserverrelativeurl':
        case 'getfolderbyserverrelativepath':
          return folderResource(ctx, argString(segment, 'decodedurl', 'url'));
        case 'getfilebyserverrelativeurl':
        case 'getfilebyserverrelativepath':
          return fileResource(ctx, argString(segment, 'decodedurl', 'url'));
        case 'recyclebin': return { kind: 'recyclebin' };
        default: return unknown();
      }
    case 'lists': {
      if (name === 'getbytitle') {
        const title = argString(segment);
        return { kind: 'list', list: readableList(ctx, store.listByTitle(ctx.site.id, title), () => spErrors.listNotFound(title, ctx.siteUrl)) };
      }
      if (name === 'getbyid' || name === '') {
        return { kind: 'list', list: readableList(ctx, store.listByGuid(ctx.site.id, argString(segment)), () => spErrors.listNotFoundById()) };
      }
      return unknown();
    }
    case 'list': {
      const list = resource.list;
      switch (name) {
        case 'items': return { kind: 'items', list };
        case 'getitembyid': return { kind: 'item', list, item: readableItem(ctx, list, argNumber(segment)) };
        case 'fields': return { kind: 'fields', list };
        case 'views': return { kind: 'views', list };
        case 'defaultview': return findView(ctx, list, (_id, def) => def.DefaultView);
        case 'contenttypes': return { kind: 'contenttypes', list };
        case 'rootfolder': return { kind: 'folder', list, url: `${ctx.site.path}/${list.url}` };
        case 'recycle': {
          post();
          requireRank(ctx, store.listScope(list), 2);
          store.deleteList(list);
          return result(jsonResponse(200, primitiveBody(randomUUID(), ctx.format, ctx.apiUrl, 'Edm.Guid', 'Recycle'), ctx.format));
        }
        default: return unknown();
      }
    }
    case 'items': {
      if (name === '' || name === 'getbyid') return { kind: 'item', list: resource.list, item: readableItem(ctx, resource.list, argNumber(segment)) };
      return unknown();
    }
    case 'item': {
      const { list, item } = resource;
      if (name === 'recycle') {
        post();
        requireRank(ctx, store.itemScope(list, item), 2);
        const recycleId = store.recycleItem(list, item, ctx.user.id);
        // D: recycle() returns the recycle bin item's GUID; `{"value": "<guid>"}` in minimal metadata.
        return result(jsonResponse(200, primitiveBody(recycleId, ctx.format, ctx.apiUrl, 'Edm.Guid', 'Recycle'), ctx.format));
      }
      if (name === 'file') {
        if (item.leaf_name === null) throw spErrors.fileNotFound();
        return { kind: 'file', list, item };
      }
      return unknown();
    }
    case 'fields': {
      const list = resource.list;
      if (!list) return unknown();
      if (name === 'createfieldasxml') {
        post();
        requireRank(ctx, store.listScope(list), 2);
        const body = jsonBody(ctx.request);
        const parameters = (body.parameters ?? {}) as Record<string, unknown>;
        const schemaXml = parameters.SchemaXml;
        if (typeof schemaXml !== 'string') throw spErrors.invalidRequest("The parameter 'SchemaXml' is missing.");
        const field = fieldFromSchemaXml(schemaXml);
        if (store.fields(list.guid).some((existing) => existing.InternalName.toLowerCase() === field.InternalName.toLowerCase())) {
          throw spErrors.duplicateField(field.InternalName);
        }
        if (field.LookupList && !store.listByGuid(ctx.site.id, field.LookupList.replace(/[{}]/g, ''))) {
          throw spErrors.invalidRequest(`The lookup list '${field.LookupList}' of field '${field.InternalName}' does not exist.`);
        }
        store.addField(list.guid, field);
        return result(entityResponse(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields', 201));
      }
      const findField = (match: (field: FieldDef) => boolean): Resource => {
        const field = store.fields(list.guid).find(match);
        if (!field) {
          throw new SharePointError(400, '-2147024809, System.ArgumentException', `Column '${argString(segment)}' does not exist. It may have been deleted by another user.`);
        }
        return { kind: 'field', list, field };
      };
      if (name === 'getbyinternalnameortitle') {
        const wanted = argString(segment).toLowerCase();
        const fields = store.fields(list.guid);
        const byName = fields.find((field) => field.InternalName.toLowerCase() === wanted);
        return byName ? { kind: 'field', list, field: byName } : findField((field) => field.Title.toLowerCase() === wanted);
      }
      if (name === 'getbytitle') return findField((field) => field.Title.toLowerCase() === argString(segment).toLowerCase());
      if (name === 'getbyid' || name === '') return findField((field) => field.Id.toLowerCase() === argString(segment).replace(/[{}]/g, '').toLowerCase());
      return unknown();
    }
    case 'views': {
      const list = resource.list;
      if (name === 'getbytitle') return findView(ctx, list, (_id, def) => def.Title.toLowerCase() === argString(segment).toLowerCase());
      if (name === 'getbyid' || name === '') return findView(ctx, list, (id) => id.toLowerCase() === argString(segment).replace(/[{}]/g, '').toLowerCase());
      return unknown();
    }
    case 'view': {
      if (name === 'viewfields') return { kind: 'viewfields', list: resource.list, viewId: resource.viewId, def: resource.def };
      return unknown();
    }
    case 'viewfields': {
      post();
      requireRank(ctx, store.listScope(resource.list), 2);
      const fields = [...resource.def.ViewFields];
      if (name === 'addviewfield') {
        const wanted = argString(segment, 'strfield');
        const field = store.fields(resource.list.guid).find((candidate) => candidate.InternalName.toLowerCase() === wanted.toLowerCase() || candidate.Title.toLowerCase() === wanted.toLowerCase());
        if (!field) throw new SharePointError(400, '-2147024809, System.ArgumentException', `Column '${wanted}' does not exist. It may have been deleted by another user.`);
        if (!fields.includes(field.InternalName)) fields.push(field.InternalName);
      } else if (name === 'removeallviewfields') {
        fields.length = 0;
      } else if (name === 'removeviewfield') {
        const wanted = argString(segment, 'strfield').toLowerCase();
        const index = fields.findIndex((field) => field.toLowerCase() === wanted);
        if (index >= 0) fields.splice(index, 1);
      } else if (name === 'moveviewfieldto') {
        const body = jsonBody(ctx.request);
        const field = String(body.field ?? '');
        const index = fields.indexOf(field);
        if (index >= 0) {
          fields.splice(index, 1);
          fields.splice(Number(body.index ?? 0), 0, field);
        }
      } else return unknown();
      store.saveView(resource.list.guid, resource.viewId, { ...resource.def, ViewFields: fields });
      return result({ status: 200, headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: ctx.format === 'verbose' ? { d: { [name]: null } } : { 'odata.null': true } });
    }
    case 'contenttypes': {
      if (name === 'addavailablecontenttype' && resource.list) {
        post();
        requireRank(ctx, store.listScope(resource.list), 2);
        const body = jsonBody(ctx.request);
        const id = String(body.contentTypeId ?? '');
        const source = contentTypeRows(ctx, undefined).find((row) => row.id.toLowerCase() === id.toLowerCase());
        if (!source) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The content type does not exist.');
        // D: a list copy of a site content type gets a child id (parent id + "00" + GUID); I: emulator keeps the parent id for lookups.
        store.saveContentType(ctx.site.id, resource.list.guid, source.id, { ...source.def, parentId: source.id });
        return result(entityResponse(ctx, contentTypeEntity(ctx, resource.list, source.id, source.def), 'SP.ApiData.ContentTypes', 200));
      }
      if (name === 'getbyid' || name === '') return findContentType(ctx, resource.list, argString(segment));
      return unknown();
    }
    case 'siteusers': {
      const users = store.users();
      let principal: PrincipalRow | undefined;
      if (name === 'getbyid' || name === '') principal = store.principal(argNumber(segment));
      else if (name === 'getbyemail') principal = store.userByEmail(argString(segment));
      else if (name === 'getbyloginname') {
        const login = argString(segment).toLowerCase();
        principal = users.find((user) => user.login_name.toLowerCase() === login);
      } else return unknown();
      if (!principal || principal.kind !== 'user') throw spErrors.userNotFound();
      return { kind: 'user', principal };
    }
    case 'sitegroups': {
      let principal: PrincipalRow | undefined;
      if (name === 'getbyid' || name === '') principal = store.principal(argNumber(segment));
      else if (name === 'getbyname') principal = store.groups(ctx.site.id).find((group) => group.title.toLowerCase() === argString(segment).toLowerCase());
      else return unknown();
      if (!principal || principal.kind !== 'group') throw spErrors.groupNotFound();
      return { kind: 'group', principal };
    }
    case 'group':
      if (name === 'users') return { kind: 'groupusers', principal: resource.principal };
      return unknown();
    case 'roledefinitions': {
      let id: number | undefined;
      if (name === 'getbyid' || name === '') id = argNumber(segment);
      else if (name === 'getbyname') id = ROLE_DEFINITIONS.find((definition) => definition.name.toLowerCase() === argString(segment).toLowerCase())?.id;
      else if (name === 'getbytype') id = ROLE_DEFINITIONS.find((definition) => definition.roleTypeKind === argNumber(segment))?.id;
      else return unknown();
      if (!id || !ROLE_DEFINITIONS.some((definition) => definition.id === id)) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
      return { kind: 'roledefinition', id };
    }
    case 'roleassignments': {
      if (name === 'addroleassignment' || name === 'removeroleassignment') {
        post();
        requireRank(ctx, resource.scope, 3);
        const principalId = argNumber(segment, 'principalid');
        const roleDefId = argNumber(segment, 'roledefid');
        if (!store.principal(principalId)) throw spErrors.userNotFound();
        if (!ROLE_DEFINITIONS.some((definition) => definition.id === roleDefId)) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
        // I: SharePoint refuses to change an inheriting object's assignments; so does the emulator.
        if (resource.scope.startsWith('web:') === false && (resource.item ? resource.item.unique_perms !== 1 : resource.list?.unique_perms !== 1)) {
          throw new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
        }
        if (name === 'addroleassignment') store.addRoleAssignment(resource.scope, principalId, roleDefId);
        else store.removeRoleAssignment(resource.scope, principalId, roleDefId);
        return result({ status: 200, headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: { 'odata.null': true } });
      }
      return unknown();
    }
    case 'folder': {
      if (name === 'files') return { kind: 'files', list: resource.list, url: resource.url };
      if (name === 'folders') return { kind: 'folders', list: resource.list, url: resource.url };
      return unknown();
    }
    case 'folders': {
      if (name === 'addusingpath' || name === 'add') {
        post();
        requireRank(ctx, store.listScope(resource.list), 2);
        const leaf = argString(segment, 'decodedurl', 'url');
        const url = leaf.startsWith('/') ? leaf.replace(/\/+$/, '') : `${resource.url}/${leaf}`.replace(/\/+$/, '');
        store.addFolder(resource.list.guid, url);
        return result(entityResponse(ctx, folderEntity(ctx, resource.list, url), 'SP.ApiData.Folders', 200));
      }
      if (name === 'getbyurl' || name === '') return folderResource(ctx, `${resource.url}/${argString(segment)}`);
      return unknown();
    }
    case 'files': {
      if (name === 'add' || name === 'addusingpath') {
        post();
        return result(addFile(ctx, resource.list, resource.url, argString(segment, 'decodedurl', 'url'), argBool(segment, 'overwrite', false)));
      }
      if (name === 'getbyurl' || name === '') return fileResource(ctx, `${resource.url}/${argString(segment)}`);
      return unknown();
    }
    case 'file': {
      if (name === '$value' || name === 'openbinarystream') return { kind: 'filevalue', list: resource.list, item: resource.item };
      if (name === 'listitemallfields') return { kind: 'item', list: resource.list, item: resource.item };
      if (name === 'recycle') {
        post();
        requireRank(ctx, store.itemScope(resource.list, resource.item), 2);
        return result(jsonResponse(200, primitiveBody(store.recycleItem(resource.list, resource.item, ctx.user.id), ctx.format, ctx.apiUrl, 'Edm.Guid', 'Recycle'), ctx.format));
      }
      return unknown();
    }
    default:
      return unknown();
  }
}

function addFile(ctx: SpContext, list: ListRow, folderUrl: string, name: string, overwrite: boolean): EmulatorResponse {
  const { store } = ctx;
  requireRank(ctx, store.listScope(list), 2);
  const leaf = name.split('/').pop() ?? name;
  if (!leaf || /[~"#%&*:<>?\\{|}]/.test(leaf)) throw spErrors.invalidRequest(`The file name '${name}' is not valid.`);
  const existing = store.fileItem(list.guid, folderUrl, leaf);
  const content = new Uint8Array(ctx.request.body);
  let item: ItemRow;
  if (existing) {
    if (!overwrite) throw spErrors.fileExists(`${folderUrl}/${leaf}`);
    requireRank(ctx, store.itemScope(list, existing), 2);
    item = store.updateItem(list, existing, ctx.user.id, JSON.parse(existing.field_values) as Record<string, unknown>, content);
  } else {
    const values = completeNewItem(store.fields(list.guid), {}, true);
    const [id] = store.insertItems(list, ctx.user.id, [{ values, file: { folder: folderUrl, leafName: leaf, content } }]);
    item = store.item(list.guid, id)!;
  }
  return entityResponse(ctx, fileEntity(ctx, list, item), 'SP.ApiData.Files12', 200);
}

// ---- entities ----

function listEntity(ctx: SpContext, list: ListRow): Entity {
  const props = JSON.parse(list.props) as Record<string, unknown>;
  const url = `${ctx.site.path}/${list.url}`;
  return new Entity('SP.List', {
    AllowContentTypes: true,
    BaseTemplate: list.base_template,
    BaseType: list.base_template === 101 ? 1 : 0,
    ContentTypesEnabled: Boolean(props.ContentTypesEnabled ?? false),
    Created: list.created,
    Description: list.description,
    EnableVersioning: list.base_template === 101,
    EntityTypeName: list.entity_name,
    HasUniqueRoleAssignments: list.unique_perms === 1,
    Hidden: false,
    Id: list.guid,
    ItemCount: ctx.store.itemCount(list),
    LastItemModifiedDate: list.modified,
    ListItemEntityTypeFullName: itemTypeName(list),
    ParentWebUrl: ctx.site.path,
    Title: list.title,
    RootFolder: () => folderEntity(ctx, list, url),
    Fields: () => new EntitySet(ctx.store.fields(list.guid).map((field) => fieldEntity(ctx, list, field))),
    Views: () => new EntitySet(ctx.store.views(list.guid).map((row) => viewEntity(ctx, list, row.guid, viewDef(row.def)))),
    ContentTypes: () => new EntitySet(contentTypeRows(ctx, list).map((row) => contentTypeEntity(ctx, list, row.id, row.def))),
    ParentWeb: () => webEntity(ctx),
  }, { id: `${ctx.apiUrl}/Web/Lists(guid'${list.guid}')`, editLink: `Web/Lists(guid'${list.guid}')`, etag: `"${list.modified}"` });
}

function fieldEntity(ctx: SpContext, list: ListRow, field: FieldDef): Entity {
  const props: Record<string, unknown> = { ...field };
  if (field.Choices) props.Choices = new ValueArray('Edm.String', field.Choices);
  return new Entity(fieldEntityType(field), props, {
    id: `${ctx.apiUrl}/Web/Lists(guid'${list.guid}')/Fields(guid'${field.Id}')`,
    editLink: `Web/Lists(guid'${list.guid}')/Fields(guid'${field.Id}')`,
  });
}

function viewEntity(ctx: SpContext, list: ListRow, id: string, def: ViewDef): Entity {
  const { ViewFields, ...rest } = def;
  return new Entity('SP.View', {
    Id: id,
    Hidden: false,
    ServerRelativeUrl: `${ctx.site.path}/${list.url}/${list.base_template === 101 ? 'Forms/' : ''}${def.Title.replace(/\s+/g, '')}.aspx`,
    ...rest,
    ViewFields: () => viewFieldsEntity(ctx, list, id, ViewFields),
  }, { id: `${ctx.apiUrl}/Web/Lists(guid'${list.guid}')/Views(guid'${id}')`, editLink: `Web/Lists(guid'${list.guid}')/Views(guid'${id}')` });
}

function viewFieldsEntity(ctx: SpContext, list: ListRow, id: string, fields: readonly string[]): Entity {
  return new Entity('SP.ViewFieldCollection', {
    SchemaXml: `<FieldRefs>${fields.map((field) => `<FieldRef Name="${field}" />`).join('')}</FieldRefs>`,
    Items: new ValueArray('Edm.String', fields),
  }, { id: `${ctx.apiUrl}/Web/Lists(guid'${list.guid}')/Views(guid'${id}')/ViewFields` });
}

function contentTypeEntity(ctx: SpContext, list: ListRow | undefined, id: string, def: Record<string, unknown>): Entity {
  const base = list ? `Web/Lists(guid'${list.guid}')/ContentTypes('${id}')` : `Web/ContentTypes('${id}')`;
  const { parentId: _parentId, ...rest } = def;
  return new Entity('SP.ContentType', {
    Description: '',
    Group: 'Custom Content Types',
    Hidden: false,
    ReadOnly: false,
    Sealed: false,
    ...rest,
    Id: new Complex('SP.ContentTypeId', { StringValue: id }),
    StringId: id,
  }, { id: `${ctx.apiUrl}/${base}`, editLink: base });
}

function principalEntity(ctx: SpContext, principal: PrincipalRow): Entity {
  if (principal.kind === 'group') {
    return new Entity('SP.Group', {
      Id: principal.id,
      IsHiddenInUI: false,
      LoginName: principal.login_name,
      Title: principal.title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      Description: principal.description ?? '',
      OwnerTitle: ctx.store.principal(principal.owner_id ?? principal.id)?.title ?? principal.title,
      Users: () => new EntitySet(ctx.store.groupMembers(principal.id).map((member) => principalEntity(ctx, member))),
    }, { id: `${ctx.apiUrl}/Web/SiteGroups/GetById(${principal.id})`, editLink: `Web/SiteGroups/GetById(${principal.id})` });
  }
  return new Entity('SP.User', {
    Id: principal.id,
    IsHiddenInUI: false,
    LoginName: principal.login_name,
    Title: principal.title,
    PrincipalType: 1,
    Email: principal.email ?? '',
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: principal.is_site_admin === 1,
    UserId: new Complex('SP.UserIdInfo', { NameId: principal.email ?? '', NameIdIssuer: 'urn:federation:microsoftonline' }),
    UserPrincipalName: principal.email ?? '',
    Groups: () => new EntitySet(ctx.store.groups(ctx.site.id).filter((group) => ctx.store.groupMembers(group.id).some((member) => member.id === principal.id)).map((group) => principalEntity(ctx, group))),
  }, { id: `${ctx.apiUrl}/Web/GetUserById(${principal.id})`, editLink: `Web/GetUserById(${principal.id})` });
}

function roleDefinitionEntity(ctx: SpContext, id: number): Entity {
  const definition = ROLE_DEFINITIONS.find((candidate) => candidate.id === id)!;
  return new Entity('SP.RoleDefinition', {
    BasePermissions: new Complex('SP.BasePermissions', definition.basePermissions),
    Description: definition.description,
    Hidden: false,
    Id: definition.id,
    Name: definition.name,
    Order: definition.order,
    RoleTypeKind: definition.roleTypeKind,
  }, { id: `${ctx.apiUrl}/Web/RoleDefinitions(${definition.id})`, editLink: `Web/RoleDefinitions(${definition.id})` });
}

function webEntity(ctx: SpContext): Entity {
  return new Entity('SP.Web', {
    Created: ctx.site.created,
    Description: '',
    Id: ctx.site.web_guid,
    Language: 1043,
    ServerRelativeUrl: ctx.site.path,
    Title: ctx.site.title,
    Url: ctx.siteUrl,
    WebTemplate: 'STS',
    CurrentUser: () => principalEntity(ctx, ctx.store.principal(ctx.user.id)!),
  }, { id: `${ctx.apiUrl}/Web`, editLink: 'Web' });
}

function folderEntity(ctx: SpContext, list: ListRow, url: string): Entity {
  const folder = ctx.store.folder(url);
  const files = ctx.store.filesInFolder(list.guid, url).filter((item) => ctx.store.rank(ctx.user, ctx.store.itemScope(list, item)) > 0);
  return new Entity('SP.Folder', {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: list.base_template === 101 ? files.length : ctx.store.itemCount(list),
    Name: url.split('/').pop() ?? '',
    ProgID: null,
    ServerRelativeUrl: url,
    TimeCreated: folder?.created ?? list.created,
    TimeLastModified: list.modified,
    UniqueId: folder?.unique_id ?? list.guid,
    WelcomePage: '',
    Files: () => new EntitySet(files.map((item) => fileEntity(ctx, list, item))),
  }, { id: `${ctx.apiUrl}/Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(url)}')`, editLink: `Web/GetFolderByServerRelativePath(decodedurl='${url}')` });
}

function fileEntity(ctx: SpContext, list: ListRow, item: ItemRow): Entity {
  const url = `${item.folder}/${item.leaf_name}`;
  const values = JSON.parse(item.field_values) as Record<string, unknown>;
  const uniqueId = item.file_unique_id ?? item.guid;
  return new Entity('SP.File', {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${uniqueId.toUpperCase()}},${item.version},${item.version}`,
    ETag: `"{${uniqueId.toUpperCase()}},${item.version}"`,
    Exists: true,
    Length: String(item.file_content?.byteLength ?? 0),
    Level: 1,
    MajorVersion: item.version,
    MinorVersion: 0,
    Name: item.leaf_name,
    ServerRelativeUrl: url,
    TimeCreated: item.created,
    TimeLastModified: item.modified,
    Title: values.Title ?? null,
    UIVersion: item.version * 512,
    UIVersionLabel: `${item.version}.0`,
    UniqueId: uniqueId,
    ListItemAllFields: () => itemEntity(ctx, list, item, planSelect(ctx, list, ctx.store.fields(list.guid), [], [])),
  }, { id: `${ctx.apiUrl}/Web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(url)}')`, editLink: `Web/GetFileByServerRelativePath(decodedurl='${url}')` });
}

// ---- responses ----

function entityResponse(ctx: SpContext, entity: Entity, metadataName: string, status = 200, headers: Record<string, string> = {}): EmulatorResponse {
  const shaped = shapeEntity(entity, queryList(ctx.request, '$select'), queryList(ctx.request, '$expand'));
  return jsonResponse(status, entityBody(shaped, ctx.format, ctx.apiUrl, metadataName), ctx.format, headers);
}

/** Generic collections (lists, fields, views, users...): `$filter` over the entity's properties, `$select`, `$expand`, `$top`, `$orderby`. */
function collectionResponse(ctx: SpContext, entities: readonly Entity[], metadataName: string): EmulatorResponse {
  const params = ctx.request.url.searchParams;
  let result = [...entities];
  const filterText = params.get('$filter');
  if (filterText) {
    const filter = parseFilter(filterText);
    result = result.filter((entity) => evaluateFilter(filter, (path) => {
      const key = Object.keys(entity.props).find((candidate) => candidate.toLowerCase() === path.toLowerCase());
      let value = key ? entity.props[key] : undefined;
      if (value instanceof ValueArray) value = value.values;
      if (value instanceof Complex || typeof value === 'function') value = null;
      return { value, isDate: false };
    }));
  }
  const orderText = params.get('$orderby');
  if (orderText) {
    const [path, direction] = orderText.split(',')[0].trim().split(/\s+/);
    result.sort((left, right) => {
      const a = String(left.props[path] ?? '');
      const b = String(right.props[path] ?? '');
      return (direction?.toLowerCase() === 'desc' ? -1 : 1) * a.localeCompare(b, 'nl', { numeric: true });
    });
  }
  const top = params.get('$top');
  if (top) result = result.slice(0, Number.parseInt(top, 10) || 0);
  const select = queryList(ctx.request, '$select');
  const expand = queryList(ctx.request, '$expand');
  const shaped = result.map((entity) => shapeEntity(entity, select, expand));
  return jsonResponse(200, collectionBody(new EntitySet(shaped), ctx.format, ctx.apiUrl, metadataName), ctx.format);
}

function noContent(headers: Record<string, string> = {}): EmulatorResponse {
  return { status: 204, headers };
}

function respond(ctx: SpContext, resource: Resource, method: string): EmulatorResponse {
  const { store } = ctx;
  const isRead = method === 'GET';
  const notAllowed = (): never => {
    throw spErrors.methodNotAllowed(method);
  };
  switch (resource.kind) {
    case 'result':
      return resource.response;
    case 'web':
      if (isRead) return entityResponse(ctx, webEntity(ctx), 'SP.ApiData.Webs');
      if (method === 'MERGE' || method === 'PATCH') {
        requireRank(ctx, `web:${ctx.site.id}`, 3);
        const body = jsonBody(ctx.request);
        if (typeof body.Title === 'string') store.db.prepare('UPDATE sites SET title = ? WHERE id = ?').run(body.Title, ctx.site.id);
        return noContent();
      }
      return notAllowed();
    case 'site':
      if (!isRead) return notAllowed();
      return entityResponse(ctx, new Entity('SP.Site', { Id: ctx.site.site_guid, ServerRelativeUrl: ctx.site.path, Url: ctx.siteUrl }, { id: `${ctx.apiUrl}/Site`, editLink: 'Site' }), 'SP.ApiData.Sites');
    case 'lists': {
      if (isRead) {
        const visible = store.lists(ctx.site.id).filter((list) => store.rank(ctx.user, store.listScope(list)) > 0);
        return collectionResponse(ctx, visible.map((list) => listEntity(ctx, list)), 'SP.ApiData.Lists');
      }
      if (method !== 'POST') return notAllowed();
      requireRank(ctx, `web:${ctx.site.id}`, 2);
      const body = jsonBody(ctx.request);
      const title = body.Title;
      if (typeof title !== 'string' || title.trim() === '') throw spErrors.invalidRequest("The parameter 'Title' is missing.");
      if (store.listByTitle(ctx.site.id, title)) throw spErrors.duplicateList(title);
      const template = Number(body.BaseTemplate ?? 100);
      if (template !== 100 && template !== 101) throw spErrors.invalidRequest(`The list template ${template} is not supported by the emulator.`);
      const { Title: _title, BaseTemplate: _template, Description, __metadata: _metadata, ...rest } = body;
      const list = store.createList(ctx.site, title, template, typeof Description === 'string' ? Description : '', rest);
      return entityResponse(ctx, listEntity(ctx, list), 'SP.ApiData.Lists', 201);
    }
    case 'list': {
      const { list } = resource;
      if (isRead) return entityResponse(ctx, listEntity(ctx, list), 'SP.ApiData.Lists');
      if (method === 'MERGE' || method === 'PATCH' || method === 'PUT') {
        requireRank(ctx, store.listScope(list), 2);
        const { Title, Description, __metadata: _metadata, ...rest } = jsonBody(ctx.request);
        // A rename changes the Title only; the URL stays what it was at creation (D).
        store.updateList(list, { title: typeof Title === 'string' ? Title : undefined, description: typeof Description === 'string' ? Description : undefined, props: rest });
        return noContent({ etag: `"${nowIso()}"` });
      }
      if (method === 'DELETE') {
        requireRank(ctx, store.listScope(list), 2);
        store.deleteList(list);
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      }
      return notAllowed();
    }
    case 'items': {
      const { list } = resource;
      if (isRead) {
        const scopeRanks = new Map<string, number>();
        const readable = (item: ItemRow): boolean => {
          const scope = store.itemScope(list, item);
          let rank = scopeRanks.get(scope);
          if (rank === undefined) {
            rank = store.rank(ctx.user, scope);
            scopeRanks.set(scope, rank);
          }
          return rank > 0;
        };
        const set = queryItems(ctx, list, readable);
        return jsonResponse(200, collectionBody(set, ctx.format, ctx.apiUrl, `SP.ListData.${list.entity_name}Items`), ctx.format);
      }
      if (method !== 'POST') return notAllowed();
      requireRank(ctx, store.listScope(list), 2);
      if (list.base_template === 101) throw spErrors.invalidRequest('To add an item to a document library, use SPFileCollection.Add()');
      const fields = store.fields(list.guid);
      const values = completeNewItem(fields, applyWriteBody(list, fields, jsonBody(ctx.request), {}, isVerboseBody(ctx.request)), false);
      const [id] = store.insertItems(list, ctx.user.id, [{ values }]);
      const item = store.item(list.guid, id)!;
      const entity = itemEntity(ctx, list, item, planSelect(ctx, list, fields, [], []));
      // D/P: 201 with the entity, its ETag and its Location.
      return jsonResponse(201, entityBody(entity, ctx.format, ctx.apiUrl, `SP.ListData.${list.entity_name}Items`), ctx.format, {
        etag: itemETag(item),
        location: `${ctx.apiUrl}/${itemEditLink(list, item.id)}`,
      });
    }
    case 'item': {
      const { list, item } = resource;
      const fields = store.fields(list.guid);
      if (isRead) {
        const entity = itemEntity(ctx, list, item, planSelect(ctx, list, fields, queryList(ctx.request, '$select'), queryList(ctx.request, '$expand')));
        return jsonResponse(200, entityBody(entity, ctx.format, ctx.apiUrl, `SP.ListData.${list.entity_name}Items`), ctx.format, { etag: itemETag(item) });
      }
      if (method === 'MERGE' || method === 'PATCH' || method === 'PUT') {
        requireRank(ctx, store.itemScope(list, item), 2);
        checkIfMatch(ctx.request.headers['if-match'], item);
        const current = method === 'PUT' ? {} : (JSON.parse(item.field_values) as Record<string, unknown>);
        const values = applyWriteBody(list, fields, jsonBody(ctx.request), current, isVerboseBody(ctx.request));
        const updated = store.updateItem(list, item, ctx.user.id, values);
        return noContent({ etag: itemETag(updated) });
      }
      if (method === 'DELETE') {
        requireRank(ctx, store.itemScope(list, item), 2);
        checkIfMatch(ctx.request.headers['if-match'], item);
        store.deleteItem(list, item);
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      }
      return notAllowed();
    }
    case 'fields': {
      if (!isRead) return notAllowed();
      if (!resource.list) return collectionResponse(ctx, [], 'SP.ApiData.Fields');
      const list = resource.list;
      return collectionResponse(ctx, store.fields(list.guid).map((field) => fieldEntity(ctx, list, field)), 'SP.ApiData.Fields');
    }
    case 'field': {
      const { list, field } = resource;
      if (isRead) return entityResponse(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields');
      if (method === 'MERGE' || method === 'PATCH') {
        requireRank(ctx, store.listScope(list), 2);
        const body = jsonBody(ctx.request);
        const updatable = ['Title', 'Required', 'Indexed', 'Hidden', 'Description', 'DefaultValue', 'EnforceUniqueValues', 'FillInChoice', 'Group', 'MaxLength', 'DisplayFormat'];
        const changes: Record<string, unknown> = {};
        for (const key of updatable) if (key in body) changes[key] = body[key];
        if ('Choices' in body) {
          const choices = body.Choices as unknown;
          changes.Choices = Array.isArray(choices) ? choices : (choices as { results?: unknown[] })?.results ?? [];
        }
        store.updateField(list.guid, { ...field, ...changes } as FieldDef);
        return noContent();
      }
      if (method === 'DELETE') {
        requireRank(ctx, store.listScope(list), 2);
        if (!field.CanBeDeleted) throw new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete this column.');
        store.deleteField(list.guid, field.Id);
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      }
      return notAllowed();
    }
    case 'views': {
      const { list } = resource;
      if (isRead) return collectionResponse(ctx, store.views(list.guid).map((row) => viewEntity(ctx, list, row.guid, viewDef(row.def))), 'SP.ApiData.Views');
      if (method !== 'POST') return notAllowed();
      requireRank(ctx, store.listScope(list), 2);
      const { __metadata: _metadata, ...body } = jsonBody(ctx.request);
      if (typeof body.Title !== 'string') throw spErrors.invalidRequest("The parameter 'Title' is missing.");
      const id = randomUUID();
      const def: ViewDef = { DefaultView: false, PersonalView: false, RowLimit: 30, ViewQuery: '', ...body, Title: body.Title, ViewFields: [] };
      if (def.DefaultView) clearDefaultView(ctx, list);
      store.saveView(list.guid, id, def);
      return entityResponse(ctx, viewEntity(ctx, list, id, def), 'SP.ApiData.Views', 200);
    }
    case 'view': {
      const { list, viewId, def } = resource;
      if (isRead) return entityResponse(ctx, viewEntity(ctx, list, viewId, def), 'SP.ApiData.Views');
      if (method === 'MERGE' || method === 'PATCH') {
        requireRank(ctx, store.listScope(list), 2);
        const { __metadata: _metadata, ViewFields: _fields, Id: _id, ...changes } = jsonBody(ctx.request);
        if (changes.DefaultView === true) clearDefaultView(ctx, list);
        store.saveView(list.guid, viewId, { ...def, ...changes });
        return noContent();
      }
      if (method === 'DELETE') {
        requireRank(ctx, store.listScope(list), 2);
        store.deleteView(viewId);
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      }
      return notAllowed();
    }
    case 'viewfields':
      if (!isRead) return notAllowed();
      return entityResponse(ctx, viewFieldsEntity(ctx, resource.list, resource.viewId, resource.def.ViewFields), 'SP.ApiData.ViewFieldCollections');
    case 'contenttypes': {
      const list = resource.list;
      if (isRead) return collectionResponse(ctx, contentTypeRows(ctx, list).map((row) => contentTypeEntity(ctx, list, row.id, row.def)), 'SP.ApiData.ContentTypes');
      if (method !== 'POST' || list || resource.available) return notAllowed();
      requireRank(ctx, `web:${ctx.site.id}`, 3);
      // PnPjs `web.contentTypes.add` posts `{Id: {StringValue}, Name, Description, Group}` (node_modules/@pnp/sp/content-types/types.js).
      const { __metadata: _metadata, Id, Name, ...rest } = jsonBody(ctx.request);
      const id = typeof Id === 'string' ? Id : (Id as { StringValue?: unknown } | undefined)?.StringValue;
      if (typeof id !== 'string' || !/^0x[0-9A-Fa-f]+$/.test(id) || typeof Name !== 'string') throw spErrors.invalidRequest('A content type needs an Id (StringValue) and a Name.');
      if (contentTypeRows(ctx, undefined).some((row) => row.id.toLowerCase() === id.toLowerCase())) {
        throw new SharePointError(500, '-2146232832, Microsoft.SharePoint.SPException', `A duplicate content type "${Name}" was found.`);
      }
      const def = { Name, ...rest };
      store.saveContentType(ctx.site.id, '', id, def);
      return entityResponse(ctx, contentTypeEntity(ctx, undefined, id, def), 'SP.ApiData.ContentTypes', 200);
    }
    case 'contenttype':
      if (!isRead) return notAllowed();
      return entityResponse(ctx, contentTypeEntity(ctx, resource.list, resource.id, resource.def), 'SP.ApiData.ContentTypes');
    case 'siteusers':
      if (!isRead) return notAllowed();
      return collectionResponse(ctx, store.users().map((user) => principalEntity(ctx, user)), 'SP.ApiData.Users');
    case 'user':
    case 'group':
      if (!isRead && !(resource.kind === 'user' && method === 'POST')) return notAllowed();
      return entityResponse(ctx, principalEntity(ctx, resource.principal), resource.kind === 'user' ? 'SP.ApiData.Users' : 'SP.ApiData.Groups');
    case 'sitegroups':
      if (!isRead) return notAllowed();
      return collectionResponse(ctx, store.groups(ctx.site.id).map((group) => principalEntity(ctx, group)), 'SP.ApiData.Groups');
    case 'groupusers': {
      if (isRead) return collectionResponse(ctx, store.groupMembers(resource.principal.id).map((member) => principalEntity(ctx, member)), 'SP.ApiData.Users');
      if (method !== 'POST') return notAllowed();
      requireRank(ctx, `web:${ctx.site.id}`, 3);
      const body = jsonBody(ctx.request);
      const login = String(body.LoginName ?? '');
      const user = store.ensureUser(login.split('|').pop() ?? login);
      store.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(resource.principal.id, user.id);
      return entityResponse(ctx, principalEntity(ctx, user), 'SP.ApiData.Users', 201);
    }
    case 'roledefinitions':
      if (!isRead) return notAllowed();
      return collectionResponse(ctx, ROLE_DEFINITIONS.map((definition) => roleDefinitionEntity(ctx, definition.id)), 'SP.ApiData.RoleDefinitions');
    case 'roledefinition':
      if (!isRead) return notAllowed();
      return entityResponse(ctx, roleDefinitionEntity(ctx, resource.id), 'SP.ApiData.RoleDefinitions');
    case 'roleassignments': {
      if (!isRead) return notAllowed();
      const rows = store.assignments(resource.scope);
      const byPrincipal = new Map<number, number[]>();
      for (const row of rows) byPrincipal.set(row.principal_id, [...(byPrincipal.get(row.principal_id) ?? []), row.role_def_id]);
      const entities = [...byPrincipal].map(([principalId, roleIds]) => new Entity('SP.RoleAssignment', {
        PrincipalId: principalId,
        Member: () => principalEntity(ctx, store.principal(principalId)!),
        RoleDefinitionBindings: () => new EntitySet(roleIds.map((id) => roleDefinitionEntity(ctx, id))),
      }, { id: `${ctx.apiUrl}/RoleAssignments/GetByPrincipalId(${principalId})` }));
      return collectionResponse(ctx, entities, 'SP.ApiData.RoleAssignments');
    }
    case 'permissions': {
      if (!isRead) return notAllowed();
      const rank = store.rank(ctx.user, resource.scope);
      const definition = rank >= 3 ? ROLE_DEFINITIONS[0] : rank === 2 ? ROLE_DEFINITIONS[2] : rank === 1 ? ROLE_DEFINITIONS[4] : undefined;
      const permissions = new Complex('SP.BasePermissions', definition?.basePermissions ?? { High: '0', Low: '0' });
      if (ctx.format === 'verbose') return jsonResponse(200, { d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...(definition?.basePermissions ?? { High: '0', Low: '0' }) } } }, ctx.format);
      return jsonResponse(200, primitiveBody(permissions, ctx.format, ctx.apiUrl, 'SP.BasePermissions', 'EffectiveBasePermissions'), ctx.format);
    }
    case 'folder':
      if (!isRead) return notAllowed();
      return entityResponse(ctx, folderEntity(ctx, resource.list, resource.url), 'SP.ApiData.Folders');
    case 'folders':
      if (!isRead) return notAllowed();
      return collectionResponse(ctx, store.subfolders(resource.url).map((folder) => folderEntity(ctx, resource.list, folder.server_relative_url)), 'SP.ApiData.Folders');
    case 'files': {
      if (!isRead) return notAllowed();
      const list = resource.list;
      const files = store.filesInFolder(list.guid, resource.url).filter((item) => store.rank(ctx.user, store.itemScope(list, item)) > 0);
      return collectionResponse(ctx, files.map((item) => fileEntity(ctx, list, item)), 'SP.ApiData.Files12');
    }
    case 'file': {
      const { list, item } = resource;
      if (isRead) return entityResponse(ctx, fileEntity(ctx, list, item), 'SP.ApiData.Files12');
      if (method === 'DELETE') {
        requireRank(ctx, store.itemScope(list, item), 2);
        store.deleteItem(list, item);
        return { status: 200, headers: { 'content-length': '0' }, body: '' };
      }
      return notAllowed();
    }
    case 'filevalue': {
      const { list, item } = resource;
      if (isRead) return { status: 200, headers: { 'content-type': 'application/octet-stream', etag: `"{${(item.file_unique_id ?? item.guid).toUpperCase()}},${item.version}"` }, body: Buffer.from(item.file_content ?? new Uint8Array()) };
      if (method === 'PUT' || method === 'POST') {
        requireRank(ctx, store.itemScope(list, item), 2);
        store.updateItem(list, item, ctx.user.id, JSON.parse(item.field_values) as Record<string, unknown>, new Uint8Array(ctx.request.body));
        return noContent();
      }
      return notAllowed();
    }
    case 'recyclebin': {
      if (!isRead) return notAllowed();
      const entities = store.recycledItems(ctx.site.id).map((row) => new Entity('SP.RecycleBinItem', {
        Id: row.recycle_id,
        DeletedDate: row.recycled_at,
        DeletedByEmail: store.principal(row.recycled_by ?? 0)?.email ?? '',
        DirName: `${ctx.site.path.slice(1)}/${row.list_url}`,
        ItemState: 1,
        ItemType: row.leaf_name ? 1 : 3,
        LeafName: row.leaf_name ?? `${row.id}_.000`,
        Title: (JSON.parse(row.field_values) as Record<string, unknown>).Title ?? row.leaf_name ?? '',
      }, { id: `${ctx.apiUrl}/Web/RecycleBin('${row.recycle_id}')` }));
      return collectionResponse(ctx, entities, 'SP.ApiData.RecycleBinItems');
    }
  }
}

function clearDefaultView(ctx: SpContext, list: ListRow): void {
  for (const row of ctx.store.views(list.guid)) {
    const def = viewDef(row.def);
    if (def.DefaultView) ctx.store.saveView(list.guid, row.guid, { ...def, DefaultView: false });
  }
}

