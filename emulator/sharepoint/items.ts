/**
 * List items: query ($select, $filter, $orderby, $top, $expand, $skiptoken paging, the list view threshold),
 * rendering in SharePoint's item shape, and validated writes. Item values are stored as one JSON object
 * per item keyed by field internal name: lookups and users as ids, multi values as arrays, DateTime as UTC ISO.
 */
import type { SpContext } from './context';
import { SharePointError, spErrors } from './errors';
import { isLookupLike, restName, type FieldDef } from './fields';
import { evaluateFilter, filterFieldPaths, parseFilter, type FilterExpr, type ResolvedValue } from './filter';
import { Complex, Entity, EntitySet, ValueArray } from './odata';
import type { ItemRow, ListRow } from './store';

export type ItemValues = Record<string, unknown>;

const BUILT_IN_ORDER_BEFORE = ['FileSystemObjectType', 'Id', 'ContentTypeId', 'Title'];
const BUILT_IN_NAMES = new Set([
  'ContentTypeId', 'Title', 'ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID', 'FSObjType',
  'LinkTitle', 'LinkTitleNoMenu', 'FileLeafRef', 'FileRef', 'File_x0020_Type', 'DocIcon', 'LinkFilename', 'LinkFilenameNoMenu',
]);

/** Item type name, `SP.Data.<EntityName>Item` (D: `ListItemEntityTypeFullName`). */
export function itemTypeName(list: ListRow): string {
  return `SP.Data.${list.entity_name}Item`;
}

export function listContentTypeId(list: ListRow): string {
  return `${list.base_template === 101 ? '0x0101' : '0x01'}00${list.guid.replace(/-/g, '').toUpperCase()}`;
}

export function itemETag(item: ItemRow): string {
  return `"${item.guid},${item.version}"`;
}

export function itemEditLink(list: ListRow, id: number): string {
  return `Web/Lists(guid'${list.guid}')/Items(${id})`;
}

function values(item: ItemRow): ItemValues {
  return JSON.parse(item.field_values) as ItemValues;
}

function fileRef(item: ItemRow): string | null {
  return item.folder && item.leaf_name ? `${item.folder}/${item.leaf_name}` : null;
}

/** The value of a built-in or custom field of an item, as stored (ids for lookups). */
export function storedValue(ctx: SpContext, list: ListRow, item: ItemRow, internalName: string): unknown {
  const stored = values(item);
  switch (internalName) {
    case 'ID': return item.id;
    case 'Created': return item.created;
    case 'Modified': return item.modified;
    case 'Author': return item.author_id;
    case 'Editor': return item.editor_id;
    case '_UIVersionString': return `${item.version}.0`;
    case 'Attachments': return false;
    case 'GUID': return item.guid;
    case 'ContentTypeId': return listContentTypeId(list);
    case 'FSObjType': return item.fs_type;
    case 'FileLeafRef': return item.leaf_name;
    case 'FileRef': return fileRef(item);
    case 'File_x0020_Type': return item.leaf_name?.includes('.') ? item.leaf_name.split('.').pop() ?? null : null;
    case 'LinkTitle': case 'LinkTitleNoMenu': return stored.Title ?? null;
    case 'LinkFilename': case 'LinkFilenameNoMenu': return item.leaf_name;
    case 'DocIcon': return item.leaf_name?.split('.').pop() ?? null;
    default: return stored[internalName] ?? null;
  }
}

interface SelectPlan {
  /** Top-level properties in output order, each with how to compute it. */
  readonly properties: readonly { readonly name: string; readonly compute: (item: ItemRow) => unknown }[];
}

function fieldByName(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  const lower = name.toLowerCase();
  return fields.find((field) => field.InternalName.toLowerCase() === lower) ?? (lower === 'id' ? fields.find((field) => field.InternalName === 'ID') : undefined);
}

/** A lookup or user field addressed as `XId` (the id form SharePoint exposes without `$expand`). */
function idFormField(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  const match = /^(.+?)(String)?Id$/i.exec(name);
  if (!match) return undefined;
  const field = fieldByName(fields, match[1]);
  return field && isLookupLike(field) ? field : undefined;
}

function userEntity(ctx: SpContext, userId: number): Entity | null {
  const principal = ctx.store.principal(userId);
  if (!principal) return null;
  return new Entity('SP.Data.UserInfoItem', {
    Id: principal.id,
    Title: principal.title,
    EMail: principal.email ?? '',
    Name: principal.login_name,
    UserName: principal.email ?? '',
    JobTitle: null,
    Department: null,
  }, { id: `${ctx.apiUrl}/Web/SiteUserInfoList/Items(${principal.id})` });
}

function rawOutput(ctx: SpContext, field: FieldDef, value: unknown): unknown {
  if (field.TypeAsString === 'MultiChoice') return new ValueArray('Edm.String', Array.isArray(value) ? value : []);
  if (field.TypeAsString === 'URL') return value && typeof value === 'object' ? new Complex('SP.FieldUrlValue', value as Record<string, unknown>) : null;
  if (field.TypeAsString === 'Counter' || field.TypeAsString === 'Integer') return value;
  return value ?? null;
}

/** `$select`/`$expand` for items, validated like SharePoint (unknown field → 400; `L/Title` without `$expand=L` → 400). */
export function planSelect(ctx: SpContext, list: ListRow, fields: readonly FieldDef[], select: readonly string[], expand: readonly string[]): SelectPlan {
  const expanded = new Map<string, FieldDef>();
  for (const path of expand) {
    const head = path.split('/')[0];
    const field = fieldByName(fields, head);
    if (!field) throw spErrors.fieldNotFound(head);
    if (!isLookupLike(field)) throw spErrors.invalidRequest(`The field or property '${head}' is not a navigation property and cannot be expanded.`);
    expanded.set(field.InternalName, field);
  }
  const properties: { name: string; compute: (item: ItemRow) => unknown }[] = [];
  const projections = new Map<string, string[]>();
  const addField = (field: FieldDef): void => {
    const name = restName(field.InternalName);
    if (field.InternalName === 'ID') {
      properties.push({ name: 'ID', compute: (item) => item.id });
      return;
    }
    if (isLookupLike(field)) {
      properties.push({ name: `${field.InternalName}Id`, compute: (item) => idOutput(field, storedValue(ctx, list, item, field.InternalName)) });
      if (field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti') {
        properties.push({ name: `${field.InternalName}StringId`, compute: (item) => stringIdOutput(field, storedValue(ctx, list, item, field.InternalName)) });
      }
      return;
    }
    properties.push({ name, compute: (item) => rawOutput(ctx, field, storedValue(ctx, list, item, field.InternalName)) });
  };
  const wanted = select.length === 0 ? ['*'] : select;
  for (const path of wanted) {
    if (path === '*') {
      properties.push({ name: 'FileSystemObjectType', compute: (item) => item.fs_type });
      properties.push({ name: 'Id', compute: (item) => item.id });
      properties.push({ name: 'ContentTypeId', compute: () => listContentTypeId(list) });
      const title = fieldByName(fields, 'Title');
      if (title) addField(title);
      for (const field of fields) {
        if (!BUILT_IN_NAMES.has(field.InternalName) && !field.Hidden) addField(field);
      }
      for (const name of ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID']) {
        const field = fieldByName(fields, name);
        if (field && (name === 'Author' || name === 'Editor')) {
          properties.push({ name: `${name}Id`, compute: (item) => storedValue(ctx, list, item, name) });
        } else if (field) addField(field);
      }
      continue;
    }
    if (path.includes('/')) {
      const [head, ...rest] = path.split('/');
      const field = fieldByName(fields, head);
      if (!field) throw spErrors.fieldNotFound(head);
      if (!expanded.has(field.InternalName)) throw spErrors.expandRequired(field.InternalName);
      projections.set(field.InternalName, [...(projections.get(field.InternalName) ?? []), rest.join('/')]);
      continue;
    }
    if (BUILT_IN_ORDER_BEFORE.includes(path) && path !== 'Title') {
      if (path === 'Id') properties.push({ name: 'Id', compute: (item) => item.id });
      else if (path === 'FileSystemObjectType') properties.push({ name: path, compute: (item) => item.fs_type });
      else properties.push({ name: path, compute: () => listContentTypeId(list) });
      continue;
    }
    const byId = idFormField(fields, path);
    if (byId) {
      const stringForm = /StringId$/i.test(path);
      properties.push({
        name: path,
        compute: (item) => (stringForm ? stringIdOutput(byId, storedValue(ctx, list, item, byId.InternalName)) : idOutput(byId, storedValue(ctx, list, item, byId.InternalName))),
      });
      continue;
    }
    const normalized = path.startsWith('OData_') ? path.slice('OData_'.length) : path;
    const field = fieldByName(fields, normalized);
    if (!field) throw spErrors.fieldNotFound(path);
    if (expanded.has(field.InternalName)) {
      projections.set(field.InternalName, projections.get(field.InternalName) ?? []);
      continue;
    }
    addField(field);
  }
  for (const [internalName, field] of expanded) {
    const subFields = projections.get(internalName);
    if (subFields === undefined && select.length > 0) continue;
    properties.push({ name: internalName, compute: (item) => expandedOutput(ctx, field, storedValue(ctx, list, item, internalName), subFields ?? []) });
  }
  return { properties };
}

function idOutput(field: FieldDef, value: unknown): unknown {
  if (field.AllowMultipleValues || field.TypeAsString.endsWith('Multi')) return new ValueArray('Edm.Int32', Array.isArray(value) ? value : []);
  return typeof value === 'number' ? value : null;
}

function stringIdOutput(field: FieldDef, value: unknown): unknown {
  if (field.AllowMultipleValues || field.TypeAsString.endsWith('Multi')) return new ValueArray('Edm.String', Array.isArray(value) ? value.map(String) : []);
  return typeof value === 'number' ? String(value) : null;
}

function lookupTarget(ctx: SpContext, field: FieldDef): ListRow | undefined {
  const guid = (field.LookupList ?? '').replace(/[{}]/g, '');
  return guid ? ctx.store.listByGuid(ctx.site.id, guid) : undefined;
}

function projectedEntity(ctx: SpContext, field: FieldDef, id: number, subFields: readonly string[]): Entity | null {
  if (field.TypeAsString === 'User' || field.TypeAsString === 'UserMulti') {
    const user = userEntity(ctx, id);
    if (!user) return null;
    if (subFields.length === 0) return user;
    const props: Record<string, unknown> = {};
    for (const sub of subFields) {
      const key = Object.keys(user.props).find((candidate) => candidate.toLowerCase() === sub.toLowerCase());
      if (!key) throw spErrors.fieldNotFound(sub);
      props[key] = user.props[key];
    }
    return new Entity(user.type, props, user.meta);
  }
  const target = lookupTarget(ctx, field);
  if (!target) return null;
  const targetItem = ctx.store.item(target.guid, id);
  if (!targetItem) return null;
  const targetFields = ctx.store.fields(target.guid);
  const wanted = subFields.length === 0 ? ['Id', field.LookupField ?? 'Title'] : subFields;
  const props: Record<string, unknown> = {};
  for (const sub of wanted) {
    if (sub.toLowerCase() === 'id') {
      props.Id = targetItem.id;
      continue;
    }
    const targetField = fieldByName(targetFields, sub);
    if (!targetField) throw spErrors.fieldNotFound(sub);
    props[targetField.InternalName === 'ID' ? 'ID' : targetField.InternalName] = rawOutput(ctx, targetField, storedValue(ctx, target, targetItem, targetField.InternalName));
  }
  return new Entity(itemTypeName(target), props, { id: `${ctx.apiUrl}/${itemEditLink(target, targetItem.id)}` });
}

function expandedOutput(ctx: SpContext, field: FieldDef, value: unknown, subFields: readonly string[]): unknown {
  if (Array.isArray(value)) {
    return new EntitySet(value.map((id) => projectedEntity(ctx, field, Number(id), subFields)).filter((entity): entity is Entity => entity !== null));
  }
  if (typeof value !== 'number') return field.TypeAsString.endsWith('Multi') ? new EntitySet([]) : null;
  return projectedEntity(ctx, field, value, subFields);
}

export function itemEntity(ctx: SpContext, list: ListRow, item: ItemRow, plan: SelectPlan): Entity {
  const props: Record<string, unknown> = {};
  for (const property of plan.properties) props[property.name] = property.compute(item);
  return new Entity(itemTypeName(list), props, {
    // I: the emulator gives `odata.id` the absolute item URL (as verbose `__metadata.id`); PnPjs builds URLs from `odata.editLink`.
    id: `${ctx.apiUrl}/${itemEditLink(list, item.id)}`,
    editLink: itemEditLink(list, item.id),
    etag: `"${item.version}"`,
  });
}

/** Reads `$select`/`$expand` of the request as lists of paths. */
export function queryList(request: SpContext['request'], name: string): string[] {
  const raw = request.url.searchParams.get(name) ?? request.url.searchParams.get(name.replace('$', '')) ?? '';
  return raw.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

/** The resolver `$filter` and `$orderby` use: a field path to the value of one item. */
function resolverFor(ctx: SpContext, list: ListRow, fields: readonly FieldDef[], expanded: ReadonlySet<string>) {
  const cache = new Map<string, { field: FieldDef; kind: 'value' | 'id' | 'projection'; sub?: string }>();
  const plan = (path: string): { field: FieldDef; kind: 'value' | 'id' | 'projection'; sub?: string } => {
    const known = cache.get(path);
    if (known) return known;
    let resolved: { field: FieldDef; kind: 'value' | 'id' | 'projection'; sub?: string };
    if (path.includes('/')) {
      const [head, sub] = path.split('/');
      const field = fieldByName(fields, head);
      if (!field) throw spErrors.fieldNotFound(head);
      if (!expanded.has(field.InternalName)) throw spErrors.expandRequired(field.InternalName);
      resolved = sub.toLowerCase() === 'id' ? { field, kind: 'id' } : { field, kind: 'projection', sub };
    } else {
      const byId = idFormField(fields, path);
      const field = byId ?? fieldByName(fields, path.startsWith('OData_') ? path.slice(6) : path);
      if (!field) throw spErrors.fieldNotFound(path);
      resolved = { field, kind: byId ? 'id' : 'value' };
    }
    cache.set(path, resolved);
    return resolved;
  };
  const resolve = (item: ItemRow, path: string): ResolvedValue => {
    const { field, kind, sub } = plan(path);
    const value = storedValue(ctx, list, item, field.InternalName);
    const isDate = field.TypeAsString === 'DateTime';
    if (kind !== 'projection') return { value, isDate };
    const project = (id: unknown): unknown => {
      if (typeof id !== 'number') return null;
      const entity = projectedEntity(ctx, field, id, [sub!]);
      return entity ? Object.values(entity.props)[0] : null;
    };
    return { value: Array.isArray(value) ? value.map(project) : project(value), isDate: false };
  };
  return { plan, resolve };
}

/** Whether the filter can use an index (SharePoint needs one on lists past the threshold; I: an `and` with one indexed side is enough). */
function filterUsesIndex(expression: FilterExpr, isIndexed: (path: string) => boolean): boolean {
  switch (expression.kind) {
    case 'logical':
      return expression.op === 'and'
        ? filterUsesIndex(expression.left, isIndexed) || filterUsesIndex(expression.right, isIndexed)
        : filterUsesIndex(expression.left, isIndexed) && filterUsesIndex(expression.right, isIndexed);
    case 'not':
      return filterUsesIndex(expression.operand, isIndexed);
    default:
      return filterFieldPaths(expression).every(isIndexed);
  }
}

/** GET `.../items`: filter, sort, permission-trim and page like SharePoint. */
export function queryItems(ctx: SpContext, list: ListRow, readableScope: (item: ItemRow) => boolean): EntitySet {
  const params = ctx.request.url.searchParams;
  const fields = ctx.store.fields(list.guid);
  const select = queryList(ctx.request, '$select');
  const expand = queryList(ctx.request, '$expand');
  const plan = planSelect(ctx, list, fields, select, expand);
  const expandedNames = new Set(expand.map((path) => fieldByName(fields, path.split('/')[0])!.InternalName));
  const { plan: resolvePlan, resolve } = resolverFor(ctx, list, fields, expandedNames);

  const filterText = params.get('$filter');
  const filter = filterText && filterText.trim() ? parseFilter(filterText) : undefined;
  const orderText = params.get('$orderby') ?? '';
  const orderBy = orderText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [path, direction = 'asc'] = part.split(/\s+/);
      if (!['asc', 'desc'].includes(direction.toLowerCase())) throw spErrors.invalidQuery(orderText);
      return { path, descending: direction.toLowerCase() === 'desc' };
    });
  // Validate every path before touching rows, so an unknown field is a 400 even on an empty list.
  const filterPaths = filter ? filterFieldPaths(filter) : [];
  for (const path of [...filterPaths, ...orderBy.map((order) => order.path)]) resolvePlan(path);

  const isIndexed = (path: string): boolean => resolvePlan(path).field.Indexed;
  const itemCount = ctx.store.itemCount(list);
  if (itemCount > ctx.listViewThreshold) {
    // The list view threshold (D/P): past it, SharePoint only answers queries it can serve from an index.
    const orderOk = orderBy.every((order) => isIndexed(order.path));
    const filterOk = !filter || filterUsesIndex(filter, isIndexed);
    if (!orderOk || !filterOk) throw spErrors.listViewThreshold();
  }

  const topText = params.get('$top');
  let pageSize = 100;
  if (topText !== null) {
    pageSize = Number.parseInt(topText, 10);
    if (!Number.isFinite(pageSize) || pageSize < 0) throw spErrors.invalidQuery(topText);
    // I: SharePoint caps a page at 5000 rows.
    pageSize = Math.min(pageSize, 5000);
  }

  let rows = ctx.store.items(list.guid).filter(readableScope);
  if (filter) rows = rows.filter((item) => evaluateFilter(filter, (path) => resolve(item, path)));
  if (orderBy.length > 0) {
    const keyed = rows.map((item) => ({ item, keys: orderBy.map((order) => resolve(item, order.path)) }));
    keyed.sort((left, right) => {
      for (let index = 0; index < orderBy.length; index++) {
        const a = normalizeSortKey(left.keys[index]);
        const b = normalizeSortKey(right.keys[index]);
        const order = compareSortKeys(a, b);
        if (order !== 0) return orderBy[index].descending ? -order : order;
      }
      return left.item.id - right.item.id;
    });
    rows = keyed.map((entry) => entry.item);
  }

  const skipToken = params.get('$skiptoken');
  let start = 0;
  if (skipToken) {
    const tokenParams = new URLSearchParams(skipToken);
    const lastId = Number.parseInt(tokenParams.get('p_ID') ?? '', 10);
    if (Number.isFinite(lastId)) {
      const index = rows.findIndex((item) => item.id === lastId);
      start = index >= 0 ? index + 1 : orderBy.length === 0 ? rows.findIndex((item) => item.id > lastId) : rows.length;
      if (start < 0) start = rows.length;
    }
  }
  const page = rows.slice(start, start + pageSize);
  let nextLink: string | undefined;
  if (start + pageSize < rows.length && page.length > 0) {
    const last = page[page.length - 1];
    const next = new URL(ctx.request.url.toString());
    // D: the next page is the same query with `$skiptoken=Paged=TRUE&p_ID=<last id>` (and the sort value when sorted).
    const token = new URLSearchParams({ Paged: 'TRUE' });
    if (orderBy.length > 0) {
      const sortValue = resolve(last, orderBy[0].path).value;
      token.set(`p_${orderBy[0].path.replace('/', '_')}`, sortValue === null || sortValue === undefined ? '' : String(sortValue));
    }
    token.set('p_ID', String(last.id));
    next.searchParams.set('$skiptoken', token.toString());
    if (!next.searchParams.has('$top')) next.searchParams.set('$top', String(pageSize));
    nextLink = next.toString();
  }
  return new EntitySet(page.map((item) => itemEntity(ctx, list, item, plan)), nextLink);
}

type SortKey = string | number | null;

function normalizeSortKey(resolved: ResolvedValue): SortKey {
  let value = resolved.value;
  if (Array.isArray(value)) value = value[0];
  if (value === null || value === undefined || value === '') return null;
  if (resolved.isDate && typeof value === 'string') return Date.parse(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

function compareSortKeys(a: SortKey, b: SortKey): number {
  // SharePoint sorts empty values first in ascending order.
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { sensitivity: 'accent' });
}

// ---- writes ----

const IGNORED_ON_WRITE = new Set(['id', 'guid', 'created', 'modified', 'authorid', 'editorid', 'odata__uiversionstring', 'contenttypeid', 'filesystemobjecttype', 'attachments']);

function toUtcSecond(value: unknown, field: FieldDef): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw spErrors.invalidFieldValue(`Invalid date/time value for field '${field.Title}': '${String(value)}'.`);
  }
  // Input with an offset is converted to UTC; SharePoint keeps seconds, not milliseconds (D/P).
  return new Date(Date.parse(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function unwrapResults(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'results' in value) return (value as { results: unknown }).results;
  return value;
}

function convertValue(field: FieldDef, raw: unknown): unknown {
  const invalid = (): never => {
    throw spErrors.invalidFieldValue(`The value '${JSON.stringify(raw)}' is not valid for field '${field.InternalName}' of type ${field.TypeAsString}.`);
  };
  const value = unwrapResults(raw);
  switch (field.TypeAsString) {
    case 'Text':
    case 'Note': {
      if (value === null || value === undefined) return null;
      if (typeof value !== 'string') return invalid();
      if (field.TypeAsString === 'Text' && value.length > (field.MaxLength ?? 255)) {
        throw spErrors.invalidFieldValue(`The value of field '${field.Title}' is longer than ${field.MaxLength ?? 255} characters.`);
      }
      return value;
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (value === null || value === '') return null;
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isFinite(number)) return invalid();
      if ((field.MinimumValue !== undefined && number < field.MinimumValue) || (field.MaximumValue !== undefined && number > field.MaximumValue)) {
        throw spErrors.invalidFieldValue(`The value of field '${field.Title}' must be between ${field.MinimumValue ?? '-∞'} and ${field.MaximumValue ?? '∞'}.`);
      }
      return number;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === '1' || value === 'true' || value === 'True') return true;
      if (value === 0 || value === '0' || value === 'false' || value === 'False') return false;
      return invalid();
    case 'DateTime':
      return toUtcSecond(value, field);
    case 'Choice': {
      if (value === null || value === '') return null;
      if (typeof value !== 'string') return invalid();
      if (!field.FillInChoice && field.Choices && !field.Choices.includes(value)) {
        throw spErrors.invalidFieldValue(`Value '${value}' is not a valid choice for field '${field.Title}'.`);
      }
      return value;
    }
    case 'MultiChoice': {
      if (value === null) return [];
      const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';#').filter(Boolean) : invalid();
      for (const choice of list as unknown[]) {
        if (typeof choice !== 'string') invalid();
        if (!field.FillInChoice && field.Choices && !field.Choices.includes(choice as string)) {
          throw spErrors.invalidFieldValue(`Value '${String(choice)}' is not a valid choice for field '${field.Title}'.`);
        }
      }
      return list;
    }
    case 'Lookup':
    case 'User': {
      if (value === null || value === '' || value === 0 || value === -1) return null;
      const id = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      return Number.isInteger(id) && id > 0 ? id : invalid();
    }
    case 'LookupMulti':
    case 'UserMulti': {
      if (value === null) return [];
      if (!Array.isArray(value)) return invalid();
      return value.map((entry) => {
        const id = typeof entry === 'number' ? entry : Number(entry);
        return Number.isInteger(id) && id > 0 ? id : invalid();
      });
    }
    case 'URL': {
      if (value === null || value === '') return null;
      if (typeof value === 'string') return { Description: value, Url: value };
      if (typeof value !== 'object') return invalid();
      const url = (value as Record<string, unknown>).Url;
      const description = (value as Record<string, unknown>).Description;
      if (typeof url !== 'string') return invalid();
      return { Description: typeof description === 'string' ? description : url, Url: url };
    }
    default:
      return value;
  }
}

/**
 * Applies a JSON write body to the current values. Property names as SharePoint's item type defines them:
 * `Title`, `<Field>`, `<Lookup>Id`, `<User>Id`, `<User>StringId`. An unknown name is the 400 SharePoint gives.
 */
export function applyWriteBody(list: ListRow, fields: readonly FieldDef[], body: Record<string, unknown>, current: ItemValues, verbose: boolean): ItemValues {
  const result: ItemValues = { ...current };
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata') {
      if (!verbose) throw spErrors.metadataInJsonLight();
      continue;
    }
    if (key.startsWith('odata.') || key.startsWith('@odata.')) continue;
    if (IGNORED_ON_WRITE.has(key.toLowerCase())) continue;
    const byId = idFormField(fields, key);
    const field = byId ?? fieldByName(fields, key.startsWith('OData_') ? key.slice(6) : key);
    if (!field || (isLookupLike(field) && !byId) || (field.ReadOnlyField && field.InternalName !== 'FileLeafRef')) {
      if (field?.ReadOnlyField) continue;
      throw spErrors.propertyNotOnType(key, itemTypeName(list));
    }
    if (field.InternalName === 'FileLeafRef') continue;
    result[field.InternalName] = convertValue(field, raw);
  }
  return result;
}

/** Defaults and required fields on create (I: real SharePoint REST does not always enforce Required; the product wants it). */
export function completeNewItem(fields: readonly FieldDef[], values: ItemValues, isFile: boolean): ItemValues {
  const result: ItemValues = { ...values };
  for (const field of fields) {
    if (field.ReadOnlyField || (BUILT_IN_NAMES.has(field.InternalName) && field.InternalName !== 'Title')) continue;
    if (!(field.InternalName in result) && field.DefaultValue !== null && field.DefaultValue !== undefined) {
      if (field.TypeAsString === 'Boolean') result[field.InternalName] = field.DefaultValue === '1' || field.DefaultValue.toLowerCase() === 'true';
      else if (field.TypeAsString === 'MultiChoice') result[field.InternalName] = field.DefaultValue.split(';#').filter(Boolean);
      else result[field.InternalName] = convertValue(field, field.DefaultValue);
    }
    if (field.TypeAsString === 'Boolean' && !(field.InternalName in result)) result[field.InternalName] = false;
    const value = result[field.InternalName];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    // An uploaded file has no metadata yet; SharePoint accepts it and leaves the required fields empty (D).
    if (field.Required && empty && !isFile) {
      throw new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `The field '${field.Title}' (${field.InternalName}) is required.`);
    }
  }
  return result;
}

/** `IF-MATCH`: `*` or an etag; SharePoint accepts `"2"` and `"<guid>,2"`, so only the version is compared (D/P). */
export function checkIfMatch(ifMatch: string | undefined, item: ItemRow): void {
  if (!ifMatch || ifMatch.trim() === '*') return;
  const cleaned = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const version = Number.parseInt(cleaned.split(',').pop() ?? '', 10);
  if (version !== item.version) throw spErrors.staleETag(ifMatch.trim(), itemETag(item));
}
