import type { Repositories } from '../src/data/ports';
import type { DocumentType, PartnershipDocument } from '../src/domain/models';
import { GBTWENTE } from './partnerships';

/*
 * Issue 4 (dashboard) demo extension: the GR text and a few more stukken of GBTwente, so its dashboard
 * shows the "current GR" up front and grouped older stukken. Small text files whose names and content
 * say "demo": they are not GBTwente's real documents. (The council demo adds its begroting 2027 and
 * jaarstukken 2025.)
 */

interface DashboardDemoDocument {
  readonly fileName: string;
  readonly title: string;
  readonly documentType: DocumentType;
  readonly year?: number;
  readonly isPublic: boolean;
}

export const DASHBOARD_DEMO_DOCUMENTS: readonly DashboardDemoDocument[] = [
  { fileName: 'Gemeenschappelijke regeling GBTwente 2019 (demo).txt', title: 'Gemeenschappelijke regeling GBTwente, tekst 2019 (demo)', documentType: 'gr-statuten', year: 2019, isPublic: true },
  { fileName: 'Begroting 2026 GBTwente (demo).txt', title: 'Begroting 2026 GBTwente (demo)', documentType: 'begroting', year: 2026, isPublic: true },
  { fileName: 'Kaderbrief 2028 GBTwente (demo).txt', title: 'Kaderbrief 2028 GBTwente (demo)', documentType: 'kadernota', year: 2028, isPublic: true },
  { fileName: 'Bestuursrapportage 2026-1 GBTwente (demo).txt', title: 'Bestuursrapportage 2026-I GBTwente (demo)', documentType: 'kwartaalrapportage', year: 2026, isPublic: false },
  { fileName: 'Dienstverleningsovereenkomst GBTwente (demo).txt', title: 'Dienstverleningsovereenkomst Hof van Twente – GBTwente (demo)', documentType: 'dvo', year: 2024, isPublic: false },
];

type UploadingDocuments = Repositories['documents'] & {
  readonly upload?: (file: { name: string; content: Uint8Array }, metadata: Omit<PartnershipDocument, 'fileName' | 'fileUrl'>) => Promise<unknown>;
};

/**
 * Uploads the dashboard's demo documents for GBTwente; idempotent (by file name). With a repository that
 * cannot upload (the in-memory one of the tests) it records the metadata only.
 */
export async function loadDashboardDemoDocuments(repositories: Repositories): Promise<{ readonly created: number; readonly failures: readonly string[] }> {
  const partnershipId = (await repositories.partnerships.list({ where: { property: 'name', op: 'eq', value: GBTWENTE } }))[0]?.id;
  if (partnershipId === undefined) return { created: 0, failures: [`documents: samenwerkingsverband '${GBTWENTE}' ontbreekt`] };
  const documents = repositories.documents as UploadingDocuments;
  const existing = new Set((await documents.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } })).map((document) => document.fileName.toLowerCase()));
  const failures: string[] = [];
  let created = 0;
  for (const document of DASHBOARD_DEMO_DOCUMENTS) {
    if (existing.has(document.fileName.toLowerCase())) continue;
    const metadata = { partnershipId, title: document.title, documentType: document.documentType, year: document.year, isPublic: document.isPublic };
    const text = `${document.title}\n\nDemobestand van de Samenwerkingsmonitor, geen echt document van ${GBTWENTE}.\n`;
    try {
      if (documents.upload) await documents.upload({ name: document.fileName, content: new TextEncoder().encode(text) }, metadata);
      else await documents.create({ ...metadata, fileName: document.fileName });
      created += 1;
    } catch (error) {
      failures.push(`documents: '${document.fileName}' was not created: ${(error as Error).message}`);
    }
  }
  return { created, failures };
}
