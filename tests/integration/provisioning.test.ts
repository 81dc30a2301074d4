import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { FIELD_TYPE_KIND, SITE_SCHEMA } from '../../src/schema';
import type { FieldSchema, SiteSchema } from '../../src/schema';
import { zonedDateTime } from '../../src/domain/time';
import { meetingBody as sampleMeetingBody } from '../unit/data/sampleValues';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const sampleBody = () => ({ ...sampleMeetingBody, members: [] });

interface FieldInfo {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required: boolean;
  Indexed: boolean;
  Choices?: string[] | { results: string[] };
  LookupList?: string;
  AllowMultipleValues?: boolean;
}

const bare = (id: string | undefined) => (id ?? '').replace(/[{}]/g, '').toLowerCase();
const choices = (field: FieldInfo) => (Array.isArray(field.Choices) ? field.Choices : (field.Choices?.results ?? []));

/** The SharePoint type name a schema field must have once provisioned (TypeAsString). */
function expectedTypeAsString(field: FieldSchema): string {
  return field.type === 'UserMulti' ? 'UserMulti' : field.type;
}

describe('provisioning against the emulator', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('creates every content type, list, field and view on an empty site', async () => {
    const report = await provisionSite(harness.spAs(OWNER));
    expect(report.created).toBeGreaterThan(0);
    const createdLists = report.steps.filter((step) => step.kind === 'list' && step.action === 'created').map((step) => step.list);
    expect(createdLists).toEqual(SITE_SCHEMA.lists.map((list) => list.title));
    expect(report.notes.join('\n')).toMatch(/Overlegorganen.*item-level permissions/);
  });

  it('changes nothing when run a second time', async () => {
    const report = await provisionSite(harness.spAs(OWNER));
    const changed = report.steps.filter((step) => step.action !== 'unchanged');
    expect(changed).toEqual([]);
    expect(report.unchanged).toBe(report.steps.length);
  });

  it('gives the lists with confidential items their own permissions with Members at Full Control; the other lists inherit', async () => {
    const sp = harness.spAs(OWNER);
    const idOf = async (group: Promise<unknown>) => ((await group) as { Id: number }).Id;
    const members = await idOf(sp.web.associatedMemberGroup.select('Id')());
    const owners = await idOf(sp.web.associatedOwnerGroup.select('Id')());
    const visitors = await idOf(sp.web.associatedVisitorGroup.select('Id')());
    const fullControl = await idOf(sp.web.roleDefinitions.getByType(5).select('Id')());
    const read = await idOf(sp.web.roleDefinitions.getByType(2).select('Id')());
    const edit = await idOf(sp.web.roleDefinitions.getByType(6).select('Id')());

    const confidential = SITE_SCHEMA.lists.filter((list) => list.itemLevelConfidentiality).map((list) => list.title);
    expect(confidential).toEqual(['Overlegorganen', 'Vergaderingen', 'Documenten', 'Procesmomenten']);
    for (const list of SITE_SCHEMA.lists) {
      const target = sp.web.lists.getByTitle(list.title);
      const { HasUniqueRoleAssignments: unique } = (await target.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean };
      expect({ list: list.title, unique }).toEqual({ list: list.title, unique: list.itemLevelConfidentiality });
      if (!list.itemLevelConfidentiality) continue;
      const rows = (await target.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()) as {
        PrincipalId: number;
        RoleDefinitionBindings: { Id: number }[] | { results: { Id: number }[] };
      }[];
      const roles = (principal: number) =>
        rows
          .filter((row) => row.PrincipalId === principal)
          .flatMap((row) => (Array.isArray(row.RoleDefinitionBindings) ? row.RoleDefinitionBindings : row.RoleDefinitionBindings.results).map((binding) => binding.Id))
          .sort((a, b) => a - b);
      expect({ list: list.title, members: roles(members), owners: roles(owners), visitors: roles(visitors) }).toEqual({
        list: list.title,
        members: [fullControl, edit].sort((a, b) => a - b),
        owners: [fullControl],
        visitors: [read],
      });
    }
    // The site itself is untouched: Members still edit there, they do not manage it.
    const siteRows = (await sp.web.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()) as {
      PrincipalId: number;
      RoleDefinitionBindings: { Id: number }[] | { results: { Id: number }[] };
    }[];
    const siteMemberRoles = siteRows
      .filter((row) => row.PrincipalId === members)
      .flatMap((row) => (Array.isArray(row.RoleDefinitionBindings) ? row.RoleDefinitionBindings : row.RoleDefinitionBindings.results).map((binding) => binding.Id));
    expect(siteMemberRoles).toEqual([edit]);

    // A second run changes none of it and says so.
    const again = await provisionSite(sp);
    const permissionSteps = again.steps.filter((step) => step.kind === 'permissions');
    expect(permissionSteps.map((step) => [step.list, step.action])).toEqual(confidential.map((title) => [title, 'unchanged']));
  });

  it('leaves fields in the emulator equal to the schema: type, required, indexed, choices, lookup target', async () => {
    // The test that proves schema, provisioning and emulator agree.
    const sp = harness.spAs(OWNER);
    const lists = (await sp.web.lists.select('Id', 'Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')()) as {
      Id: string;
      Title: string;
      RootFolder: { ServerRelativeUrl: string };
    }[];
    const listIdByKey = new Map(SITE_SCHEMA.lists.map((list) => [list.key, lists.find((candidate) => candidate.Title === list.title)?.Id]));

    for (const list of SITE_SCHEMA.lists) {
      const stored = lists.find((candidate) => candidate.Title === list.title);
      expect(stored?.RootFolder.ServerRelativeUrl).toBe(`/sites/samenwerkingsmonitor/${list.url}`);
      const fields = (await sp.web.lists.getByTitle(list.title).fields()) as FieldInfo[];
      for (const field of list.fields.filter((candidate) => !candidate.builtIn)) {
        const actual = fields.find((candidate) => candidate.InternalName === field.internalName);
        const where = `${list.title}/${field.internalName}`;
        expect({ where, present: actual !== undefined }).toEqual({ where, present: true });
        if (!actual) continue;
        expect({ where, type: actual.TypeAsString, kind: actual.FieldTypeKind, title: actual.Title, required: Boolean(actual.Required), indexed: Boolean(actual.Indexed) }).toEqual({
          where,
          type: expectedTypeAsString(field),
          kind: FIELD_TYPE_KIND[field.type],
          title: field.displayName,
          required: Boolean(field.required),
          indexed: Boolean(field.indexed),
        });
        if (field.type === 'Choice' || field.type === 'MultiChoice') {
          expect({ where, choices: choices(actual) }).toEqual({ where, choices: field.choices.map((choice) => choice.label) });
        }
        if (field.type === 'Lookup' || field.type === 'LookupMulti') {
          expect({ where, target: bare(actual.LookupList) }).toEqual({ where, target: bare(listIdByKey.get(field.lookupList)) });
        }
        if (field.type === 'LookupMulti' || field.type === 'UserMulti') {
          expect({ where, multi: actual.AllowMultipleValues }).toEqual({ where, multi: true });
        }
      }
      const views = (await sp.web.lists.getByTitle(list.title).views.select('Title')()) as { Title: string }[];
      expect(views.map((view) => view.Title)).toEqual(expect.arrayContaining(list.views.map((view) => view.title)));
    }
  });

  it('upgrades to a newer schema by adding the new field, keeping the data', async () => {
    const sp = harness.spAs(OWNER);
    const repositories = createSharePointRepositories(sp);
    const municipality = await repositories.municipalities.create({ name: 'Haaksbergen', region: 'Twente' });

    const newer: SiteSchema = {
      version: SITE_SCHEMA.version + 1,
      lists: SITE_SCHEMA.lists.map((list) =>
        list.key === 'municipalities'
          ? { ...list, fields: [...list.fields, { internalName: 'Inhabitants', displayName: 'Inwoners', property: 'inhabitants', type: 'Number', decimals: 0, indexed: true }] }
          : list,
      ),
    };
    const report = await provisionSite(sp, newer);
    expect(report.steps.filter((step) => step.action !== 'unchanged')).toEqual([
      { kind: 'field', list: 'Gemeenten', name: 'Inhabitants', action: 'created' },
    ]);
    expect(report.schemaVersion).toBe(SITE_SCHEMA.version + 1);

    const kept = await repositories.municipalities.get(municipality.id);
    expect(kept).toMatchObject({ name: 'Haaksbergen', region: 'Twente' });
    const field = (await sp.web.lists.getByTitle('Gemeenten').fields.getByInternalNameOrTitle('Inhabitants')()) as FieldInfo;
    expect(field).toMatchObject({ TypeAsString: 'Number', Indexed: true });

    // Running the older schema afterwards never removes the newer field.
    const downgrade = await provisionSite(sp, SITE_SCHEMA);
    expect(downgrade.steps.filter((step) => step.action !== 'unchanged')).toEqual([]);
    expect(((await sp.web.lists.getByTitle('Gemeenten').fields()) as FieldInfo[]).some((candidate) => candidate.InternalName === 'Inhabitants')).toBe(true);
  });

  it('puts a changed display name and index back to what the schema says', async () => {
    const sp = harness.spAs(OWNER);
    await sp.web.lists.getByTitle('Contactpersonen').fields.getByInternalNameOrTitle('Organisation').update({ Title: 'Org', Indexed: true }, 'SP.Field');
    const report = await provisionSite(sp);
    expect(report.steps.filter((step) => step.action !== 'unchanged')).toEqual([
      expect.objectContaining({ kind: 'field', list: 'Contactpersonen', name: 'Organisation', action: 'updated' }),
    ]);
    const field = (await sp.web.lists.getByTitle('Contactpersonen').fields.getByInternalNameOrTitle('Organisation')()) as FieldInfo;
    expect(field).toMatchObject({ Title: 'Organisatie', Indexed: false });
  });
});

describe('upgrading a schema-5 site: Partnership becomes optional on Overlegorganen and Vergaderingen (organisation-wide bodies)', () => {
  let harness: EmulatorHarness;

  /** Schema 5 as it was: the partnership required on both lists, and none of the lists of issues 8 and 9. */
  const schemaFive: SiteSchema = {
    version: 5,
    lists: SITE_SCHEMA.lists
      .filter((list) => !['influenceCases', 'participantZienswijzen', 'wgrProvisionChecks', 'riskProfiles', 'serviceAgreements', 'performanceIndicators', 'indicatorValues', 'satisfactionMeasurements'].includes(list.key))
      .map((list) =>
        list.key === 'meetingBodies' || list.key === 'meetings'
          ? { ...list, fields: list.fields.map((field) => (field.internalName === 'Partnership' ? { ...field, required: true } : field)) }
          : list,
      ),
  };
  const required = async (sp: ReturnType<EmulatorHarness['spAs']>, title: string): Promise<boolean> =>
    Boolean(((await sp.web.lists.getByTitle(title).fields.getByInternalNameOrTitle('Partnership').select('Required')()) as FieldInfo).Required);

  beforeAll(async () => {
    harness = await startHarness();
    await provisionSite(harness.spAs(OWNER), schemaFive);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('refuses a body without a partnership on the old site, as SharePoint enforces Required', async () => {
    const sp = harness.spAs(OWNER);
    expect(await required(sp, 'Overlegorganen')).toBe(true);
    const repositories = createSharePointRepositories(sp);
    const { partnershipId: _partnershipId, ...organisationWide } = { ...sampleBody(), category: 'intern' as const };
    await expect(repositories.meetingBodies.create(organisationWide)).rejects.toThrow(/required/i);
  });

  it('sets Required to false on both lookups, once: a second run changes nothing', async () => {
    const sp = harness.spAs(OWNER);
    const report = await provisionSite(sp);
    const partnershipSteps = report.steps.filter((step) => step.kind === 'field' && step.name === 'Partnership' && step.action === 'updated');
    expect(partnershipSteps).toEqual([
      { kind: 'field', list: 'Overlegorganen', name: 'Partnership', action: 'updated', detail: 'required → false' },
      { kind: 'field', list: 'Vergaderingen', name: 'Partnership', action: 'updated', detail: 'required → false' },
    ]);
    expect(await required(sp, 'Overlegorganen')).toBe(false);
    expect(await required(sp, 'Vergaderingen')).toBe(false);
    // Every other list keeps its required partnership.
    expect(await required(sp, 'Documenten')).toBe(true);

    const again = await provisionSite(sp);
    expect(again.steps.filter((step) => step.action !== 'unchanged')).toEqual([]);
  });

  it('then stores an organisation-wide body and its meeting, and reads them back without a partnership', async () => {
    const repositories = createSharePointRepositories(harness.spAs(OWNER));
    const { partnershipId: _partnershipId, ...fields } = sampleBody();
    const body = await repositories.meetingBodies.create({ ...fields, name: 'Overleg regievoerders', shortName: 'Regievoerders', category: 'intern', isPublic: false });
    const meeting = await repositories.meetings.create({
      bodyId: body.id,
      title: 'Overleg regievoerders 17 december 2026',
      start: zonedDateTime('2026-12-17', '10:00'),
      end: zonedDateTime('2026-12-17', '11:30'),
      location: 'gemeentehuis',
      status: 'gepland',
      isPublic: false,
    });
    const readBody = await repositories.meetingBodies.get(body.id);
    expect(readBody).toMatchObject({ name: 'Overleg regievoerders', category: 'intern' });
    expect(readBody.partnershipId).toBeUndefined();
    const readMeeting = (await repositories.meetings.list({ where: { property: 'bodyId', op: 'eq', value: body.id } }))[0];
    expect(readMeeting).toMatchObject({ id: meeting.id, bodyId: body.id, start: '2026-12-17T10:00:00+01:00' });
    expect(readMeeting.partnershipId).toBeUndefined();
    // A filter on the partnership does not find it; a filter on "no partnership" does.
    expect(await repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'isNull' } })).toEqual([expect.objectContaining({ id: body.id })]);
  });
});
