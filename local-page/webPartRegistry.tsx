import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { CalendarGateway, Directory, Repositories } from '../src/data/ports';
import type { SPFI } from '@pnp/sp';
import { PartnershipRegister } from '../src/webparts/partnershipRegister/components';
import type { PageLanguage } from './pageLocale';
import type { SeededUser } from './seededUsers';

/** What the local page hands every web part: the same things its WebPart class gets in SharePoint. */
export interface LocalWebPartContext {
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly calendar: CalendarGateway;
  /** PnPjs instance on the data site, for web parts that need more than the repositories (provisioning, files). */
  readonly sp: SPFI;
  readonly theme: ITheme;
  readonly language: PageLanguage;
  readonly user: SeededUser;
  readonly isDemoData: boolean;
  /** The page's query parameters, so a web part can read its own (a deep link's partnership id, filters). */
  readonly parameters: URLSearchParams;
}

export interface LocalWebPart {
  /** `?webpart=<key>` selects it. */
  readonly key: string;
  readonly title: Readonly<Record<PageLanguage, string>>;
  render(context: LocalWebPartContext): JSX.Element;
}

/**
 * The web parts the local page can show, in menu order. Each issue adds its web part here, one entry
 * each, rendering the same React root its WebPart class renders in SharePoint.
 */
export const LOCAL_WEB_PARTS: readonly LocalWebPart[] = [
  {
    key: 'partnershipRegister',
    title: { nl: 'Samenwerkingen', en: 'Partnerships' },
    render: (context) => (
      <PartnershipRegister repositories={context.repositories} isDemoData={context.isDemoData} theme={context.theme} />
    ),
  },
];
