import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../src/data/ports';
import { createPublicRepositories } from '../src/data/publication/publicRepositories';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { CouncilInformation } from '../src/webparts/councilInformation/components';

/** The emulator's intranet site, where the publication keeps the public projection (as `startLocalEnvironment` does). */
export const LOCAL_INTRANET_PATH = '/sites/intranet';

export interface ILocalCouncilInformationProps {
  readonly userEmail: string;
  /** The register's repositories as the signed-in user: only partnerships and figures are used, for the BBV paragraph. */
  readonly repositories: Repositories;
  readonly theme: ITheme;
  readonly isDemoData: boolean;
}

/**
 * "Raadsinformatie" on the local page, wired like its WebPart class: the public projection read from the
 * intranet site as the signed-in user, and the register's public lists for the BBV paragraph.
 */
export function LocalCouncilInformation(props: ILocalCouncilInformationProps): JSX.Element {
  const publicRepositories = React.useMemo(
    () => createPublicRepositories(createEmulatorSp(`${window.location.origin}${LOCAL_INTRANET_PATH}`, props.userEmail)),
    [props.userEmail],
  );
  const bbvRepositories = React.useMemo(
    () => ({ partnerships: props.repositories.partnerships, financialFigures: props.repositories.financialFigures }),
    [props.repositories],
  );
  return <CouncilInformation publicRepositories={publicRepositories} bbvRepositories={bbvRepositories} theme={props.theme} isDemoData={props.isDemoData} />;
}
