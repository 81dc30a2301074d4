import { buildHandoverDossier, figureRows, handoverDossierFileName, upcomingInfluenceMoments, type HandoverDossierInput } from '../../../src/documents/handoverDossierData';
import type { InfluenceCase } from '../../../src/domain/councilInfluence/models';
import type { FinancialFigures, ImprovementAction, MeetingBody, Partnership, PartnershipDocument, ProcessMoment, Stored } from '../../../src/domain/models';
import { parseCalendarDate } from '../../../src/domain/time';
import type { WgrDeadline } from '../../../src/domain/wgr/types';

const date = parseCalendarDate;
const AS_OF = date('2026-11-26');

function partnership(id: number, name: string, overrides: Partial<Partnership> = {}): Stored<Partnership> {
  return {
    id,
    etag: '"1"',
    name,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: 'Bedrijfsvoering',
    participantIds: [2, 1],
    seat: 'Hengelo',
    publicInterest: 'Heffen en innen van belastingen.',
    portfolioHolder: { displayName: 'Wim Smit' },
    accountHolder: { displayName: 'Anne de Vries' },
    importance: { societalTask: false, opportunities: false, risks: false, money: true, audiences: [], explanation: '' },
    risks: '',
    status: 'actief',
    ...overrides,
  };
}

function body(name: string, shortName: string, isPublic: boolean, partnershipId = 1): MeetingBody {
  return {
    partnershipId,
    name,
    shortName,
    category: isPublic ? 'formeel' : 'bestuurlijk',
    isPublic,
    purpose: `Taak van ${shortName}`,
    membersDescription: 'Per gemeente één lid van het college',
    participantsDescription: '',
    occasionalGuests: '',
    members: [{ displayName: 'Wim Smit', userId: 3 }],
    externalMemberEmails: ['extern@enschede.example'],
    frequencyText: 'minimaal twee keer per jaar',
    frequencyRuleJson: '',
    agendaOwner: '',
    organiser: '',
    minutesBy: '',
    location: '',
  };
}

function moment(subject: string, day: string, overrides: Partial<ProcessMoment> = {}): ProcessMoment {
  return { partnershipId: 1, kind: 'invloed', subject, date: date(day), isDeadline: true, audiences: ['raad'], status: 'verwacht', source: 'handmatig', isPublic: true, notes: '', ...overrides };
}

function deadline(subject: string, day: string, budgetYear: number, kind: WgrDeadline['kind'] = 'invloed'): WgrDeadline {
  return {
    rule: 'zienswijze-ontwerpbegroting',
    article: 'Wgr art. 35(1)',
    partnershipId: 1,
    budgetYear,
    subject,
    legalDate: date(day),
    relation: 'on-or-before',
    lastAllowedDay: date(day),
    latestWorkingDay: date(day),
    lastAllowedDayIsNonWorkingDay: false,
    kind,
    audiences: ['raad'],
    explanation: '',
  };
}

function influenceCase(subject: string, responseDeadline: string | undefined, councilAdoptedDate?: string): InfluenceCase {
  return {
    partnershipId: 1,
    subject,
    kind: 'ontwerpbegroting',
    receivedDate: date('2026-11-02'),
    responseDeadline: responseDeadline === undefined ? undefined : date(responseDeadline),
    councilAdoptedDate: councilAdoptedDate === undefined ? undefined : date(councilAdoptedDate),
    collegeProposalPoints: [],
    councilZienswijzeSummary: '',
    abMemberPosition: '',
    abDecision: '',
    grAnswerSummary: '',
  };
}

function figure(year: number, kind: FinancialFigures['kind'], contribution?: number): FinancialFigures {
  return { partnershipId: 1, year, kind, contribution, explanation: '' };
}

function action(number: string, status: ImprovementAction['status'], plannedDate?: string, partnershipId = 1): ImprovementAction {
  return {
    number,
    plan: 'Verbeterplan',
    recommendation: `Aanbeveling ${number}`,
    response: 'overgenomen',
    responseExplanation: '',
    action: `Actie ${number}`,
    owner: { displayName: 'Bram Jansen' },
    plannedDate: plannedDate === undefined ? undefined : date(plannedDate),
    status,
    partnershipId,
  };
}

function document(title: string, isPublic: boolean, year?: number): PartnershipDocument {
  return { partnershipId: 1, title, fileName: `${title}.pdf`, documentType: 'begroting', year, isPublic };
}

function input(overrides: Partial<HandoverDossierInput> = {}): HandoverDossierInput {
  return {
    partnerships: [partnership(1, 'GBTwente')],
    isComplete: false,
    municipalities: [
      { id: 1, etag: '"1"', name: 'Hof van Twente', region: 'Twente' },
      { id: 2, etag: '"1"', name: 'Enschede', region: 'Twente' },
    ],
    financialFigures: [],
    meetingBodies: [body('Algemeen Bestuur – AB', 'AB', true), body('Vertrouwelijk portefeuillehoudersoverleg', 'PHO', false), body('Ander orgaan', 'AB', true, 2)],
    documents: [document('Begroting 2027', true, 2027), document('Vertrouwelijke DB-notitie', false, 2026)],
    processMoments: [],
    actions: [],
    influenceCases: [],
    wgrDeadlines: [],
    audience: 'raad',
    asOf: AS_OF,
    ...overrides,
  };
}

describe('buildHandoverDossier: audience', () => {
  it('keeps niet-openbare bodies and documents out of the raad version', () => {
    const [section] = buildHandoverDossier(input()).sections;
    expect(section.bodies.map((shown) => shown.name)).toEqual(['Algemeen Bestuur – AB']);
    expect(section.bodiesLeftOut).toBe(1);
    expect(section.documents.map((shown) => shown.title)).toEqual(['Begroting 2027']);
  });

  it('shows every body and document the reader may see in the ambtelijke version', () => {
    const [section] = buildHandoverDossier(input({ audience: 'ambtelijk' })).sections;
    expect(section.bodies.map((shown) => `${shown.name} ${shown.isPublic ? 'openbaar' : 'niet openbaar'}`)).toEqual([
      'Algemeen Bestuur – AB openbaar',
      'Vertrouwelijk portefeuillehoudersoverleg (PHO) niet openbaar',
    ]);
    expect(section.bodiesLeftOut).toBe(0);
    expect(section.documents.map((shown) => shown.title)).toEqual(['Begroting 2027', 'Vertrouwelijke DB-notitie']);
  });

  it('keeps niet-openbare influence moments out of the raad version only', () => {
    const moments = [moment('Openbaar moment', '2027-01-10'), moment('Vertrouwelijk moment', '2027-01-11', { isPublic: false })];
    expect(upcomingInfluenceMoments(moments, [], [], 'raad', AS_OF).map((shown) => shown.subject)).toEqual(['Openbaar moment']);
    expect(upcomingInfluenceMoments(moments, [], [], 'ambtelijk', AS_OF).map((shown) => shown.subject)).toEqual(['Openbaar moment', 'Vertrouwelijk moment']);
  });

  it('lists members by name and description, never their e-mail addresses', () => {
    const [section] = buildHandoverDossier(input()).sections;
    expect(section.bodies[0].members).toBe('Per gemeente één lid van het college. Leden: Wim Smit');
    expect(JSON.stringify(section)).not.toContain('@');
  });
});

describe('upcomingInfluenceMoments', () => {
  it('merges timeline moments, Wgr deadlines and open zienswijze cases from the peildatum on, by date', () => {
    const moments = upcomingInfluenceMoments(
      [moment('Zienswijze begrotingswijziging 2027', '2027-02-25'), moment('Voorbij', '2026-11-25'), moment('Informatiemoment', '2027-01-05', { kind: 'informatie' })],
      [deadline('Zienswijze raden op ontwerpbegroting 2028', '2027-06-24', 2028), deadline('Ontwerpbegroting naar de raden', '2027-04-01', 2028, 'informatie')],
      [influenceCase('Ontwerpbegroting 2028', '2027-06-20'), influenceCase('Al vastgesteld', '2027-01-20', '2026-11-20'), influenceCase('Zonder datum', undefined)],
      'raad',
      AS_OF,
    );
    expect(moments.map((shown) => `${shown.date} ${shown.source} ${shown.subject}`)).toEqual([
      '2027-02-25 procesmoment Zienswijze begrotingswijziging 2027',
      '2027-06-20 zienswijzetraject Zienswijze van de raad: Ontwerpbegroting 2028',
      '2027-06-24 wgr Zienswijze raden op ontwerpbegroting 2028',
    ]);
    expect(moments[2].article).toBe('Wgr art. 35(1)');
  });

  it('includes a moment on the peildatum itself', () => {
    expect(upcomingInfluenceMoments([moment('Vandaag', '2026-11-26')], [], [], 'raad', AS_OF)).toHaveLength(1);
  });

  it('shows a Wgr deadline once when the calendar already synced it onto the timeline', () => {
    const synced = moment('Zienswijze raden op ontwerpbegroting 2028', '2027-06-24', { source: 'wgr', budgetYear: 2028 });
    const moments = upcomingInfluenceMoments([synced], [deadline('Zienswijze raden op ontwerpbegroting 2028', '2027-06-24', 2028)], [], 'raad', AS_OF);
    // The synced moment is the one shown; it takes the article from the calendar's deadline.
    expect(moments).toEqual([{ date: '2027-06-24', isDeadline: true, subject: 'Zienswijze raden op ontwerpbegroting 2028', source: 'wgr', article: 'Wgr art. 35(1)' }]);
  });
});

describe('figureRows', () => {
  it('gives the last three years up to the peildatum, begroting before realisatie, and an empty row for a year without figures', () => {
    const { years, rows } = figureRows([figure(2026, 'realisatie', 1_100_000), figure(2026, 'begroting', 1_215_000), figure(2025, 'realisatie', 1_180_000), figure(2023, 'begroting', 1)], AS_OF);
    expect(years).toEqual([2024, 2025, 2026]);
    expect(rows.map((row) => `${row.year} ${row.kind ?? '-'} ${row.contribution ?? '-'}`)).toEqual(['2024 - -', '2025 realisatie 1180000', '2026 begroting 1215000', '2026 realisatie 1100000']);
  });
});

describe('buildHandoverDossier: sections', () => {
  it('describes the role of the municipality, the participants by name and the open actions in number order', () => {
    const model = buildHandoverDossier(
      input({ actions: [action('10', 'open', '2027-03-01'), action('2', 'lopend', '2026-10-01'), action('3', 'afgerond', '2026-01-01'), action('4', 'open', undefined, 2)] }),
    );
    const [section] = model.sections;
    expect(section).toMatchObject({ isVerbondenPartij: true, portfolioHolder: 'Wim Smit', accountHolder: 'Anne de Vries', participants: ['Enschede', 'Hof van Twente'], legalFormLabel: 'GR - openbaar lichaam' });
    expect(section.openActions).toEqual([
      { number: '2', description: 'Actie 2', owner: 'Bram Jansen', plannedDate: '2026-10-01', overdue: true },
      { number: '10', description: 'Actie 10', owner: 'Bram Jansen', plannedDate: '2027-03-01', overdue: false },
    ]);
    expect(model.title).toBe('Overdrachtsdossier GBTwente');
  });

  it('makes one section per partnership in name order for the whole register', () => {
    const model = buildHandoverDossier(input({ partnerships: [partnership(2, 'Regio Twente'), partnership(1, 'GBTwente', { hasFinancialInterest: false })], isComplete: true }));
    expect(model.sections.map((section) => section.name)).toEqual(['GBTwente', 'Regio Twente']);
    expect(model.sections[0].isVerbondenPartij).toBe(false);
    expect(model.sections[1].bodies.map((shown) => shown.name)).toEqual(['Ander orgaan (AB)']);
    expect(handoverDossierFileName(model)).toBe('Overdrachtsdossier alle samenwerkingsverbanden (raad) 2026-11-26.docx');
  });

  it('does not change its input', () => {
    const partnerships = [partnership(2, 'Regio Twente'), partnership(1, 'GBTwente')];
    const frozen = input({ partnerships, isComplete: true });
    buildHandoverDossier(frozen);
    expect(frozen.partnerships.map((shown) => shown.name)).toEqual(['Regio Twente', 'GBTwente']);
  });
});
