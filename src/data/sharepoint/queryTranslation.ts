import type { CalendarDate, ZonedDateTime } from '../../domain/models';
import type { FieldSchema, ListSchema } from '../../schema';
import type { Condition, SortOrder } from '../ports/repository';
import { calendarDateToUtc, zonedDateTimeToUtc } from './dates';
import { idKey, MappingError, toSharePointValue } from './fieldMapping';

/*
 * ItemQuery (domain property names) → OData `$filter`/`$orderby` on internal names, following SharePoint's
 * REST filter syntax: https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests
 * (string literals in single quotes with `''` for a quote, `datetime'…'` for dates, lookups by `<Name>Id`).
 */

/** Properties every item has, besides the schema's fields. */
const IDENTITY_COLUMNS: Readonly<Record<string, string>> = { id: 'ID', modified: 'Modified' };

export interface TranslatedFilter {
  readonly filter: string;
  /** Fields the filter reaches into (`AccountHolder/EMail`), which SharePoint requires in `$expand`. */
  readonly expand: readonly string[];
}

/** `O'Brien` → `'O''Brien'`: OData doubles a quote inside a string literal. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function fieldForProperty(list: ListSchema, property: string): FieldSchema {
  const field = list.fields.find((candidate) => candidate.property === property);
  if (!field) {
    throw new MappingError(`List '${list.title}' has no field for property '${property}'`);
  }
  return field;
}

function literal(field: FieldSchema, value: string | number | boolean): string {
  switch (field.type) {
    case 'Boolean':
      // SharePoint stores Yes/No as a bit; `1`/`0` is the literal its filter documentation uses.
      return value === true || value === 'true' || value === 1 ? '1' : '0';
    case 'Number':
    case 'Currency':
    case 'Lookup':
    case 'LookupMulti':
      return String(Number(value));
    case 'DateTime':
      return `datetime'${field.format === 'DateOnly' ? calendarDateToUtc(value as CalendarDate) : zonedDateTimeToUtc(value as ZonedDateTime)}'`;
    case 'Choice':
    case 'MultiChoice':
      return stringLiteral(toSharePointValue({ ...field, type: 'Choice' }, value) as string);
    default:
      return stringLiteral(String(value));
  }
}

interface FilterTarget {
  readonly column: string;
  readonly expand?: string;
}

/** The column a comparison is made on; people compare on their id, or on their e-mail when given a string. */
function target(field: FieldSchema, value: unknown): FilterTarget {
  switch (field.type) {
    case 'Lookup':
      return { column: idKey(field) };
    case 'LookupMulti':
      return { column: `${field.internalName}/Id`, expand: field.internalName };
    case 'User':
    case 'UserMulti':
      return typeof value === 'string'
        ? { column: `${field.internalName}/EMail`, expand: field.internalName }
        : { column: `${field.internalName}/Id`, expand: field.internalName };
    default:
      return { column: field.internalName };
  }
}

function translateCondition(list: ListSchema, condition: Condition, expand: Set<string>): string {
  if ('conditions' in condition) {
    if (condition.conditions.length === 0) {
      throw new MappingError(`An '${condition.op}' needs at least one condition`);
    }
    const parts = condition.conditions.map((inner) => translateCondition(list, inner, expand));
    return parts.length === 1 ? parts[0] : `(${parts.join(` ${condition.op} `)})`;
  }

  const identityColumn = IDENTITY_COLUMNS[condition.property];
  if (identityColumn !== undefined) {
    if (!('value' in condition) || condition.op === 'contains') {
      throw new MappingError(`'${condition.op}' does not apply to '${condition.property}'`);
    }
    const value = identityColumn === 'ID' ? String(Number(condition.value)) : `datetime'${new Date(String(condition.value)).toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
    return `${identityColumn} ${condition.op} ${value}`;
  }

  const field = fieldForProperty(list, condition.property);
  if (!('value' in condition)) {
    const column = field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User' || field.type === 'UserMulti' ? idKey(field) : field.internalName;
    return `${column} ${condition.op === 'isNull' ? 'eq' : 'ne'} null`;
  }

  const { column, expand: expandField } = target(field, condition.value);
  if (expandField !== undefined) {
    expand.add(expandField);
  }
  if (condition.op === 'contains') {
    // On a multi-value column SharePoint's `eq` matches when one of the values equals the literal;
    // on a single text column "contains" is a substring test.
    if (field.type === 'Text' || field.type === 'Note') {
      return `substringof(${stringLiteral(String(condition.value))},${column})`;
    }
    return `${column} eq ${literal(field, condition.value)}`;
  }
  return `${column} ${condition.op} ${literal(field, condition.value)}`;
}

export function translateFilter(list: ListSchema, condition: Condition): TranslatedFilter {
  const expand = new Set<string>();
  const filter = translateCondition(list, condition, expand);
  return { filter, expand: [...expand] };
}

export interface TranslatedOrder {
  readonly column: string;
  readonly ascending: boolean;
}

export function translateOrderBy(list: ListSchema, orderBy: readonly SortOrder[]): readonly TranslatedOrder[] {
  return orderBy.map((order) => {
    const identityColumn = IDENTITY_COLUMNS[order.property];
    const column = identityColumn ?? fieldForProperty(list, order.property).internalName;
    return { column, ascending: order.descending !== true };
  });
}
