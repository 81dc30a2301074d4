/**
 * OData JSON as SharePoint Online writes it, in its three formats.
 * Shapes from /work/shared/reference/sharepoint-graph-behaviour.md and
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest :
 * - minimalmetadata (what `Accept: application/json` gets): `odata.metadata`, `odata.type`, `odata.id`, `odata.etag`, `odata.editLink`; collections under `value`, next page in `odata.nextLink`;
 * - nometadata: the properties only, collections under `value` (+ `odata.nextLink`);
 * - verbose: `{"d": ...}` with `__metadata` per entity, collections as `results`, next page in `__next`.
 */
import type { EmulatorResponse } from '../http';
import type { SharePointError } from './errors';

export type ODataFormat = 'minimal' | 'nometadata' | 'verbose';

/** An addressable SharePoint object (list, item, field...). */
export class Entity {
  public constructor(
    public readonly type: string,
    public readonly props: Record<string, unknown>,
    public readonly meta: { readonly id?: string; readonly editLink?: string; readonly etag?: string } = {},
  ) {}
}

/** A collection of entities (a navigation property or a query result). */
export class EntitySet {
  public constructor(public readonly entities: readonly Entity[], public readonly nextLink?: string) {}
}

/** A collection of primitives (MultiChoice values, lookup ids); verbose wraps it in `results`. */
export class ValueArray {
  public constructor(public readonly edmType: string, public readonly values: readonly unknown[]) {}
}

/** A complex value such as SP.FieldUrlValue or SP.BasePermissions; verbose gives it `__metadata.type`. */
export class Complex {
  public constructor(public readonly type: string, public readonly props: Record<string, unknown>) {}
}

export function formatFromAccept(accept: string | undefined): ODataFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata') || value.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(format: ODataFormat): string {
  const odata = format === 'minimal' ? 'minimalmetadata' : format;
  return `application/json;odata=${odata};streaming=true;charset=utf-8`;
}

function renderValue(value: unknown, format: ODataFormat): unknown {
  if (value instanceof Entity) return renderEntityBody(value, format);
  if (value instanceof EntitySet) {
    const rendered = value.entities.map((entity) => renderEntityBody(entity, format));
    return format === 'verbose' ? { results: rendered } : rendered;
  }
  if (value instanceof ValueArray) {
    return format === 'verbose' ? { __metadata: { type: `Collection(${value.edmType})` }, results: value.values } : value.values;
  }
  if (value instanceof Complex) {
    const props = renderProps(value.props, format);
    if (format === 'verbose') return { __metadata: { type: value.type }, ...props };
    if (format === 'minimal') return { 'odata.type': value.type, ...props };
    return props;
  }
  return value;
}

/** The properties of a complex result rendered for the format (collections as `results` in verbose). */
export function renderProps(props: Record<string, unknown>, format: ODataFormat): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) result[key] = renderValue(value, format);
  return result;
}

function renderEntityBody(entity: Entity, format: ODataFormat): Record<string, unknown> {
  const props = renderProps(entity.props, format);
  if (format === 'nometadata') return props;
  if (format === 'verbose') {
    const metadata: Record<string, string> = {};
    if (entity.meta.id) {
      metadata.id = entity.meta.id;
      metadata.uri = entity.meta.id;
    }
    if (entity.meta.etag) metadata.etag = entity.meta.etag;
    metadata.type = entity.type;
    return { __metadata: metadata, ...props };
  }
  const head: Record<string, string> = { 'odata.type': entity.type };
  if (entity.meta.id) head['odata.id'] = entity.meta.id;
  if (entity.meta.etag) head['odata.etag'] = entity.meta.etag;
  if (entity.meta.editLink) head['odata.editLink'] = entity.meta.editLink;
  return { ...head, ...props };
}

/** The body for one entity; `metadataName` is the `$metadata#...` fragment minimal metadata names it by. */
export function entityBody(entity: Entity, format: ODataFormat, apiUrl: string, metadataName: string): unknown {
  const body = renderEntityBody(entity, format);
  if (format === 'verbose') return { d: body };
  if (format === 'minimal') return { 'odata.metadata': `${apiUrl}/$metadata#${metadataName}/@Element`, ...body };
  return body;
}

export function collectionBody(set: EntitySet, format: ODataFormat, apiUrl: string, metadataName: string): unknown {
  const rendered = set.entities.map((entity) => renderEntityBody(entity, format));
  if (format === 'verbose') return { d: set.nextLink ? { results: rendered, __next: set.nextLink } : { results: rendered } };
  const body: Record<string, unknown> = format === 'minimal' ? { 'odata.metadata': `${apiUrl}/$metadata#${metadataName}` } : {};
  body.value = rendered;
  if (set.nextLink) body['odata.nextLink'] = set.nextLink;
  return body;
}

/** A primitive or complex result of a function (`recycle()` → Edm.Guid); verbose names it after the function. */
export function primitiveBody(value: unknown, format: ODataFormat, apiUrl: string, edmType: string, functionName: string): unknown {
  const rendered = renderValue(value, format);
  if (format === 'verbose') return { d: { [functionName]: rendered } };
  if (format === 'minimal') return { 'odata.metadata': `${apiUrl}/$metadata#${edmType}`, value: rendered };
  return { value: rendered };
}

/** SharePoint's error shape: `{"odata.error": ...}`, or `{"error": ...}` in verbose (D). */
export function errorResponse(error: SharePointError, format: ODataFormat): EmulatorResponse {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return {
    status: error.status,
    headers: { 'content-type': contentTypeFor(format), ...error.headers },
    body: format === 'verbose' ? { error: inner } : { 'odata.error': inner },
  };
}

export function jsonResponse(status: number, body: unknown, format: ODataFormat, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': contentTypeFor(format), ...headers }, body };
}

/** Applies a generic `$select`/`$expand` to a non-item entity; navigation properties are thunks, resolved only when expanded. */
export function shapeEntity(entity: Entity, select: readonly string[], expand: readonly string[]): Entity {
  const expandTops = new Map<string, string[]>();
  for (const path of expand) {
    const [head, ...rest] = path.split('/');
    const key = head.toLowerCase();
    expandTops.set(key, [...(expandTops.get(key) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
  }
  const selectTops = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split('/');
    const key = head.toLowerCase();
    selectTops.set(key, [...(selectTops.get(key) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
  }
  const selectAll = select.length === 0 || selectTops.has('*');
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.props)) {
    const lower = key.toLowerCase();
    if (typeof value === 'function') {
      if (!expandTops.has(lower)) continue;
      const resolved: unknown = (value as () => unknown)();
      const subSelect = selectTops.get(lower) ?? [];
      const subExpand = expandTops.get(lower) ?? [];
      if (resolved instanceof Entity) props[key] = shapeEntity(resolved, subSelect, subExpand);
      else if (resolved instanceof EntitySet) props[key] = new EntitySet(resolved.entities.map((child) => shapeEntity(child, subSelect, subExpand)));
      else props[key] = resolved;
      continue;
    }
    if (selectAll || selectTops.has(lower)) props[key] = value;
  }
  return new Entity(entity.type, props, entity.meta);
}
