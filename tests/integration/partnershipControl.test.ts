import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE, loadDemoData } from '../../demo-data/index';
import { loadPartnershipControlDemoData } from '../../demo-data/partnershipControlDemo';
import { ConcurrencyConflictError, type Repositories } from '../../src/data/ports';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import { loadRiskProfiles, saveExitSettings, saveProvisionCheck, saveRiskProfile } from '../../src/data/partnershipControl';
import { currentRiskProfile } from '../../src/domain/riskProfile';
import { RISK_QUESTIONS } from '../../src/domain/riskProfile/questionnaire';
import { parseCalendarDate } from '../../src/domain/time';
import { EXIT_NOTICE_SUBJECT, summarizeChecklist, wgrChecklist } from '../../src/domain/wgr2022';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const TODAY = parseCalendarDate('2026-11-26');

function allAnswers(points: number): Record<string, number> {
  return Object.fromEntries(RISK_QUESTIONS.map((question) => [question.id, points]));
}

describe('risk profiles, the Wgr 2022 check and the exit notice against the emulator', () => {
  let harness: EmulatorHarness;
  let repositories: Repositories;
  let partnershipIds: Map<string, number>;

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    repositories = createSharePointRepositories(sp);
    const report = await loadDemoData(repositories, createSharePointDirectory(sp));
    expect(report.failures).toEqual([]);
    partnershipIds = new Map((await repositories.partnerships.list()).map((item) => [item.name, item.id] as const));
  }, 120_000);
  afterAll(async () => {
    await harness.close();
  });

  const idOf = (name: string): number => {
    const id = partnershipIds.get(name);
    if (id === undefined) throw new Error(`no partnership ${name}`);
    return id;
  };

  it('loads the demo profiles, checks and exit moment once: a second load creates nothing', async () => {
    const second = await loadPartnershipControlDemoData(repositories);
    expect(second).toEqual({ created: 0, failures: [] });

    const gbtwente = idOf(GBTWENTE);
    const history = await loadRiskProfiles(repositories.riskProfiles, gbtwente);
    expect(history.map((profile) => [profile.assessedOn, profile.level, profile.score])).toEqual([
      ['2026-10-15', 'midden', 57],
      ['2025-11-20', 'laag', 30],
    ]);
    const checks = await repositories.wgrProvisionChecks.list();
    expect(summarizeChecklist(wgrChecklist(checks, gbtwente))).toMatchObject({ complete: true, text: '5 van 5 geregeld' });
    expect(summarizeChecklist(wgrChecklist(checks, idOf(VEILIGHEIDSREGIO_TWENTE)))).toMatchObject({
      complete: false,
      text: '3 van 6 geregeld, 1 deels, 1 ontbreekt, 1 nog te toetsen',
    });
    const moments = (await repositories.processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: gbtwente } })).filter((moment) => moment.subject === EXIT_NOTICE_SUBJECT);
    expect(moments).toHaveLength(1);
    expect(moments[0]).toMatchObject({ date: '2027-01-01', kind: 'invloed', source: 'wgr', isDeadline: true, status: 'verwacht' });
    expect([...moments[0].audiences].sort()).toEqual(['college', 'raad']);
  });

  it('saves every assessment as a new profile with the computed score and level, and writes nothing when incomplete', async () => {
    const crematoria = idOf('Openbaar Lichaam Crematoria Twente');
    const before = await loadRiskProfiles(repositories.riskProfiles, crematoria);

    const incomplete = await saveRiskProfile(repositories.riskProfiles, { partnershipId: crematoria, answers: { 'fin-bijdrage': 3 }, assessedOn: TODAY, notes: '' });
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect(incomplete.errors['fin-garanties']).toBe('Kies een antwoord.');
    expect(await loadRiskProfiles(repositories.riskProfiles, crematoria)).toHaveLength(before.length);

    const saved = await saveRiskProfile(repositories.riskProfiles, {
      partnershipId: crematoria,
      answers: { ...allAnswers(3), 'een-oude-vraag': 2 },
      assessedOn: TODAY,
      notes: '  Alles op het hoogste risico (test).  ',
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.item).toMatchObject({ score: 100, level: 'hoog', assessedOn: '2026-11-26', notes: 'Alles op het hoogste risico (test).' });
    expect(saved.item.answers).toEqual(allAnswers(3));

    const again = await saveRiskProfile(repositories.riskProfiles, { partnershipId: crematoria, answers: allAnswers(0), assessedOn: TODAY, notes: '' });
    expect(again.ok).toBe(true);
    const after = await loadRiskProfiles(repositories.riskProfiles, crematoria);
    expect(after).toHaveLength(before.length + 2);
    // Same day: the later save applies.
    expect(currentRiskProfile(after, crematoria)).toMatchObject({ level: 'laag', score: 0 });
  });

  it('creates and updates a checklist line with its ETag, and turns a stale ETag or a parallel create into a conflict', async () => {
    const regio = idOf('Regionale uitvoeringsdienst Overijssel (ODT/RUD)');
    const line = { partnershipId: regio, provision: 'inwonersparticipatie' as const, result: 'ontbreekt' as const, regulationArticle: 'art. 12', notes: '', checkedOn: TODAY };
    const created = await saveProvisionCheck(repositories.wgrProvisionChecks, line, undefined);
    expect(created.ok).toBe(true);
    if (!created.ok) return;

    // A second person who had not seen the line yet must not add a second one.
    await expect(saveProvisionCheck(repositories.wgrProvisionChecks, { ...line, result: 'geregeld' }, undefined)).rejects.toBeInstanceOf(ConcurrencyConflictError);

    const invalid = await saveProvisionCheck(repositories.wgrProvisionChecks, { ...line, result: 'geregeld', regulationArticle: '' }, created.item);
    expect(invalid).toEqual({ ok: false, errors: { regulationArticle: 'Noem het artikel van de regeling waarin dit geregeld is, bijvoorbeeld "art. 32".' } });

    const updated = await saveProvisionCheck(repositories.wgrProvisionChecks, { ...line, result: 'geregeld', regulationArticle: 'art. 12a' }, created.item);
    expect(updated.ok && updated.item).toMatchObject({ result: 'geregeld', regulationArticle: 'art. 12a' });

    // The first ETag is stale now: the save fails and carries the current line.
    const stale = saveProvisionCheck(repositories.wgrProvisionChecks, { ...line, result: 'deels-geregeld', regulationArticle: 'art. 9' }, created.item);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await stale.catch((error: ConcurrencyConflictError<{ result: string }>) => expect(error.current).toMatchObject({ result: 'geregeld' }));
    const lines = (await repositories.wgrProvisionChecks.list()).filter((item) => item.partnershipId === regio);
    expect(lines).toHaveLength(1);
  });

  it('writes the exit moment from the settings, moves it when they change, leaves hand-entered moments alone and removes it when cleared', async () => {
    const stadsbank = idOf('Stadsbank Oost-Nederland');
    const handEntered = await repositories.processMoments.create({
      partnershipId: stadsbank,
      kind: 'invloed',
      subject: EXIT_NOTICE_SUBJECT,
      date: parseCalendarDate('2026-12-31'),
      isDeadline: true,
      audiences: ['raad'],
      status: 'verwacht',
      source: 'handmatig',
      isPublic: true,
      notes: 'Met de hand ingevoerd (test).',
    });
    const exitMoments = async () =>
      (await repositories.processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: stadsbank } })).filter((moment) => moment.subject === EXIT_NOTICE_SUBJECT && moment.source === 'wgr');

    const refused = await saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: 6, exitEffectiveDay: '31-04' }, undefined, TODAY);
    expect(refused).toEqual({ ok: false, errors: { exitEffectiveDay: '"31-04" is geen dag en maand; schrijf dd-mm, bijvoorbeeld 01-01.' } });
    expect(await repositories.wgrSettings.list({ where: { property: 'partnershipId', op: 'eq', value: stadsbank } })).toHaveLength(0);

    const first = await saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: 6, exitEffectiveDay: '31-8' }, undefined, TODAY);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.settings).toMatchObject({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' });
    expect(first.momentSync.action).toBe('created');
    expect(await exitMoments()).toEqual([expect.objectContaining({ date: '2027-02-28', isDeadline: true, source: 'wgr' })]);

    const same = await saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, first.settings, TODAY);
    expect(same.ok && same.momentSync.action).toBe('unchanged');
    if (!same.ok) return;

    const longer = await saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: 12, exitEffectiveDay: '' }, same.settings, TODAY);
    expect(longer.ok && longer.momentSync.action).toBe('updated');
    if (!longer.ok) return;
    // Cleared: SharePoint reads an emptied text field back as empty text.
    expect(longer.settings.exitEffectiveDay ?? '').toBe('');
    const moved = await exitMoments();
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ date: '2027-01-01' });
    expect(moved[0].notes).toContain('Om per 1 januari 2028 uit te treden moet de raad uiterlijk 1 januari 2027 besluiten');

    // A stale settings ETag is a conflict, not an overwrite.
    await expect(saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: 3, exitEffectiveDay: '' }, first.settings, TODAY)).rejects.toBeInstanceOf(ConcurrencyConflictError);

    const cleared = await saveExitSettings(repositories, { partnershipId: stadsbank, exitNoticeMonths: undefined, exitEffectiveDay: '' }, longer.settings, TODAY);
    expect(cleared.ok && cleared.momentSync.action).toBe('removed');
    expect(await exitMoments()).toHaveLength(0);
    expect(await repositories.processMoments.get(handEntered.id)).toMatchObject({ date: '2026-12-31', source: 'handmatig', notes: 'Met de hand ingevoerd (test).' });
  });
});
