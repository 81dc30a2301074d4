import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { PublicRepositories } from '../../../data/publication/publicRepositories';
import type { CalendarDate } from '../../../domain/models';

/** A generated file handed to the browser: a download in SharePoint and Teams. */
export interface DownloadableFile {
  readonly name: string;
  readonly mimeType: string;
  readonly content: Uint8Array;
}

export interface ICouncilInformationProps {
  /** The public projection on the intranet site: the only place the page reads its content from. */
  readonly publicRepositories: Pick<PublicRepositories, 'partnerships' | 'meetingBodies' | 'meetings' | 'documents' | 'processMoments'>;
  /**
   * The register's partnerships and financial figures, read only when the BBV paragraph is asked for.
   * Neither list holds confidential items. Absent: the BBV section is not shown.
   */
  readonly bbvRepositories?: Pick<Repositories, 'partnerships' | 'financialFigures'>;
  readonly theme?: ITheme;
  /** Marks the content as demo data (the local page's seeds). @default false */
  readonly isDemoData?: boolean;
  /** The day the page counts from. @default today */
  readonly today?: CalendarDate;
  /** Hands a generated file to the user. @default a browser download */
  readonly saveFile?: (file: DownloadableFile) => void;
}
