import {
  councilZienswijzenSideBySide,
  influenceCaseSteps,
  sortInfluenceCases,
  validateInfluenceCase,
  validateParticipantZienswijze,
  validateStepInput,
  type InfluenceCase,
} from '../../../../src/domain/councilInfluence';
import { parseCalendarDate } from '../../../../src/domain/time';

const d = parseCalendarDate;

const ontwerpbegroting: InfluenceCase = {
  partnershipId: 1,
  subject: 'Ontwerpbegroting 2028',
  kind: 'ontwerpbegroting',
  budgetYear: 2028,
  receivedDate: d('2027-04-01'),
  responseDeadline: d('2027-06-24'),
  abDecisionMeetingDate: d('2027-07-01'),
  collegeProposalPoints: ['Instemmen met de begroting'],
  councilZienswijzeSummary: '',
  abMemberPosition: '',
  abDecision: '',
  grAnswerSummary: '',
};

const complete: InfluenceCase = {
  ...ontwerpbegroting,
  coverNoteDate: d('2027-04-10'),
  councilPosition: 'met-opmerkingen',
  councilAdoptedDate: d('2027-06-22'),
  councilZienswijzeSummary: 'Instemmen, met zorg over de loonkosten.',
  abMemberPosition: 'Zienswijze ingebracht.',
  abMemberPositionDate: d('2027-07-01'),
  abDecision: 'Begroting vastgesteld.',
  abDecisionDate: d('2027-07-01'),
  grAnswerDate: d('2027-07-12'),
  grAnswerSummary: 'Loonkosten worden in de eerste rapportage toegelicht.',
};

describe('influenceCaseSteps', () => {
  it('marks the first open step as due and later steps as not yet due, with the expected dates', () => {
    const overview = influenceCaseSteps(ontwerpbegroting, d('2027-04-05'));
    expect(overview.steps.map((step) => `${step.step}:${step.state}:${step.expectedBy ?? '-'}`)).toEqual([
      'ontvangen:gedaan:2027-04-01',
      'raadsoplegger:aan-de-beurt:2027-04-15',
      'zienswijze-raad:nog-niet:2027-06-24',
      'standpunt-ab-lid:nog-niet:2027-07-01',
      'besluit-ab:nog-niet:2027-07-01',
      'antwoord-gr:nog-niet:2027-07-15',
    ]);
    expect(overview.progress).toBe('open');
    expect(overview.nextStep?.step).toBe('raadsoplegger');
    expect(overview.steps[2].sentence).toBe('Zienswijze raad ontbreekt; uiterlijk 24 juni 2027');
  });

  it('says which steps are overdue after their date has passed', () => {
    const overview = influenceCaseSteps({ ...ontwerpbegroting, coverNoteDate: d('2027-04-10') }, d('2027-06-25'));
    const council = overview.steps[2];
    expect(council.state).toBe('te-laat');
    expect(council.sentence).toBe('Zienswijze raad ontbreekt; uiterlijk 24 juni 2027, dat is verstreken');
    expect(overview.steps[1].sentence).toBe('Raadsoplegger naar de raad op 10 april 2027');
    expect(overview.steps[3].state).toBe('nog-niet');
    expect(overview.progress).toBe('te-laat');
    expect(overview.overdueCount).toBe(1);
  });

  it('expects the GR answer two weeks after the actual AB decision, citing the Wgr', () => {
    const decided = { ...complete, grAnswerDate: undefined, grAnswerSummary: '', abDecisionDate: d('2027-07-05') };
    const answer = influenceCaseSteps(decided, d('2027-07-20')).steps[5];
    expect(answer.expectedBy).toBe('2027-07-19');
    expect(answer.state).toBe('te-laat');
    expect(answer.rule).toContain('Wgr art. 35 lid 4 en art. 10 lid 6');
  });

  it('derives the council deadline from the law when the GR named none', () => {
    const regulation: InfluenceCase = { ...ontwerpbegroting, kind: 'ontwerp-regeling', budgetYear: undefined, responseDeadline: undefined, abDecisionMeetingDate: undefined };
    const council = influenceCaseSteps(regulation, d('2027-04-02')).steps[2];
    expect(council.expectedBy).toBe('2027-05-27');
    expect(council.rule).toContain('Wgr art. 1 lid 3');
    const unknownAb = influenceCaseSteps(regulation, d('2027-04-02')).steps[3];
    expect(unknownAb.expectedBy).toBeUndefined();
    expect(unknownAb.sentence).toBe('Standpunt AB-lid ontbreekt; de AB-vergadering die besluit is nog niet bekend');
  });

  it('calls a case with every step recorded finished, and sorts overdue cases first', () => {
    expect(influenceCaseSteps(complete, d('2027-08-01')).progress).toBe('afgerond');
    const late = { ...ontwerpbegroting, subject: 'Laat' };
    const open = { ...ontwerpbegroting, subject: 'Open', receivedDate: d('2027-07-20'), responseDeadline: d('2027-10-01'), abDecisionMeetingDate: d('2027-11-01') };
    expect(sortInfluenceCases([complete, open, late], d('2027-07-25')).map((item) => item.subject)).toEqual(['Laat', 'Open', 'Ontwerpbegroting 2028']);
  });

  it('does not change the case it is given', () => {
    const frozen = Object.freeze({ ...ontwerpbegroting });
    influenceCaseSteps(frozen, d('2027-06-25'));
    expect(frozen).toEqual(ontwerpbegroting);
  });
});

describe('validateInfluenceCase', () => {
  it('accepts a complete case', () => {
    expect(validateInfluenceCase(complete, d('2027-08-01')).ok).toBe(true);
  });

  it('requires the budget year for an ontwerpbegroting but not for a draft regeling', () => {
    const result = validateInfluenceCase({ ...ontwerpbegroting, budgetYear: undefined });
    expect(result.ok ? {} : result.errors).toEqual({ budgetYear: 'Vul het begrotingsjaar in: een (ontwerp)begroting of begrotingswijziging hoort bij een begrotingsjaar.' });
    expect(validateInfluenceCase({ ...ontwerpbegroting, kind: 'ontwerp-regeling', budgetYear: undefined }).ok).toBe(true);
  });

  it('keeps dates in the order of the steps', () => {
    const result = validateInfluenceCase({ ...complete, councilAdoptedDate: d('2027-03-01'), grAnswerDate: d('2027-06-30') });
    expect(result.ok ? {} : result.errors).toEqual({
      councilAdoptedDate: 'De zienswijze kan niet vóór de ontvangst van het document zijn vastgesteld (1 april 2027).',
      grAnswerDate: 'Het antwoord van de GR ligt vóór het besluit van het AB (1 juli 2027).',
    });
  });

  it('names each field that is wrong, in Dutch', () => {
    const result = validateInfluenceCase({ ...ontwerpbegroting, subject: ' ', receivedDate: '2027-02-30', documentUrl: 'geen url', kind: 'x' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(errors.subject).toMatch(/onderwerp/);
    expect(errors.receivedDate).toBe('Vul de datum van ontvangst in als dd-mm-jjjj: dit is geen bestaande datum (2027-02-30).');
    expect(errors.documentUrl).toBe('Dit is geen geldig webadres: geen url');
    expect(errors.kind).toMatch(/Kies de soort/);
  });
});

describe('validateStepInput', () => {
  it('returns only the changes of the step, clearing emptied dates', () => {
    const result = validateStepInput('raadsoplegger', { coverNoteDate: '2027-04-10' }, ontwerpbegroting, d('2027-04-12'));
    expect(result).toEqual({ ok: true, value: { coverNoteDate: '2027-04-10' } });
    expect(validateStepInput('raadsoplegger', { coverNoteDate: '' }, complete, d('2027-08-01'))).toEqual({ ok: true, value: { coverNoteDate: undefined } });
  });

  it('asks for the position, summary and date of the council zienswijze together', () => {
    const result = validateStepInput('zienswijze-raad', { councilPosition: 'bezwaren', councilAdoptedDate: '', councilZienswijzeSummary: '' }, ontwerpbegroting, d('2027-06-01'));
    expect(result.ok ? {} : result.errors).toEqual({ councilAdoptedDate: 'Vul de datum in waarop de raad de zienswijze vaststelde.' });
    const noSummary = validateStepInput('zienswijze-raad', { councilPosition: 'bezwaren', councilAdoptedDate: '2027-05-25', councilZienswijzeSummary: '' }, ontwerpbegroting, d('2027-06-01'));
    expect(noSummary.ok ? {} : noSummary.errors).toEqual({ councilZienswijzeSummary: 'Vat de zienswijze van de raad samen.' });
    expect(validateStepInput('zienswijze-raad', { councilPosition: 'geen-zienswijze', councilAdoptedDate: '2027-05-25', councilZienswijzeSummary: '' }, ontwerpbegroting, d('2027-06-01')).ok).toBe(true);
  });

  it('refuses a step recorded in the future and a GR answer without its reasoning', () => {
    const future = validateStepInput('besluit-ab', { abDecision: 'Vastgesteld', abDecisionDate: '2027-07-01' }, ontwerpbegroting, d('2027-06-01'));
    expect(future.ok ? {} : future.errors).toEqual({ abDecisionDate: 'Deze datum ligt in de toekomst (1 juli 2027): leg een stap vast als hij gedaan is.' });
    const answer = validateStepInput('antwoord-gr', { grAnswerDate: '2027-07-12', grAnswerSummary: '', grAnswerUrl: '' }, { ...complete, grAnswerDate: undefined, grAnswerSummary: '' }, d('2027-08-01'));
    expect(answer.ok ? {} : answer.errors).toEqual({ grAnswerSummary: 'Vat het antwoord van de GR samen: hoe is met de zienswijzen omgegaan?' });
  });

  it('does not report flaws outside the step', () => {
    const flawed = { ...ontwerpbegroting, budgetYear: undefined };
    expect(validateStepInput('raadsoplegger', { coverNoteDate: '2027-04-10' }, flawed, d('2027-04-12')).ok).toBe(true);
  });
});

describe('participant zienswijzen', () => {
  const context = { influenceCase: ontwerpbegroting, participantIds: [1, 2, 3], ownMunicipalityId: 1, existing: [{ id: 7, municipalityId: 2 }], today: d('2027-08-01') };

  it('accepts a participant council once, not the own council or a non-participant', () => {
    const base = { caseId: 5, summary: 'Instemmend.', position: 'instemmend', adoptedDate: '2027-06-20' };
    expect(validateParticipantZienswijze({ ...base, municipalityId: 3 }, context).ok).toBe(true);
    const errorOf = (municipalityId: number, editingId?: number): string | undefined => {
      const result = validateParticipantZienswijze({ ...base, municipalityId }, { ...context, editingId });
      return result.ok ? undefined : result.errors.municipalityId;
    };
    expect(errorOf(1)).toMatch(/eigen gemeente/);
    expect(errorOf(9)).toBe('Deze gemeente neemt niet deel aan de regeling.');
    expect(errorOf(2)).toBe('Voor deze gemeente is al een zienswijze vastgelegd; bewerk die.');
    expect(errorOf(2, 7)).toBeUndefined();
    const early = validateParticipantZienswijze({ ...base, municipalityId: 3, adoptedDate: '2027-03-01' }, context);
    expect(early.ok ? {} : early.errors).toEqual({ adoptedDate: 'De zienswijze kan niet vóór de ontvangst van het document zijn vastgesteld (1 april 2027).' });
  });

  it('shows the own council first and every other participant, "onbekend" where nothing is recorded', () => {
    const names = new Map([
      [1, 'Hof van Twente'],
      [2, 'Enschede'],
      [3, 'Almelo'],
      [4, 'Borne'],
    ]);
    const rows = councilZienswijzenSideBySide({
      influenceCase: complete,
      participantIds: [1, 2, 3],
      municipalityNames: names,
      ownMunicipalityId: 1,
      participantZienswijzen: [
        { caseId: 5, municipalityId: 2, summary: 'Bezwaar tegen de stijging.', position: 'bezwaren', adoptedDate: d('2027-06-15') },
        { caseId: 5, municipalityId: 4, summary: 'Instemmend.', position: 'instemmend' },
      ],
    });
    expect(rows.map((row) => `${row.municipalityName}|${row.isOwnCouncil}|${row.known}|${row.position ?? 'onbekend'}|${row.isParticipant}`)).toEqual([
      'Hof van Twente|true|true|met-opmerkingen|true',
      'Almelo|false|false|onbekend|true',
      'Borne|false|true|instemmend|false',
      'Enschede|false|true|bezwaren|true',
    ]);
    expect(rows[0].summary).toBe('Instemmen, met zorg over de loonkosten.');
    expect(rows[3].participantZienswijze?.summary).toBe('Bezwaar tegen de stijging.');
  });

  it('shows an unrecorded own council as unknown and lists all participants without an own municipality', () => {
    const rows = councilZienswijzenSideBySide({ influenceCase: ontwerpbegroting, participantIds: [2, 3], municipalityNames: new Map(), participantZienswijzen: [] });
    expect(rows.map((row) => `${row.municipalityName}|${row.known}`)).toEqual(['Eigen raad|false', 'Gemeente 2|false', 'Gemeente 3|false']);
  });
});
