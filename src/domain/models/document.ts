export const DOCUMENT_TYPES = [
  'gr-statuten',
  'begroting',
  'ontwerpbegroting',
  'begrotingswijziging',
  'kadernota',
  'jaarstukken',
  'kwartaalrapportage',
  'dvo',
  'agenda',
  'verslag',
  'evaluatie',
  'overig',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Metadata of a file in the Documenten library. */
export interface PartnershipDocument {
  readonly partnershipId: number;
  readonly title: string;
  readonly fileName: string;
  /** Server-relative URL of the file, set by SharePoint. */
  readonly fileUrl?: string;
  readonly documentType: DocumentType;
  readonly year?: number;
  readonly isPublic: boolean;
}
