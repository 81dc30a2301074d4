import type { MeetingBody, Stored } from '../../../domain/models';
import { planYear, type PlannerBody } from '../../../domain/meetings/planner';
import { rulesOfBody } from '../../../domain/meetings/storedRules';
import type { PlannerPreferences, YearPlan } from '../../../domain/meetings/types';
import { currentRiskProfile } from '../../../domain/riskProfile/intensity';
import { calendarDateOfInstant } from '../../../domain/time';
import type { MeetingsData } from './useMeetingsData';

/**
 * The domain's year planner (`planYear`) fed from what the web part has loaded: the body and its siblings
 * (the same partnership's, or the other organisation-wide bodies) with their rules (stored, parsed, the
 * law's floor and the risk profile's) and their meetings.
 */
export function planYearForBody(data: MeetingsData, body: Stored<MeetingBody>, year: number, preferences: PlannerPreferences, now: Date = new Date()): YearPlan {
  const partnershipId = body.partnershipId;
  const legalForm = partnershipId === undefined ? undefined : data.partnerships.find((partnership) => partnership.id === partnershipId)?.legalForm;
  const riskLevel = partnershipId === undefined ? undefined : currentRiskProfile(data.riskProfiles, partnershipId)?.level;
  const siblings: PlannerBody[] = data.bodies
    .filter((candidate) => candidate.partnershipId === partnershipId)
    .map((candidate) => ({ id: candidate.id, shortName: candidate.shortName || candidate.name, rules: rulesOfBody(candidate, legalForm, riskLevel) }));
  const self = siblings.find((candidate) => candidate.id === body.id) ?? { id: body.id, shortName: body.shortName || body.name, rules: rulesOfBody(body, legalForm, riskLevel) };
  const siblingIds = new Set(siblings.map((sibling) => sibling.id));
  return planYear({
    year,
    body: self,
    preferences,
    siblings,
    meetings: data.meetings.filter((meeting) => siblingIds.has(meeting.bodyId)),
    today: calendarDateOfInstant(now),
  });
}
