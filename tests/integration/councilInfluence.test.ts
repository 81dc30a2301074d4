import { loadDemoData } from '../../demo-data';
import { DEMO_CASE_BUDGET_2027, DEMO_CASE_BUDGET_2028, DEMO_INFLUENCE_CASES, DEMO_PARTICIPANT_ZIENSWIJZEN } from '../../demo-data/councilInfluenceDemo';
import { GBTWENTE } from '../../demo-data/partnerships';
import { createInfluenceCase, loadInfluenceCases, saveInfluenceStep, saveParticipantZienswijze } from '../../src/data/councilInfluence';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { influenceCaseSteps } from '../../src/domain/councilInfluence';
import { parseCalendarDate } from '../../src/domain/time';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

/*
 * Zienswijze cases through the real SharePoint adapter and the emulator: the demo loads once, a partnership's cases
 * come with the other councils' zienswijzen, a step is saved with the ETag (a stale one is refused with the current
 * item), and invalid input writes nothing.
 */

jest.setTimeout(120_000);

const TODAY = parseCalendarDate('2026-11-26');
let harness: EmulatorHarness;
let repositories: SharePointRepositories;
let gbTwenteId: number;

beforeAll(async () => {
  harness = await startHarness();
  const sp = harness.spAs(OWNER);
  await provisionSite(sp);
  repositories = createSharePointRepositories(sp);
  const report = await loadDemoData(repositories, createSharePointDirectory(sp));
  expect(report.failures.filter((failure) => /influenceCases|participantZienswijzen/.test(failure))).toEqual([]);
  gbTwenteId = (await repositories.partnerships.list()).find((partnership) => partnership.name === GBTWENTE)?.id ?? -1;
});

afterAll(async () => {
  await harness?.close();
});

describe('zienswijze cases on the emulator', () => {
  it('loads the demo cases of GBTwente with the other councils’ zienswijzen, once', async () => {
    const data = await loadInfluenceCases(repositories, { partnershipId: gbTwenteId });
    expect(data.cases.map((item) => item.subject)).toEqual([DEMO_CASE_BUDGET_2028, DEMO_CASE_BUDGET_2027]);
    const complete = data.cases[1];
    expect(influenceCaseSteps(complete, TODAY).progress).toBe('afgerond');
    expect(influenceCaseSteps(data.cases[0], TODAY).steps[1].state).toBe('te-laat');
    const municipalities = await repositories.municipalities.list();
    const names = (data.zienswijzenByCase.get(complete.id) ?? []).map((item) => municipalities.find((municipality) => municipality.id === item.municipalityId)?.name).sort();
    expect(names).toEqual(['Enschede', 'Hengelo']);
    expect(data.zienswijzenByCase.get(data.cases[0].id)).toBeUndefined();

    await loadDemoData(repositories, createSharePointDirectory(harness.spAs(OWNER)));
    expect(await repositories.influenceCases.list()).toHaveLength(DEMO_INFLUENCE_CASES.length);
    expect(await repositories.participantZienswijzen.list()).toHaveLength(DEMO_PARTICIPANT_ZIENSWIJZEN.length);
    const all = await loadInfluenceCases(repositories);
    expect(all.zienswijzenByCase.get(complete.id)).toHaveLength(2);
  });

  it('saves a step with the ETag and refuses a stale one with the current item', async () => {
    const [open] = (await loadInfluenceCases(repositories, { partnershipId: gbTwenteId })).cases;
    const saved = await saveInfluenceStep(repositories, open, 'raadsoplegger', { coverNoteDate: '2026-11-20' }, TODAY);
    expect(saved.kind).toBe('saved');
    expect((await repositories.influenceCases.get(open.id)).coverNoteDate).toBe('2026-11-20');

    // Someone else's read from before the save: its ETag is stale now.
    const stale = await saveInfluenceStep(
      repositories,
      open,
      'zienswijze-raad',
      { councilPosition: 'bezwaren', councilAdoptedDate: '2026-11-24', councilZienswijzeSummary: 'Bezwaar (test).' },
      TODAY,
    );
    expect(stale.kind).toBe('conflict');
    expect(stale.kind === 'conflict' ? stale.current?.coverNoteDate : undefined).toBe('2026-11-20');
    expect((await repositories.influenceCases.get(open.id)).councilPosition).toBeUndefined();

    const invalid = await saveInfluenceStep(repositories, await repositories.influenceCases.get(open.id), 'besluit-ab', { abDecision: 'Vastgesteld', abDecisionDate: '2026-10-01' }, TODAY);
    expect(invalid).toEqual({ kind: 'invalid', errors: { abDecisionDate: 'Het AB kan niet vóór de ontvangst van het document hebben besloten (2 november 2026).' } });

    // Clearing the step again writes undefined, which empties the field.
    const cleared = await saveInfluenceStep(repositories, await repositories.influenceCases.get(open.id), 'raadsoplegger', { coverNoteDate: '' }, TODAY);
    expect(cleared.kind).toBe('saved');
    expect((await repositories.influenceCases.get(open.id)).coverNoteDate).toBeUndefined();
  });

  it('creates a case and adds and edits another council’s zienswijze', async () => {
    const invalid = await createInfluenceCase(repositories, { partnershipId: gbTwenteId, subject: 'Begrotingswijziging (test)', kind: 'begrotingswijziging', receivedDate: '2026-11-10', collegeProposalPoints: [], councilZienswijzeSummary: '', abMemberPosition: '', abDecision: '', grAnswerSummary: '' }, TODAY);
    expect(invalid.kind === 'invalid' ? invalid.errors.budgetYear : undefined).toMatch(/begrotingsjaar/);
    const created = await createInfluenceCase(repositories, { partnershipId: gbTwenteId, subject: 'Begrotingswijziging 2027 (test)', kind: 'begrotingswijziging', budgetYear: 2027, receivedDate: '2026-11-10', responseDeadline: '2027-01-20', collegeProposalPoints: ['Instemmen (test)'], councilZienswijzeSummary: '', abMemberPosition: '', abDecision: '', grAnswerSummary: '' }, TODAY);
    if (created.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(created)}`);
    expect(created.item.collegeProposalPoints).toEqual(['Instemmen (test)']);

    const partnership = await repositories.partnerships.get(gbTwenteId);
    const municipalities = await repositories.municipalities.list();
    const almelo = municipalities.find((municipality) => municipality.name === 'Almelo')?.id ?? -1;
    const own = municipalities.find((municipality) => municipality.name === 'Hof van Twente')?.id ?? -1;
    const context = { influenceCase: created.item, participantIds: partnership.participantIds, ownMunicipalityId: own, existing: [], today: TODAY };
    const refused = await saveParticipantZienswijze(repositories, { caseId: created.item.id, municipalityId: own, position: 'instemmend', summary: 'x' }, context);
    expect(refused.kind).toBe('invalid');
    const added = await saveParticipantZienswijze(repositories, { caseId: created.item.id, municipalityId: almelo, position: 'instemmend', summary: 'Instemmend (test).', adoptedDate: '2026-11-24', documentUrl: '' }, context);
    if (added.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(added)}`);
    const edited = await saveParticipantZienswijze(
      repositories,
      { caseId: created.item.id, municipalityId: almelo, position: 'met-opmerkingen', summary: 'Met opmerkingen (test).', adoptedDate: '2026-11-24', documentUrl: '' },
      { ...context, existing: [added.item] },
      { item: added.item },
    );
    expect(edited.kind).toBe('saved');
    expect(await repositories.participantZienswijzen.get(added.item.id)).toMatchObject({ position: 'met-opmerkingen', summary: 'Met opmerkingen (test).', adoptedDate: '2026-11-24' });
    const stale = await saveParticipantZienswijze(repositories, { caseId: created.item.id, municipalityId: almelo, position: 'bezwaren', summary: 'Bezwaar (test).' }, { ...context, existing: [added.item] }, { item: added.item });
    expect(stale.kind).toBe('conflict');
  });
});
