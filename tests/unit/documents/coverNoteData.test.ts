import { buildCoverNote, coverNoteFileName, financialShareOf, legalBasisOf, type CoverNoteInput } from '../../../src/documents/coverNoteData';
import type { InfluenceCase } from '../../../src/domain/councilInfluence/models';
import type { FinancialFigures, Stored } from '../../../src/domain/models';
import { parseCalendarDate } from '../../../src/domain/time';
import type { CouncilCalendarEntry } from '../../../src/domain/wgr/types';

const date = parseCalendarDate;

function figure(year: number, contribution: number | undefined, kind: FinancialFigures['kind'] = 'begroting'): FinancialFigures {
  return { partnershipId: 1, year, kind, contribution, explanation: '' };
}

function influenceCase(overrides: Partial<InfluenceCase> = {}): Stored<InfluenceCase> {
  return {
    id: 7,
    etag: '"1"',
    partnershipId: 1,
    subject: 'Ontwerpbegroting 2028 Veiligheidsregio Twente',
    kind: 'ontwerpbegroting',
    budgetYear: 2028,
    receivedDate: date('2027-03-01'),
    responseDeadline: date('2027-06-24'),
    collegeProposalPoints: ['Instemmen met de ontwerpbegroting.', '  ', 'Vragen om een lagere indexatie.'],
    councilZienswijzeSummary: '',
    abMemberPosition: '',
    abDecision: '',
    grAnswerSummary: '',
    ...overrides,
  };
}

function council(day: string, kind: CouncilCalendarEntry['kind'] = 'raadsvergadering', endDate?: string): CouncilCalendarEntry {
  return { municipalityId: 8, kind, title: `${kind} ${day}`, date: date(day), endDate: endDate === undefined ? undefined : date(endDate), isDemo: true };
}

const CALENDAR: readonly CouncilCalendarEntry[] = [
  council('2027-04-13'),
  council('2027-05-25'),
  council('2027-06-29'),
  council('2027-05-11', 'commissievergadering'),
  council('2027-06-15', 'commissievergadering'),
];

function input(overrides: Partial<CoverNoteInput> = {}): CoverNoteInput {
  return {
    influenceCase: influenceCase(),
    partnership: { name: 'Veiligheidsregio Twente' },
    financialFigures: [figure(2027, 2_350_000), figure(2028, 2_467_500)],
    ownMunicipalityName: 'Hof van Twente',
    ownMunicipality: { name: 'Hof van Twente', collegeLeadWeeks: 2 },
    councilCalendar: CALENDAR,
    asOf: date('2027-03-10'),
    ...overrides,
  };
}

describe('financialShareOf', () => {
  it('gives the begroting contribution, the change from last year and its percentage', () => {
    const share = financialShareOf([figure(2027, 2_350_000), figure(2028, 2_467_500), figure(2027, 9_999_999, 'realisatie')], 2028);
    expect(share).toMatchObject({ year: 2028, amount: 2_467_500, previousAmount: 2_350_000, change: 117_500, changePercentage: 5 });
    expect(share.sentences).toEqual([
      'De bijdrage van de gemeente volgens de begroting 2028 is € 2.467.500.',
      'Volgens de begroting 2027 was de bijdrage € 2.350.000: een stijging van € 117.500 (+5%).',
    ]);
  });

  it('writes a decrease with a Dutch decimal comma', () => {
    const share = financialShareOf([figure(2026, 1_215_000), figure(2027, 1_170_000)], 2027);
    expect(share.changePercentage).toBe(-3.7);
    expect(share.sentences[1]).toBe('Volgens de begroting 2026 was de bijdrage € 1.215.000: een daling van € 45.000 (-3,7%).');
  });

  it('says plainly when last year is missing, without inventing a change', () => {
    const share = financialShareOf([figure(2028, 2_467_500)], 2028);
    expect(share.change).toBeUndefined();
    expect(share.changePercentage).toBeUndefined();
    expect(share.sentences[1]).toBe('De bijdrage volgens de begroting 2027 staat niet in het register; de verandering ten opzichte van vorig jaar is niet te berekenen.');
  });

  it('says plainly when this year is missing, and names last year when it is known', () => {
    expect(financialShareOf([figure(2027, 2_350_000)], 2028).sentences).toEqual([
      'De bijdrage van de gemeente volgens de begroting 2028 staat (nog) niet in het register.',
      'Volgens de begroting 2027 was de bijdrage € 2.350.000; de verandering is niet te berekenen.',
    ]);
    expect(financialShareOf([], 2028).sentences[1]).toBe('Ook de bijdrage volgens de begroting 2027 ontbreekt; de verandering is niet te berekenen.');
  });

  it('gives the change but no percentage when last year was zero', () => {
    const share = financialShareOf([figure(2027, 0), figure(2028, 40_000)], 2028);
    expect(share).toMatchObject({ amount: 40_000, previousAmount: 0, change: 40_000 });
    expect(share.changePercentage).toBeUndefined();
    expect(share.sentences[1]).toBe('Volgens de begroting 2027 was de bijdrage € 0: een stijging van € 40.000; een percentage is niet te berekenen.');
  });

  it('ignores a realisatie and a begroting without a contribution', () => {
    const share = financialShareOf([figure(2027, 500_000, 'realisatie'), figure(2027, undefined), figure(2028, 600_000)], 2028);
    expect(share.previousAmount).toBeUndefined();
  });
});

describe('legalBasisOf', () => {
  it('names the Wgr article for each kind of document', () => {
    expect(legalBasisOf('ontwerpbegroting').article).toBe('Wgr art. 35 lid 1');
    expect(legalBasisOf('begrotingswijziging').article).toBe('Wgr art. 35 lid 6');
    expect(legalBasisOf('ontwerp-regeling').article).toBe('Wgr art. 1 lid 2-3');
    expect(legalBasisOf('besluit-art-10-5').article).toBe('Wgr art. 10 lid 5');
    expect(legalBasisOf('ontwerp-regeling').sentence).toContain('binnen acht weken');
  });
});

describe('buildCoverNote', () => {
  it('plans the route back from the deadline through the own council calendar', () => {
    const model = buildCoverNote(input());
    // Deadline 24 June: the council of 29 June is too late, so 25 May; its committee 11 May; the college two weeks
    // before, 27 April, is Koningsdag, so the working day before.
    expect(model.route).toEqual({
      kind: 'planned',
      municipalityName: 'Hof van Twente',
      route: expect.objectContaining({ councilMeeting: '2027-05-25', committeeMeeting: '2027-05-11', collegeDeadline: '2027-04-26' }),
    });
    expect(model.deadlineSentence).toBe('De zienswijze moet uiterlijk 24 juni 2027 bij het dagelijks bestuur zijn (nog 106 dagen, gerekend vanaf 10 maart 2027).');
    expect(model.kindLabel).toBe('Ontwerpbegroting');
    expect(model.financialShare.change).toBe(117_500);
  });

  it('keeps only the college points that say something', () => {
    expect(buildCoverNote(input()).collegeProposalPoints).toEqual(['Instemmen met de ontwerpbegroting.', 'Vragen om een lagere indexatie.']);
  });

  it('says why there is no route without an own municipality, an unknown one, or no deadline', () => {
    const noName = buildCoverNote(input({ ownMunicipalityName: undefined, ownMunicipality: undefined, councilCalendar: [] }));
    expect(noName.route).toEqual({ kind: 'unavailable', reason: expect.stringContaining('geen eigen gemeente opgegeven') });
    const unknown = buildCoverNote(input({ ownMunicipalityName: 'Atlantis', ownMunicipality: undefined, councilCalendar: [] }));
    expect(unknown.route).toEqual({ kind: 'unavailable', reason: 'De gemeente Atlantis staat niet in het register; de route langs commissie en raad is niet te bepalen.' });
    const noDeadline = buildCoverNote(input({ influenceCase: influenceCase({ responseDeadline: undefined }) }));
    expect(noDeadline.route.kind).toBe('unavailable');
    expect(noDeadline.deadlineSentence).toContain('geen uiterste datum');
  });

  it('passes on the schedule module’s reason when no council meeting is in time', () => {
    const model = buildCoverNote(input({ influenceCase: influenceCase({ responseDeadline: date('2027-04-01') }) }));
    expect(model.route).toEqual({ kind: 'unavailable', reason: expect.stringContaining('Er is geen raadsvergadering (buiten het zomerreces) op of vóór 1 april 2027') });
  });

  it('counts a passed deadline as passed', () => {
    expect(buildCoverNote(input({ asOf: date('2027-06-27') })).deadlineSentence).toContain('de termijn is 3 dagen verstreken');
  });

  it('takes the year the document came in for the share when the case has no budget year', () => {
    const model = buildCoverNote(input({ influenceCase: influenceCase({ kind: 'ontwerp-regeling', budgetYear: undefined, receivedDate: date('2027-02-01') }) }));
    expect(model.financialShare).toMatchObject({ year: 2027, amount: 2_350_000 });
    expect(model.legalBasis.article).toBe('Wgr art. 1 lid 2-3');
  });

  it('names the file after the subject, without characters SharePoint refuses', () => {
    expect(coverNoteFileName({ subject: 'Wijziging GR: art. 5/6 "bijdrage"' })).toBe('Raadsoplegger Wijziging GR art. 5 6 bijdrage.docx');
  });
});
