/**
 * Where a web part runs. SPFx renders the same web part on a SharePoint page, as a Teams channel or chat
 * tab (`TeamsTab`) and as a Teams personal app (`TeamsPersonalApp`); the web part adapts what it shows.
 */
export type HostKind = 'sharePoint' | 'teamsTab' | 'teamsPersonalApp';

/** The parts of TeamsJS v2's `app.Context` the web parts read (`app.getContext()`). */
export interface TeamsContextLike {
  readonly app?: { readonly theme?: string; readonly locale?: string };
  readonly page?: { readonly id?: string; readonly subPageId?: string; readonly frameContext?: string };
  readonly channel?: { readonly id?: string };
  readonly chat?: { readonly id?: string };
  readonly team?: { readonly groupId?: string };
  readonly meeting?: { readonly id?: string };
  readonly user?: { readonly userPrincipalName?: string };
}

/**
 * The host from Teams' context: no context means SharePoint; a channel, chat or meeting means a tab
 * that a team configured; otherwise the personal app, which belongs to the signed-in user alone.
 */
export function hostKindOf(teamsContext: TeamsContextLike | undefined): HostKind {
  if (teamsContext === undefined) return 'sharePoint';
  if (teamsContext.channel?.id || teamsContext.chat?.id || teamsContext.meeting?.id || teamsContext.team?.groupId) return 'teamsTab';
  return 'teamsPersonalApp';
}
