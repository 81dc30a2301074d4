import type { ContentTypeSchema, FieldSchema } from './schemaTypes';

/*
 * The pieces every list file of the schema uses, so a content type id, the Title field and the lookup to
 * the register are written once.
 */

export const CONTENT_TYPE_GROUP = 'Samenwerkingsmonitor';

/** A list content type: Item (0x01), then 00 and a fixed GUID per type. */
export function itemContentType(guid: string, name: string, description: string, group: string = CONTENT_TYPE_GROUP): ContentTypeSchema {
  return { id: `0x0100${guid}`, name, group, description };
}

/** A library content type: Document (0x0101), then 00 and a fixed GUID per type. */
export function documentContentType(guid: string, name: string, description: string, group: string = CONTENT_TYPE_GROUP): ContentTypeSchema {
  return { id: `0x010100${guid}`, name, group, description };
}

/** The built-in Title column, renamed and mapped to a domain property. */
export function titleField(displayName: string, property: string, required = true): FieldSchema {
  return { internalName: 'Title', displayName, property, type: 'Text', required, builtIn: true, maxLength: 255 };
}

/** The item's partnership: indexed, because dashboards and the register filter every related list on it. */
export const partnershipLookup: FieldSchema = {
  internalName: 'Partnership',
  displayName: 'Samenwerkingsverband',
  property: 'partnershipId',
  type: 'Lookup',
  lookupList: 'partnerships',
  required: true,
  indexed: true,
};

export const optionalPartnershipLookup: FieldSchema = { ...partnershipLookup, required: false };
