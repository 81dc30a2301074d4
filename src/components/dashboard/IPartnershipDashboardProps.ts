import type { ITheme } from '@fluentui/react';
import type { PartnershipDashboardLoader } from '../../data/dashboard';
import type { HandoverDossierGenerator } from '../../data/documents/lazyGenerators';
import type { PartnershipDocument, Stored } from '../../domain/models';
import type { CalendarDate } from '../../domain/models';

/** A file to upload: its name in the library and its bytes (the SharePoint adapter's `DocumentFile`). */
export interface UploadFile {
  readonly name: string;
  readonly content: ArrayBuffer | Uint8Array;
}

/** Uploads a file with its metadata (the `documents` repository's `upload`). */
export type DocumentUpload = (file: UploadFile, metadata: Omit<PartnershipDocument, 'fileName' | 'fileUrl'>) => Promise<Stored<PartnershipDocument>>;

export interface IPartnershipDashboardProps {
  readonly partnershipId: number;
  /** Reads everything the dashboard shows in one go (one `$batch` against SharePoint). */
  readonly load: PartnershipDashboardLoader;
  /** Absent when the user may not upload here: the dashboard then offers no upload button. */
  readonly upload?: DocumentUpload;
  /** Today on the Dutch calendar; decides "this year" for the current budget and the meeting counts. */
  readonly today: CalendarDate;
  /** Fluent theme from SPFx's ThemeProvider or from Teams; the default Fluent theme when absent. */
  readonly theme?: ITheme;
  /** Shows the "Demogegevens" marker. */
  readonly isDemoData?: boolean;
  /** A link that opens this dashboard (a Teams deep link or the SharePoint page with `?partnership=`). */
  readonly shareLink?: string;
  /** Extra content above the sections, e.g. a "back" link in the personal app. */
  readonly navigation?: JSX.Element;
  /** Makes the partnership's hand-over dossier (issue 8); absent: no "Overdrachtsdossier" button. */
  readonly generateHandoverDossier?: HandoverDossierGenerator;
}
