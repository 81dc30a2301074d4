import type { Audience, CalendarDate, ProcessMoment, Stored } from '../../domain/models';
import type { ServiceAgreement } from '../../domain/serviceDelivery';
import { compareCalendarDates } from '../../domain/time';
import { ConcurrencyConflictError, type Repositories } from '../ports';

/*
 * An agreement's end and renewal dates as moments on the partnership's timeline (issue 9: "its term and renewal
 * date as dated moments"; seed 004's timeline of information moments), so the dashboard, the MT report and the
 * year planner show them next to the Wgr deadlines.
 */

/** Who needs the dates: the college decides on renewal, the officials prepare it; the council has no role in a DVO. */
export const AGREEMENT_MOMENT_AUDIENCES: readonly Audience[] = ['college', 'ambtelijke-organisatie'];

/** The moments an agreement implies, without status (that is left to the people who keep the timeline). */
export function agreementMoments(agreement: Stored<ServiceAgreement>): readonly Omit<ProcessMoment, 'status'>[] {
  const base = {
    partnershipId: agreement.partnershipId,
    kind: 'informatie' as const,
    audiences: AGREEMENT_MOMENT_AUDIENCES,
    source: 'dienstverlening' as const,
    // Internal management information: the moments are for college and officials, not the council's public page.
    isPublic: false,
    ...(agreement.documentUrl ? { documentUrl: agreement.documentUrl } : {}),
  };
  const moments: Omit<ProcessMoment, 'status'>[] = [];
  if (agreement.renewalDate) {
    moments.push({ ...base, subject: `${agreement.name}: uiterste datum verlenging of opzegging`, date: agreement.renewalDate, isDeadline: true, notes: 'Afgeleid uit de dienstverleningsafspraak.' });
  }
  if (agreement.endDate) {
    moments.push({ ...base, subject: `${agreement.name}: einde looptijd`, date: agreement.endDate, isDeadline: false, notes: 'Afgeleid uit de dienstverleningsafspraak.' });
  }
  return moments;
}

export interface AgreementMomentSyncReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Derived moments whose agreement (or date) is gone, moved to the recycle bin. */
  readonly removed: number;
  /** One Dutch line per moment that could not be written. */
  readonly failures: readonly string[];
}

function differs(current: ProcessMoment, wanted: Omit<ProcessMoment, 'status'>): boolean {
  return (
    current.date !== wanted.date ||
    current.kind !== wanted.kind ||
    current.isDeadline !== wanted.isDeadline ||
    current.notes !== wanted.notes ||
    current.isPublic !== wanted.isPublic ||
    (current.documentUrl ?? '') !== (wanted.documentUrl ?? '') ||
    [...current.audiences].sort().join() !== [...wanted.audiences].sort().join()
  );
}

function failureLine(subject: string, error: unknown): string {
  if (error instanceof ConcurrencyConflictError) {
    return `${subject}: het procesmoment is intussen door iemand anders gewijzigd en is niet overschreven; synchroniseer opnieuw.`;
  }
  return `${subject}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Writes the agreements' end and renewal dates as process moments (source `dienstverlening`), idempotently: a moment
 * is recognised by partnership and subject; its date follows the agreement. A new moment is `verwacht`, or `afgerond`
 * when its date has already passed on `today`. Moments of other sources (typed in, Wgr) are never touched; derived
 * moments whose agreement no longer implies them are recycled. With `partnershipId`, only that partnership is synced.
 */
export async function syncAgreementMoments(
  repositories: Pick<Repositories, 'serviceAgreements' | 'processMoments'>,
  today: CalendarDate,
  partnershipId?: number,
): Promise<AgreementMomentSyncReport> {
  const where = partnershipId === undefined ? undefined : { property: 'partnershipId', op: 'eq' as const, value: partnershipId };
  const [agreements, moments] = await Promise.all([
    repositories.serviceAgreements.list(where ? { where } : {}),
    repositories.processMoments.list({ where: where ? { op: 'and', conditions: [where, { property: 'source', op: 'eq', value: 'dienstverlening' }] } : { property: 'source', op: 'eq', value: 'dienstverlening' } }),
  ]);
  const existing = new Map<string, Stored<ProcessMoment>>();
  for (const moment of moments) {
    if (moment.source === 'dienstverlening') existing.set(`${moment.partnershipId}|${moment.subject}`, moment);
  }
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let removed = 0;
  const failures: string[] = [];
  const derived = new Set<string>();
  const toCreate: ProcessMoment[] = [];
  for (const agreement of agreements) {
    for (const wanted of agreementMoments(agreement)) {
      const key = `${wanted.partnershipId}|${wanted.subject}`;
      if (derived.has(key)) continue;
      derived.add(key);
      const current = existing.get(key);
      if (!current) {
        toCreate.push({ ...wanted, status: compareCalendarDates(wanted.date, today) < 0 ? 'afgerond' : 'verwacht' });
      } else if (differs(current, wanted)) {
        try {
          const { partnershipId: _partnership, subject: _subject, source: _source, ...changes } = wanted;
          await repositories.processMoments.update(current.id, { ...changes, documentUrl: wanted.documentUrl }, current.etag);
          updated += 1;
        } catch (error) {
          failures.push(failureLine(wanted.subject, error));
        }
      } else {
        unchanged += 1;
      }
    }
  }
  if (toCreate.length > 0) {
    const results = await repositories.processMoments.createMany(toCreate);
    results.forEach((result, index) => {
      if (result.ok) created += 1;
      else failures.push(failureLine(toCreate[index].subject, result.error));
    });
  }
  for (const [key, moment] of existing) {
    if (derived.has(key)) continue;
    try {
      await repositories.processMoments.recycle(moment.id, moment.etag);
      removed += 1;
    } catch (error) {
      failures.push(failureLine(moment.subject, error));
    }
  }
  return { created, updated, unchanged, removed, failures };
}
