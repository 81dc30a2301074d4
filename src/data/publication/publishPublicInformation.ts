import type { SPFI } from '@pnp/sp';
import '../sharepoint/pnpModules';
import { planProjectionChanges, projectPublicInformation, type ProjectionChanges, type RegisterSnapshot } from '../../domain/council';
import type { Repositories } from '../ports/repositories';
import type { Repository } from '../ports/repository';
import { withDomainErrors } from '../sharepoint/errors';
import type { PublicRepositories } from './publicRepositories';

/*
 * Keeps the intranet's public projection equal to the public part of the register. It reads the register as
 * someone who may see everything (an owner or member), decides per item what is public (pure, in
 * `projectPublicInformation`) and writes only that to the intranet site. Public documents are copied
 * file and all, so the council never needs to open the register site.
 */

export interface ListPublicationReport {
  readonly created: number;
  readonly updated: number;
  readonly removed: number;
  readonly unchanged: number;
}

export interface PublicationReport {
  readonly partnerships: ListPublicationReport;
  readonly meetingBodies: ListPublicationReport;
  readonly meetings: ListPublicationReport;
  readonly documents: ListPublicationReport;
  readonly processMoments: ListPublicationReport;
}

export interface PublicationSources {
  /** The register site's repositories, read with rights to everything. */
  readonly register: Pick<Repositories, 'municipalities' | 'partnerships' | 'meetingBodies' | 'meetings' | 'documents' | 'processMoments'>;
  /** The intranet site's projection lists, written with edit rights there. */
  readonly intranet: PublicRepositories;
  /** Reads a register document's file (server-relative URL). */
  readonly readFile: (serverRelativeUrl: string) => Promise<Uint8Array>;
  readonly log?: (message: string) => void;
}

/** The register file reader over PnPjs: the content of a file by its server-relative URL. */
export function sharePointFileReader(registerSp: SPFI): (serverRelativeUrl: string) => Promise<Uint8Array> {
  return async (serverRelativeUrl) => new Uint8Array(await registerSp.web.getFileByServerRelativePath(serverRelativeUrl).getBuffer());
}

async function applyChanges<T extends { readonly sourceId: number }>(
  repository: Repository<T>,
  changes: ProjectionChanges<T>,
  write: { readonly create: (value: T) => Promise<unknown>; readonly update: (id: number, value: T, etag: string) => Promise<unknown> },
): Promise<ListPublicationReport> {
  for (const value of changes.create) await write.create(value);
  for (const change of changes.update) await write.update(change.id, change.value, change.etag);
  // Removed items go to the intranet's recycle bin, where an owner can still restore them.
  for (const removal of changes.remove) await repository.recycle(removal.id, removal.etag);
  return { created: changes.create.length, updated: changes.update.length, removed: changes.remove.length, unchanged: changes.unchanged };
}

function listWrites<T extends object>(repository: Repository<T>): { create: (value: T) => Promise<unknown>; update: (id: number, value: T, etag: string) => Promise<unknown> } {
  return {
    create: (value) => repository.create(value),
    // Every projected property is sent, so a field cleared in the register is cleared on the intranet too.
    update: (id, value, etag) => repository.update(id, value, etag),
  };
}

/**
 * Publishes the public part of the register to the intranet site. Idempotent: a second run with an
 * unchanged register reports everything unchanged. Confidential items are never read into the projection;
 * a copy whose source became confidential or was deleted is removed.
 */
export async function publishPublicInformation(sources: PublicationSources): Promise<PublicationReport> {
  return withDomainErrors(async () => {
    const log = sources.log ?? (() => undefined);
    const { register, intranet } = sources;
    const [municipalities, partnerships, meetingBodies, meetings, documents, processMoments] = await Promise.all([
      register.municipalities.list(),
      register.partnerships.list(),
      register.meetingBodies.list(),
      register.meetings.list(),
      register.documents.list(),
      register.processMoments.list(),
    ]);
    const snapshot: RegisterSnapshot = { municipalities, partnerships, meetingBodies, meetings, documents, processMoments };
    const projection = projectPublicInformation(snapshot);
    const fileUrls = new Map(documents.map((document) => [document.id, document.fileUrl]));

    const report: PublicationReport = {
      partnerships: await applyChanges(intranet.partnerships, planProjectionChanges(projection.partnerships, await intranet.partnerships.list()), listWrites(intranet.partnerships)),
      meetingBodies: await applyChanges(intranet.meetingBodies, planProjectionChanges(projection.meetingBodies, await intranet.meetingBodies.list()), listWrites(intranet.meetingBodies)),
      meetings: await applyChanges(intranet.meetings, planProjectionChanges(projection.meetings, await intranet.meetings.list()), listWrites(intranet.meetings)),
      documents: await applyChanges(intranet.documents, planProjectionChanges(projection.documents, await intranet.documents.list()), {
        // A new or changed document is copied with its file: the version tag says the file may have changed.
        create: async (value) => intranet.documents.upload(await readSourceFile(value.sourceId), value),
        // The old copy goes first: under a new file name an upload would otherwise leave it behind.
        update: async (id, value, etag) => {
          await intranet.documents.recycle(id, etag);
          return intranet.documents.upload(await readSourceFile(value.sourceId), value);
        },
      }),
      processMoments: await applyChanges(intranet.processMoments, planProjectionChanges(projection.processMoments, await intranet.processMoments.list()), listWrites(intranet.processMoments)),
    };
    for (const [list, counts] of Object.entries(report)) {
      log(`${list}: ${counts.created} nieuw, ${counts.updated} bijgewerkt, ${counts.removed} verwijderd, ${counts.unchanged} ongewijzigd`);
    }
    return report;

    async function readSourceFile(sourceId: number): Promise<Uint8Array> {
      const url = fileUrls.get(sourceId);
      return url === undefined ? new Uint8Array(0) : sources.readFile(url);
    }
  });
}
