import type { CalendarDate } from '../../domain/models';
import { buildCoverNote, coverNoteFileName } from '../../documents/coverNoteData';
import { renderCoverNoteDocx } from '../../documents/coverNoteDocx';
import type { Repositories } from '../ports';
import type { GeneratedDocument } from './generatedDocument';

export type CoverNoteRepositories = Pick<Repositories, 'influenceCases' | 'partnerships' | 'financialFigures' | 'municipalities' | 'councilCalendar'>;

export interface CoverNoteOptions {
  /**
   * The municipality whose raad receives the note; its council calendar decides the council meeting, committee and
   * college deadline. Without it the note says that no route was planned.
   */
  readonly ownMunicipalityName?: string;
}

/**
 * The raadsoplegger of one zienswijze case as a .docx (issue 8): reads the case, its partnership's figures and the
 * own municipality's council calendar through the repositories (filtered, two rounds of requests), and renders it.
 * The web part imports this module lazily; the CLI directly.
 */
export async function generateCoverNote(repositories: CoverNoteRepositories, caseId: number, asOf: CalendarDate, options: CoverNoteOptions = {}): Promise<GeneratedDocument> {
  const influenceCase = await repositories.influenceCases.get(caseId);
  const wantedName = options.ownMunicipalityName?.trim();
  const [partnership, financialFigures, municipalities] = await Promise.all([
    repositories.partnerships.get(influenceCase.partnershipId),
    repositories.financialFigures.list({ where: { property: 'partnershipId', op: 'eq', value: influenceCase.partnershipId } }),
    wantedName ? repositories.municipalities.list() : Promise.resolve([]),
  ]);
  const ownMunicipality = wantedName ? municipalities.find((municipality) => municipality.name.trim().toLocaleLowerCase('nl') === wantedName.toLocaleLowerCase('nl')) : undefined;
  const councilCalendar = ownMunicipality ? await repositories.councilCalendar.list({ where: { property: 'municipalityId', op: 'eq', value: ownMunicipality.id } }) : [];
  const model = buildCoverNote({ influenceCase, partnership, financialFigures, ownMunicipalityName: wantedName, ownMunicipality, councilCalendar, asOf });
  return { fileName: coverNoteFileName(model), bytes: await renderCoverNoteDocx(model) };
}
