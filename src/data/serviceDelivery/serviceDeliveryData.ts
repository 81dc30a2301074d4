import type { CalendarDate, Stored } from '../../domain/models';
import {
  validateIndicator,
  validateIndicatorValue,
  validateSatisfactionMeasurement,
  validateServiceAgreement,
  type IndicatorValue,
  type PerformanceIndicator,
  type SatisfactionMeasurement,
  type ServiceAgreement,
} from '../../domain/serviceDelivery';
import type { ValidationErrors } from '../../domain/validation';
import { ConcurrencyConflictError, type Condition, type ItemQuery, type Repositories, type Repository } from '../ports';

/*
 * Reading and writing the Dienstverlening lists (issue 9) through the repositories. A save answers `saved`,
 * `invalid` (Dutch messages per field, nothing written) or `conflict` (SharePoint answered 412: someone else saved
 * first; `current` is their version, so the form can show both and keep what the user typed).
 */

export type ServiceDeliverySaveOutcome<T> =
  | { readonly kind: 'saved'; readonly item: Stored<T> }
  | { readonly kind: 'invalid'; readonly errors: ValidationErrors }
  | { readonly kind: 'conflict'; readonly current?: Stored<T> };

export interface ServiceDeliveryData {
  readonly agreements: readonly Stored<ServiceAgreement>[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  readonly measurements: readonly Stored<SatisfactionMeasurement>[];
}

export type ServiceDeliveryRepositories = Pick<Repositories, 'serviceAgreements' | 'performanceIndicators' | 'indicatorValues' | 'satisfactionMeasurements'>;

export interface ServiceDeliveryQueries {
  readonly agreements: ItemQuery;
  readonly indicators: ItemQuery;
  readonly values: ItemQuery;
  readonly measurements: ItemQuery;
}

/**
 * The one query per list: filtered on the (indexed) partnership lookup for one partnership, unfiltered for all.
 * The dashboard's `$batch` loader issues these same queries as `page(query)` calls (give it a `pageSize`).
 */
export function serviceDeliveryQueries(partnershipId?: number): ServiceDeliveryQueries {
  const where: Condition | undefined = partnershipId === undefined ? undefined : { property: 'partnershipId', op: 'eq', value: partnershipId };
  const filtered = (orderBy: ItemQuery['orderBy']): ItemQuery => ({ ...(where ? { where } : {}), ...(orderBy ? { orderBy } : {}) });
  return {
    agreements: filtered([{ property: 'startDate' }]),
    indicators: filtered([{ property: 'name' }]),
    // Sorted in the domain; ordering here would only cost SharePoint work on the largest list.
    values: filtered(undefined),
    measurements: filtered([{ property: 'measuredOn', descending: true }]),
  };
}

/** Agreements, indicators, values and satisfaction measurements of one partnership (or all): one list call per list. */
export async function loadServiceDelivery(repositories: ServiceDeliveryRepositories, partnershipId?: number): Promise<ServiceDeliveryData> {
  const queries = serviceDeliveryQueries(partnershipId);
  const [agreements, indicators, values, measurements] = await Promise.all([
    repositories.serviceAgreements.list(queries.agreements),
    repositories.performanceIndicators.list(queries.indicators),
    repositories.indicatorValues.list(queries.values),
    repositories.satisfactionMeasurements.list(queries.measurements),
  ]);
  return { agreements, indicators, values, measurements };
}

async function guarded<T>(write: () => Promise<Stored<T>>): Promise<ServiceDeliverySaveOutcome<T>> {
  try {
    return { kind: 'saved', item: await write() };
  } catch (error) {
    if (error instanceof ConcurrencyConflictError) {
      return { kind: 'conflict', ...(error.current === undefined ? {} : { current: error.current as Stored<T> }) };
    }
    throw error;
  }
}

/** The item's own fields, without the identity validation let through. */
function withoutIdentity<T>(value: T): T {
  const { id: _id, etag: _etag, modified: _modified, ...plain } = value as T & { id?: unknown; etag?: unknown; modified?: unknown };
  return plain as T;
}

/** What an edit needs: the stored item's id and the ETag the form read. */
export interface Editing {
  readonly id: number;
  readonly etag: string;
}

async function save<T>(
  repository: Pick<Repository<T>, 'create' | 'update'>,
  result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: ValidationErrors },
  editing: Editing | undefined,
): Promise<ServiceDeliverySaveOutcome<T>> {
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  const value = withoutIdentity(result.value);
  return editing === undefined ? guarded(() => repository.create(value)) : guarded(() => repository.update(editing.id, value, editing.etag));
}

export interface IndicatorValueSaveContext {
  readonly indicator: Stored<PerformanceIndicator>;
  /** The values already stored for the indicator: a second value for the same period is refused. */
  readonly existingValues: readonly Stored<IndicatorValue>[];
  readonly asOf: CalendarDate;
}

/**
 * Validates and saves a reported value: a new one (`editing` absent) or an edit with the ETag read. A new value for
 * a period that already has one is refused with a message on `period`, so nothing is reported twice.
 */
export async function saveIndicatorValue(
  repositories: Pick<Repositories, 'indicatorValues'>,
  input: unknown,
  context: IndicatorValueSaveContext,
  editing?: Editing,
): Promise<ServiceDeliverySaveOutcome<IndicatorValue>> {
  const result = validateIndicatorValue(input, { indicator: context.indicator, asOf: context.asOf });
  if (result.ok) {
    if (result.value.indicatorId !== context.indicator.id) return { kind: 'invalid', errors: { indicatorId: 'De waarde hoort bij een andere indicator.' } };
    const duplicate = context.existingValues.find((value) => value.indicatorId === context.indicator.id && value.period === result.value.period && value.id !== editing?.id);
    if (duplicate) return { kind: 'invalid', errors: { period: 'Voor deze periode is al een waarde vastgelegd; pas die waarde aan.' } };
  }
  return save(repositories.indicatorValues, result, editing);
}

/** Validates and saves a performance indicator (new, or an edit with the ETag read). */
export async function saveIndicator(repositories: Pick<Repositories, 'performanceIndicators'>, input: unknown, editing?: Editing): Promise<ServiceDeliverySaveOutcome<PerformanceIndicator>> {
  return save(repositories.performanceIndicators, validateIndicator(input), editing);
}

/** Validates and saves a service agreement (new, or an edit with the ETag read). */
export async function saveServiceAgreement(repositories: Pick<Repositories, 'serviceAgreements'>, input: unknown, editing?: Editing): Promise<ServiceDeliverySaveOutcome<ServiceAgreement>> {
  const result = validateServiceAgreement(input);
  // An empty document field is stored as no document.
  const cleaned = result.ok && result.value.documentUrl === '' ? { ok: true as const, value: { ...result.value, documentUrl: undefined } } : result;
  return save(repositories.serviceAgreements, cleaned, editing);
}

/** Validates and saves a satisfaction measurement (new, or an edit with the ETag read); not dated after `asOf`. */
export async function saveSatisfactionMeasurement(
  repositories: Pick<Repositories, 'satisfactionMeasurements'>,
  input: unknown,
  asOf: CalendarDate,
  editing?: Editing,
): Promise<ServiceDeliverySaveOutcome<SatisfactionMeasurement>> {
  return save(repositories.satisfactionMeasurements, validateSatisfactionMeasurement(input, { asOf }), editing);
}
