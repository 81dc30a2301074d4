import type { SPFI } from '@pnp/sp';
import './pnpModules';
import type { PersonRef } from '../../domain/models';
import type { Directory } from '../ports/directory';
import { withDomainErrors } from './errors';

interface SiteUserJson {
  readonly Id: number;
  readonly Title: string;
  readonly Email?: string;
}

function toPersonRef(user: SiteUserJson): PersonRef {
  return user.Email ? { userId: user.Id, displayName: user.Title, email: user.Email } : { userId: user.Id, displayName: user.Title };
}

/** Site users through `/_api/web/ensureuser` and `/_api/web/currentuser`. */
export class SharePointDirectory implements Directory {
  public constructor(private readonly sp: SPFI) {}

  public async ensureUser(email: string): Promise<PersonRef> {
    return withDomainErrors(async () => {
      // SharePoint resolves a bare e-mail address as a logon name for tenant users.
      const user = (await this.sp.web.ensureUser(email)) as unknown as SiteUserJson;
      return toPersonRef(user);
    });
  }

  public async currentUser(): Promise<PersonRef> {
    return withDomainErrors(async () => toPersonRef((await this.sp.web.currentUser.select('Id', 'Title', 'Email')()) as SiteUserJson));
  }
}
