import type { SPFI } from '@pnp/sp';
import './pnpModules';
import type { PartnershipDocument, Stored } from '../../domain/models';
import type { ListSchema } from '../../schema';
import type { BatchResult, Repository } from '../ports/repository';
import { toDomainError, withDomainErrors } from './errors';
import { toSharePointBody, type DomainRecord, type SharePointRow } from './fieldMapping';
import { SharePointListRepository, type PersonResolver } from './listRepository';

export interface DocumentFile {
  /** File name inside the library, e.g. `Begroting 2027.pdf`. */
  readonly name: string;
  readonly content: ArrayBuffer | Uint8Array;
}

/** The Documenten library: metadata like any list, plus files, which only an upload can create. */
export interface DocumentRepository extends Repository<PartnershipDocument> {
  /** Adds (or replaces) the file, then sets its metadata; `fileName` comes from the file. */
  upload(file: DocumentFile, metadata: Omit<PartnershipDocument, 'fileName' | 'fileUrl'>): Promise<Stored<PartnershipDocument>>;
}

/** Server-relative path of the web (`/sites/samenwerkingsmonitor`), taken from PnPjs's own URL for it. */
function webServerRelativePath(sp: SPFI): string {
  return new URL(sp.web.toUrl()).pathname.replace(/\/_api\/web\/?$/i, '').replace(/\/$/, '');
}

export class SharePointDocumentRepository extends SharePointListRepository<PartnershipDocument> implements DocumentRepository {
  public constructor(sp: SPFI, schema: ListSchema, people: PersonResolver) {
    // FileRef is the file's server-relative URL; it is a library column, not one of the schema's fields.
    super(sp, schema, people, ['FileRef']);
  }

  public async upload(file: DocumentFile, metadata: Omit<PartnershipDocument, 'fileName' | 'fileUrl'>): Promise<Stored<PartnershipDocument>> {
    return withDomainErrors(async () => {
      const libraryPath = `${webServerRelativePath(this.sp)}/${this.schema.url}`;
      const content = file.content instanceof Uint8Array ? file.content : new Uint8Array(file.content);
      const added = (await this.sp.web.getFolderByServerRelativePath(libraryPath).files.addUsingPath(file.name, content, { Overwrite: true })) as {
        readonly ServerRelativeUrl: string;
      };
      const item = (await this.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl).listItemAllFields.select('Id')()) as SharePointRow;
      const id = item.Id as number;
      const body = toSharePointBody(this.schema, { ...metadata } as DomainRecord, 'create');
      await this.spList.items.getById(id).update(body, (item['odata.etag'] as string | undefined) ?? '*');
      const stored = await this.get(id);
      // Not `newItem`: `Overwrite` may have replaced a file whose item already had its own permissions.
      await this.secure(stored);
      return stored;
    });
  }

  /** A document without content: an empty file under the given name, so the item has a file like any other. */
  public async create(value: PartnershipDocument): Promise<Stored<PartnershipDocument>> {
    const { fileName, fileUrl: _ignored, ...metadata } = value;
    return this.upload({ name: fileName, content: new Uint8Array(0) }, metadata);
  }

  /** Uploads cannot be batched in SharePoint (`addUsingPath` is "not supported for batching" in PnPjs), so one by one. */
  public async createMany(values: readonly PartnershipDocument[]): Promise<readonly BatchResult<PartnershipDocument>[]> {
    const results: BatchResult<PartnershipDocument>[] = [];
    for (const value of values) {
      try {
        results.push({ ok: true, item: await this.create(value) });
      } catch (error) {
        results.push({ ok: false, error: toDomainError(error) });
      }
    }
    return results;
  }

  protected toStored(row: SharePointRow): Stored<PartnershipDocument> {
    const stored = super.toStored(row);
    return typeof row.FileRef === 'string' ? { ...stored, fileUrl: row.FileRef } : stored;
  }
}
