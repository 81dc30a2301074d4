import * as strings from 'SiteSetupStrings';
import type { ProvisioningReport, ProvisioningStep } from '../../data/provisioning';
import type { SiteSetupResult } from './ISiteSetup';

const SUBJECT_TEMPLATES: Readonly<Record<ProvisioningStep['kind'], () => string>> = {
  contentType: () => strings.StepContentType,
  list: () => strings.StepList,
  listContentType: () => strings.StepListContentType,
  field: () => strings.StepField,
  view: () => strings.StepView,
  permissions: () => strings.StepPermissions,
};

/**
 * The owner-facing lines of a provisioning report: only what was created or updated, in the user's
 * language ("Kolom Rechtsvorm in lijst Samenwerkingsverbanden: aangemaakt"). Unchanged steps are left out,
 * so a second run reads as "nothing changed".
 */
export function summarizeProvisioningReport(report: ProvisioningReport): SiteSetupResult {
  const changes = report.steps
    .filter((step) => step.action !== 'unchanged')
    .map((step) => `${describeSubject(step)}: ${step.action === 'created' ? strings.ActionCreated : strings.ActionUpdated}`);
  return { changes, notes: report.notes };
}

function describeSubject(step: ProvisioningStep): string {
  // A list step names the list by its URL; the owner knows it by its title.
  const name = step.kind === 'list' ? (step.list ?? step.name) : step.name;
  return SUBJECT_TEMPLATES[step.kind]().replace('{0}', name).replace('{1}', step.list ?? '');
}
