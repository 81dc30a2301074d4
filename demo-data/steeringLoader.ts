import type { Directory, Repositories, Repository } from '../src/data/ports';
import type { ImprovementAction, PersonRef, Stored } from '../src/domain/models';
import {
  DEMO_BUDGET_PROGRESS,
  DEMO_CORE_DOMAINS,
  DEMO_DOSSIERS,
  DEMO_EVALUATION_ACTIONS,
  DEMO_EVALUATIONS,
  DEMO_MILESTONES,
  DEMO_TASK_LAYER_INSIGHTS,
} from './steering';

/** Items created and already present per steering list. */
export interface SteeringDemoReport {
  readonly created: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<string, number>>;
  readonly failures: readonly string[];
}

function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('nl');
}

/**
 * Creates the values whose natural key is not on the site yet, in one `createMany`; returns every stored item by key.
 * An unresolvable reference is a failure of that item only.
 */
async function createMissing<T extends object>(
  name: string,
  repository: Repository<T>,
  values: readonly (() => T)[],
  key: (value: T) => string,
  report: { created: Record<string, number>; skipped: Record<string, number>; failures: string[] },
): Promise<Map<string, Stored<T>>> {
  const byKey = new Map<string, Stored<T>>();
  for (const item of await repository.list()) if (!byKey.has(key(item))) byKey.set(key(item), item);
  report.created[name] = 0;
  report.skipped[name] = 0;
  const toCreate: T[] = [];
  const planned = new Set<string>();
  for (const make of values) {
    let value: T;
    try {
      value = make();
    } catch (error) {
      report.failures.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (byKey.has(key(value)) || planned.has(key(value))) {
      report.skipped[name] += 1;
      continue;
    }
    planned.add(key(value));
    toCreate.push(value);
  }
  // One batch per list, as the base demo loader does.
  const results = toCreate.length === 0 ? [] : await repository.createMany(toCreate);
  results.forEach((result, index) => {
    if (result.ok) {
      byKey.set(key(result.item), result.item);
      report.created[name] += 1;
    } else {
      report.failures.push(`${name}: '${key(toCreate[index])}' was not created: ${result.error.message}`);
    }
  });
  return byKey;
}

function lookup(ids: ReadonlyMap<string, number>, kind: string, name: string): number {
  const id = ids.get(normalised(name));
  if (id === undefined) throw new Error(`Demo data refers to an unknown ${kind} '${name}'`);
  return id;
}

/**
 * Loads the steering demo data (issue 7) after the base demo data: task-layer insights, core domains,
 * dossiers and milestones, the demo evaluation with its follow-up actions, and the budget forecasts.
 * Idempotent like `loadDemoData`: items are recognised by their natural key and left unchanged.
 */
export async function loadSteeringDemoData(repositories: Repositories, directory: Directory, log: (message: string) => void = () => undefined): Promise<SteeringDemoReport> {
  const report = { created: {} as Record<string, number>, skipped: {} as Record<string, number>, failures: [] as string[] };
  const partnershipIds = new Map((await repositories.partnerships.list()).map((item) => [normalised(item.name), item.id]));
  const municipalityIds = new Map((await repositories.municipalities.list()).map((item) => [normalised(item.name), item.id]));
  const partnershipId = (name: string): number => lookup(partnershipIds, 'partnership', name);
  const municipalityId = (name: string): number => lookup(municipalityIds, 'municipality', name);

  await createMissing(
    'taskLayerInsights',
    repositories.taskLayerInsights,
    DEMO_TASK_LAYER_INSIGHTS.map(({ partnershipName, ...rest }) => () => (partnershipName === undefined ? rest : { ...rest, partnershipId: partnershipId(partnershipName) })),
    (value) => `${value.taskLayer}|${value.kind}|${normalised(value.text)}`,
    report,
  );

  const domains = await createMissing('coreDomains', repositories.coreDomains, DEMO_CORE_DOMAINS.map((domain) => () => domain), (value) => normalised(value.name), report);
  const domainIds = new Map([...domains.values()].map((domain) => [normalised(domain.name), domain.id]));
  const dossiers = await createMissing(
    'coalitionDossiers',
    repositories.coalitionDossiers,
    DEMO_DOSSIERS.map(({ coreDomainName, participantNames, trekkerMunicipalityName, ...rest }) => () => ({
      ...rest,
      coreDomainId: lookup(domainIds, 'core domain', coreDomainName),
      participantIds: participantNames.map(municipalityId),
      ...(trekkerMunicipalityName === undefined ? {} : { trekkerMunicipalityId: municipalityId(trekkerMunicipalityName) }),
    })),
    (value) => normalised(value.name),
    report,
  );
  const dossierIds = new Map([...dossiers.values()].map((dossier) => [normalised(dossier.name), dossier.id]));
  await createMissing(
    'milestones',
    repositories.milestones,
    DEMO_MILESTONES.map(({ dossierName, ...rest }) => () => ({ ...rest, dossierId: lookup(dossierIds, 'dossier', dossierName) })),
    (value) => `${value.dossierId}|${normalised(value.title)}`,
    report,
  );

  const people = new Map<string, PersonRef>();
  for (const email of new Set(DEMO_EVALUATION_ACTIONS.map((action) => action.ownerEmail).filter((email): email is string => email !== undefined))) {
    try {
      people.set(email.toLowerCase(), await directory.ensureUser(email));
    } catch (error) {
      report.failures.push(`people: '${email}' could not be added to the site: ${(error as Error).message}`);
    }
  }
  const actionKey = (value: { readonly plan: string; readonly number: string }): string => `${normalised(value.plan)}|${normalised(value.number)}`;
  const actions = await createMissing<ImprovementAction>(
    'actions',
    repositories.actions,
    DEMO_EVALUATION_ACTIONS.map(({ partnershipName, ownerEmail, ...rest }) => () => {
      const owner = ownerEmail === undefined ? undefined : people.get(ownerEmail.toLowerCase());
      if (ownerEmail !== undefined && owner === undefined) throw new Error(`Demo data refers to an unknown person '${ownerEmail}'`);
      return { ...rest, ...(partnershipName === undefined ? {} : { partnershipId: partnershipId(partnershipName) }), ...(owner === undefined ? {} : { owner }) };
    }),
    actionKey,
    report,
  );

  await createMissing(
    'evaluations',
    repositories.evaluations,
    DEMO_EVALUATIONS.map(({ partnershipName, followUpActions, ...rest }) => () => ({
      ...rest,
      partnershipId: partnershipId(partnershipName),
      followUpActionIds: followUpActions.map((reference) => {
        const stored = actions.get(actionKey(reference));
        if (stored === undefined) throw new Error(`Demo evaluation refers to an unknown action '${reference.plan} ${reference.number}'`);
        return stored.id;
      }),
    })),
    (value) => `${value.partnershipId}|${value.date}`,
    report,
  );

  await createMissing(
    'budgetProgress',
    repositories.budgetProgress,
    DEMO_BUDGET_PROGRESS.map(({ partnershipName, ...rest }) => () => ({ ...rest, partnershipId: partnershipId(partnershipName) })),
    (value) => `${value.partnershipId}|${value.year}|${value.asOfDate}|${value.kind}`,
    report,
  );

  for (const name of Object.keys(report.created)) log(`${name}: ${report.created[name]} created, ${report.skipped[name]} already there`);
  return report;
}
