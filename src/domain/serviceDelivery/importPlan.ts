import type { Stored } from '../models/entity';
import type { CalendarDate } from '../models/time';
import { normaliseDateText, type ImportTable } from '../register/importPlan';
import { searchableText } from '../register/filterRegister';
import type { IndicatorValue, PerformanceIndicator } from './models';
import { parsePeriodText, periodEnd, periodLabel } from './periods';
import { periodFormatMessage, validateIndicatorValue } from './validation';
import { countImportRows, type ImportCounts, type ImportPlanOf, type ImportRowOutcome } from '../import/importPlanShape';

/*
 * Importing a partnership's report (issue 9): a sheet with one row per indicator and period. Like the register
 * import (src/domain/register/importPlan.ts), a dry run plans every row first; a row becomes at most one write,
 * and importing the same file again plans nothing but "unchanged".
 */

export type ValueImportColumnKey = 'indicator' | 'period' | 'value' | 'notes' | 'reportedOn';

export interface ValueImportColumn {
  readonly key: ValueImportColumnKey;
  /** The header in row 1, as in the template. */
  readonly header: string;
  /** Other headers partnerships' reports use for the same column. */
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly description: string;
  readonly example: string;
}

export const VALUE_IMPORT_COLUMNS: readonly ValueImportColumn[] = [
  { key: 'indicator', header: 'Indicator', aliases: ['prestatie-indicator', 'prestatieindicator', 'naam indicator', 'kpi'], required: true, description: 'Verplicht. De naam van de indicator zoals in de afspraken (hoofdletters tellen niet).', example: 'Bezwaren binnen termijn afgehandeld' },
  { key: 'period', header: 'Periode', aliases: ['rapportageperiode', 'kwartaal', 'maand'], required: true, description: 'Verplicht. De periode, bijvoorbeeld 2026-K3, Q3 2026, 3e kwartaal 2026, maart 2026, 2026-H1 of 2026; passend bij de rapportagefrequentie van de indicator.', example: '2026-K3' },
  { key: 'value', header: 'Waarde', aliases: ['score', 'realisatie', 'resultaat'], required: true, description: 'Verplicht. Een getal (komma of punt als decimaalteken); een percentage van 0 tot 100, een cijfer van 1 tot 10.', example: '96,5' },
  { key: 'notes', header: 'Toelichting', aliases: ['opmerking', 'opmerkingen', 'notitie'], required: false, description: 'Vrije tekst.', example: 'Piek door de nieuwe WOZ-beschikkingen.' },
  { key: 'reportedOn', header: 'Gerapporteerd op', aliases: ['rapportagedatum', 'datum rapportage'], required: false, description: 'Datum als jjjj-mm-dd of dd-mm-jjjj; leeg = vandaag.', example: '2026-10-28' },
];

function headerKey(header: string): string {
  return searchableText(header).replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

const COLUMN_BY_HEADER = new Map<string, ValueImportColumn>(
  VALUE_IMPORT_COLUMNS.flatMap((column) => [[headerKey(column.header), column] as const, ...column.aliases.map((alias) => [headerKey(alias), column] as const)]),
);
const HEADER_OF = new Map(VALUE_IMPORT_COLUMNS.map((column) => [column.key, column.header]));

export interface ValueImportContext {
  /** The indicators of the partnership whose report this is; rows naming other indicators are refused. */
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  /** The values already stored for these indicators. */
  readonly existingValues: readonly Stored<IndicatorValue>[];
  /** Periods not over by today are refused, and an empty "Gerapporteerd op" becomes today. */
  readonly today: CalendarDate;
}

interface RowBase {
  /** The row number as Excel shows it: the header is row 1. */
  readonly rowNumber: number;
  /** The indicator and period as the file names them, for the dry-run table. */
  readonly indicatorName: string;
  readonly periodText: string;
}

export type ValueImportRowPlan = ImportRowOutcome<IndicatorValue, RowBase>;

export type ValueImportPlan = ImportPlanOf<ValueImportRowPlan>;

export type ValueImportCounts = ImportCounts;

export const countValueImportPlan: (plan: ValueImportPlan) => ValueImportCounts = countImportRows;

/**
 * A number as a report writes it: `96,5`, `96.5`, `96,5%`, `€ 1.234,50`, `1.234.567`. A single full stop is a
 * decimal point (as Excel hands over number cells); full stops are thousands separators only next to a decimal
 * comma or when there are several. Undefined when the text is no number.
 *
 * @example
 * parseReportedNumber('96,5%') //=> 96.5
 * parseReportedNumber('€ 1.234,50') //=> 1234.5
 * parseReportedNumber('veel') //=> undefined
 */
export function parseReportedNumber(text: string): number | undefined {
  let cleaned = text.replace(/[\s\u00a0€%]/g, '');
  if (cleaned === '') return undefined;
  const dots = (cleaned.match(/\./g) ?? []).length;
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else if (dots > 1) cleaned = cleaned.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

const PROPERTY_COLUMN: Readonly<Record<string, ValueImportColumnKey>> = { period: 'period', periodEnd: 'period', value: 'value', notes: 'notes', reportedOn: 'reportedOn' };

/**
 * The dry run of a report import: for every row what would happen (create, update, unchanged or rejected, with
 * Dutch reasons per row: unknown indicator, a period that is not one of the indicator's frequency, a future period or
 * one before reporting started, a value out of the unit's range, a duplicate row). Rows are matched to stored values
 * by indicator and period. Columns absent from the file keep the stored values.
 *
 * @example
 * planValueImport({ headers: ['Indicator', 'Periode', 'Waarde'], rows: [['Bezwaren binnen termijn', '2026-K3', '96,5']] }, context).rows[0].kind //=> 'create'
 */
export function planValueImport(table: ImportTable, context: ValueImportContext): ValueImportPlan {
  const columnAt: (ValueImportColumnKey | undefined)[] = [];
  const ignoredColumns: string[] = [];
  const seen = new Set<ValueImportColumnKey>();
  for (const header of table.headers) {
    const column = COLUMN_BY_HEADER.get(headerKey(header));
    if (column && !seen.has(column.key)) {
      columnAt.push(column.key);
      seen.add(column.key);
    } else {
      columnAt.push(undefined);
      if (header.trim() !== '') ignoredColumns.push(header.trim());
    }
  }
  const missingColumns = VALUE_IMPORT_COLUMNS.filter((column) => column.required && !seen.has(column.key)).map((column) => `‘${column.header}’`);
  if (missingColumns.length > 0) {
    return {
      rows: [],
      fileProblems: [`Het bestand mist de kolom${missingColumns.length > 1 ? 'men' : ''} ${missingColumns.join(' en ')} in de eerste rij. Zet in de eerste rij de kolomnamen Indicator, Periode en Waarde (Toelichting en Gerapporteerd op mogen erbij).`],
      ignoredColumns,
    };
  }

  const indicatorsByName = new Map<string, Stored<PerformanceIndicator>[]>();
  for (const indicator of context.indicators) {
    const key = searchableText(indicator.name.trim());
    indicatorsByName.set(key, [...(indicatorsByName.get(key) ?? []), indicator]);
  }
  const existingByKey = new Map<string, Stored<IndicatorValue>>();
  for (const value of context.existingValues) existingByKey.set(`${value.indicatorId}|${value.period}`, value);
  const firstRowOfKey = new Map<string, number>();
  const rows: ValueImportRowPlan[] = [];

  table.rows.forEach((cellsInRow, index) => {
    const rowNumber = index + 2;
    if (cellsInRow.every((cell) => cell.trim() === '')) return;
    const cells = new Map<ValueImportColumnKey, string>();
    columnAt.forEach((key, column) => {
      if (key !== undefined) cells.set(key, (cellsInRow[column] ?? '').trim());
    });
    const indicatorName = cells.get('indicator') ?? '';
    const periodText = cells.get('period') ?? '';
    const base = { rowNumber, indicatorName, periodText };
    const reasons: string[] = [];
    const say = (key: ValueImportColumnKey, message: string): void => {
      reasons.push(`${HEADER_OF.get(key) ?? key}: ${message}`);
    };

    const matches = indicatorsByName.get(searchableText(indicatorName)) ?? [];
    if (indicatorName === '') say('indicator', 'vul de naam van de indicator in.');
    else if (matches.length === 0) {
      const known = context.indicators.map((indicator) => indicator.name).join(', ');
      say('indicator', `onbekende indicator ‘${indicatorName}’ voor dit samenwerkingsverband.${known ? ` Bekend zijn: ${known}.` : ''}`);
    } else if (matches.length > 1) say('indicator', `er zijn meerdere indicatoren met de naam ‘${indicatorName}’; maak de namen eerst uniek.`);
    const indicator = matches.length === 1 ? matches[0] : undefined;

    const valueText = cells.get('value') ?? '';
    const number = parseReportedNumber(valueText);
    if (valueText === '') say('value', 'vul de waarde in.');
    else if (number === undefined) say('value', `‘${valueText}’ is geen getal.`);

    const reportedOnText = cells.get('reportedOn');
    const reportedOn = reportedOnText === undefined || reportedOnText === '' ? undefined : normaliseDateText(reportedOnText);

    if (!indicator) {
      if (periodText === '') say('period', 'vul de periode in.');
      rows.push({ ...base, kind: 'rejected', reasons });
      return;
    }
    const period = periodText === '' ? undefined : parsePeriodText(periodText, indicator.reportingFrequency);
    if (!period) {
      say('period', periodText === '' ? 'vul de periode in.' : `‘${periodText}’ past niet bij deze indicator. ${periodFormatMessage(indicator.reportingFrequency)}`);
      rows.push({ ...base, kind: 'rejected', reasons });
      return;
    }
    const key = `${indicator.id}|${period.code}`;
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      rows.push({ ...base, kind: 'rejected', reasons: [`${indicator.name}, ${periodLabel(period)} staat ook in rij ${earlier} van het bestand; elke indicator en periode mag maar één keer voorkomen.`] });
      return;
    }
    firstRowOfKey.set(key, rowNumber);
    const existing = existingByKey.get(key);
    const candidate: IndicatorValue = {
      indicatorId: indicator.id,
      partnershipId: indicator.partnershipId,
      period: period.code,
      periodEnd: periodEnd(period),
      value: number ?? Number.NaN,
      reportedOn: (reportedOn ?? existing?.reportedOn ?? context.today) as CalendarDate,
      notes: cells.get('notes') ?? existing?.notes ?? '',
    };
    if (reasons.length === 0) {
      const validation = validateIndicatorValue(candidate, { indicator, asOf: context.today });
      if (!validation.ok) {
        for (const [property, message] of Object.entries(validation.errors)) {
          const column = PROPERTY_COLUMN[property];
          reasons.push(`${column ? HEADER_OF.get(column) : property}: ${message}`);
        }
      }
    }
    if (reasons.length > 0) {
      rows.push({ ...base, kind: 'rejected', reasons });
      return;
    }
    if (!existing) {
      rows.push({ ...base, kind: 'create', value: candidate });
      return;
    }
    const changes: { -readonly [K in keyof IndicatorValue]?: IndicatorValue[K] } = {};
    const changedColumns: string[] = [];
    if (existing.value !== candidate.value) {
      changes.value = candidate.value;
      changedColumns.push(HEADER_OF.get('value') as string);
      // A corrected figure is reported anew: without a date in the file, it is reported today.
      if (reportedOn === undefined && existing.reportedOn !== context.today) {
        changes.reportedOn = context.today;
        changedColumns.push(HEADER_OF.get('reportedOn') as string);
      }
    }
    if (existing.notes !== candidate.notes) {
      changes.notes = candidate.notes;
      changedColumns.push(HEADER_OF.get('notes') as string);
    }
    if (reportedOn !== undefined && existing.reportedOn !== candidate.reportedOn) {
      changes.reportedOn = candidate.reportedOn;
      changedColumns.push(HEADER_OF.get('reportedOn') as string);
    }
    if (changedColumns.length === 0) rows.push({ ...base, kind: 'unchanged', id: existing.id });
    else rows.push({ ...base, kind: 'update', id: existing.id, etag: existing.etag, changes, changedColumns });
  });
  return { rows, fileProblems: [], ignoredColumns };
}
