import type { SPFI } from '@pnp/sp';
import '../sharepoint/pnpModules';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { IList } from '@pnp/sp/lists';
import { SITE_SCHEMA } from '../../schema';
import type { FieldSchema, ListKey, ListSchema, SiteSchema, ViewSchema } from '../../schema';
import { withDomainErrors } from '../sharepoint/errors';
import { fieldXml } from './fieldXml';

/*
 * Create-or-upgrade of the site from the schema, through the REST API only: the feature framework's element
 * manifests are skipped for tenant-wide and Teams deployment, so the lists cannot come from the package.
 * It adds what is missing and adjusts what differs; it never deletes a list, a field or an item.
 */

export type ProvisioningAction = 'created' | 'updated' | 'unchanged';

export interface ProvisioningStep {
  readonly kind: 'contentType' | 'list' | 'listContentType' | 'field' | 'view' | 'permissions';
  /** List title, absent for site content types. */
  readonly list?: string;
  readonly name: string;
  readonly action: ProvisioningAction;
  /** What changed, for updates. */
  readonly detail?: string;
}

export interface ProvisioningReport {
  readonly schemaVersion: number;
  readonly steps: readonly ProvisioningStep[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Things provisioning deliberately leaves to someone else, in words. */
  readonly notes: readonly string[];
}

export type ProvisioningLog = (message: string) => void;

/** The internal name hint makes SharePoint take the schema's internal name instead of one derived from the title. */
const ADD_FIELD_OPTIONS: AddFieldOptions = AddFieldOptions.AddToAllContentTypes | AddFieldOptions.AddFieldInternalNameHint;

interface ExistingList {
  readonly Id: string;
  readonly Title: string;
  readonly RootFolder?: { readonly ServerRelativeUrl?: string };
}

interface ExistingField {
  readonly InternalName: string;
  readonly Title: string;
  readonly Required: boolean;
  readonly Indexed: boolean;
  readonly Choices?: readonly string[] | { readonly results: readonly string[] };
}

interface RoleAssignmentRow {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: readonly { readonly Id: number }[] | { readonly results: readonly { readonly Id: number }[] };
}

/** `RoleTypeKind` of the built-in Full Control permission level (its id differs per site, its type does not). */
const FULL_CONTROL_ROLE_TYPE = 5;

/** Who gets Full Control on a list with confidential items, and which role definition that is. */
interface ConfidentialListGrant {
  readonly memberGroupId: number;
  readonly fullControlId: number;
}

function bindingIds(row: RoleAssignmentRow): readonly number[] {
  const bindings = row.RoleDefinitionBindings;
  if (!bindings) return [];
  const ids = Array.isArray(bindings) ? bindings : (bindings as { results: readonly { Id: number }[] }).results;
  return ids.map((binding) => binding.Id);
}

interface ExistingView {
  readonly Id: string;
  readonly Title: string;
  readonly ViewQuery: string;
  readonly RowLimit: number;
  readonly DefaultView: boolean;
}

function choicesOf(field: ExistingField): readonly string[] {
  const choices = field.Choices;
  if (!choices) return [];
  return Array.isArray(choices) ? choices : (choices as { results: readonly string[] }).results;
}

/** `Lists/FinancieleGegevens` → `FinancieleGegevens`: the name a list is first created with, which fixes its URL. */
function urlName(list: ListSchema): string {
  const segments = list.url.split('/');
  return segments[segments.length - 1];
}

class Provisioner {
  private readonly steps: ProvisioningStep[] = [];
  private readonly lookupListIds: Partial<Record<ListKey, string>> = {};

  public constructor(
    private readonly sp: SPFI,
    private readonly log: ProvisioningLog,
  ) {}

  public get report(): readonly ProvisioningStep[] {
    return this.steps;
  }

  private record(step: ProvisioningStep): void {
    this.steps.push(step);
    if (step.action !== 'unchanged') {
      this.log(`${step.action} ${step.kind} ${step.list ? `${step.list}/` : ''}${step.name}${step.detail ? ` (${step.detail})` : ''}`);
    }
  }

  public async ensureContentTypes(schema: SiteSchema): Promise<void> {
    const existing = (await this.sp.web.contentTypes.select('StringId', 'Name')()) as { StringId: string; Name: string }[];
    const existingIds = new Set(existing.map((contentType) => contentType.StringId.toUpperCase()));
    for (const list of schema.lists) {
      const contentType = list.contentType;
      if (existingIds.has(contentType.id.toUpperCase())) {
        this.record({ kind: 'contentType', name: contentType.name, action: 'unchanged' });
        continue;
      }
      await this.sp.web.contentTypes.add(contentType.id, contentType.name, contentType.description, contentType.group);
      this.record({ kind: 'contentType', name: contentType.name, action: 'created' });
    }
  }

  public async ensureList(list: ListSchema, existingLists: readonly ExistingList[]): Promise<IList> {
    const urlSuffix = `/${list.url}`.toLowerCase();
    const found =
      existingLists.find((candidate) => (candidate.RootFolder?.ServerRelativeUrl ?? '').toLowerCase().endsWith(urlSuffix)) ??
      existingLists.find((candidate) => candidate.Title === list.title);

    let listId: string;
    if (!found) {
      // Created under its URL name first, then renamed: SharePoint derives the URL from the first title,
      // the same way PnP provisioning keeps URLs free of spaces and accents.
      const created = (await this.sp.web.lists.add(urlName(list), list.description, list.template, true)) as ExistingList;
      listId = created.Id;
      if (created.Title !== list.title) {
        await this.sp.web.lists.getById(listId).update({ Title: list.title });
      }
      this.record({ kind: 'list', list: list.title, name: list.url, action: 'created' });
    } else {
      listId = found.Id;
      if (found.Title !== list.title) {
        await this.sp.web.lists.getById(listId).update({ Title: list.title });
        this.record({ kind: 'list', list: list.title, name: list.url, action: 'updated', detail: `title was '${found.Title}'` });
      } else {
        this.record({ kind: 'list', list: list.title, name: list.url, action: 'unchanged' });
      }
    }
    this.lookupListIds[list.key] = listId;
    return this.sp.web.lists.getById(listId);
  }

  public async ensureListContentType(list: ListSchema, target: IList): Promise<void> {
    const existing = (await target.contentTypes.select('StringId', 'Name')()) as { StringId: string; Name: string }[];
    // A list's copy of a site content type gets a longer id that starts with the site content type's id.
    const present = existing.some((contentType) => contentType.StringId.toUpperCase().startsWith(list.contentType.id.toUpperCase()));
    if (present) {
      this.record({ kind: 'listContentType', list: list.title, name: list.contentType.name, action: 'unchanged' });
      return;
    }
    await target.contentTypes.addAvailableContentType(list.contentType.id);
    this.record({ kind: 'listContentType', list: list.title, name: list.contentType.name, action: 'created' });
  }

  public async ensureFields(list: ListSchema, target: IList): Promise<void> {
    const existing = (await target.fields.select('InternalName', 'Title', 'Required', 'Indexed', 'Choices')()) as ExistingField[];
    const byName = new Map(existing.map((field) => [field.InternalName, field]));
    for (const field of list.fields) {
      const current = byName.get(field.internalName);
      if (!current) {
        if (field.builtIn) {
          throw new Error(`Built-in field ${field.internalName} is missing from '${list.title}'`);
        }
        await target.fields.createFieldAsXml({ SchemaXml: fieldXml(field, this.lookupListIds), Options: ADD_FIELD_OPTIONS });
        this.record({ kind: 'field', list: list.title, name: field.internalName, action: 'created' });
        continue;
      }
      await this.adjustField(list, target, field, current);
    }
  }

  private async adjustField(list: ListSchema, target: IList, field: FieldSchema, current: ExistingField): Promise<void> {
    // The file name column of a library belongs to SharePoint; its title and rules stay as they are.
    if (field.builtIn && field.internalName === 'FileLeafRef') {
      this.record({ kind: 'field', list: list.title, name: field.internalName, action: 'unchanged' });
      return;
    }
    const changes: Record<string, unknown> = {};
    const details: string[] = [];
    if (current.Title !== field.displayName) {
      changes.Title = field.displayName;
      details.push(`title '${current.Title}' → '${field.displayName}'`);
    }
    if (Boolean(current.Required) !== Boolean(field.required)) {
      changes.Required = Boolean(field.required);
      details.push(`required → ${Boolean(field.required)}`);
    }
    if (Boolean(current.Indexed) !== Boolean(field.indexed)) {
      changes.Indexed = Boolean(field.indexed);
      details.push(`indexed → ${Boolean(field.indexed)}`);
    }
    if (field.type === 'Choice' || field.type === 'MultiChoice') {
      const currentChoices = choicesOf(current);
      const missing = field.choices.filter((choice) => !currentChoices.includes(choice.label));
      if (missing.length > 0) {
        // Choices only grow: a label that items may still carry is never taken away.
        changes.Choices = [...currentChoices, ...missing.map((choice) => choice.label)];
        details.push(`choices added: ${missing.map((choice) => choice.label).join(', ')}`);
      }
    }
    if (details.length === 0) {
      this.record({ kind: 'field', list: list.title, name: field.internalName, action: 'unchanged' });
      return;
    }
    await target.fields.getByInternalNameOrTitle(field.internalName).update(changes, 'SP.Field');
    this.record({ kind: 'field', list: list.title, name: field.internalName, action: 'updated', detail: details.join('; ') });
  }

  public async ensureViews(list: ListSchema, target: IList): Promise<void> {
    const existing = (await target.views.select('Id', 'Title', 'ViewQuery', 'RowLimit', 'DefaultView')()) as ExistingView[];
    for (const view of list.views) {
      const current = existing.find((candidate) => candidate.Title === view.title);
      if (!current) {
        const created = (await target.views.add(view.title, false, { ViewQuery: view.query, RowLimit: view.rowLimit })) as ExistingView;
        await this.setViewFields(target, created.Id, view);
        if (view.isDefault) {
          await target.views.getById(created.Id).update({ DefaultView: true });
        }
        this.record({ kind: 'view', list: list.title, name: view.title, action: 'created' });
        continue;
      }
      const details: string[] = [];
      const changes: Record<string, unknown> = {};
      if (current.ViewQuery !== view.query) {
        changes.ViewQuery = view.query;
        details.push('query');
      }
      if (current.RowLimit !== view.rowLimit) {
        changes.RowLimit = view.rowLimit;
        details.push('row limit');
      }
      if (Boolean(view.isDefault) && !current.DefaultView) {
        changes.DefaultView = true;
        details.push('default');
      }
      if (Object.keys(changes).length > 0) {
        await target.views.getById(current.Id).update(changes);
      }
      const fields = (await target.views.getById(current.Id).fields()) as { Items?: readonly string[] | { results: readonly string[] } };
      const currentFields = Array.isArray(fields.Items) ? fields.Items : ((fields.Items as { results?: readonly string[] } | undefined)?.results ?? []);
      if (currentFields.join(',') !== view.fields.join(',')) {
        await this.setViewFields(target, current.Id, view);
        details.push('fields');
      }
      this.record(
        details.length > 0
          ? { kind: 'view', list: list.title, name: view.title, action: 'updated', detail: details.join(', ') }
          : { kind: 'view', list: list.title, name: view.title, action: 'unchanged' },
      );
    }
  }

  /**
   * A list whose items may be niet openbaar gets its own permissions: the site's assignments copied (Owners keep
   * Full Control, Visitors keep Read for the public items) and the site's Members group Full Control on top,
   * because securing an item (break inheritance, remove the Visitors) needs Manage Permissions, which Edit lacks.
   */
  public async ensureConfidentialListPermissions(list: ListSchema, target: IList, grant: ConfidentialListGrant): Promise<void> {
    const details: string[] = [];
    const unique = ((await target.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: boolean }).HasUniqueRoleAssignments === true;
    if (!unique) {
      await target.breakRoleInheritance(true, false);
      details.push("own permissions (the site's copied)");
    }
    const assignments = (await target.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()) as RoleAssignmentRow[];
    const membersHaveFullControl = assignments.some((row) => row.PrincipalId === grant.memberGroupId && bindingIds(row).includes(grant.fullControlId));
    if (!membersHaveFullControl) {
      await target.roleAssignments.add(grant.memberGroupId, grant.fullControlId);
      details.push('Members: Full Control');
    }
    this.record(
      details.length > 0
        ? { kind: 'permissions', list: list.title, name: 'role assignments', action: 'updated', detail: details.join('; ') }
        : { kind: 'permissions', list: list.title, name: 'role assignments', action: 'unchanged' },
    );
  }

  private async setViewFields(target: IList, viewId: string, view: ViewSchema): Promise<void> {
    const viewFields = target.views.getById(viewId).fields;
    await viewFields.removeAll();
    for (const field of view.fields) {
      await target.views.getById(viewId).fields.add(field);
    }
  }
}

/** The site's associated Members group and the Full Control role definition, looked up by type. */
async function confidentialListGrant(sp: SPFI): Promise<ConfidentialListGrant> {
  const memberGroup = (await sp.web.associatedMemberGroup.select('Id')()) as { Id: number };
  const fullControl = (await sp.web.roleDefinitions.getByType(FULL_CONTROL_ROLE_TYPE).select('Id')()) as { Id: number };
  return { memberGroupId: memberGroup.Id, fullControlId: fullControl.Id };
}

/**
 * Brings the site in line with the schema: content types, lists (in schema order, so lookups find their
 * targets), list content types, fields, views and the own permissions of the lists with confidential items. Idempotent: a second run reports everything unchanged.
 */
export async function provisionSite(sp: SPFI, schema: SiteSchema = SITE_SCHEMA, log: ProvisioningLog = () => undefined): Promise<ProvisioningReport> {
  return withDomainErrors(async () => {
    const provisioner = new Provisioner(sp, log);
    await provisioner.ensureContentTypes(schema);
    const existingLists = (await sp.web.lists.select('Id', 'Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')()) as ExistingList[];
    let grant: ConfidentialListGrant | undefined;
    for (const list of schema.lists) {
      const target = await provisioner.ensureList(list, existingLists);
      await provisioner.ensureListContentType(list, target);
      await provisioner.ensureFields(list, target);
      await provisioner.ensureViews(list, target);
      if (list.itemLevelConfidentiality) {
        grant = grant ?? (await confidentialListGrant(sp));
        await provisioner.ensureConfidentialListPermissions(list, target, grant);
      }
    }
    const steps = provisioner.report;
    const notes = schema.lists
      .filter((list) => list.itemLevelConfidentiality)
      .map(
        (list) =>
          `'${list.title}' holds confidential (niet openbaar) items: the list has its own permissions with the Members group at Full Control, so that they can secure the items they mark niet openbaar; item-level permissions are set per item when it is saved, not by provisioning.`,
      );
    notes.forEach((note) => log(note));
    return {
      schemaVersion: schema.version,
      steps,
      created: steps.filter((step) => step.action === 'created').length,
      updated: steps.filter((step) => step.action === 'updated').length,
      unchanged: steps.filter((step) => step.action === 'unchanged').length,
      notes,
    };
  });
}
