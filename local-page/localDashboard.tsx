import * as React from 'react';
import { createSharePointDashboardLoader } from '../src/data/dashboard';
import { lazyHandoverDossierGenerator } from '../src/data/documents/lazyGenerators';
import { createSharePointRepositories } from '../src/data/sharepoint';
import { calendarDateOfInstant } from '../src/domain/time';
import { parsePartnershipId, PARTNERSHIP_QUERY_PARAMETER } from '../src/webparts/shared/hosting';
import { PartnershipDashboardRoot } from '../src/webparts/partnershipDashboard/components';
import type { LocalWebPartContext } from './webPartRegistry';

export interface ILocalDashboardProps {
  readonly context: LocalWebPartContext;
  /** Renders as the Teams personal app ("Mijn samenwerkingsverbanden") instead of a page or channel tab. */
  readonly personalApp: boolean;
}

/**
 * The "Dashboard samenwerking" web part on the local page, wired as its WebPart class wires it: the batch
 * loader and the documents repository (for uploads) on the data site, the partnership from `?partnership=`.
 */
export function LocalDashboard({ context, personalApp }: ILocalDashboardProps): JSX.Element {
  const { sp, directory } = context;
  const repositories = React.useMemo(() => createSharePointRepositories(sp, directory), [sp, directory]);
  const load = React.useMemo(() => createSharePointDashboardLoader(sp), [sp]);
  const linkFor = (partnershipId: number): string => {
    const url = new URL(window.location.href);
    url.searchParams.set('webpart', 'partnershipDashboard');
    url.searchParams.set(PARTNERSHIP_QUERY_PARAMETER, String(partnershipId));
    return url.toString();
  };
  return (
    <PartnershipDashboardRoot
      host={personalApp ? 'teamsPersonalApp' : context.host}
      partnershipId={parsePartnershipId(context.parameters.get(PARTNERSHIP_QUERY_PARAMETER))}
      partnerships={repositories.partnerships}
      riskProfiles={repositories.riskProfiles}
      directory={directory}
      load={load}
      upload={(file, metadata) => repositories.documents.upload(file, metadata)}
      today={calendarDateOfInstant(new Date())}
      theme={context.theme}
      isDemoData={context.isDemoData}
      linkFor={linkFor}
      generateHandoverDossier={lazyHandoverDossierGenerator(repositories, () => calendarDateOfInstant(new Date()))}
    />
  );
}
