import type { CalendarDate } from '../../domain/models';
import type { DossierAudience } from '../../documents/handoverDossierData';
import type { GeneratedDocument } from './generatedDocument';
import type { HandoverDossierRepositories } from './handoverDossier';

/*
 * The web parts' way to the generated documents: the docx package, the holiday data and the builders load only when
 * a user asks for a document (webpack chunk 'samenwerkingsmonitor-handover-dossier'), not on first paint.
 */

/** Makes the hand-over dossier of one partnership, or of all when `partnershipId` is absent, as of today. */
export type HandoverDossierGenerator = (request: { readonly partnershipId?: number; readonly audience: DossierAudience }) => Promise<GeneratedDocument>;

export function lazyHandoverDossierGenerator(repositories: HandoverDossierRepositories, today: () => CalendarDate): HandoverDossierGenerator {
  return async (request) => {
    const { generateHandoverDossier } = await import(/* webpackChunkName: 'samenwerkingsmonitor-handover-dossier' */ './handoverDossier');
    return generateHandoverDossier(repositories, { partnershipId: request.partnershipId, audience: request.audience, asOf: today() });
  };
}
