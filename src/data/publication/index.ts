export { createPublicRepositories } from './publicRepositories';
export type { PublicRepositories, PublicDocumentRepository } from './publicRepositories';
export { applyItemPermission, applyItemPermissions } from './itemPermissions';
export type { ItemPermissionOutcome, ItemPermissionReport, ItemPermissionOptions } from './itemPermissions';
export { publishPublicInformation, sharePointFileReader } from './publishPublicInformation';
export type { PublicationReport, ListPublicationReport, PublicationSources } from './publishPublicInformation';
export { preparePublicIntranet } from './preparePublicIntranet';
