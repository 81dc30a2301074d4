import type { DocumentType, PartnershipDocument } from '../models';

/** The three documents seed 004 wants "up front" on a partnership's dashboard. */
export interface KeyDocuments<D> {
  /** The current GR or statutes: the one of the latest year (a later amendment replaces the text). */
  readonly agreement?: D;
  /** The begroting of this year; absent this year's, the latest earlier one. */
  readonly budget?: D;
  /** The jaarstukken of the latest year. */
  readonly annualAccounts?: D;
}

export interface DocumentGroup<D> {
  readonly documentType: DocumentType;
  /** Newest year first; documents without a year last. */
  readonly documents: readonly D[];
}

export interface DocumentOverview<D> {
  readonly key: KeyDocuments<D>;
  /** Every other document, grouped by type in the schema's order of types. */
  readonly groups: readonly DocumentGroup<D>[];
}

type DocumentLike = Pick<PartnershipDocument, 'documentType' | 'year' | 'title' | 'fileName'> & { readonly modified?: string };

const TYPE_ORDER: readonly DocumentType[] = [
  'gr-statuten',
  'begroting',
  'jaarstukken',
  'ontwerpbegroting',
  'begrotingswijziging',
  'kadernota',
  'kwartaalrapportage',
  'dvo',
  'evaluatie',
  'agenda',
  'verslag',
  'overig',
];

/** Newest first: by year (none counts as oldest), then by when SharePoint last changed the item, then by name. */
export function compareDocumentsNewestFirst(left: DocumentLike, right: DocumentLike): number {
  const byYear = (right.year ?? Number.NEGATIVE_INFINITY) - (left.year ?? Number.NEGATIVE_INFINITY);
  if (byYear !== 0 && !Number.isNaN(byYear)) return byYear;
  const byModified = (right.modified ?? '').localeCompare(left.modified ?? '');
  if (byModified !== 0) return byModified;
  return (left.title || left.fileName).localeCompare(right.title || right.fileName, 'nl');
}

/**
 * Seed 004: the dashboard gives direct access to the GR or statutes, the current budget and the annual
 * report; the rest is grouped by type. `year` is this calendar year. The input is not changed.
 */
export function documentOverview<D extends DocumentLike>(documents: readonly D[], year: number): DocumentOverview<D> {
  const sorted = [...documents].sort(compareDocumentsNewestFirst);
  const agreement = sorted.find((document) => document.documentType === 'gr-statuten');
  const budgets = sorted.filter((document) => document.documentType === 'begroting');
  const budget = budgets.find((document) => document.year === year) ?? budgets.find((document) => document.year !== undefined && document.year < year);
  const annualAccounts = sorted.find((document) => document.documentType === 'jaarstukken');
  const upFront = new Set<D>([agreement, budget, annualAccounts].filter((document): document is D => document !== undefined));
  const groups = TYPE_ORDER.map((documentType) => ({
    documentType,
    documents: sorted.filter((document) => document.documentType === documentType && !upFront.has(document)),
  })).filter((group) => group.documents.length > 0);
  return { key: { agreement, budget, annualAccounts }, groups };
}
