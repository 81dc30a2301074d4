import type { FieldSchema, ListKey } from '../../schema';

/*
 * Field schema XML as SharePoint's `fields/createfieldasxml` takes it (the CAML Field element):
 * https://learn.microsoft.com/en-us/sharepoint/schema/field-element-field
 * Generated from the list schema, so provisioning never carries a hand-written copy of a field.
 */

/** The list ids lookups point to, known once their lists exist. */
export type LookupListIds = Readonly<Partial<Record<ListKey, string>>>;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function bool(value: boolean | undefined): string {
  return value ? 'TRUE' : 'FALSE';
}

/** `{guid}` in braces, as the `List` attribute of a lookup wants it. */
function braced(id: string): string {
  const bare = id.replace(/[{}]/g, '');
  return `{${bare}}`;
}

/** The Field element for one schema field; a lookup needs its target list's id. */
export function fieldXml(field: FieldSchema, lookupListIds: LookupListIds): string {
  const attributes: [string, string][] = [
    ['Type', field.type],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)],
  ];
  if (field.description) {
    attributes.push(['Description', field.description]);
  }
  const children: string[] = [];

  switch (field.type) {
    case 'Text':
      attributes.push(['MaxLength', String(field.maxLength ?? 255)]);
      break;
    case 'Note':
      // Plain text: the values are read back as text, lines or JSON, never as HTML.
      attributes.push(['NumLines', '6'], ['RichText', 'FALSE']);
      break;
    case 'Number':
      if (field.min !== undefined) attributes.push(['Min', String(field.min)]);
      if (field.max !== undefined) attributes.push(['Max', String(field.max)]);
      if (field.decimals !== undefined) attributes.push(['Decimals', String(field.decimals)]);
      break;
    case 'Currency':
      // LCID 1043 (nl-NL) shows the amounts in euros.
      attributes.push(['LCID', '1043'], ['Decimals', '2']);
      break;
    case 'Boolean':
      children.push(`<Default>${field.defaultValue ? '1' : '0'}</Default>`);
      break;
    case 'DateTime':
      attributes.push(['Format', field.format]);
      break;
    case 'Choice':
    case 'MultiChoice':
      if (field.type === 'Choice') {
        attributes.push(['Format', 'Dropdown']);
      }
      attributes.push(['FillInChoice', 'FALSE']);
      if (field.defaultValue !== undefined) {
        children.push(`<Default>${escapeXml(field.defaultValue)}</Default>`);
      }
      children.push(`<CHOICES>${field.choices.map((choice) => `<CHOICE>${escapeXml(choice.label)}</CHOICE>`).join('')}</CHOICES>`);
      break;
    case 'Lookup':
    case 'LookupMulti': {
      const listId = lookupListIds[field.lookupList];
      if (listId === undefined) {
        throw new Error(`Lookup ${field.internalName} needs the id of list '${field.lookupList}', which does not exist yet`);
      }
      attributes.push(['List', braced(listId)], ['ShowField', 'Title']);
      if (field.type === 'LookupMulti') {
        attributes.push(['Mult', 'TRUE']);
      }
      break;
    }
    case 'User':
    case 'UserMulti':
      attributes.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0'], ['ShowField', 'ImnName']);
      if (field.type === 'UserMulti') {
        attributes.push(['Mult', 'TRUE']);
      }
      break;
    case 'URL':
      attributes.push(['Format', 'Hyperlink']);
      break;
  }

  const attributeText = attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
  return children.length > 0 ? `<Field ${attributeText}>${children.join('')}</Field>` : `<Field ${attributeText} />`;
}
