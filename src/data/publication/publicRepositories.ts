import type { SPFI } from '@pnp/sp';
import '../sharepoint/pnpModules';
import type { Stored } from '../../domain/models';
import type { PublicDocument, PublicMeeting, PublicMeetingBody, PublicPartnership, PublicProcessMoment } from '../../domain/council';
import { publicListSchema } from '../../schema';
import type { ListSchema } from '../../schema';
import type { Directory } from '../ports/directory';
import type { Repository } from '../ports/repository';
import { SharePointListRepository, type PersonResolver } from '../sharepoint/listRepository';
import { createSharePointDirectory } from '../sharepoint';
import { toSharePointBody, type DomainRecord, type SharePointRow } from '../sharepoint/fieldMapping';
import { withDomainErrors } from '../sharepoint/errors';

/** The public library on the intranet: metadata like any list, plus the copied files. */
export interface PublicDocumentRepository extends Repository<PublicDocument> {
  /** Adds (or replaces) the file under `metadata.fileName`, then sets its metadata. */
  upload(content: Uint8Array, metadata: Omit<PublicDocument, 'fileUrl'>): Promise<Stored<PublicDocument>>;
}

/** The public projection on the intranet site, one repository per list of INTRANET_SITE_SCHEMA. */
export interface PublicRepositories {
  readonly partnerships: Repository<PublicPartnership>;
  readonly meetingBodies: Repository<PublicMeetingBody>;
  readonly meetings: Repository<PublicMeeting>;
  readonly documents: PublicDocumentRepository;
  readonly processMoments: Repository<PublicProcessMoment>;
}

/** `/sites/intranet`, from PnPjs's own URL for the web. */
function webServerRelativePath(sp: SPFI): string {
  return new URL(sp.web.toUrl()).pathname.replace(/\/_api\/web\/?$/i, '').replace(/\/$/, '');
}

class SharePointPublicDocumentRepository extends SharePointListRepository<PublicDocument> implements PublicDocumentRepository {
  public constructor(sp: SPFI, schema: ListSchema, people: PersonResolver) {
    super(sp, schema, people, ['FileRef']);
  }

  public async upload(content: Uint8Array, metadata: Omit<PublicDocument, 'fileUrl'>): Promise<Stored<PublicDocument>> {
    return withDomainErrors(async () => {
      const libraryPath = `${webServerRelativePath(this.sp)}/${this.schema.url}`;
      const added = (await this.sp.web.getFolderByServerRelativePath(libraryPath).files.addUsingPath(metadata.fileName, content, { Overwrite: true })) as {
        readonly ServerRelativeUrl: string;
      };
      const item = (await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).listItemAllFields.select('Id')()) as SharePointRow;
      const id = item.Id as number;
      const { fileName: _fileName, ...rest } = metadata;
      const body = toSharePointBody(this.schema, { ...rest } as DomainRecord, 'create');
      await this.spList.items.getById(id).update(body, (item['odata.etag'] as string | undefined) ?? '*');
      return this.get(id);
    });
  }

  /** A projection document always has a file: create means an upload of an empty file. */
  public async create(value: PublicDocument): Promise<Stored<PublicDocument>> {
    const { fileUrl: _ignored, ...metadata } = value;
    return this.upload(new Uint8Array(0), metadata);
  }

  protected toStored(row: SharePointRow): Stored<PublicDocument> {
    const stored = super.toStored(row);
    return typeof row.FileRef === 'string' ? { ...stored, fileUrl: row.FileRef } : stored;
  }
}

/** The projection lists of the intranet site; `sp` points at the intranet site. */
export function createPublicRepositories(sp: SPFI, directory: Directory = createSharePointDirectory(sp)): PublicRepositories {
  return {
    partnerships: new SharePointListRepository<PublicPartnership>(sp, publicListSchema('publicPartnerships'), directory),
    meetingBodies: new SharePointListRepository<PublicMeetingBody>(sp, publicListSchema('publicMeetingBodies'), directory),
    meetings: new SharePointListRepository<PublicMeeting>(sp, publicListSchema('publicMeetings'), directory),
    documents: new SharePointPublicDocumentRepository(sp, publicListSchema('publicDocuments'), directory),
    processMoments: new SharePointListRepository<PublicProcessMoment>(sp, publicListSchema('publicProcessMoments'), directory),
  };
}
