import type { CalendarDate, ItemIdentity, PersonRef, ZonedDateTime } from '../../domain/models';
import type { ChoiceOption, FieldSchema, ListSchema } from '../../schema';
import {
  calendarDateFromSharePoint,
  calendarDateToSharePoint,
  zonedDateTimeFromSharePoint,
  zonedDateTimeToUtc,
} from './dates';

/*
 * The mapping between domain values and SharePoint list items, derived field by field from the list schema:
 * a field's `property` (a dotted path), its type and its choices decide both directions. No list has a
 * hand-written mapping, so a field added to the schema is read and written without touching this file.
 *
 * Shapes follow SharePoint's JSON light (https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest):
 * lookups and people are written as `<Name>Id` (a number or an array of numbers); people are read through
 * `$expand=<Name>&$select=<Name>/Id,<Name>/Title,<Name>/EMail`.
 */

/** A SharePoint item as JSON: field values keyed by internal name, plus `odata.*` metadata. */
export type SharePointRow = Readonly<Record<string, unknown>>;

/** A domain value as a plain record, before the caller narrows it to its type. */
export type DomainRecord = Record<string, unknown>;

export type WriteMode = 'create' | 'update';

/** The fields of a list that hold a domain property. */
export function mappedFields(list: ListSchema): readonly FieldSchema[] {
  return list.fields.filter((field) => field.property !== undefined);
}

export function isPersonField(field: FieldSchema): boolean {
  return field.type === 'User' || field.type === 'UserMulti';
}

/** The `<Name>Id` key SharePoint uses to read and write lookups and people. */
export function idKey(field: FieldSchema): string {
  return `${field.internalName}Id`;
}

export interface ReadProjection {
  readonly select: readonly string[];
  readonly expand: readonly string[];
}

/** The `$select` and `$expand` that read every mapped field of a list, plus identity. */
export function readProjection(list: ListSchema, extraSelect: readonly string[] = []): ReadProjection {
  const select = new Set<string>(['Id', 'Modified', ...extraSelect]);
  const expand = new Set<string>();
  for (const field of mappedFields(list)) {
    switch (field.type) {
      case 'Lookup':
      case 'LookupMulti':
        select.add(idKey(field));
        break;
      case 'User':
      case 'UserMulti':
        select.add(`${field.internalName}/Id`);
        select.add(`${field.internalName}/Title`);
        select.add(`${field.internalName}/EMail`);
        expand.add(field.internalName);
        break;
      default:
        select.add(field.internalName);
    }
  }
  return { select: [...select], expand: [...expand] };
}

export function getPath(value: DomainRecord, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function setPath(target: DomainRecord, path: string, value: unknown): void {
  const segments = path.split('.');
  let current = target;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      current[segment] = {};
    }
    current = current[segment] as DomainRecord;
  }
  current[segments[segments.length - 1]] = value;
}

function topLevelKey(path: string): string {
  return path.split('.')[0];
}

export class MappingError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

function labelForCode(field: FieldSchema & { readonly choices: readonly ChoiceOption[] }, code: unknown): string {
  const option = field.choices.find((choice) => choice.value === code);
  if (!option) {
    throw new MappingError(`'${String(code)}' is not a choice of ${field.internalName}`);
  }
  return option.label;
}

function codeForLabel(choices: readonly ChoiceOption[], label: string): string {
  // A label someone added in SharePoint itself is kept as is rather than lost.
  return choices.find((choice) => choice.label === label)?.value ?? label;
}

function personId(field: FieldSchema, person: PersonRef): number {
  if (person.userId === undefined) {
    throw new MappingError(`${field.internalName}: ${person.displayName} has no site user id; resolve the e-mail with Directory.ensureUser first`);
  }
  return person.userId;
}

function isMultiValued(field: FieldSchema): boolean {
  return field.type === 'MultiChoice' || field.type === 'LookupMulti' || field.type === 'UserMulti';
}

/** One domain value → what SharePoint stores for the field; `null` clears the field. */
export function toSharePointValue(field: FieldSchema, value: unknown): unknown {
  if (value === undefined || value === null) {
    return isMultiValued(field) ? [] : null;
  }
  switch (field.type) {
    case 'Text':
    case 'Number':
    case 'Currency':
    case 'Boolean':
    case 'Lookup':
      return value;
    case 'Note':
      if (field.valueFormat === 'lines') {
        return (value as readonly string[]).join('\n');
      }
      return field.valueFormat === 'json' ? JSON.stringify(value) : value;
    case 'DateTime':
      return field.format === 'DateOnly'
        ? calendarDateToSharePoint(value as CalendarDate)
        : zonedDateTimeToUtc(value as ZonedDateTime);
    case 'Choice':
      return labelForCode(field, value);
    case 'MultiChoice':
      return (value as readonly string[]).map((code) => labelForCode(field, code));
    case 'LookupMulti':
      return [...(value as readonly number[])];
    case 'User':
      return personId(field, value as PersonRef);
    case 'UserMulti':
      return (value as readonly PersonRef[]).map((person) => personId(field, person));
    case 'URL':
      return { Url: value, Description: value };
  }
}

/**
 * The request body for a create or an update. On create, absent optional properties are left out; on update,
 * only the properties present in `value` are sent (so a save touches only what changed), and a property
 * present as `undefined` clears its field.
 */
export function toSharePointBody(list: ListSchema, value: DomainRecord, mode: WriteMode): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of mappedFields(list)) {
    // The file name is the file's own; it is set by the upload, not by a metadata write.
    if (field.builtIn && field.internalName === 'FileLeafRef') {
      continue;
    }
    const path = field.property as string;
    if (mode === 'update' && !Object.prototype.hasOwnProperty.call(value, topLevelKey(path))) {
      continue;
    }
    const domainValue = getPath(value, path);
    if (mode === 'create' && domainValue === undefined) {
      continue;
    }
    const key = field.type === 'Lookup' || field.type === 'LookupMulti' || isPersonField(field) ? idKey(field) : field.internalName;
    body[key] = toSharePointValue(field, domainValue);
  }
  return body;
}

/** SharePoint's verbose format wraps collections as `{results: [...]}`; JSON light sends plain arrays. */
function asArray(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) {
    return value;
  }
  if (value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return [];
}

function isNullEntity(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'object' && (value as Record<string, unknown>)['odata.null'] === true);
}

function personFromSharePoint(value: unknown): PersonRef | undefined {
  if (isNullEntity(value) || typeof value !== 'object') {
    return undefined;
  }
  const user = value as { Id?: number; Title?: string; EMail?: string | null };
  if (typeof user.Id !== 'number') {
    return undefined;
  }
  const email = typeof user.EMail === 'string' && user.EMail.length > 0 ? user.EMail : undefined;
  return email === undefined
    ? { userId: user.Id, displayName: user.Title ?? '' }
    : { userId: user.Id, displayName: user.Title ?? '', email };
}

/**
 * One stored SharePoint value → the domain value, or `undefined` when the field is empty and the property
 * is optional. SharePoint keeps an empty text as null, so text reads back as '' and multi-values as [].
 */
export function fromSharePointValue(field: FieldSchema, row: SharePointRow): unknown {
  const raw = field.type === 'Lookup' || field.type === 'LookupMulti' ? row[idKey(field)] : row[field.internalName];
  switch (field.type) {
    case 'Text':
      return typeof raw === 'string' ? raw : '';
    case 'Note':
      if (field.valueFormat === 'lines') {
        return typeof raw === 'string' ? raw.split(/\r?\n/).filter((line) => line.length > 0) : [];
      }
      if (field.valueFormat === 'json') {
        return typeof raw === 'string' && raw.length > 0 ? (JSON.parse(raw) as unknown) : undefined;
      }
      return typeof raw === 'string' ? raw : '';
    case 'Number':
    case 'Currency':
      return typeof raw === 'number' ? raw : undefined;
    case 'Boolean':
      return raw === true;
    case 'DateTime':
      if (typeof raw !== 'string' || raw.length === 0) {
        return undefined;
      }
      return field.format === 'DateOnly' ? calendarDateFromSharePoint(raw) : zonedDateTimeFromSharePoint(raw);
    case 'Choice':
      return typeof raw === 'string' && raw.length > 0 ? codeForLabel(field.choices, raw) : undefined;
    case 'MultiChoice':
      return asArray(raw).map((label) => codeForLabel(field.choices, String(label)));
    case 'Lookup':
      return typeof raw === 'number' ? raw : undefined;
    case 'LookupMulti':
      return asArray(raw).filter((id): id is number => typeof id === 'number');
    case 'User':
      return personFromSharePoint(raw);
    case 'UserMulti':
      return asArray(raw)
        .map(personFromSharePoint)
        .filter((person): person is PersonRef => person !== undefined);
    case 'URL':
      if (isNullEntity(raw)) {
        return undefined;
      }
      return typeof raw === 'object' ? (raw as { Url?: string }).Url : undefined;
  }
}

/** Id, ETag and Modified of a row in minimal metadata (`odata.etag`) or verbose (`__metadata.etag`). */
export function identityFromSharePoint(row: SharePointRow): ItemIdentity {
  const id = typeof row.Id === 'number' ? row.Id : row.ID;
  if (typeof id !== 'number') {
    throw new MappingError('The item has no Id');
  }
  const verboseMetadata = row.__metadata as { etag?: string } | undefined;
  const etag = (row['odata.etag'] as string | undefined) ?? verboseMetadata?.etag ?? '';
  const modified = typeof row.Modified === 'string' ? row.Modified : undefined;
  return modified === undefined ? { id, etag } : { id, etag, modified };
}

/** A whole row → the stored domain value: every mapped field, then identity. */
export function fromSharePointItem(list: ListSchema, row: SharePointRow): DomainRecord & ItemIdentity {
  const value: DomainRecord = {};
  for (const field of mappedFields(list)) {
    const domainValue = fromSharePointValue(field, row);
    if (domainValue !== undefined) {
      setPath(value, field.property as string, domainValue);
    }
  }
  return { ...value, ...identityFromSharePoint(row) };
}
