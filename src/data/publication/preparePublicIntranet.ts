import type { SPFI } from '@pnp/sp';
import { INTRANET_SITE_SCHEMA } from '../../schema';
import { provisionSite, type ProvisioningReport } from '../provisioning';
import { createSharePointRepositories } from '../sharepoint';
import { applyItemPermissions, type ItemPermissionReport } from './itemPermissions';
import { createPublicRepositories } from './publicRepositories';
import { publishPublicInformation, sharePointFileReader, type PublicationReport } from './publishPublicInformation';

export interface PublicIntranetReport {
  readonly provisioning: ProvisioningReport;
  readonly permissions: ItemPermissionReport;
  readonly publication: PublicationReport;
}

/**
 * The whole publication path, as a site owner of both sites: provision the projection lists on the intranet
 * (idempotent), close the register's confidential items to the Visitors, then publish the public part.
 * Permissions come before publication so nothing confidential is ever readable for the raad, not even
 * between the two steps.
 */
export async function preparePublicIntranet(registerSp: SPFI, intranetSp: SPFI, log: (message: string) => void = () => undefined): Promise<PublicIntranetReport> {
  const provisioning = await provisionSite(intranetSp, INTRANET_SITE_SCHEMA);
  const permissions = await applyItemPermissions(registerSp, { log });
  const publication = await publishPublicInformation({
    register: createSharePointRepositories(registerSp),
    intranet: createPublicRepositories(intranetSp),
    readFile: sharePointFileReader(registerSp),
    log,
  });
  return { provisioning, permissions, publication };
}
