import type { Repositories } from '../src/data/ports';
import type { InfluenceCase, ParticipantZienswijze } from '../src/domain/councilInfluence';
import { parseCalendarDate } from '../src/domain/time';
import { GBTWENTE } from './partnerships';

/*
 * Demo zienswijze cases of GBTwente (issue 8), relative to the demo's "today", 26 November 2026. Everything is demo:
 * the dates, positions and summaries are invented and say "(demo)".
 * - The ontwerpbegroting 2027 went through every step in 2026: received in April, twelve weeks before the AB of
 *   2 July 2026 (Wgr art. 35(1)), the raad's zienswijze in May, the AB's decision and the GR's reasoned answer in July.
 *   Enschede and Hengelo's zienswijzen are known; the other participants' are not.
 * - The ontwerpbegroting 2028 arrived on 2 November 2026, earlier than usual (demo), with the zienswijze due by
 *   24 June 2027 for the AB of 1 July 2027. Its cover note is not sent yet: two weeks after receipt, it is overdue.
 */

export const DEMO_CASE_BUDGET_2027 = 'Ontwerpbegroting 2027 GBTwente (demo)';
export const DEMO_CASE_BUDGET_2028 = 'Ontwerpbegroting 2028 GBTwente (demo)';

export type DemoInfluenceCase = Omit<InfluenceCase, 'partnershipId'> & { readonly partnershipName: string };
export type DemoParticipantZienswijze = Omit<ParticipantZienswijze, 'caseId' | 'municipalityId'> & {
  readonly partnershipName: string;
  readonly caseSubject: string;
  readonly municipalityName: string;
};

export const DEMO_INFLUENCE_CASES: readonly DemoInfluenceCase[] = [
  {
    partnershipName: GBTWENTE,
    subject: DEMO_CASE_BUDGET_2027,
    kind: 'ontwerpbegroting',
    budgetYear: 2027,
    receivedDate: parseCalendarDate('2026-04-08'),
    responseDeadline: parseCalendarDate('2026-06-26'),
    abDecisionMeetingDate: parseCalendarDate('2026-07-02'),
    collegeProposalPoints: ['Instemmen met de ontwerpbegroting 2027 (demo).', 'Vragen om een toelichting op de stijging van de ICT-kosten (demo).'],
    coverNoteDate: parseCalendarDate('2026-04-21'),
    councilPosition: 'met-opmerkingen',
    councilAdoptedDate: parseCalendarDate('2026-05-19'),
    councilZienswijzeSummary: 'De raad stemt in, maar vraagt de stijging van de ICT-kosten te onderbouwen en de bijdrage voor 2028 niet verder te verhogen (demo).',
    abMemberPosition: 'Het AB-lid heeft de zienswijze ingebracht en gevraagd de ICT-kosten in de eerste rapportage te verantwoorden (demo).',
    abMemberPositionDate: parseCalendarDate('2026-07-02'),
    abDecision: 'Begroting 2027 vastgesteld; het DB rapporteert in de eerste tussenrapportage over de ICT-kosten (demo).',
    abDecisionDate: parseCalendarDate('2026-07-02'),
    grAnswerDate: parseCalendarDate('2026-07-14'),
    grAnswerSummary: 'Reactienota zienswijzen: de ICT-kosten stijgen door de vervanging van het belastingsysteem; de bijdrage 2028 blijft binnen de indexatie (demo).',
  },
  {
    partnershipName: GBTWENTE,
    subject: DEMO_CASE_BUDGET_2028,
    kind: 'ontwerpbegroting',
    budgetYear: 2028,
    receivedDate: parseCalendarDate('2026-11-02'),
    responseDeadline: parseCalendarDate('2027-06-24'),
    abDecisionMeetingDate: parseCalendarDate('2027-07-01'),
    collegeProposalPoints: ['Instemmen met de ontwerpbegroting 2028 (demo).', 'Aandringen op een meerjarige taakstelling op de bedrijfsvoering (demo).'],
    councilZienswijzeSummary: '',
    abMemberPosition: '',
    abDecision: '',
    grAnswerSummary: '',
  },
];

export const DEMO_PARTICIPANT_ZIENSWIJZEN: readonly DemoParticipantZienswijze[] = [
  {
    partnershipName: GBTWENTE,
    caseSubject: DEMO_CASE_BUDGET_2027,
    municipalityName: 'Enschede',
    position: 'bezwaren',
    adoptedDate: parseCalendarDate('2026-06-08'),
    summary: 'Bezwaar tegen de stijging van de bijdrage; vraagt om een sluitende meerjarenraming zonder indexatie boven de loon- en prijsontwikkeling (demo).',
  },
  {
    partnershipName: GBTWENTE,
    caseSubject: DEMO_CASE_BUDGET_2027,
    municipalityName: 'Hengelo',
    position: 'instemmend',
    adoptedDate: parseCalendarDate('2026-06-16'),
    summary: 'Instemmend, zonder opmerkingen (demo).',
  },
];

function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('nl');
}

export interface CouncilInfluenceDemoReport {
  readonly created: number;
  readonly failures: readonly string[];
}

/**
 * Loads the demo zienswijze cases and the other councils' zienswijzen. Idempotent by natural key: a case by
 * partnership and subject, a participant zienswijze by case and municipality; what is there is left unchanged.
 */
export async function loadCouncilInfluenceDemoData(repositories: Repositories, log: (message: string) => void = () => undefined): Promise<CouncilInfluenceDemoReport> {
  const failures: string[] = [];
  let created = 0;
  const partnershipIds = new Map((await repositories.partnerships.list()).map((item) => [normalised(item.name), item.id]));
  const municipalityIds = new Map((await repositories.municipalities.list()).map((item) => [normalised(item.name), item.id]));
  const caseKey = (partnershipId: number, subject: string): string => `${partnershipId}|${normalised(subject)}`;
  const cases = new Map((await repositories.influenceCases.list()).map((item) => [caseKey(item.partnershipId, item.subject), item.id]));

  for (const { partnershipName, ...rest } of DEMO_INFLUENCE_CASES) {
    const partnershipId = partnershipIds.get(normalised(partnershipName));
    if (partnershipId === undefined) {
      failures.push(`influenceCases: unknown partnership '${partnershipName}'`);
      continue;
    }
    if (cases.has(caseKey(partnershipId, rest.subject))) continue;
    try {
      const item = await repositories.influenceCases.create({ ...rest, partnershipId });
      cases.set(caseKey(partnershipId, rest.subject), item.id);
      created += 1;
    } catch (error) {
      failures.push(`influenceCases: '${rest.subject}' was not created: ${(error as Error).message}`);
    }
  }

  const existing = new Set((await repositories.participantZienswijzen.list()).map((item) => `${item.caseId}|${item.municipalityId}`));
  const toCreate: ParticipantZienswijze[] = [];
  for (const { partnershipName, caseSubject, municipalityName, ...rest } of DEMO_PARTICIPANT_ZIENSWIJZEN) {
    const partnershipId = partnershipIds.get(normalised(partnershipName));
    const caseId = partnershipId === undefined ? undefined : cases.get(caseKey(partnershipId, caseSubject));
    const municipalityId = municipalityIds.get(normalised(municipalityName));
    if (caseId === undefined || municipalityId === undefined) {
      failures.push(`participantZienswijzen: unknown case '${caseSubject}' or municipality '${municipalityName}'`);
      continue;
    }
    if (existing.has(`${caseId}|${municipalityId}`)) continue;
    toCreate.push({ ...rest, caseId, municipalityId });
  }
  const results = toCreate.length === 0 ? [] : await repositories.participantZienswijzen.createMany(toCreate);
  results.forEach((result, index) => {
    if (result.ok) created += 1;
    else failures.push(`participantZienswijzen: '${toCreate[index].summary}' was not created: ${result.error.message}`);
  });
  log(`council influence demo: ${created} created`);
  return { created, failures };
}
