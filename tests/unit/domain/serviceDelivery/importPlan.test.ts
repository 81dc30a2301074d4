import { countValueImportPlan, parseReportedNumber, planValueImport, type ValueImportContext } from '../../../../src/domain/serviceDelivery';
import { TODAY, day, indicator, value } from './fixtures';

const bezwaren = indicator(1, { name: 'Bezwaren binnen termijn afgehandeld' });
const tevredenheid = indicator(2, { name: 'Klanttevredenheid', unit: 'cijfer', target: 7, reportingFrequency: 'halfjaar' });
const context = (changes: Partial<ValueImportContext> = {}): ValueImportContext => ({ indicators: [bezwaren, tevredenheid], existingValues: [], today: TODAY, ...changes });
const HEADERS = ['Indicator', 'Periode', 'Waarde', 'Toelichting'];

describe('parseReportedNumber', () => {
  it('reads Dutch and English notation, percentages and euros', () => {
    expect(parseReportedNumber('96,5')).toBe(96.5);
    expect(parseReportedNumber('96.5')).toBe(96.5);
    expect(parseReportedNumber('96,5 %')).toBe(96.5);
    expect(parseReportedNumber('€ 1.234,50')).toBe(1234.5);
    expect(parseReportedNumber('1.234.567')).toBe(1234567);
    expect(parseReportedNumber('-3')).toBe(-3);
    expect(parseReportedNumber('veel')).toBeUndefined();
    expect(parseReportedNumber('')).toBeUndefined();
    expect(parseReportedNumber('1,2,3')).toBeUndefined();
  });
});

describe('planValueImport', () => {
  it('plans a create per new value, matching indicator names without case and reading periods as written', () => {
    const plan = planValueImport(
      { headers: HEADERS, rows: [['bezwaren binnen termijn afgehandeld', 'Q3 2026', '96,5', 'Goed kwartaal'], ['Klanttevredenheid', '1e halfjaar 2026', '7,4', '']] },
      context(),
    );
    expect(plan.fileProblems).toEqual([]);
    expect(plan.rows).toEqual([
      {
        kind: 'create',
        rowNumber: 2,
        indicatorName: 'bezwaren binnen termijn afgehandeld',
        periodText: 'Q3 2026',
        value: { indicatorId: 1, partnershipId: 1, period: '2026-K3', periodEnd: '2026-09-30', value: 96.5, reportedOn: TODAY, notes: 'Goed kwartaal' },
      },
      expect.objectContaining({ kind: 'create', rowNumber: 3, value: expect.objectContaining({ period: '2026-H1', periodEnd: '2026-06-30', value: 7.4 }) }),
    ]);
  });

  it('rejects bad rows with a Dutch reason per row', () => {
    const plan = planValueImport(
      {
        headers: HEADERS,
        rows: [
          ['Onbekend', '2026-K3', '5', ''],
          ['Bezwaren binnen termijn afgehandeld', 'maart 2026', '96', ''],
          ['Bezwaren binnen termijn afgehandeld', '2026-K3', '120', ''],
          ['Bezwaren binnen termijn afgehandeld', '2026-K4', '96', ''],
          ['Bezwaren binnen termijn afgehandeld', '2026-K2', 'veel', ''],
          ['Bezwaren binnen termijn afgehandeld', '2024-K4', '96', ''],
          ['Bezwaren binnen termijn afgehandeld', '2026-K1', '96', ''],
          ['Bezwaren binnen termijn afgehandeld', 'Q1 2026', '97', ''],
          ['Klanttevredenheid', '', '7', ''],
        ],
      },
      context(),
    );
    const reasons = plan.rows.map((row) => (row.kind === 'rejected' ? row.reasons : row.kind));
    expect(reasons).toEqual([
      ['Indicator: onbekende indicator ‘Onbekend’ voor dit samenwerkingsverband. Bekend zijn: Bezwaren binnen termijn afgehandeld, Klanttevredenheid.'],
      ['Periode: ‘maart 2026’ past niet bij deze indicator. Vul de periode in als 2026-K3 (per kwartaal).'],
      ['Waarde: Een percentage ligt tussen 0 en 100.'],
      ['Periode: Deze periode is nog niet voorbij.'],
      ['Waarde: ‘veel’ is geen getal.'],
      ['Periode: Over 4e kwartaal 2024 is nog niet gerapporteerd: de rapportage loopt vanaf 1 januari 2025.'],
      'create',
      ['Bezwaren binnen termijn afgehandeld, 1e kwartaal 2026 staat ook in rij 8 van het bestand; elke indicator en periode mag maar één keer voorkomen.'],
      ['Periode: vul de periode in.'],
    ]);
    expect(countValueImportPlan(plan)).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 8 });
  });

  it('plans an update of a changed value with the stored ETag, and nothing for an unchanged one', () => {
    const stored = value(1, '2026-K2', 94, { id: 50, etag: '"3"', notes: 'Zoals gemeld', reportedOn: day('2026-08-01') });
    const storedSame = value(1, '2026-K1', 95, { id: 51, etag: '"1"', notes: '' });
    const plan = planValueImport(
      { headers: HEADERS, rows: [['Bezwaren binnen termijn afgehandeld', '2026-K2', '94,5', 'Zoals gemeld'], ['Bezwaren binnen termijn afgehandeld', '2026-K1', '95', '']] },
      context({ existingValues: [stored, storedSame] }),
    );
    expect(plan.rows).toEqual([
      { kind: 'update', rowNumber: 2, indicatorName: 'Bezwaren binnen termijn afgehandeld', periodText: '2026-K2', id: 50, etag: '"3"', changes: { value: 94.5, reportedOn: TODAY }, changedColumns: ['Waarde', 'Gerapporteerd op'] },
      { kind: 'unchanged', rowNumber: 3, indicatorName: 'Bezwaren binnen termijn afgehandeld', periodText: '2026-K1', id: 51 },
    ]);
  });

  it('changes nothing when the same file is imported again', () => {
    const table = {
      headers: [...HEADERS, 'Gerapporteerd op'],
      rows: [
        ['Bezwaren binnen termijn afgehandeld', '2026-K3', '96,5', 'Goed', '28-10-2026'],
        ['Klanttevredenheid', '2026-H1', '7,4', '', ''],
      ],
    };
    const first = planValueImport(table, context());
    let nextId = 1;
    const stored = first.rows.flatMap((row) => (row.kind === 'create' ? [{ ...row.value, id: nextId++, etag: '"1"' }] : []));
    expect(stored.map((item) => item.reportedOn)).toEqual(['2026-10-28', TODAY]);
    const second = planValueImport(table, context({ existingValues: stored }));
    expect(countValueImportPlan(second)).toEqual({ create: 0, update: 0, unchanged: 2, rejected: 0 });
  });

  it('keeps stored notes when the file has no Toelichting column, and reports unknown columns', () => {
    const stored = value(1, '2026-K2', 94, { id: 50, notes: 'Uitleg' });
    const plan = planValueImport({ headers: ['KPI', 'Kwartaal', 'Score', 'Afdeling'], rows: [['Bezwaren binnen termijn afgehandeld', '2026-K2', '94', 'Belastingen']] }, context({ existingValues: [stored] }));
    expect(plan.ignoredColumns).toEqual(['Afdeling']);
    expect(plan.rows[0].kind).toBe('unchanged');
  });

  it('refuses a file without the required columns and skips empty rows', () => {
    expect(planValueImport({ headers: ['Indicator', 'Omschrijving'], rows: [['x', 'y']] }, context())).toEqual({
      rows: [],
      fileProblems: ['Het bestand mist de kolommen ‘Periode’ en ‘Waarde’ in de eerste rij. Zet in de eerste rij de kolomnamen Indicator, Periode en Waarde (Toelichting en Gerapporteerd op mogen erbij).'],
      ignoredColumns: ['Omschrijving'],
    });
    expect(planValueImport({ headers: HEADERS, rows: [['', '', '', '']] }, context()).rows).toEqual([]);
  });
});
