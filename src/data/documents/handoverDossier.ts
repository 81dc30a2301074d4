import type { CalendarDate, Stored, Partnership } from '../../domain/models';
import { calendarDateParts, wallTimeParts } from '../../domain/time';
import { computeWgrCalendar, type WgrDeadline } from '../../domain/wgr';
import { dutchWorkingDays } from '../../domain/wgr/dutchHolidays';
import { buildHandoverDossier, handoverDossierFileName, partnershipIndex, type DossierAudience } from '../../documents/handoverDossierData';
import { renderHandoverDossierDocx } from '../../documents/handoverDossierDocx';
import type { ItemQuery, Repositories } from '../ports';
import { isGeneralBoard, isWgrPartnership } from '../wgr/wgrCalendarService';
import type { GeneratedDocument } from './generatedDocument';

export type HandoverDossierRepositories = Pick<
  Repositories,
  | 'partnerships'
  | 'municipalities'
  | 'financialFigures'
  | 'meetingBodies'
  | 'meetings'
  | 'documents'
  | 'processMoments'
  | 'actions'
  | 'influenceCases'
  | 'wgrSettings'
  | 'regulationChanges'
>;

export interface HandoverDossierRequest {
  /** One partnership; absent for the whole register (every partnership that has not ended). */
  readonly partnershipId?: number;
  readonly audience: DossierAudience;
  /** The peildatum: figures up to its year, actions overdue before it, influence moments from it on. */
  readonly asOf: CalendarDate;
}

/**
 * The hand-over dossier as a .docx (issue 8). Reads each list once, in parallel: filtered on the partnership for one
 * dossier, whole for the register. Only what the current user may read is there: SharePoint trims confidential
 * items, and the raad version leaves out niet-openbare bodies, documents and moments on top of that.
 * The web parts import this module lazily; the CLI directly.
 */
export async function generateHandoverDossier(repositories: HandoverDossierRepositories, request: HandoverDossierRequest): Promise<GeneratedDocument> {
  const single = request.partnershipId;
  const query: ItemQuery | undefined = single === undefined ? undefined : { where: { property: 'partnershipId', op: 'eq', value: single } };
  const [partnerships, municipalities, financialFigures, meetingBodies, meetings, documents, processMoments, actions, influenceCases, wgrSettings, regulationChanges] =
    await Promise.all([
      single === undefined ? repositories.partnerships.list() : repositories.partnerships.get(single).then((partnership) => [partnership]),
      repositories.municipalities.list(),
      repositories.financialFigures.list(query),
      repositories.meetingBodies.list(query),
      repositories.meetings.list(query),
      repositories.documents.list(query),
      repositories.processMoments.list(query),
      repositories.actions.list(query),
      repositories.influenceCases.list(query),
      repositories.wgrSettings.list(query),
      repositories.regulationChanges.list(query),
    ]);
  const included = single === undefined ? partnerships.filter((partnership) => partnership.status !== 'beeindigd') : partnerships;

  // The Wgr deadlines of the cycles that can still have influence moments after the peildatum: the begrotingswijzigingen
  // of this year, the ontwerpbegroting of next year and of the year after. Council calendars only feed the calendar's
  // checks, which the dossier does not show, so they are not read.
  const year = calendarDateParts(request.asOf).year;
  const workingDays = dutchWorkingDays();
  const municipalityNames = new Map(municipalities.map((municipality) => [municipality.id, municipality.name] as const));
  const boardIds = new Set(meetingBodies.filter(isGeneralBoard).map((body) => body.id));
  const byPartnership = partnershipIndex();
  const wgrDeadlines: WgrDeadline[] = included.filter(isWgrPartnership).flatMap((partnership: Stored<Partnership>) => {
    const abMeetings = byPartnership(meetings, partnership.id)
      .filter((meeting) => boardIds.has(meeting.bodyId) && meeting.status !== 'geannuleerd')
      .map((meeting) => ({ date: wallTimeParts(meeting.start).date, title: meeting.title }));
    return [year, year + 1, year + 2].flatMap(
      (budgetYear) =>
        computeWgrCalendar(
          {
            partnershipId: partnership.id,
            partnershipName: partnership.name,
            budgetYear,
            participantIds: partnership.participantIds,
            abMeetings,
            settings: byPartnership(wgrSettings, partnership.id)[0],
            regulationChanges: byPartnership(regulationChanges, partnership.id),
            councilCalendar: [],
            municipalityNames,
          },
          workingDays,
        ).deadlines,
    );
  });

  const model = buildHandoverDossier({
    partnerships: included,
    isComplete: single === undefined,
    municipalities,
    financialFigures,
    meetingBodies,
    documents,
    processMoments,
    actions,
    influenceCases,
    wgrDeadlines,
    audience: request.audience,
    asOf: request.asOf,
  });
  return { fileName: handoverDossierFileName(model), bytes: await renderHandoverDossierDocx(model) };
}
