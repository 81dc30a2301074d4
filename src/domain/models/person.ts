/**
 * A person as SharePoint knows them: a site user with an id, or (for members from other
 * municipalities) only a name and an e-mail address.
 */
export interface PersonRef {
  /** SharePoint site user id; absent for external people. */
  readonly userId?: number;
  readonly displayName: string;
  readonly email?: string;
}
