/**
 * Links that open one partnership's dashboard. In SharePoint the page carries `?partnership=<id>`; in Teams
 * a deep link to the personal app's static tab carries the id as `subEntityId`, which the tab reads back
 * as `page.subPageId` from `app.getContext()`.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application
 */

/** The query parameter of a SharePoint page that names the partnership (`?partnership=12`). */
export const PARTNERSHIP_QUERY_PARAMETER = 'partnership';

/** The personal app's static tab with the dashboard (teams/manifest.json `staticTabs[].entityId`). */
export const DASHBOARD_ENTITY_ID = 'samenwerkingsmonitor-dashboard';

/** A SharePoint list item id: a positive whole number; anything else is no partnership. */
export function parsePartnershipId(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^\d{1,9}$/.test(text)) return undefined;
  const id = Number(text);
  return id > 0 ? id : undefined;
}

/** Teams' `subEntityId` carries the id as is, or (from older links) as `partnership:<id>`. */
export function partnershipIdFromSubPageId(subPageId: string | undefined): number | undefined {
  if (subPageId === undefined) return undefined;
  return parsePartnershipId(subPageId.replace(/^partnership:/i, ''));
}

export interface PartnershipSources {
  /** `page.subPageId` from Teams' context (a deep link). */
  readonly subPageId?: string;
  /** The page's query string (`window.location.search`). */
  readonly search?: string;
  /** The web part property a channel tab or a page editor configured. */
  readonly configured?: number | string;
}

/**
 * Which partnership the dashboard shows: a deep link wins (someone followed a link to this one), then
 * the page's `?partnership=`, then the configured web part property. Undefined means: let the user pick.
 */
export function resolvePartnershipId(sources: PartnershipSources): number | undefined {
  return (
    partnershipIdFromSubPageId(sources.subPageId) ??
    parsePartnershipId(new URLSearchParams(sources.search ?? '').get(PARTNERSHIP_QUERY_PARAMETER)) ??
    parsePartnershipId(sources.configured)
  );
}

/** The same page with `?partnership=<id>` set (other parameters kept), for a link from SharePoint. */
export function sharePointDashboardLink(pageUrl: string, partnershipId: number): string {
  const url = new URL(pageUrl);
  url.searchParams.set(PARTNERSHIP_QUERY_PARAMETER, String(partnershipId));
  return url.toString();
}

export interface TeamsDeepLinkTarget {
  /** The Teams app id (teams/manifest.json `id`). */
  readonly appId: string;
  readonly partnershipId: number;
  /** The static tab; the dashboard's by default. */
  readonly entityId?: string;
  /** Shown by Teams as the tab's label while it opens. */
  readonly label?: string;
}

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"<id>"}`, URL-encoded as Teams expects. */
export function teamsDashboardDeepLink(target: TeamsDeepLinkTarget): string {
  const entityId = target.entityId ?? DASHBOARD_ENTITY_ID;
  const query = new URLSearchParams();
  if (target.label) query.set('label', target.label);
  query.set('context', JSON.stringify({ subEntityId: String(target.partnershipId) }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(entityId)}?${query.toString().replace(/\+/g, '%20')}`;
}

/** The Teams app's id (teams/manifest.json `id`); a test checks the two agree. */
export const TEAMS_APP_ID = '69beef29-5cdc-4727-b257-71531c62ad4c';
