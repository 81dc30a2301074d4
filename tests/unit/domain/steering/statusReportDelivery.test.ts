import * as mammoth from 'mammoth';
import { buildStatusReport, type StatusReportInput } from '../../../../src/domain/steering';
import { renderStatusReportDocx } from '../../../../src/documents/statusReportDocx';
import { TODAY, VALID_AGREEMENT, VALID_MEASUREMENT, day, indicator, value } from '../serviceDelivery/fixtures';

/* The delivery of services in the half-yearly MT report (seed 002: "levering van diensten en budgetten"). */

const partnership = (id: number, name: string) =>
  ({
    id, etag: '"1"', name, legalForm: 'gr-openbaar-lichaam', bbvGroup: 'gemeenschappelijke-regelingen', hasAdministrativeInterest: true, hasFinancialInterest: true,
    taskLayers: ['uitvoering'], domain: '', participantIds: [], seat: '', publicInterest: '', risks: '',
    importance: { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' },
    lastRefreshed: day('2026-10-01'), status: 'actief',
  }) as never;

const base: StatusReportInput = {
  partnerships: [partnership(1, 'GBTwente'), partnership(2, 'Crematoria')],
  meetingBodies: [],
  meetings: [],
  processMoments: [],
  actions: [],
  financialFigures: [],
  budgetProgress: [],
  evaluations: [],
};

const withDelivery: StatusReportInput = {
  ...base,
  serviceAgreements: [{ id: 1, etag: '"1"', ...VALID_AGREEMENT, renewalDate: day('2027-01-15') }],
  performanceIndicators: [
    indicator(1, { name: 'Bezwaren', reportingFrom: day('2026-01-01') }),
    indicator(2, { name: 'Aanslagen', target: 98, reportingFrom: day('2026-01-01') }),
    indicator(3, { name: 'Oud', isActive: false, reportingFrom: day('2026-01-01') }),
    indicator(4, { name: 'Nieuw', reportingFrom: day('2026-10-01') }),
  ],
  indicatorValues: [
    value(1, '2026-K1', 96),
    value(1, '2026-K2', 96),
    value(1, '2026-K3', 90),
    value(2, '2026-K1', 99),
    value(2, '2026-K2', 99),
    value(3, '2026-K1', 10),
  ],
  satisfactionMeasurements: [
    { id: 1, etag: '"1"', ...VALID_MEASUREMENT, measuredOn: day('2026-04-01'), score: 6.8 },
    { id: 2, etag: '"1"', ...VALID_MEASUREMENT, measuredOn: day('2026-10-15'), score: 7.4 },
  ],
};

describe('the delivery part of the status report', () => {
  it('is absent for partnerships without agreements, indicators or measurements, and for callers without the lists', () => {
    const report = buildStatusReport(base, TODAY);
    expect(report.sections.map((section) => section.delivery)).toEqual([undefined, undefined]);
    expect(report.summary).toMatchObject({ indicatorsOffTarget: 0, missingReports: 0 });
  });

  it('judges each active indicator, lists missing reports, the latest satisfaction and the renewal date', () => {
    const report = buildStatusReport(withDelivery, TODAY);
    const gbTwente = report.sections.find((section) => section.name === 'GBTwente');
    expect(gbTwente?.delivery?.indicators).toEqual([
      { name: 'Aanslagen', target: 'minimaal 98%', latestValue: '99%', latestPeriod: '2e kwartaal 2026', judgement: 'on-target', sentence: '99% haalt de norm van minimaal 98%.' },
      { name: 'Bezwaren', target: 'minimaal 95%', latestValue: '90%', latestPeriod: '3e kwartaal 2026', judgement: 'off-target', sentence: '90% blijft onder de norm van minimaal 95%.' },
      { name: 'Nieuw', target: 'minimaal 95%', judgement: 'no-value', sentence: 'Nog geen waarde gerapporteerd.' },
    ]);
    expect(gbTwente?.delivery?.missingReports.map((report) => `${report.indicatorName} ${report.period}`)).toEqual(['Aanslagen 2026-K3']);
    expect(gbTwente?.delivery?.latestSatisfaction).toMatchObject({ score: '7,4 op een schaal tot 10', measuredBy: 'regievoerder' });
    expect(gbTwente?.delivery?.agreementNotes).toEqual(['DVO Belastingen 2025-2028: Besluit over verlenging of opzegging uiterlijk 15 januari 2027.']);
    expect(report.summary).toMatchObject({ indicatorsOffTarget: 1, missingReports: 1 });
  });

  it('shows an earlier date as the data stood then', () => {
    const report = buildStatusReport(withDelivery, day('2026-07-01'));
    const gbTwente = report.sections.find((section) => section.name === 'GBTwente');
    expect(gbTwente?.delivery?.offTarget).toBe(0);
    expect(gbTwente?.delivery?.latestSatisfaction?.score).toBe('6,8 op een schaal tot 10');
    expect(gbTwente?.delivery?.agreementNotes).toEqual([]);
  });

  it('writes the delivery next to the budget in the Word document', async () => {
    const docx = await renderStatusReportDocx(buildStatusReport(withDelivery, TODAY));
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value.replace(/\n\n/g, '\n');
    expect(text).toContain('Levering van diensten\nIndicator\nNorm\nLaatste waarde\nPeriode\nOordeel\nAanslagen\nminimaal 98%\n99%\n2e kwartaal 2026\nOp norm');
    expect(text).toContain('1 van de 3 indicatoren halen de norm; 1 niet.');
    expect(text).toContain('Aanslagen: Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).');
    expect(text).toContain('Geen dienstverleningsafspraken, prestatie-indicatoren of tevredenheidsmetingen vastgelegd.');
    expect(text).toContain('1 van 3 op norm, 1 rapportage ontbreekt');
    expect(text.indexOf('Levering van diensten')).toBeLessThan(text.indexOf('Begroting 2026'));
  });
});
