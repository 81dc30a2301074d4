/**
 * The shape of the one declarative description of the product's SharePoint lists.
 * Provisioning turns it into field XML, the SharePoint adapter derives its field mapping from it,
 * and the emulator learns every list through that provisioning: three uses, one source.
 */

export type ListKey =
  | 'municipalities'
  | 'partnerships'
  | 'financialFigures'
  | 'meetingBodies'
  | 'meetings'
  | 'documents'
  | 'processMoments'
  | 'actions'
  | 'contacts'
  // Issue 6B: the public projection on the intranet site (src/schema/publicLists.ts)
  | 'publicPartnerships'
  | 'publicMeetingBodies'
  | 'publicMeetings'
  | 'publicDocuments'
  | 'publicProcessMoments'
  // Issue 7: steering
  | 'evaluations'
  | 'budgetProgress'
  | 'taskLayerInsights'
  | 'coreDomains'
  | 'coalitionDossiers'
  | 'milestones'
  // Issue 6A: the Wgr calendar (src/schema/wgrLists.ts)
  | 'wgrSettings'
  | 'regulationChanges'
  | 'councilCalendar'
  // Issue 8: the council's influence cycle (src/schema/councilInfluenceLists.ts)
  | 'influenceCases'
  | 'participantZienswijzen'
  | 'wgrProvisionChecks'
  | 'riskProfiles'
  // Issue 9: service delivery (src/schema/serviceDeliveryLists.ts)
  | 'serviceAgreements'
  | 'performanceIndicators'
  | 'indicatorValues'
  | 'satisfactionMeasurements';

/** A choice as SharePoint stores it (the Dutch label) next to the code the domain uses. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  /** SharePoint internal (static) name; never changes once provisioned. */
  readonly internalName: string;
  /** Column title shown in SharePoint, in Dutch. */
  readonly displayName: string;
  /**
   * Dotted path of the domain property this field holds (`importance.societalTask`).
   * Absent for fields only SharePoint uses.
   */
  readonly property?: string;
  readonly required?: boolean;
  /** An index lets filters on this column work on lists over the 5,000-item view threshold. */
  readonly indexed?: boolean;
  readonly description?: string;
  /** Built-in fields (Title, FileLeafRef) exist on every list; provisioning only adjusts them. */
  readonly builtIn?: boolean;
}

export interface TextFieldSchema extends FieldBase {
  readonly type: 'Text';
  readonly maxLength?: number;
}

export interface NoteFieldSchema extends FieldBase {
  readonly type: 'Note';
  /** How the domain value is kept in the text: as is, one item per line, or JSON. */
  readonly valueFormat: 'text' | 'lines' | 'json';
}

export interface NumberFieldSchema extends FieldBase {
  readonly type: 'Number';
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
}

export interface CurrencyFieldSchema extends FieldBase {
  readonly type: 'Currency';
}

export interface BooleanFieldSchema extends FieldBase {
  readonly type: 'Boolean';
  readonly defaultValue: boolean;
}

export interface DateTimeFieldSchema extends FieldBase {
  readonly type: 'DateTime';
  /** DateOnly maps to a CalendarDate, DateTime to a ZonedDateTime in Europe/Amsterdam. */
  readonly format: 'DateOnly' | 'DateTime';
}

export interface ChoiceFieldSchema extends FieldBase {
  readonly type: 'Choice' | 'MultiChoice';
  readonly choices: readonly ChoiceOption[];
  readonly defaultValue?: string;
}

export interface LookupFieldSchema extends FieldBase {
  readonly type: 'Lookup' | 'LookupMulti';
  /** The list looked up; its Title is the shown field. */
  readonly lookupList: ListKey;
}

export interface UserFieldSchema extends FieldBase {
  readonly type: 'User' | 'UserMulti';
}

export interface UrlFieldSchema extends FieldBase {
  readonly type: 'URL';
}

export type FieldSchema =
  | TextFieldSchema
  | NoteFieldSchema
  | NumberFieldSchema
  | CurrencyFieldSchema
  | BooleanFieldSchema
  | DateTimeFieldSchema
  | ChoiceFieldSchema
  | LookupFieldSchema
  | UserFieldSchema
  | UrlFieldSchema;

export type FieldType = FieldSchema['type'];

/** SharePoint's FieldTypeKind numbers (SP.FieldType), as the REST API reports them. */
export const FIELD_TYPE_KIND: Readonly<Record<FieldType, number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
};

export interface ViewSchema {
  readonly title: string;
  /** Internal names of the columns, in order. */
  readonly fields: readonly string[];
  /** CAML `<Where>`/`<OrderBy>` body of the view query; empty for all items. */
  readonly query: string;
  readonly rowLimit: number;
  readonly isDefault?: boolean;
}

export interface ContentTypeSchema {
  /** Content type id; list content types inherit from Item (0x01) or Document (0x0101). */
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly description: string;
}

export interface ListSchema {
  readonly key: ListKey;
  /** List title in SharePoint (Dutch); the adapters address lists by it. */
  readonly title: string;
  /** Site-relative URL the list is created at (`Lists/Samenwerkingsverbanden`). */
  readonly url: string;
  /** 100 = generic list, 101 = document library (SP.ListTemplateType). */
  readonly template: 100 | 101;
  readonly description: string;
  readonly contentType: ContentTypeSchema;
  readonly fields: readonly FieldSchema[];
  readonly views: readonly ViewSchema[];
  /**
   * Items may be confidential (niet openbaar) per item: such lists get item-level permissions,
   * so SharePoint itself keeps confidential items from readers without rights.
   */
  readonly itemLevelConfidentiality: boolean;
}

export interface SiteSchema {
  /** Increases whenever a list or field is added; provisioning records the version it applied. */
  readonly version: number;
  readonly lists: readonly ListSchema[];
}
