/**
 * Field definitions: the built-in fields every list has, and fields created from field XML
 * (`fields/createfieldasxml`, https://learn.microsoft.com/sharepoint/dev/schema/field-element-field).
 */
import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { SharePointError, spErrors } from './errors';

/** A field as the REST API reports it (SP.Field and its subtypes), stored as JSON. */
export interface FieldDef {
  readonly Id: string;
  readonly InternalName: string;
  readonly StaticName: string;
  readonly Title: string;
  readonly TypeAsString: string;
  readonly FieldTypeKind: number;
  readonly Required: boolean;
  readonly Indexed: boolean;
  readonly Hidden: boolean;
  readonly ReadOnlyField: boolean;
  readonly Description: string;
  readonly Group: string;
  readonly DefaultValue: string | null;
  readonly SchemaXml: string;
  readonly EnforceUniqueValues: boolean;
  readonly Sealed: boolean;
  readonly CanBeDeleted: boolean;
  readonly FromBaseType: boolean;
  readonly Choices?: readonly string[];
  readonly FillInChoice?: boolean;
  /** `{guid}` of the looked-up list, as SharePoint reports it. */
  readonly LookupList?: string;
  readonly LookupField?: string;
  readonly AllowMultipleValues?: boolean;
  /** DateTime: 0 DateOnly, 1 DateTime (SP.DateTimeFieldFormatType). */
  readonly DisplayFormat?: number;
  readonly MaxLength?: number;
  /** Number: the Min and Max of the field XML (SP.FieldNumber.MinimumValue/MaximumValue). */
  readonly MinimumValue?: number;
  readonly MaximumValue?: number;
}

/** SP.FieldType numbers (https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee540543(v=office.15)). */
const FIELD_TYPE_KINDS: Readonly<Record<string, number>> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, LookupMulti: 7, Boolean: 8, Number: 9,
  Currency: 10, URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, UserMulti: 20, File: 18,
  ContentTypeId: 25,
};

const SUPPORTED_XML_TYPES = new Set(['Text', 'Note', 'Number', 'Currency', 'Boolean', 'DateTime', 'Choice', 'MultiChoice', 'Lookup', 'LookupMulti', 'User', 'UserMulti', 'URL', 'Integer']);

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function builtIn(
  internalName: string,
  title: string,
  type: string,
  extra: Partial<FieldDef> & { readonly id?: string } = {},
): FieldDef {
  const { id, ...rest } = extra;
  const fieldId = id ?? randomUUID();
  return {
    Id: fieldId,
    InternalName: internalName,
    StaticName: internalName,
    Title: title,
    TypeAsString: type,
    FieldTypeKind: FIELD_TYPE_KINDS[type] ?? 0,
    Required: false,
    Indexed: false,
    Hidden: false,
    ReadOnlyField: false,
    Description: '',
    Group: '_Hidden',
    DefaultValue: null,
    SchemaXml: `<Field ID="{${fieldId}}" Name="${internalName}" StaticName="${internalName}" DisplayName="${escapeXml(title)}" Type="${type}" />`,
    EnforceUniqueValues: false,
    Sealed: true,
    CanBeDeleted: false,
    FromBaseType: true,
    ...rest,
  };
}

/** The fields SharePoint puts on every list (and, for libraries, the file fields); the ids are SharePoint's own. */
export function builtInFields(baseTemplate: number): FieldDef[] {
  const isLibrary = baseTemplate === 101;
  const fields: FieldDef[] = [
    builtIn('ContentTypeId', 'Content Type ID', 'ContentTypeId', { id: '03e45e84-1992-4d42-9116-26f756012634', Hidden: true, ReadOnlyField: true }),
    builtIn('Title', 'Title', 'Text', { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', Required: !isLibrary, Sealed: false, MaxLength: 255 }),
    builtIn('ID', 'ID', 'Counter', { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', ReadOnlyField: true, Indexed: true }),
    builtIn('Modified', 'Modified', 'DateTime', { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', ReadOnlyField: true, DisplayFormat: 1 }),
    builtIn('Created', 'Created', 'DateTime', { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', ReadOnlyField: true, DisplayFormat: 1 }),
    builtIn('Author', 'Created By', 'User', { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', ReadOnlyField: true, AllowMultipleValues: false, LookupField: 'Title' }),
    builtIn('Editor', 'Modified By', 'User', { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', ReadOnlyField: true, AllowMultipleValues: false, LookupField: 'Title' }),
    builtIn('_UIVersionString', 'Version', 'Text', { id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', ReadOnlyField: true }),
    builtIn('Attachments', 'Attachments', 'Attachments', { id: '67df98f4-9dec-48ff-a553-29bece9c5bf4' }),
    builtIn('GUID', 'GUID', 'Guid', { id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', Hidden: true, ReadOnlyField: true }),
    builtIn('FSObjType', 'Item Type', 'Lookup', { id: '30bb605f-5bae-48fe-b4e3-1f81d9772af9', Hidden: true, ReadOnlyField: true }),
    builtIn('LinkTitle', 'Title', 'Computed', { id: '82642ec8-ef9b-478f-acf9-31f7d45fbc31', ReadOnlyField: true }),
    builtIn('LinkTitleNoMenu', 'Title', 'Computed', { id: 'bc91a437-52e7-49e1-8c4e-4698904b2b6d', ReadOnlyField: true }),
  ];
  if (isLibrary) {
    fields.push(
      builtIn('FileLeafRef', 'Name', 'File', { id: '8553196d-ec8d-4564-9861-3dbe931050c8', Required: true }),
      builtIn('FileRef', 'URL Path', 'Lookup', { id: '94f89715-e097-4e8b-ba79-ea02aa8b7adb', Hidden: true, ReadOnlyField: true }),
      builtIn('File_x0020_Type', 'File Type', 'Text', { id: '39360f11-34cf-4356-9945-25c44e68dade', Hidden: true, ReadOnlyField: true }),
      builtIn('DocIcon', 'Type', 'Computed', { id: '081c6e4c-5c14-4f20-b23e-1a71ceb6a67c', ReadOnlyField: true }),
      builtIn('LinkFilename', 'Name', 'Computed', { id: '5cc6dc79-3710-4374-b433-61cb4a686c12', ReadOnlyField: true }),
      builtIn('LinkFilenameNoMenu', 'Name', 'Computed', { id: '9d30f126-ba48-446b-b8f9-83745f322ebe', ReadOnlyField: true }),
    );
  }
  return fields;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => name === 'CHOICE' });

function bool(value: unknown): boolean {
  return typeof value === 'string' && value.toUpperCase() === 'TRUE';
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Record<string, unknown>)['#text']);
  return undefined;
}

/** Turns `<Field .../>` into a FieldDef; an unparsable or unsupported definition is SharePoint's 400. */
export function fieldFromSchemaXml(schemaXml: string): FieldDef {
  let parsed: unknown;
  try {
    parsed = xmlParser.parse(schemaXml, true);
  } catch (error) {
    throw spErrors.invalidRequest(`The field schema is not valid XML: ${(error as Error).message}`);
  }
  const field = (parsed as Record<string, unknown>)?.Field as Record<string, unknown> | undefined;
  if (!field || typeof field !== 'object') throw spErrors.invalidRequest('The field schema must have a Field root element.');
  const attribute = (name: string): string | undefined => text(field[name]);
  const type = attribute('Type');
  if (!type || !SUPPORTED_XML_TYPES.has(type)) {
    throw new SharePointError(400, '-2130575342, Microsoft.SharePoint.SPException', `Field type ${type ?? '(none)'} is not installed properly. Go to the list settings page to delete this field.`);
  }
  const internalName = attribute('StaticName') ?? attribute('Name') ?? attribute('DisplayName');
  if (!internalName) throw spErrors.invalidRequest('The field schema must have a Name.');
  const id = (attribute('ID') ?? randomUUID()).replace(/[{}]/g, '').toLowerCase();
  const multiple = type === 'LookupMulti' || type === 'UserMulti' || bool(attribute('Mult'));
  const choicesNode = field.CHOICES as Record<string, unknown> | undefined;
  const choices = choicesNode ? ((choicesNode.CHOICE as unknown[]) ?? []).map((choice) => text(choice) ?? '') : undefined;
  const defaultValue = text(field.Default) ?? null;
  const format = attribute('Format');
  const typeAsString = type === 'Lookup' && multiple ? 'LookupMulti' : type === 'User' && multiple ? 'UserMulti' : type;
  const def: FieldDef = {
    Id: id,
    InternalName: internalName,
    StaticName: internalName,
    Title: attribute('DisplayName') ?? internalName,
    TypeAsString: typeAsString,
    FieldTypeKind: FIELD_TYPE_KINDS[typeAsString] ?? 0,
    Required: bool(attribute('Required')),
    Indexed: bool(attribute('Indexed')),
    Hidden: bool(attribute('Hidden')),
    ReadOnlyField: bool(attribute('ReadOnly')),
    Description: attribute('Description') ?? '',
    Group: attribute('Group') ?? '',
    DefaultValue: defaultValue,
    SchemaXml: schemaXml,
    EnforceUniqueValues: bool(attribute('EnforceUniqueValues')),
    Sealed: false,
    CanBeDeleted: true,
    FromBaseType: false,
    ...(choices ? { Choices: choices, FillInChoice: bool(attribute('FillInChoice')) } : {}),
    ...(type === 'Lookup' || type === 'LookupMulti' ? { LookupList: attribute('List') ?? '', LookupField: attribute('ShowField') ?? 'Title', AllowMultipleValues: multiple } : {}),
    ...(type === 'User' || type === 'UserMulti' ? { LookupField: attribute('ShowField') ?? 'ImnName', AllowMultipleValues: multiple } : {}),
    ...(type === 'DateTime' ? { DisplayFormat: format === 'DateOnly' ? 0 : 1 } : {}),
    ...(type === 'Text' ? { MaxLength: Number(attribute('MaxLength') ?? 255) } : {}),
    ...(type === 'Number' && attribute('Min') !== undefined ? { MinimumValue: Number(attribute('Min')) } : {}),
    ...(type === 'Number' && attribute('Max') !== undefined ? { MaximumValue: Number(attribute('Max')) } : {}),
  };
  return def;
}

/** The REST type name of a field (`SP.FieldText`...), as `odata.type` and verbose `__metadata.type` say. */
export function fieldEntityType(field: FieldDef): string {
  const names: Record<string, string> = {
    Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber', Currency: 'SP.FieldCurrency',
    Boolean: 'SP.Field', DateTime: 'SP.FieldDateTime', Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice',
    Lookup: 'SP.FieldLookup', LookupMulti: 'SP.FieldLookup', User: 'SP.FieldUser', UserMulti: 'SP.FieldUser', URL: 'SP.FieldUrl',
    Computed: 'SP.FieldComputed', Counter: 'SP.Field', Guid: 'SP.FieldGuid', Integer: 'SP.FieldNumber',
  };
  return names[field.TypeAsString] ?? 'SP.Field';
}

/** The property name a field has in REST JSON: SharePoint prefixes names that start with `_` with `OData_` (D). */
export function restName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

export function isLookupLike(field: FieldDef): boolean {
  return ['Lookup', 'LookupMulti', 'User', 'UserMulti'].includes(field.TypeAsString) && !['FSObjType', 'FileRef'].includes(field.InternalName);
}
