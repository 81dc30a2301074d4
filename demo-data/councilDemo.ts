import type { Repositories } from '../src/data/ports';
import type { DocumentType, PartnershipDocument, ProcessMoment } from '../src/domain/models';
import { parseCalendarDate } from '../src/domain/time';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';

/*
 * Issue 6B demo extension: a few documents and moments, public and confidential, so the council page has
 * public stukken to show and the permission proof has confidential items to hide. Every text says "demo".
 * The files are small text files, not the parties' real documents.
 */

interface DemoDocument {
  readonly partnershipName: string;
  readonly fileName: string;
  readonly title: string;
  readonly documentType: DocumentType;
  readonly year?: number;
  readonly isPublic: boolean;
}

export const COUNCIL_DEMO_DOCUMENTS: readonly DemoDocument[] = [
  { partnershipName: GBTWENTE, fileName: 'Raadsinformatie - Begroting 2027 GBTwente (demo).txt', title: 'Begroting 2027 GBTwente (demo)', documentType: 'begroting', year: 2027, isPublic: true },
  { partnershipName: GBTWENTE, fileName: 'Raadsinformatie - Jaarstukken 2025 GBTwente (demo).txt', title: 'Jaarstukken 2025 GBTwente (demo)', documentType: 'jaarstukken', year: 2025, isPublic: true },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, fileName: 'Raadsinformatie - Ontwerpbegroting 2028 Veiligheidsregio Twente (demo).txt', title: 'Ontwerpbegroting 2028 Veiligheidsregio Twente (demo)', documentType: 'ontwerpbegroting', year: 2028, isPublic: true },
  // Confidential: a DB memo and a negotiation note. SharePoint permissions keep them from the raad.
  { partnershipName: GBTWENTE, fileName: 'Vertrouwelijk - Notitie DB tariefonderhandeling GBTwente (demo).txt', title: 'Vertrouwelijke DB-notitie tariefonderhandeling (demo)', documentType: 'overig', year: 2026, isPublic: false },
];

export const COUNCIL_DEMO_MOMENTS: readonly (Omit<ProcessMoment, 'partnershipId'> & { readonly partnershipName: string })[] = [
  {
    partnershipName: GBTWENTE,
    kind: 'politieke-keuze',
    subject: 'Vertrouwelijk: verkenning tariefonderhandeling met GBTwente (demo)',
    date: parseCalendarDate('2027-01-14'),
    isDeadline: false,
    audiences: ['college'],
    status: 'verwacht',
    source: 'handmatig',
    isPublic: false,
    notes: 'Demo: niet openbaar, alleen voor college en ambtelijke organisatie.',
  },
];

/** Demo text of a file; says what it is, so nobody mistakes it for the real document. */
function demoFileText(document: DemoDocument): string {
  return `${document.title}\n\nDemobestand van de Samenwerkingsmonitor. Dit is niet het echte document van ${document.partnershipName}.\n`;
}

/**
 * Loads the council demo documents and moments; idempotent (documents by file name, moments by
 * partnership, subject and date). Returns how many items it wrote and what failed.
 */
export async function loadCouncilDemoData(repositories: Repositories): Promise<{ readonly created: number; readonly failures: readonly string[] }> {
  const failures: string[] = [];
  let created = 0;
  const partnerships = await repositories.partnerships.list();
  const idOf = (name: string): number | undefined => partnerships.find((partnership) => partnership.name === name)?.id;
  const existingFiles = new Set((await repositories.documents.list()).map((document) => document.fileName.toLowerCase()));
  const documents = repositories.documents as Repositories['documents'] & {
    upload?: (file: { name: string; content: Uint8Array }, metadata: Omit<PartnershipDocument, 'fileName' | 'fileUrl'>) => Promise<unknown>;
  };
  for (const document of COUNCIL_DEMO_DOCUMENTS) {
    const partnershipId = idOf(document.partnershipName);
    if (partnershipId === undefined) {
      failures.push(`documents: '${document.fileName}': samenwerkingsverband '${document.partnershipName}' ontbreekt`);
      continue;
    }
    if (existingFiles.has(document.fileName.toLowerCase())) continue;
    const metadata = { partnershipId, title: document.title, documentType: document.documentType, year: document.year, isPublic: document.isPublic };
    try {
      if (documents.upload) {
        await documents.upload({ name: document.fileName, content: new TextEncoder().encode(demoFileText(document)) }, metadata);
      } else {
        // A repository without files (tests' in-memory one): metadata only.
        const [result] = await documents.createMany([{ ...metadata, fileName: document.fileName }]);
        if (!result.ok) throw result.error;
      }
      created += 1;
    } catch (error) {
      failures.push(`documents: '${document.fileName}' was not created: ${(error as Error).message}`);
    }
  }
  const existingMoments = new Set((await repositories.processMoments.list()).map((moment) => `${moment.partnershipId}|${moment.subject.toLowerCase()}|${moment.date}`));
  const moments: ProcessMoment[] = [];
  for (const { partnershipName, ...moment } of COUNCIL_DEMO_MOMENTS) {
    const partnershipId = idOf(partnershipName);
    if (partnershipId === undefined) {
      failures.push(`processMoments: '${moment.subject}': samenwerkingsverband '${partnershipName}' ontbreekt`);
      continue;
    }
    if (!existingMoments.has(`${partnershipId}|${moment.subject.toLowerCase()}|${moment.date}`)) moments.push({ ...moment, partnershipId });
  }
  if (moments.length > 0) {
    const results = await repositories.processMoments.createMany(moments);
    results.forEach((result, index) => {
      if (result.ok) created += 1;
      else failures.push(`processMoments: '${moments[index].subject}' was not created: ${result.error.message}`);
    });
  }
  return { created, failures };
}
