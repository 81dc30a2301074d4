import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  ProcessMoment,
} from '../src/domain/models';

/*
 * Demo values refer to each other by name, the way the seeds do; the loader turns names into the ids
 * the site gives them, and e-mail addresses into site users through the Directory.
 */

export interface DemoPerson {
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
}

export interface DemoPartnership extends Omit<Partnership, 'participantIds' | 'portfolioHolder' | 'accountHolder'> {
  readonly participantNames: readonly string[];
  readonly portfolioHolderEmail?: string;
  readonly accountHolderEmail?: string;
}

export interface DemoFinancialFigures extends Omit<FinancialFigures, 'partnershipId'> {
  readonly partnershipName: string;
}

export interface DemoMeetingBody extends Omit<MeetingBody, 'partnershipId' | 'members' | 'bilateralMunicipalityId'> {
  readonly partnershipName: string;
  /** Members who are site users (see DEMO_PEOPLE). */
  readonly memberEmails: readonly string[];
  readonly bilateralMunicipalityName?: string;
}

/** `isPublic` is copied from the body, as the model asks. */
export interface DemoMeeting extends Omit<Meeting, 'bodyId' | 'partnershipId' | 'isPublic'> {
  readonly partnershipName: string;
  readonly bodyName: string;
}

export interface DemoProcessMoment extends Omit<ProcessMoment, 'partnershipId'> {
  readonly partnershipName: string;
}

export interface DemoAction extends Omit<ImprovementAction, 'partnershipId' | 'owner'> {
  readonly partnershipName?: string;
  readonly ownerEmail?: string;
}

export interface DemoContact extends Omit<Contact, 'partnershipId'> {
  readonly partnershipName?: string;
}

export interface DemoData {
  readonly people: readonly DemoPerson[];
  readonly municipalities: readonly Municipality[];
  readonly partnerships: readonly DemoPartnership[];
  readonly financialFigures: readonly DemoFinancialFigures[];
  readonly meetingBodies: readonly DemoMeetingBody[];
  readonly meetings: readonly DemoMeeting[];
  readonly processMoments: readonly DemoProcessMoment[];
  readonly actions: readonly DemoAction[];
  readonly contacts: readonly DemoContact[];
}
