import type { WgrProvisionCheck } from '../../domain/councilInfluence/models';
import type { CalendarDate, ProcessMoment, Stored } from '../../domain/models';
import type { RiskProfile } from '../../domain/riskProfile/models';
import { RISK_QUESTIONS, scoreRiskProfile } from '../../domain/riskProfile/questionnaire';
import type { ValidationErrors } from '../../domain/validation/result';
import type { WgrSettings } from '../../domain/wgr/types';
import {
  EXIT_NOTICE_SUBJECT,
  exitNoticeMoment,
  exitNoticeMonthsError,
  parseExitEffectiveDay,
  validateProvisionCheck,
  type ExitNoticeResult,
} from '../../domain/wgr2022';
import { ConcurrencyConflictError } from '../ports/errors';
import type { Repositories } from '../ports/repositories';

/*
 * Saving the risk profile, the Wgr 2022 check and the exit notice settings of a partnership (issue 8). The domain
 * computes (score and level, the exit moment); this module only reads and writes through the repositories, so the
 * web part, the demo data and the CLI save the same way.
 */

/** The lists this module uses; a narrow view of `Repositories`. */
export type PartnershipControlRepositories = Pick<Repositories, 'partnerships' | 'riskProfiles' | 'wgrProvisionChecks' | 'wgrSettings' | 'processMoments'>;

/** What a save returns: the stored item, or Dutch messages per field while nothing was written. */
export type SaveOutcome<T> = { readonly ok: true; readonly item: Stored<T> } | { readonly ok: false; readonly errors: ValidationErrors };

/** Matches the Risicoprofielen list's Title (255). */
const MAX_PROFILE_NOTES = 255;

export interface RiskAssessmentInput {
  readonly partnershipId: number;
  readonly answers: Readonly<Record<string, number | undefined>>;
  readonly assessedOn: CalendarDate;
  readonly notes: string;
}

/**
 * Saves a risk assessment as a new item, so earlier profiles stay as history. Score and level are computed from the
 * answers here, never taken from the caller; an incomplete or impossible questionnaire writes nothing.
 */
export async function saveRiskProfile(riskProfiles: Repositories['riskProfiles'], input: RiskAssessmentInput): Promise<SaveOutcome<RiskProfile>> {
  const scored = scoreRiskProfile(input.answers);
  const errors: Record<string, string> = { ...scored.errors };
  const notes = input.notes.trim();
  if (notes.length > MAX_PROFILE_NOTES) {
    errors.notes = `De toelichting mag hooguit ${MAX_PROFILE_NOTES} tekens lang zijn (nu ${notes.length}).`;
  }
  if (scored.score === undefined || scored.level === undefined || Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.freeze(errors) };
  }
  // Only the questionnaire's own answers are stored; retired or stray keys would only confuse the history.
  const answers: Record<string, number> = {};
  for (const question of RISK_QUESTIONS) {
    const points = input.answers[question.id];
    if (points !== undefined) answers[question.id] = points;
  }
  const item = await riskProfiles.create({ partnershipId: input.partnershipId, answers, score: scored.score, level: scored.level, assessedOn: input.assessedOn, notes });
  return { ok: true, item };
}

/** The profiles of one partnership, newest first (the first applies). */
export async function loadRiskProfiles(riskProfiles: Repositories['riskProfiles'], partnershipId: number): Promise<readonly Stored<RiskProfile>[]> {
  const profiles = await riskProfiles.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } });
  return [...profiles].sort((left, right) => (left.assessedOn === right.assessedOn ? right.id - left.id : left.assessedOn < right.assessedOn ? 1 : -1));
}

/**
 * Saves one line of a GR's Wgr 2022 check: creates it when the caller knew none, updates the one the caller read
 * (with its ETag) otherwise. When someone else saved the same provision meanwhile, a ConcurrencyConflictError with
 * their line is thrown instead of writing a second line or overwriting theirs.
 */
export async function saveProvisionCheck(
  checks: Repositories['wgrProvisionChecks'],
  input: WgrProvisionCheck,
  known: { readonly id: number; readonly etag: string } | undefined,
): Promise<SaveOutcome<WgrProvisionCheck>> {
  const validated = validateProvisionCheck(input);
  if (!validated.ok) {
    return { ok: false, errors: validated.errors };
  }
  const value = validated.value;
  if (known !== undefined) {
    // The adapter sends the ETag as If-Match; a 412 becomes a ConcurrencyConflictError with the current line.
    const item = await checks.update(known.id, { result: value.result, regulationArticle: value.regulationArticle, notes: value.notes, checkedOn: value.checkedOn }, known.etag);
    return { ok: true, item };
  }
  const existing = (await checks.list({ where: { property: 'partnershipId', op: 'eq', value: input.partnershipId } })).filter((check) => check.provision === input.provision);
  if (existing.length > 0) {
    const current = existing.reduce((latest, check) => (check.id > latest.id ? check : latest));
    throw new ConcurrencyConflictError<Stored<WgrProvisionCheck>>('Deze bepaling is intussen door iemand anders getoetst.', current);
  }
  return { ok: true, item: await checks.create(value) };
}

export interface ExitSettingsInput {
  readonly partnershipId: number;
  /** As typed: empty clears the notice period. */
  readonly exitNoticeMonths: number | undefined;
  /** As typed ("dd-mm"); empty means the default 01-01. */
  readonly exitEffectiveDay: string;
}

export type ExitMomentSync =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly moment: Stored<ProcessMoment> }
  | { readonly action: 'removed' | 'none' }
  /** The settings were saved, but the moment could not be written (e.g. changed by someone else meanwhile). */
  | { readonly action: 'failed'; readonly error: Error };

export type ExitSettingsOutcome =
  | { readonly ok: true; readonly settings: Stored<WgrSettings>; readonly exit: ExitNoticeResult; readonly momentSync: ExitMomentSync }
  | { readonly ok: false; readonly errors: ValidationErrors };

/**
 * Saves the exit fields of a GR's Wgr settings (creating its settings item when it has none) and then writes the
 * exit moment that follows from them on the partnership's timeline. The settings item is updated with the ETag the
 * caller read; a change by someone else meanwhile becomes a ConcurrencyConflictError.
 */
export async function saveExitSettings(
  repositories: Pick<Repositories, 'wgrSettings' | 'processMoments'>,
  input: ExitSettingsInput,
  known: { readonly id: number; readonly etag: string } | undefined,
  asOf: CalendarDate,
): Promise<ExitSettingsOutcome> {
  const errors: Record<string, string> = {};
  if (input.exitNoticeMonths !== undefined) {
    const monthsError = exitNoticeMonthsError(input.exitNoticeMonths);
    if (monthsError !== undefined) errors.exitNoticeMonths = monthsError;
  }
  const effectiveDayText = input.exitEffectiveDay.trim();
  if (effectiveDayText !== '') {
    const parsed = parseExitEffectiveDay(effectiveDayText);
    if (!parsed.ok) errors.exitEffectiveDay = parsed.error;
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.freeze(errors) };
  }
  const changes: Pick<WgrSettings, 'exitNoticeMonths' | 'exitEffectiveDay'> = {
    exitNoticeMonths: input.exitNoticeMonths,
    exitEffectiveDay: effectiveDayText === '' ? undefined : normalizeDayMonth(effectiveDayText),
  };
  let settings: Stored<WgrSettings>;
  if (known !== undefined) {
    settings = await repositories.wgrSettings.update(known.id, changes, known.etag);
  } else {
    const existing = await repositories.wgrSettings.list({ where: { property: 'partnershipId', op: 'eq', value: input.partnershipId } });
    if (existing.length > 0) {
      throw new ConcurrencyConflictError<Stored<WgrSettings>>('De Wgr-instellingen van deze regeling zijn intussen door iemand anders aangemaakt.', existing[0]);
    }
    settings = await repositories.wgrSettings.create({ partnershipId: input.partnershipId, budgetAmendmentsExempt: false, notes: '', ...changes });
  }
  const exit = exitNoticeMoment(settings, asOf);
  // The settings are saved by now: a failing moment is reported with them, so the caller keeps the new ETag.
  let momentSync: ExitMomentSync;
  try {
    momentSync = await syncExitNoticeMoment(repositories.processMoments, input.partnershipId, exit);
  } catch (error) {
    momentSync = { action: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
  }
  return { ok: true, settings, exit, momentSync };
}

/**
 * Writes the exit moment as a process moment (source `wgr`, kind `invloed`, for raad and college, a deadline),
 * idempotently: it is recognised by partnership, source and subject; its date and text follow the settings; when the
 * settings no longer give a moment it goes to the recycle bin. Moments typed by hand are never touched, and the
 * status is left to the people who keep it.
 */
export async function syncExitNoticeMoment(processMoments: Repositories['processMoments'], partnershipId: number, exit: ExitNoticeResult): Promise<ExitMomentSync> {
  const existing = (await processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } })).filter(
    (moment) => moment.source === 'wgr' && moment.subject === EXIT_NOTICE_SUBJECT,
  );
  const current = existing[0];
  if (!exit.ok) {
    if (current === undefined) return { action: 'none' };
    await processMoments.recycle(current.id, current.etag);
    return { action: 'removed' };
  }
  const wanted = exitProcessMoment(partnershipId, exit.moment.lastDecisionDay, exit.moment.explanation);
  if (current === undefined) {
    return { action: 'created', moment: await processMoments.create(wanted) };
  }
  if (current.date === wanted.date && current.notes === wanted.notes && current.kind === wanted.kind && current.isDeadline && sameAudiences(current.audiences, wanted.audiences)) {
    return { action: 'unchanged', moment: current };
  }
  const moment = await processMoments.update(
    current.id,
    { date: wanted.date, notes: wanted.notes, kind: wanted.kind, isDeadline: true, audiences: wanted.audiences },
    current.etag,
  );
  return { action: 'updated', moment };
}

/** The process moment of the exit notice; no budget year, so the Wgr calendar's sync (per budget year) leaves it alone. */
export function exitProcessMoment(partnershipId: number, lastDecisionDay: CalendarDate, explanation: string): ProcessMoment {
  return {
    partnershipId,
    kind: 'invloed',
    subject: EXIT_NOTICE_SUBJECT,
    date: lastDecisionDay,
    isDeadline: true,
    audiences: ['raad', 'college'],
    status: 'verwacht',
    source: 'wgr',
    isPublic: true,
    notes: `${explanation} Afgeleid uit de Wgr-instellingen (opzegtermijn).`,
  };
}

function sameAudiences(left: readonly string[], right: readonly string[]): boolean {
  return [...left].sort().join() === [...right].sort().join();
}

function normalizeDayMonth(text: string): string {
  const parsed = parseExitEffectiveDay(text);
  return parsed.ok ? `${String(parsed.value.day).padStart(2, '0')}-${String(parsed.value.month).padStart(2, '0')}` : text;
}
