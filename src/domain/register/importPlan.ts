import {
  LEGAL_FORMS,
  type LegalForm,
  type Municipality,
  type Partnership,
} from '../models/partnership';
import type { Stored } from '../models/entity';
import type { PersonRef } from '../models/person';
import type { CalendarDate } from '../models/time';
import { defaultBbvGroup } from '../partnerships/classification';
import { isEmailAddress } from '../validation/fields';
import { validatePartnership } from '../validation/partnership';
import { searchableText } from './filterRegister';
import { countImportRows, type ImportCounts, type ImportPlanOf, type ImportRowOutcome } from '../import/importPlanShape';

/** A code and the Dutch label SharePoint shows for it (the schema's choices, passed in by the caller). */
export interface ImportChoice {
  readonly value: string;
  readonly label: string;
}

/** The Dutch labels of every choice column, so a file may say "GR - openbaar lichaam" as well as the code. */
export interface ImportVocabulary {
  readonly legalForms: readonly ImportChoice[];
  readonly bbvGroups: readonly ImportChoice[];
  readonly taskLayers: readonly ImportChoice[];
  readonly statuses: readonly ImportChoice[];
  readonly audiences: readonly ImportChoice[];
}

export type ImportColumnKey =
  | 'name'
  | 'legalForm'
  | 'bbvGroup'
  | 'hasAdministrativeInterest'
  | 'hasFinancialInterest'
  | 'taskLayers'
  | 'domain'
  | 'participants'
  | 'seat'
  | 'publicInterest'
  | 'portfolioHolder'
  | 'accountHolder'
  | 'societalTask'
  | 'opportunities'
  | 'riskAngle'
  | 'money'
  | 'audiences'
  | 'importanceExplanation'
  | 'risks'
  | 'lastRefreshed'
  | 'status'
  | 'evaluationPeriodYears'
  | 'website';

export interface ImportColumn {
  readonly key: ImportColumnKey;
  /** The header in the file (row 1), as in the template. */
  readonly header: string;
  /** What goes in the cell, for the README and the template's second sheet. */
  readonly description: string;
  /** An example value, as in the template. */
  readonly example: string;
}

/** The columns of the import file, in the template's order. Only "Naam" is required; see README `## Importeren`. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'name', header: 'Naam', description: 'Verplicht. De naam; een bestaand samenwerkingsverband met dezelfde naam (hoofdletters tellen niet) wordt bijgewerkt.', example: 'Stadsbank Oost Nederland' },
  { key: 'legalForm', header: 'Rechtsvorm', description: 'Verplicht bij een nieuw samenwerkingsverband. Een label uit de lijst, bijvoorbeeld "GR - openbaar lichaam", "Stichting", "Convenant".', example: 'GR - openbaar lichaam' },
  { key: 'bbvGroup', header: 'BBV-groep', description: 'Leeg: de groep die bij de rechtsvorm hoort (BBV art. 15).', example: 'Gemeenschappelijke regelingen' },
  { key: 'hasAdministrativeInterest', header: 'Bestuurlijk belang', description: 'ja of nee (leeg = nee).', example: 'ja' },
  { key: 'hasFinancialInterest', header: 'Financieel belang', description: 'ja of nee (leeg = nee).', example: 'ja' },
  { key: 'taskLayers', header: 'Taaklagen', description: 'Minstens één van Bedrijfsvoering, Uitvoering, Beleid, Strategie; meerdere gescheiden door ;', example: 'Uitvoering; Beleid' },
  { key: 'domain', header: 'Domein', description: 'Beleidsdomein, vrije tekst.', example: 'Sociaal domein' },
  { key: 'participants', header: 'Deelnemers', description: 'Namen uit de lijst Gemeenten, gescheiden door ;', example: 'Almelo; Enschede; Hof van Twente' },
  { key: 'seat', header: 'Vestigingsplaats', description: 'Vrije tekst.', example: 'Enschede' },
  { key: 'publicInterest', header: 'Openbaar belang', description: 'Vrije tekst.', example: 'Schuldhulpverlening voor inwoners.' },
  { key: 'portfolioHolder', header: 'Portefeuillehouder', description: 'E-mailadres van een gebruiker van de site.', example: 'w.smit@hofvantwente.example' },
  { key: 'accountHolder', header: 'Accounthouder', description: 'E-mailadres van een gebruiker van de site.', example: 'a.devries@hofvantwente.example' },
  { key: 'societalTask', header: 'Zwaarwegende maatschappelijke opgave', description: 'ja of nee (seed 004).', example: 'ja' },
  { key: 'opportunities', header: 'Grote kansen', description: 'ja of nee.', example: 'nee' },
  { key: 'riskAngle', header: "Grote risico's", description: 'ja of nee.', example: 'nee' },
  { key: 'money', header: 'Veel middelen', description: 'ja of nee.', example: 'ja' },
  { key: 'audiences', header: 'Belangrijk voor', description: 'Raad, College, Ambtelijke organisatie; gescheiden door ; (verplicht als een invalshoek ja is).', example: 'Raad; College' },
  { key: 'importanceExplanation', header: 'Toelichting belang', description: 'Vrije tekst.', example: '' },
  { key: 'risks', header: "Risico's", description: 'Vrije tekst.', example: '' },
  { key: 'lastRefreshed', header: 'Laatst geactualiseerd', description: 'Datum als jjjj-mm-dd of dd-mm-jjjj (of een Excel-datum); niet in de toekomst.', example: '2026-10-01' },
  { key: 'status', header: 'Status', description: 'In voorbereiding, Actief, In liquidatie of Beëindigd (leeg bij nieuw = Actief).', example: 'Actief' },
  { key: 'evaluationPeriodYears', header: 'Evaluatieperiode (jaren)', description: 'Heel getal van 1 tot en met 20 (Wgr art. 11a), of leeg.', example: '4' },
  { key: 'website', header: 'Website', description: 'Webadres (https://…), of leeg.', example: 'https://www.stadsbank-oost.nl' },
];

/** The file as rows of text cells; the adapter turns xlsx and CSV cells (dates, numbers, booleans) into text first. */
export interface ImportTable {
  readonly headers: readonly string[];
  /** Data rows, in file order, without the header row. */
  readonly rows: readonly (readonly string[])[];
}

export interface ImportContext {
  readonly existing: readonly Stored<Partnership>[];
  readonly municipalities: readonly Stored<Municipality>[];
  readonly vocabulary: ImportVocabulary;
  /** A "laatst geactualiseerd" after today is refused. */
  readonly today: CalendarDate;
}

interface RowBase {
  /** The row number as Excel shows it: the header is row 1. */
  readonly rowNumber: number;
  readonly name: string;
}

export type ImportRowPlan = ImportRowOutcome<Partnership, RowBase>;

/** `fileProblems` holds a missing "Naam" column: nothing is imported. */
export type ImportPlan = ImportPlanOf<ImportRowPlan>;

export type { ImportCounts };

export const countImportPlan: (plan: ImportPlan) => ImportCounts = countImportRows;

function headerKey(header: string): string {
  return searchableText(header).replace(/[’‘`]/g, "'").replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

const COLUMN_BY_HEADER = new Map(IMPORT_COLUMNS.map((column) => [headerKey(column.header), column]));
const HEADER_OF = new Map(IMPORT_COLUMNS.map((column) => [column.key, column.header]));

/** Which validation message belongs under which column of the file. */
const COLUMN_OF_PROPERTY: Readonly<Record<string, ImportColumnKey>> = {
  name: 'name',
  legalForm: 'legalForm',
  bbvGroup: 'bbvGroup',
  hasAdministrativeInterest: 'hasAdministrativeInterest',
  hasFinancialInterest: 'hasFinancialInterest',
  taskLayers: 'taskLayers',
  domain: 'domain',
  participantIds: 'participants',
  seat: 'seat',
  publicInterest: 'publicInterest',
  portfolioHolder: 'portfolioHolder',
  accountHolder: 'accountHolder',
  'importance.societalTask': 'societalTask',
  'importance.opportunities': 'opportunities',
  'importance.risks': 'riskAngle',
  'importance.money': 'money',
  'importance.audiences': 'audiences',
  'importance.explanation': 'importanceExplanation',
  importance: 'societalTask',
  risks: 'risks',
  lastRefreshed: 'lastRefreshed',
  status: 'status',
  evaluationPeriodYears: 'evaluationPeriodYears',
  website: 'website',
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);

function splitList(cell: string): string[] {
  return cell
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function findChoice(choices: readonly ImportChoice[], text: string): string | undefined {
  const wanted = searchableText(text.trim());
  return choices.find((choice) => searchableText(choice.label) === wanted || choice.value === wanted)?.value;
}

function labelsOf(choices: readonly ImportChoice[]): string {
  return choices.map((choice) => choice.label).join(', ');
}

/** `2026-10-01`, `1-10-2026` and `01/10/2026` (Dutch day-month order) become `2026-10-01`; anything else is returned as typed. */
export function normaliseDateText(text: string): string {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (dutch) return `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  return trimmed;
}

/** Reads one row into the fields it sets; a cell that cannot be read adds a reason instead. */
function readRow(
  cells: ReadonlyMap<ImportColumnKey, string>,
  context: ImportContext,
  reasons: string[],
): { fields: Record<string, unknown>; importance: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  const importance: Record<string, unknown> = {};
  const { vocabulary } = context;
  const municipalityByName = new Map(context.municipalities.map((municipality) => [searchableText(municipality.name.trim()), municipality.id]));
  const say = (key: ImportColumnKey, message: string): void => {
    reasons.push(`${HEADER_OF.get(key) ?? key}: ${message}`);
  };
  const choiceCell = (key: ImportColumnKey, choices: readonly ImportChoice[], noun: string, target: Record<string, unknown>, property: string): void => {
    const cell = cells.get(key);
    if (cell === undefined || cell.trim() === '') return;
    const code = findChoice(choices, cell);
    if (code === undefined) say(key, `onbekende ${noun} ‘${cell.trim()}’. Kies uit: ${labelsOf(choices)}.`);
    else target[property] = code;
  };
  const multiChoiceCell = (key: ImportColumnKey, choices: readonly ImportChoice[], noun: string, target: Record<string, unknown>, property: string): void => {
    const cell = cells.get(key);
    if (cell === undefined) return;
    const codes: string[] = [];
    for (const part of splitList(cell)) {
      const code = findChoice(choices, part);
      if (code === undefined) say(key, `onbekende ${noun} ‘${part}’. Kies uit: ${labelsOf(choices)}.`);
      else if (!codes.includes(code)) codes.push(code);
    }
    target[property] = codes;
  };
  const yesNoCell = (key: ImportColumnKey, target: Record<string, unknown>, property: string): void => {
    const cell = cells.get(key);
    if (cell === undefined) return;
    const word = searchableText(cell.trim());
    if (YES.has(word)) target[property] = true;
    else if (NO.has(word)) target[property] = false;
    else say(key, `‘${cell.trim()}’ is geen ja of nee.`);
  };
  const textCell = (key: ImportColumnKey, target: Record<string, unknown>, property: string): void => {
    const cell = cells.get(key);
    if (cell !== undefined) target[property] = cell.trim();
  };
  const personCell = (key: ImportColumnKey, property: string): void => {
    const cell = cells.get(key);
    if (cell === undefined) return;
    const email = cell.trim();
    if (email === '') fields[property] = undefined;
    else if (!isEmailAddress(email)) say(key, `‘${email}’ is geen e-mailadres.`);
    else fields[property] = { displayName: email, email: email.toLowerCase() } satisfies PersonRef;
  };

  textCell('name', fields, 'name');
  choiceCell('legalForm', vocabulary.legalForms, 'rechtsvorm', fields, 'legalForm');
  choiceCell('bbvGroup', vocabulary.bbvGroups, 'BBV-groep', fields, 'bbvGroup');
  yesNoCell('hasAdministrativeInterest', fields, 'hasAdministrativeInterest');
  yesNoCell('hasFinancialInterest', fields, 'hasFinancialInterest');
  multiChoiceCell('taskLayers', vocabulary.taskLayers, 'taaklaag', fields, 'taskLayers');
  textCell('domain', fields, 'domain');
  const participants = cells.get('participants');
  if (participants !== undefined) {
    const ids: number[] = [];
    for (const name of splitList(participants)) {
      const id = municipalityByName.get(searchableText(name));
      if (id === undefined) say('participants', `onbekende gemeente ‘${name}’. Voeg die eerst toe aan de lijst Gemeenten, of controleer de spelling.`);
      else if (!ids.includes(id)) ids.push(id);
    }
    fields.participantIds = ids;
  }
  textCell('seat', fields, 'seat');
  textCell('publicInterest', fields, 'publicInterest');
  personCell('portfolioHolder', 'portfolioHolder');
  personCell('accountHolder', 'accountHolder');
  yesNoCell('societalTask', importance, 'societalTask');
  yesNoCell('opportunities', importance, 'opportunities');
  yesNoCell('riskAngle', importance, 'risks');
  yesNoCell('money', importance, 'money');
  multiChoiceCell('audiences', vocabulary.audiences, 'doelgroep', importance, 'audiences');
  textCell('importanceExplanation', importance, 'explanation');
  textCell('risks', fields, 'risks');
  const lastRefreshed = cells.get('lastRefreshed');
  if (lastRefreshed !== undefined) fields.lastRefreshed = lastRefreshed.trim() === '' ? undefined : normaliseDateText(lastRefreshed);
  choiceCell('status', vocabulary.statuses, 'status', fields, 'status');
  const evaluation = cells.get('evaluationPeriodYears');
  if (evaluation !== undefined) {
    const trimmed = evaluation.trim();
    // A number that is not a whole one in range gets validatePartnership's message; text is passed on as typed.
    fields.evaluationPeriodYears = trimmed === '' ? undefined : /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
  }
  const website = cells.get('website');
  if (website !== undefined) fields.website = website.trim() === '' ? undefined : website.trim();
  return { fields, importance };
}

const BLANK: Omit<Partnership, 'name' | 'legalForm' | 'bbvGroup'> = {
  hasAdministrativeInterest: false,
  hasFinancialInterest: false,
  taskLayers: [],
  domain: '',
  participantIds: [],
  seat: '',
  publicInterest: '',
  importance: { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' },
  risks: '',
  status: 'actief',
};

function samePerson(left: PersonRef | undefined, right: PersonRef | undefined): boolean {
  if (left === undefined || right === undefined) return left === right;
  if (left.email && right.email) return left.email.toLowerCase() === right.email.toLowerCase();
  return left.displayName === right.displayName;
}

function sameSet(left: readonly (string | number)[], right: readonly (string | number)[]): boolean {
  return left.length === right.length && left.every((value) => right.includes(value));
}

/** The top-level properties whose values differ, comparing lists as sets and people by e-mail. */
export function changedProperties(before: Partnership, after: Partnership): readonly (keyof Partnership)[] {
  const changed: (keyof Partnership)[] = [];
  const keys: readonly (keyof Partnership)[] = [
    'name', 'legalForm', 'bbvGroup', 'hasAdministrativeInterest', 'hasFinancialInterest', 'taskLayers', 'domain', 'participantIds', 'seat',
    'publicInterest', 'portfolioHolder', 'accountHolder', 'importance', 'risks', 'lastRefreshed', 'status', 'evaluationPeriodYears', 'website',
  ];
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    let same: boolean;
    if (key === 'portfolioHolder' || key === 'accountHolder') same = samePerson(a as PersonRef | undefined, b as PersonRef | undefined);
    else if (key === 'taskLayers' || key === 'participantIds') same = sameSet(a as readonly string[], b as readonly string[]);
    else if (key === 'importance') {
      const x = before.importance;
      const y = after.importance;
      same =
        x.societalTask === y.societalTask && x.opportunities === y.opportunities && x.risks === y.risks && x.money === y.money &&
        sameSet(x.audiences, y.audiences) && x.explanation === y.explanation;
    } else if (key === 'website') same = (a ?? '') === (b ?? '');
    else same = a === b;
    if (!same) changed.push(key);
  }
  return changed;
}

function headersOfChanges(keys: readonly (keyof Partnership)[], before: Partnership, after: Partnership): string[] {
  const headers: string[] = [];
  for (const key of keys) {
    if (key === 'importance') {
      const x = before.importance as unknown as Record<string, unknown>;
      const y = after.importance as unknown as Record<string, unknown>;
      for (const [property, column] of [['societalTask', 'societalTask'], ['opportunities', 'opportunities'], ['risks', 'riskAngle'], ['money', 'money'], ['audiences', 'audiences'], ['explanation', 'importanceExplanation']] as const) {
        const same = Array.isArray(x[property]) ? sameSet(x[property] as string[], y[property] as string[]) : x[property] === y[property];
        if (!same) headers.push(HEADER_OF.get(column) ?? column);
      }
    } else {
      const column = COLUMN_OF_PROPERTY[key];
      headers.push(HEADER_OF.get(column) ?? key);
    }
  }
  return headers;
}

/**
 * The dry run of an import: for every row what would happen (create, update, unchanged or rejected, with
 * the reasons in Dutch). A row is validated completely (`validatePartnership` on the whole resulting
 * partnership) before it is planned, and becomes exactly one write, so a bad row never leaves half a
 * partnership behind. Columns absent from the file keep their stored values; a present but empty cell
 * clears the field. Rows are matched to the register by name, ignoring case and surrounding spaces.
 *
 * @example
 * planImport({ headers: ['Naam', 'Rechtsvorm'], rows: [['Nieuw', 'Stichting']] }, context).rows[0].kind //=> 'create'
 */
export function planImport(table: ImportTable, context: ImportContext): ImportPlan {
  const columnAt: (ImportColumnKey | undefined)[] = [];
  const ignoredColumns: string[] = [];
  const seenColumns = new Set<ImportColumnKey>();
  for (const header of table.headers) {
    const column = COLUMN_BY_HEADER.get(headerKey(header));
    if (column && !seenColumns.has(column.key)) {
      columnAt.push(column.key);
      seenColumns.add(column.key);
    } else {
      columnAt.push(undefined);
      if (header.trim() !== '') ignoredColumns.push(header.trim());
    }
  }
  if (!seenColumns.has('name')) {
    return { rows: [], fileProblems: ['Het bestand heeft geen kolom ‘Naam’ in de eerste rij. Gebruik het sjabloon samenwerkingen-import.xlsx.'], ignoredColumns };
  }

  const existingByName = new Map<string, Stored<Partnership>[]>();
  for (const partnership of context.existing) {
    const key = searchableText(partnership.name.trim());
    existingByName.set(key, [...(existingByName.get(key) ?? []), partnership]);
  }
  const firstRowOfName = new Map<string, number>();
  const rows: ImportRowPlan[] = [];

  table.rows.forEach((cellsInRow, index) => {
    const rowNumber = index + 2;
    if (cellsInRow.every((cell) => cell.trim() === '')) return;
    const cells = new Map<ImportColumnKey, string>();
    columnAt.forEach((key, column) => {
      if (key !== undefined) cells.set(key, cellsInRow[column] ?? '');
    });
    const name = (cells.get('name') ?? '').trim();
    const reasons: string[] = [];
    if (name === '') {
      rows.push({ kind: 'rejected', rowNumber, name, reasons: ['Naam: vul een naam in.'] });
      return;
    }
    const nameKey = searchableText(name);
    const earlier = firstRowOfName.get(nameKey);
    if (earlier !== undefined) {
      rows.push({ kind: 'rejected', rowNumber, name, reasons: [`Naam: deze naam staat ook in rij ${earlier} van het bestand; elk samenwerkingsverband mag maar één keer voorkomen.`] });
      return;
    }
    firstRowOfName.set(nameKey, rowNumber);
    const matches = existingByName.get(nameKey) ?? [];
    if (matches.length > 1) {
      rows.push({ kind: 'rejected', rowNumber, name, reasons: ['Naam: het register heeft meerdere samenwerkingsverbanden met deze naam; pas ze in het register zelf aan.'] });
      return;
    }
    const existing = matches[0];
    const { fields, importance } = readRow(cells, context, reasons);

    const base: Partnership = existing ? stripIdentity(existing) : ({ ...BLANK } as Partnership);
    const candidate: Record<string, unknown> = { ...base, ...fields, importance: { ...base.importance, ...importance } };
    for (const key of Object.keys(candidate)) {
      if (candidate[key] === undefined) delete candidate[key];
    }
    if (!existing && !('legalForm' in fields) && !reasons.some((reason) => reason.startsWith(`${HEADER_OF.get('legalForm')}:`))) {
      reasons.push(`${HEADER_OF.get('legalForm')}: vul de rechtsvorm in voor een nieuw samenwerkingsverband.`);
    }
    // BBV art. 15: without a group in the file, a new (or re-formed) party goes in the group of its legal form.
    if (!('bbvGroup' in fields) && typeof candidate.legalForm === 'string' && (LEGAL_FORMS as readonly string[]).includes(candidate.legalForm)) {
      if (!existing || 'legalForm' in fields) candidate.bbvGroup = defaultBbvGroup(candidate.legalForm as LegalForm);
    }
    if (reasons.length === 0) {
      const validation = validatePartnership(candidate, { today: context.today });
      if (!validation.ok) {
        for (const [property, message] of Object.entries(validation.errors)) {
          const column = COLUMN_OF_PROPERTY[property];
          reasons.push(`${column ? HEADER_OF.get(column) : property}: ${message}`);
        }
      }
    }
    if (reasons.length > 0) {
      rows.push({ kind: 'rejected', rowNumber, name, reasons });
      return;
    }
    const value = candidate as unknown as Partnership;
    if (!existing) {
      rows.push({ kind: 'create', rowNumber, name, value });
      return;
    }
    const changed = changedProperties(base, value);
    if (changed.length === 0) {
      rows.push({ kind: 'unchanged', rowNumber, name, id: existing.id });
      return;
    }
    const changes: Record<string, unknown> = {};
    // A property present as undefined clears the field in SharePoint.
    for (const key of changed) changes[key] = value[key];
    rows.push({
      kind: 'update',
      rowNumber,
      name,
      id: existing.id,
      etag: existing.etag,
      changes: changes as Partial<Partnership>,
      changedColumns: headersOfChanges(changed, base, value),
    });
  });
  return { rows, fileProblems: [], ignoredColumns };
}

function stripIdentity(stored: Stored<Partnership>): Partnership {
  const { id: _id, etag: _etag, modified: _modified, ...plain } = stored;
  return plain;
}

