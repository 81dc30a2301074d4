import { applyImportPlan } from '../../../../src/data/import';
import { InvalidRequestError } from '../../../../src/data/ports';
import type { Municipality, Partnership, Stored } from '../../../../src/domain/models';
import { planImport, type ImportContext } from '../../../../src/domain/register';
import { parseCalendarDate } from '../../../../src/domain/time';
import { AUDIENCE_CHOICES, BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../../src/schema';
import { InMemoryRepository } from '../../../support/inMemoryRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

const municipalities: Stored<Municipality>[] = [{ id: 1, etag: '"1"', name: 'Almelo', region: 'Twente' }];
const vocabulary = { legalForms: LEGAL_FORM_CHOICES, bbvGroups: BBV_GROUP_CHOICES, taskLayers: TASK_LAYER_CHOICES, statuses: PARTNERSHIP_STATUS_CHOICES, audiences: AUDIENCE_CHOICES };
const headers = ['Naam', 'Rechtsvorm', 'Taaklagen', 'Deelnemers', 'Vestigingsplaats'];
const rows = [
  ['Nieuw convenant', 'Convenant', 'Beleid', 'Almelo', 'Almelo'],
  ['Fout', 'Convenant', 'Beleid', 'Atlantis', ''],
  ['Bestaand', 'GR - openbaar lichaam', 'Uitvoering', '', 'Enschede'],
];

async function contextOf(repository: InMemoryRepository<Partnership>): Promise<ImportContext> {
  return { existing: await repository.list(), municipalities, vocabulary, today: parseCalendarDate('2026-11-26') };
}

describe('applying an import plan', () => {
  it('writes one create or update per valid row, nothing for rejected rows, and nothing on a second run of the same file', async () => {
    const { id: _id, etag: _etag, ...existing } = storedPartnership(1, { name: 'Bestaand', seat: 'Hengelo' });
    const repository = new InMemoryRepository<Partnership>([existing]);

    const plan = planImport({ headers, rows }, await contextOf(repository));
    expect(plan.rows.map((row) => row.kind)).toEqual(['create', 'rejected', 'update']);
    const results = await applyImportPlan(plan, repository);
    expect(results.map((result) => result.outcome)).toEqual(['created', 'updated']);
    expect(repository.calls.filter((call) => call.method === 'create' || call.method === 'update')).toHaveLength(2);
    expect(repository.snapshot().map((item) => [item.name, item.seat])).toEqual([['Bestaand', 'Enschede'], ['Nieuw convenant', 'Almelo']]);
    expect(repository.snapshot().some((item) => item.name === 'Fout')).toBe(false);

    const again = planImport({ headers, rows }, await contextOf(repository));
    expect(again.rows.map((row) => row.kind)).toEqual(['unchanged', 'rejected', 'unchanged']);
    expect(await applyImportPlan(again, repository)).toEqual([]);
  });

  it('reports a row that failed in SharePoint or was changed meanwhile, and still writes the others', async () => {
    const { id: _id, etag: _etag, ...existing } = storedPartnership(1, { name: 'Bestaand' });
    const repository = new InMemoryRepository<Partnership>([existing]).failCreatesWhen((value) =>
      value.name === 'Nieuw convenant' ? new InvalidRequestError('Ongeldige waarde') : undefined,
    );
    const plan = planImport({ headers, rows: [...rows, ['Tweede nieuw', 'Convenant', 'Strategie', '', '']] }, await contextOf(repository));
    // Someone saves "Bestaand" between the dry run and the import.
    await repository.update(1, { risks: 'intussen gewijzigd' }, '"1"');

    const results = await applyImportPlan(plan, repository);
    expect(results).toEqual([
      { rowNumber: 2, name: 'Nieuw convenant', outcome: 'failed', reason: 'SharePoint weigerde het opslaan: Ongeldige waarde' },
      { rowNumber: 4, name: 'Bestaand', outcome: 'failed', reason: expect.stringContaining('intussen gewijzigd') },
      { rowNumber: 5, name: 'Tweede nieuw', outcome: 'created' },
    ]);
    expect(repository.snapshot().find((item) => item.name === 'Bestaand')?.seat).toBe('Hengelo');
  });
});
