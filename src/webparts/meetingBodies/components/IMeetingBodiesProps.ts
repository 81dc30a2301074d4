import type { ITheme } from '@fluentui/react';
import type { CalendarGateway, CalendarOwner, Directory, Repositories } from '../../../data/ports';

export interface IMeetingBodiesProps {
  /** The data site's lists. */
  readonly repositories: Repositories;
  /** Resolves members' e-mail addresses to site users and tells who is signed in. */
  readonly directory: Directory;
  /** Outlook through Microsoft Graph: `MSGraphClientV3` in SPFx, the emulator's client locally. */
  readonly calendar: CalendarGateway;
  /** The calendar invites are made in: the organiser's own, or the Microsoft 365 group's. */
  readonly calendarOwner: CalendarOwner;
  /** Who that calendar is (`calendarKeyOf`): meetings sent from another calendar are not changed or synced from this one. */
  readonly calendarKey: string;
  /** Domain of the event UIDs in exported `.ics` files: the tenant's host. @default the page's host name */
  readonly calendarFileDomain?: string;
  readonly theme?: ITheme;
  /** Marks the page as showing the seeds' demo data. */
  readonly isDemoData?: boolean;
  /** The current instant; tests pass a fixed one. @default () => new Date() */
  readonly now?: () => Date;
}
