import type { ITheme } from '@fluentui/react';
import type { ReactNode } from 'react';

/** Whether the register site already holds the Samenwerkingsmonitor lists. */
export type ListsCheck = 'present' | 'missing';

/** What creating the lists did, for the owner to read; produced from the provisioning report by the host. */
export interface SiteSetupResult {
  /** One line per list, field, content type or view created or changed; empty when nothing changed. */
  readonly changes: readonly string[];
  /** What the setup deliberately left to an administrator, if anything. */
  readonly notes?: readonly string[];
}

/**
 * The first-run path: the register site lacks the lists, and a site owner creates them from the page.
 * Every action is a function passed in, so the gate is tested without SharePoint and the host decides
 * how to read, check permissions and provision.
 */
export interface ISiteSetupGateProps {
  /** Absolute URL of the register site, shown so the owner knows which site is meant. */
  readonly dataSiteUrl: string;
  /** Reads the register once; resolves 'missing' when the lists are not there (see `checkListsExist`). */
  readonly checkLists: () => Promise<ListsCheck>;
  /** Whether the signed-in user may create lists on the register site. */
  readonly canCreateLists: () => Promise<boolean>;
  /** Creates or upgrades the lists from the site schema; safe to run twice. */
  readonly createLists: () => Promise<SiteSetupResult>;
  /** The register, rendered once the lists exist. */
  readonly children?: ReactNode;
  /** @default the default Fluent theme */
  readonly theme?: ITheme;
}

export interface ISiteSetupPanelProps {
  readonly dataSiteUrl: string;
  readonly canCreateLists: () => Promise<boolean>;
  readonly createLists: () => Promise<SiteSetupResult>;
  /** Called when the owner, after the lists were created, goes on to the register. */
  readonly onContinue: () => void;
  readonly theme?: ITheme;
}
