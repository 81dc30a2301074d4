import type { ImprovementAction, PersonRef } from '../../../../src/domain/models';
import {
  actionsOwnedBy,
  buildStatusReport,
  budgetDeviation,
  budgetOverview,
  evaluationSchedule,
  isActionOverdue,
  sortActions,
  validateBudgetProgress,
  validateEvaluation,
  type BudgetProgress,
  type PartnershipEvaluation,
} from '../../../../src/domain/steering';
import { parseCalendarDate as day, parseZonedDateTime } from '../../../../src/domain/time';
import type { FinancialFigures } from '../../../../src/domain/models';

const ANNE: PersonRef = { userId: 11, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' };
const BRAM: PersonRef = { userId: 12, displayName: 'Bram Jansen', email: 'b.jansen@hofvantwente.example' };
const TODAY = day('2026-11-26');

function action(number: string, changes: Partial<ImprovementAction> = {}): ImprovementAction {
  return { number, plan: 'Verbeterplan deel 2', recommendation: `Aanbeveling ${number}`, response: 'overgenomen', responseExplanation: '', action: '', status: 'open', ...changes };
}

describe('improvement actions', () => {
  it('is overdue only when unfinished and planned before today', () => {
    expect(isActionOverdue(action('1', { plannedDate: day('2026-11-25') }), TODAY)).toBe(true);
    expect(isActionOverdue(action('1', { plannedDate: day('2026-11-26') }), TODAY)).toBe(false);
    expect(isActionOverdue(action('1', { plannedDate: day('2026-11-25'), status: 'afgerond' }), TODAY)).toBe(false);
    expect(isActionOverdue(action('1'), TODAY)).toBe(false);
  });

  it('sorts numbers the way people count, without changing the input', () => {
    const input = [action('10'), action('2'), action('1')];
    expect(sortActions(input).map((item) => item.number)).toEqual(['1', '2', '10']);
    expect(input.map((item) => item.number)).toEqual(['10', '2', '1']);
  });

  it('gives an owner their own open actions, overdue first, matching by user id or else by e-mail', () => {
    const actions = [
      action('1', { owner: ANNE, plannedDate: day('2027-01-01') }),
      action('2', { owner: { displayName: 'Anne', email: 'A.DEVRIES@hofvantwente.example' }, plannedDate: day('2026-01-01') }),
      action('3', { owner: BRAM, plannedDate: day('2026-01-01') }),
      action('4', { owner: ANNE, status: 'afgerond' }),
      action('5', { owner: ANNE }),
    ];
    expect(actionsOwnedBy(actions, ANNE, TODAY).map((item) => item.number)).toEqual(['2', '1', '5']);
    expect(actionsOwnedBy(actions, ANNE, TODAY, true).map((item) => item.number)).toContain('4');
  });
});

describe('evaluationSchedule', () => {
  const evaluation = (date: string, changes: Partial<PartnershipEvaluation> = {}) => ({ date: day(date), status: 'afgerond' as const, isClauseEvaluation: false, ...changes });

  it('asks for an evaluation a year after the last finished one (seed 002)', () => {
    const schedule = evaluationSchedule({}, [evaluation('2025-10-15'), evaluation('2026-03-01', { status: 'concept' })], TODAY);
    expect(schedule).toEqual({ lastEvaluation: '2025-10-15', nextDue: '2026-10-15', overdue: true, clause: undefined });
    expect(evaluationSchedule({}, [evaluation('2026-01-10')], TODAY)).toMatchObject({ nextDue: '2027-01-10', overdue: false });
  });

  it('is overdue when the partnership was never evaluated', () => {
    expect(evaluationSchedule({}, [], TODAY)).toEqual({ lastEvaluation: undefined, nextDue: undefined, overdue: true, clause: undefined });
  });

  it('lets the GR evaluation clause (Wgr art. 11a) set an earlier date and says it is due', () => {
    const schedule = evaluationSchedule({ evaluationPeriodYears: 4 }, [evaluation('2022-09-01', { isClauseEvaluation: true }), evaluation('2026-10-01')], TODAY);
    expect(schedule.clause).toEqual({ periodYears: 4, lastClauseEvaluation: '2022-09-01', dueOn: '2026-09-01', isDue: true });
    expect(schedule.nextDue).toBe('2026-09-01');
    expect(schedule.overdue).toBe(true);
    const notYet = evaluationSchedule({ evaluationPeriodYears: 4 }, [evaluation('2025-06-01', { isClauseEvaluation: true }), evaluation('2026-10-01')], TODAY);
    expect(notYet.clause).toMatchObject({ dueOn: '2029-06-01', isDue: false });
    expect(notYet.nextDue).toBe('2027-10-01');
  });

  it('ignores evaluations after the as-of date, so a past date gives the schedule as it was', () => {
    const evaluations = [evaluation('2024-10-01'), evaluation('2025-10-01')];
    expect(evaluationSchedule({}, evaluations, day('2025-06-30'))).toMatchObject({ lastEvaluation: '2024-10-01', nextDue: '2025-10-01', overdue: false });
  });
});

describe('budget progress', () => {
  const figures: FinancialFigures[] = [
    { partnershipId: 1, year: 2026, kind: 'begroting', contribution: 1_200_000, explanation: '' },
    { partnershipId: 2, year: 2026, kind: 'begroting', contribution: 500_000, explanation: '' },
    { partnershipId: 3, year: 2025, kind: 'begroting', contribution: 100_000, explanation: '' },
    { partnershipId: 3, year: 2025, kind: 'realisatie', contribution: 90_000, explanation: 'Lagere kosten' },
  ];
  const progress: BudgetProgress[] = [
    { partnershipId: 1, year: 2026, asOfDate: day('2026-06-30'), kind: 'prognose', expectedContribution: 1_230_000, explanation: 'Q2' },
    { partnershipId: 1, year: 2026, asOfDate: day('2026-09-30'), kind: 'prognose', expectedContribution: 1_260_000, explanation: 'Q3' },
    { partnershipId: 2, year: 2026, asOfDate: day('2026-09-30'), kind: 'prognose', expectedContribution: 420_000, explanation: 'Minder' },
  ];

  it('compares the begroting with the latest forecast up to the as-of date', () => {
    expect(budgetDeviation(1, 2026, figures, progress, TODAY)).toMatchObject({
      budgeted: 1_200_000, expected: 1_260_000, basis: 'prognose', expectedAsOf: '2026-09-30', deviation: 60_000, deviationPercentage: 5, explanation: 'Q3',
    });
    expect(budgetDeviation(1, 2026, figures, progress, day('2026-07-01'))).toMatchObject({ expected: 1_230_000, deviation: 30_000, deviationPercentage: 2.5 });
  });

  it('falls back on the year’s realised figures once the year is over, and leaves the deviation out when a side is missing', () => {
    expect(budgetDeviation(3, 2025, figures, progress, TODAY)).toMatchObject({ basis: 'jaarrekening', deviation: -10_000, deviationPercentage: -10 });
    expect(budgetDeviation(3, 2025, figures, progress, day('2025-11-01'))).toMatchObject({ basis: 'geen', deviation: undefined });
    expect(budgetDeviation(9, 2026, figures, progress, TODAY)).toMatchObject({ budgeted: undefined, deviation: undefined, deviationPercentage: undefined });
  });

  it('sorts the overview by the size of the deviation, either direction, unknown last', () => {
    expect(budgetOverview([9, 1, 2], 2026, figures, progress, TODAY).map((row) => row.partnershipId)).toEqual([2, 1, 9]);
  });
});

describe('steering validation (Dutch messages, input untouched)', () => {
  const evaluation: PartnershipEvaluation = {
    partnershipId: 1, title: 'Evaluatie 2026', date: day('2026-10-01'), status: 'afgerond',
    answers: [{ question: 'taken', answer: 'Goed' }], outcome: 'naar-tevredenheid', outcomeSummary: '', isClauseEvaluation: false, followUpActionIds: [],
  };

  it('asks for every answer and the outcome before an evaluation is finished, not for a concept', () => {
    const result = validateEvaluation(evaluation);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['answers.relatie']).toBe('Beantwoord deze vraag voordat u de evaluatie afrondt.');
    expect(result.errors['answers.taken']).toBeUndefined();
    expect(result.errors.outcomeSummary).toBe('Licht de uitkomst toe voordat u de evaluatie afrondt.');
    expect(validateEvaluation({ ...evaluation, status: 'concept' }).ok).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    const result = validateEvaluation({ ...evaluation, status: 'concept', date: '2026-02-30' });
    expect(result.ok ? {} : result.errors).toEqual({ date: 'Vul de datum van de evaluatie in als jjjj-mm-dd: dit is geen bestaande datum (2026-02-30).' });
  });

  it('checks budget progress amounts and the peildatum', () => {
    const entry = { partnershipId: 1, year: 2026, asOfDate: '2025-12-31', kind: 'prognose', expectedContribution: Number.NaN, explanation: '' };
    const result = validateBudgetProgress(entry);
    expect(result.ok ? {} : result.errors).toEqual({ expectedContribution: 'Vul de verwachte bijdrage in euro’s in.', asOfDate: 'De peildatum ligt vóór het begrotingsjaar.' });
    expect(validateBudgetProgress({ ...entry, asOfDate: '2026-09-30', expectedContribution: 1000 }).ok).toBe(true);
  });
});

describe('buildStatusReport', () => {
  const partnership = (id: number, name: string, changes: Record<string, unknown> = {}) =>
    ({
      id, etag: '"1"', name, legalForm: 'gr-openbaar-lichaam', bbvGroup: 'gemeenschappelijke-regelingen', hasAdministrativeInterest: true, hasFinancialInterest: true,
      taskLayers: ['uitvoering'], domain: '', participantIds: [], seat: '', publicInterest: '', risks: 'Kostenstijging',
      importance: { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' },
      lastRefreshed: day('2026-06-01'), status: 'actief', ...changes,
    }) as never;
  const input = {
    partnerships: [partnership(2, 'Veiligheidsregio'), partnership(1, 'Archief', { status: 'beeindigd' }), partnership(3, 'GBTwente')],
    meetingBodies: [{ id: 5, etag: '"1"', partnershipId: 3, name: 'Algemeen bestuur', shortName: 'AB', frequencyText: '', frequencyRuleJson: '' } as never],
    meetings: [{ id: 1, etag: '"1"', bodyId: 5, partnershipId: 3, start: parseZonedDateTime('2026-03-05T14:00:00+01:00'), status: 'gehouden' } as never],
    processMoments: [
      { id: 1, etag: '"1"', partnershipId: 3, subject: 'Zienswijze ontwerpbegroting', date: day('2027-04-15'), kind: 'invloed', source: 'wgr', isDeadline: true } as never,
      { id: 2, etag: '"1"', partnershipId: 3, subject: 'Te ver weg', date: day('2027-06-01'), kind: 'informatie', source: 'handmatig', isDeadline: false } as never,
    ],
    actions: [
      { id: 1, etag: '"1"', ...action('1', { partnershipId: 3, plannedDate: day('2026-10-01') }) },
      { id: 2, etag: '"1"', ...action('A') },
      { id: 3, etag: '"1"', ...action('B', { status: 'afgerond' }) },
    ],
    financialFigures: [{ id: 1, etag: '"1"', partnershipId: 3, year: 2026, kind: 'begroting' as const, contribution: 100_000, explanation: '' }],
    budgetProgress: [{ id: 1, etag: '"1"', partnershipId: 3, year: 2026, asOfDate: day('2026-12-01'), kind: 'prognose' as const, expectedContribution: 120_000, explanation: 'Later' }],
    evaluations: [],
  };

  it('reports every partnership that has not ended, by name, with a summary, as of the given day', () => {
    const report = buildStatusReport(input, TODAY);
    expect(report).toMatchObject({ asOf: '2026-11-26', halfYear: 2, year: 2026, budgetYear: 2026 });
    expect(report.sections.map((section) => section.name)).toEqual(['GBTwente', 'Veiligheidsregio']);
    const gbTwente = report.sections[0];
    // The meetings issue's compliance check: an AB meets at least twice a year (Wgr art. 22); one held, none planned, a month left.
    expect(gbTwente.meetingCompliance).toEqual([expect.objectContaining({ bodyName: 'Algemeen bestuur', state: 'at-risk' })]);
    expect(gbTwente.meetingCompliance[0].reasons.join(' ')).toMatch(/1 van minimaal 2/);
    expect(gbTwente.deadlines.map((deadline) => deadline.subject)).toEqual(['Zienswijze ontwerpbegroting']);
    expect(gbTwente.openActions).toEqual([expect.objectContaining({ number: '1', overdue: true })]);
    // The forecast of 1 December does not exist yet on 26 November.
    expect(gbTwente.budget).toMatchObject({ budgeted: 100_000, expected: undefined, deviation: undefined });
    expect(report.generalActions.map((item) => item.number)).toEqual(['A']);
    expect(report.summary).toMatchObject({ partnershipCount: 2, bodiesViolated: 0, bodiesAtRisk: 1, upcomingDeadlines: 1, openActions: 2, overdueActions: 1, evaluationsOverdue: 2 });
  });

  it('gives the same report for the same data and day, and a later day sees later data', () => {
    expect(buildStatusReport(input, TODAY)).toEqual(buildStatusReport(input, TODAY));
    const later = buildStatusReport(input, day('2026-12-31'));
    expect(later.sections[0].budget).toMatchObject({ expected: 120_000, deviation: 20_000, deviationPercentage: 20 });
    expect(later.summary.largestDeviations.map((entry) => entry.name)).toEqual(['GBTwente']);
  });
});
