export { provisionSite } from './provisionSite';
export type { ProvisioningReport, ProvisioningStep, ProvisioningAction, ProvisioningLog } from './provisionSite';
export { fieldXml } from './fieldXml';
export type { LookupListIds } from './fieldXml';
