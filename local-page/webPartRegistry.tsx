import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import type { CalendarGateway, Directory, Repositories } from '../src/data/ports';
import type { SPFI } from '@pnp/sp';
import { PartnershipRegister } from '../src/webparts/partnershipRegister/components';
import { browserUrlState } from '../src/components/register';
import { lazyHandoverDossierGenerator } from '../src/data/documents/lazyGenerators';
import type { PageLanguage } from './pageLocale';
import type { SeededUser } from './seededUsers';
import type { HostKind } from '../src/webparts/shared/hosting';
import { LocalDashboard } from './localDashboard';
import { MeetingBodies } from '../src/webparts/meetingBodies/components';
import type { CalendarOwner } from '../src/data/ports';
import { OutboxView } from './OutboxView';
import { calendarKeyOf } from '../src/data/scheduling';
import { LocalCouncilInformation } from './localCouncilInformation';
import { WgrCalendar } from '../src/webparts/wgrCalendar/components';
import { dutchWorkingDays } from '../src/domain/wgr/dutchHolidays';
import { Steering, type SteeringTab } from '../src/webparts/steering/components';
import { calendarDateOfInstant } from '../src/domain/time';
import { CouncilInfluence } from '../src/webparts/councilInfluence/components';
import { PartnershipControl, type PartnershipControlTab } from '../src/webparts/partnershipControl/components';
import { DEMO_MUNICIPALITY } from '../demo-data/people';
import { ServiceDelivery, type ServiceDeliveryTab } from '../src/webparts/serviceDelivery/components';
import { parsePartnershipId } from '../src/webparts/shared/hosting';

const LOCAL_CALENDAR_OWNER: CalendarOwner = { kind: 'me' };

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
  /** Where the page pretends to run (`?host=`): SharePoint or a Teams tab. */
  readonly host: HostKind;
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
      <PartnershipRegister
        repositories={context.repositories}
        directory={context.directory}
        urlState={browserUrlState()}
        isDemoData={context.isDemoData}
        theme={context.theme}
        generateHandoverDossier={lazyHandoverDossierGenerator(context.repositories, () => calendarDateOfInstant(new Date()))}
      />
    ),
  },
  {
    key: 'partnershipDashboard',
    title: { nl: 'Dashboard samenwerking', en: 'Partnership dashboard' },
    render: (context) => <LocalDashboard context={context} personalApp={false} />,
  },
  {
    // The same web part as the Teams personal app shows it: the signed-in accounthouder's partnerships.
    key: 'myPartnerships',
    title: { nl: 'Mijn samenwerkingsverbanden', en: 'My partnerships' },
    render: (context) => <LocalDashboard context={context} personalApp={true} />,
  },
  {
    key: 'meetingBodies',
    title: { nl: 'Overlegorganen en vergaderingen', en: 'Meeting bodies and meetings' },
    // Locally the invites come from the signed-in demo user's own calendar (in SharePoint: the property pane decides).
    render: (context) => (
      <MeetingBodies
        repositories={context.repositories}
        directory={context.directory}
        calendar={context.calendar}
        calendarOwner={LOCAL_CALENDAR_OWNER}
        calendarKey={calendarKeyOf(LOCAL_CALENDAR_OWNER, context.user.email)}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    key: 'councilInformation',
    title: { nl: 'Raadsinformatie', en: 'Council information' },
    render: (context) => (
      <LocalCouncilInformation userEmail={context.user.email} repositories={context.repositories} theme={context.theme} isDemoData={context.isDemoData} />
    ),
  },
  {
    // Not a web part: the emulator's outbox, so a new user sees what members would receive.
    key: 'outbox',
    title: { nl: 'Verzonden uitnodigingen (emulator)', en: 'Sent invites (emulator)' },
    render: (context) => <OutboxView language={context.language} theme={context.theme} />,
  },
  {
    // Issue 6A: the Wgr calendar; the demo's "today" is in 2026, so it opens on 2027, the year with the demo ABs.
    key: 'wgrCalendar',
    title: { nl: 'Wgr-kalender', en: 'Wgr calendar' },
    render: (context) => (
      <WgrCalendar
        repositories={context.repositories}
        loadWorkingDays={() => Promise.resolve(dutchWorkingDays())}
        initialYear={Number(context.parameters.get('year')) || 2027}
        ownMunicipalityName={context.parameters.get('ownMunicipality') ?? DEMO_MUNICIPALITY}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    // Issue 7: "Sturing"; `?tab=` opens a tab (evaluations, budget, taskLayers, coalitions, report).
    key: 'steering',
    title: { nl: 'Sturing', en: 'Steering' },
    render: (context) => (
      <Steering
        repositories={context.repositories}
        directory={context.directory}
        today={calendarDateOfInstant(new Date())}
        initialTab={(context.parameters.get('tab') as SteeringTab | null) ?? undefined}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    // Issue 9: "Dienstverlening"; `?partnership=<id>` and `?tab=` (indicators, agreements, satisfaction, offTarget) open a view.
    key: 'serviceDelivery',
    title: { nl: 'Dienstverlening', en: 'Service delivery' },
    render: (context) => (
      <ServiceDelivery
        repositories={context.repositories}
        today={calendarDateOfInstant(new Date())}
        initialPartnershipId={parsePartnershipId(context.parameters.get('partnership'))}
        initialTab={(context.parameters.get('tab') as ServiceDeliveryTab | null) ?? undefined}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    // Issue 8: "Zienswijzen"; the demo's own council is Hof van Twente (in SharePoint: the property pane). `?case=<id>` opens a case.
    key: 'councilInfluence',
    title: { nl: 'Zienswijzen', en: 'Council views' },
    render: (context) => (
      <CouncilInfluence
        repositories={context.repositories}
        today={calendarDateOfInstant(new Date())}
        ownMunicipalityName={DEMO_MUNICIPALITY}
        {...(Number(context.parameters.get('case')) > 0 ? { initialCaseId: Number(context.parameters.get('case')) } : {})}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    // Issue 8: "Risico en Wgr-toets"; `?partnership=<id>` opens a partnership, `?tab=` a tab (risk, wgr, overview).
    key: 'partnershipControl',
    title: { nl: 'Risico en Wgr-toets', en: 'Risk and Wgr check' },
    render: (context) => (
      <PartnershipControl
        repositories={context.repositories}
        today={calendarDateOfInstant(new Date())}
        {...(Number(context.parameters.get('partnership')) > 0 ? { initialPartnershipId: Number(context.parameters.get('partnership')) } : {})}
        initialTab={(context.parameters.get('tab') as PartnershipControlTab | null) ?? undefined}
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
  {
    // The same web part as the Teams personal app shows it: the signed-in owner's own actions.
    key: 'myActions',
    title: { nl: 'Mijn acties', en: 'My actions' },
    render: (context) => (
      <Steering
        repositories={context.repositories}
        directory={context.directory}
        today={calendarDateOfInstant(new Date())}
        mode="myActions"
        isDemoData={context.isDemoData}
        theme={context.theme}
      />
    ),
  },
];
