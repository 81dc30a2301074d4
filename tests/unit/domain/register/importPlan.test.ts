import type { Municipality, Partnership, Stored } from '../../../../src/domain/models';
import { countImportPlan, IMPORT_COLUMNS, planImport, type ImportContext, type ImportTable } from '../../../../src/domain/register';
import { parseCalendarDate } from '../../../../src/domain/time';
import { AUDIENCE_CHOICES, BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../../src/schema';
import { storedPartnership } from '../../../support/partnershipFixtures';

const municipalities: Stored<Municipality>[] = [
  { id: 1, etag: '"1"', name: 'Hof van Twente', region: 'Twente' },
  { id: 2, etag: '"1"', name: 'Almelo', region: 'Twente' },
];
const existing: Stored<Partnership>[] = [
  storedPartnership(5, {
    name: 'GBTwente',
    legalForm: 'gr-bedrijfsvoeringsorganisatie',
    taskLayers: ['bedrijfsvoering'],
    participantIds: [1, 2],
    seat: 'Hengelo',
    accountHolder: { userId: 7, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' },
    lastRefreshed: parseCalendarDate('2026-10-01'),
  }),
];
const context: ImportContext = {
  existing,
  municipalities,
  vocabulary: { legalForms: LEGAL_FORM_CHOICES, bbvGroups: BBV_GROUP_CHOICES, taskLayers: TASK_LAYER_CHOICES, statuses: PARTNERSHIP_STATUS_CHOICES, audiences: AUDIENCE_CHOICES },
  today: parseCalendarDate('2026-11-26'),
};
const HEADERS = ['Naam', 'Rechtsvorm', 'Taaklagen', 'Deelnemers', 'Vestigingsplaats', 'Accounthouder', 'Laatst geactualiseerd'];

function table(rows: string[][], headers = HEADERS): ImportTable {
  return { headers, rows };
}

describe('the dry run of a register import', () => {
  it('creates a new partnership from Dutch labels, with the BBV group of its legal form', () => {
    const plan = planImport(table([['Stichting Netwerk', 'Stichting', 'Beleid; Strategie', 'almelo', 'Almelo', 'b.jansen@hofvantwente.example', '1-10-2026']]), context);
    expect(plan.rows).toHaveLength(1);
    const [row] = plan.rows;
    expect(row.kind).toBe('create');
    if (row.kind !== 'create') return;
    expect(row.rowNumber).toBe(2);
    expect(row.value).toMatchObject({
      name: 'Stichting Netwerk',
      legalForm: 'stichting',
      bbvGroup: 'stichtingen-en-verenigingen',
      taskLayers: ['beleid', 'strategie'],
      participantIds: [2],
      seat: 'Almelo',
      accountHolder: { email: 'b.jansen@hofvantwente.example' },
      lastRefreshed: '2026-10-01',
      status: 'actief',
    });
  });

  it('updates an existing partnership matched by name regardless of case, sending only what changed', () => {
    const plan = planImport(table([['gbtwente', 'GR - bedrijfsvoeringsorganisatie', 'Bedrijfsvoering', 'Hof van Twente; Almelo', 'Enschede', 'a.devries@hofvantwente.example', '2026-10-01']]), context);
    const [row] = plan.rows;
    expect(row.kind).toBe('update');
    if (row.kind !== 'update') return;
    expect(row.id).toBe(5);
    expect(row.etag).toBe('"5"');
    expect(row.changes).toEqual({ name: 'gbtwente', seat: 'Enschede' });
    expect(row.changedColumns).toEqual(['Naam', 'Vestigingsplaats']);
  });

  it('reports a row that matches what is stored as unchanged (re-importing the same file changes nothing)', () => {
    const plan = planImport(table([['GBTwente', 'GR - bedrijfsvoeringsorganisatie', 'Bedrijfsvoering', 'Almelo;Hof van Twente', 'Hengelo', 'A.DeVries@hofvantwente.example', '01-10-2026']]), context);
    expect(plan.rows.map((row) => row.kind)).toEqual(['unchanged']);
  });

  it('keeps stored values of columns that are not in the file', () => {
    const plan = planImport(table([['GBTwente', 'Utrecht']], ['Naam', 'Vestigingsplaats']), context);
    const [row] = plan.rows;
    expect(row.kind === 'update' && row.changes).toEqual({ seat: 'Utrecht' });
  });

  it('rejects a row with every reason in Dutch, naming the column', () => {
    const plan = planImport(
      table([['Nieuw verband', 'Vennootschap', 'Beleid, Taart', 'Almelo; Atlantis', '', 'geen-adres', '2027-01-01']]),
      context,
    );
    const [row] = plan.rows;
    expect(row.kind).toBe('rejected');
    if (row.kind !== 'rejected') return;
    expect(row.reasons).toEqual([
      expect.stringMatching(/^Rechtsvorm: onbekende rechtsvorm ‘Vennootschap’\. Kies uit: GR - openbaar lichaam/),
      expect.stringMatching(/^Taaklagen: onbekende taaklaag ‘Taart’/),
      expect.stringMatching(/^Deelnemers: onbekende gemeente ‘Atlantis’/),
      'Accounthouder: ‘geen-adres’ is geen e-mailadres.',
    ]);
  });

  it('rejects with the validation message of the domain: future date, BBV group of another legal form, no task layer', () => {
    const plan = planImport(
      table(
        [
          ['Toekomst', 'Stichting', 'Beleid', '', '', '', '2027-01-01'],
          ['Verkeerde groep', 'Stichting', 'Beleid', '', '', '', ''],
          ['Geen laag', 'Convenant', '', '', '', '', ''],
          ['', 'Convenant', 'Beleid', '', '', '', ''],
        ].map((row, index) => (index === 1 ? [...row, 'Gemeenschappelijke regelingen'] : [...row, ''])),
        [...HEADERS, 'BBV-groep'],
      ),
      context,
    );
    expect(plan.rows.map((row) => (row.kind === 'rejected' ? row.reasons : row.kind))).toEqual([
      ['Laatst geactualiseerd: De datum van laatste actualisatie ligt in de toekomst.'],
      ['BBV-groep: Bij deze rechtsvorm hoort de BBV-groep ‘Stichtingen en verenigingen’ (BBV art. 15).'],
      ['Taaklagen: Kies minstens één taaklaag.'],
      ['Naam: vul een naam in.'],
    ]);
  });

  it('requires a legal form for a new partnership but not for an update', () => {
    const plan = planImport(table([['Nieuw'], ['GBTwente']], ['Naam']), context);
    expect(plan.rows.map((row) => row.kind)).toEqual(['rejected', 'unchanged']);
    expect(plan.rows[0].kind === 'rejected' && plan.rows[0].reasons).toEqual(['Rechtsvorm: vul de rechtsvorm in voor een nieuw samenwerkingsverband.']);
  });

  it('rejects a name that occurs twice in the file, and skips empty rows', () => {
    const plan = planImport(table([['A', 'Convenant', 'Beleid', '', '', '', ''], ['', '', '', '', '', '', ''], ['a ', 'Convenant', 'Beleid', '', '', '', '']]), context);
    expect(plan.rows.map((row) => [row.rowNumber, row.kind])).toEqual([[2, 'create'], [4, 'rejected']]);
    expect(plan.rows[1].kind === 'rejected' && plan.rows[1].reasons[0]).toContain('rij 2');
  });

  it('refuses a file without a Naam column and lists unknown columns as ignored', () => {
    expect(planImport(table([['x']], ['Titel']), context)).toEqual({
      rows: [],
      fileProblems: [expect.stringContaining('geen kolom ‘Naam’')],
      ignoredColumns: ['Titel'],
    });
    const plan = planImport(table([['GBTwente', 'iets']], ['naam *', 'Opmerking']), context);
    expect(plan.ignoredColumns).toEqual(['Opmerking']);
    expect(countImportPlan(plan)).toEqual({ create: 0, update: 0, unchanged: 1, rejected: 0 });
  });

  it('reads yes/no and importance columns, and needs an audience when a partnership is important', () => {
    const headers = ['Naam', 'Rechtsvorm', 'Taaklagen', 'Bestuurlijk belang', 'Financieel belang', "Grote risico’s", 'Belangrijk voor'];
    const plan = planImport(
      table(
        [
          ['Risicovol', 'GR - openbaar lichaam', 'Uitvoering', 'ja', 'JA', 'ja', 'Raad; college'],
          ['Zonder doelgroep', 'GR - openbaar lichaam', 'Uitvoering', 'nee', '', 'x', ''],
          ['Onduidelijk', 'GR - openbaar lichaam', 'Uitvoering', 'misschien', 'nee', '', ''],
        ],
        headers,
      ),
      context,
    );
    expect(plan.rows[0].kind === 'create' && plan.rows[0].value).toMatchObject({
      hasAdministrativeInterest: true,
      hasFinancialInterest: true,
      importance: { risks: true, audiences: ['raad', 'college'] },
    });
    expect(plan.rows[1].kind === 'rejected' && plan.rows[1].reasons[0]).toMatch(/^Belangrijk voor: Geef aan voor wie/);
    expect(plan.rows[2].kind === 'rejected' && plan.rows[2].reasons).toEqual(['Bestuurlijk belang: ‘misschien’ is geen ja of nee.']);
  });

  it('documents a column for every key, with unique headers', () => {
    expect(new Set(IMPORT_COLUMNS.map((column) => column.header)).size).toBe(IMPORT_COLUMNS.length);
  });
});
