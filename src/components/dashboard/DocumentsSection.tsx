import * as React from 'react';
import { ActionButton, ITheme, MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import { documentOverview } from '../../domain/dashboard';
import type { PartnershipDocument, Stored } from '../../domain/models';
import { DOCUMENT_TYPE_CHOICES } from '../../schema';
import { choiceLabel } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';
import { DocumentUploadPanel } from './DocumentUploadPanel';
import { fill } from './format';
import type { DocumentUpload } from './IPartnershipDashboardProps';

export interface IDocumentsSectionProps {
  readonly partnershipId: number;
  readonly documents: readonly Stored<PartnershipDocument>[];
  /** This calendar year: the current begroting is this year's. */
  readonly year: number;
  readonly upload?: DocumentUpload;
  /** Called after an upload, so the dashboard reads the documents again. */
  readonly onUploaded: () => void;
  readonly classNames: IDashboardClassNames;
  readonly theme?: ITheme;
}

function DocumentLink({ document, classNames }: { readonly document: Stored<PartnershipDocument>; readonly classNames: IDashboardClassNames }): JSX.Element {
  const name = document.title || document.fileName;
  return (
    <>
      {document.fileUrl ? (
        <a href={document.fileUrl} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      <span className={classNames.muted}>
        {document.year !== undefined && ` · ${fill(strings.DocumentYear, document.year)}`} · {document.isPublic ? strings.DocumentPublic : strings.DocumentNotPublic}
      </span>
    </>
  );
}

/**
 * Seed 004: direct access to the GR or statutes, the current begroting and the latest jaarstukken, the
 * rest grouped by type; and an upload with metadata, so the accounthouder keeps the dashboard current.
 */
export function DocumentsSection(props: IDocumentsSectionProps): JSX.Element {
  const { classNames } = props;
  const [panelOpen, setPanelOpen] = React.useState(false);
  const [uploadedTitle, setUploadedTitle] = React.useState<string | undefined>(undefined);
  const overview = documentOverview(props.documents, props.year);
  const keyDocuments: readonly [string, Stored<PartnershipDocument> | undefined][] = [
    [strings.KeyAgreement, overview.key.agreement],
    [strings.KeyBudget, overview.key.budget],
    [strings.KeyAnnualAccounts, overview.key.annualAccounts],
  ];
  const uploadButton = props.upload ? (
    <ActionButton iconProps={{ iconName: 'Upload' }} onClick={() => setPanelOpen(true)} theme={props.theme}>
      {strings.UploadButton}
    </ActionButton>
  ) : undefined;

  return (
    <DashboardSection name="documents" title={strings.SectionDocuments} classNames={classNames} wide={true} actions={uploadButton}>
      <div aria-live="polite">
        {uploadedTitle && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setUploadedTitle(undefined)} dismissButtonAriaLabel={strings.UploadCancel}>
            {fill(strings.UploadSucceeded, uploadedTitle)}
          </MessageBar>
        )}
      </div>
      <h4 style={{ margin: '0 0 6px' }}>{strings.DocumentsUpFront}</h4>
      <ul className={classNames.keyDocuments}>
        {keyDocuments.map(([label, document]) => (
          <li key={label} className={classNames.keyDocument} data-key-document={label}>
            <div className={classNames.muted}>{label}</div>
            {document ? <DocumentLink document={document} classNames={classNames} /> : <span className={classNames.muted}>{strings.KeyMissing}</span>}
          </li>
        ))}
      </ul>
      {props.documents.length === 0 && <p className={classNames.muted}>{strings.DocumentsEmpty}</p>}
      {overview.groups.length > 0 && (
        <>
          <h4 style={{ margin: '12px 0 6px' }}>{strings.DocumentsOther}</h4>
          {overview.groups.map((group) => (
            <div key={group.documentType} data-document-group={group.documentType}>
              <h5 style={{ margin: '8px 0 4px' }}>{choiceLabel(DOCUMENT_TYPE_CHOICES, group.documentType)}</h5>
              <ul className={classNames.list}>
                {group.documents.map((document) => (
                  <li key={document.id} className={classNames.listItem}>
                    <DocumentLink document={document} classNames={classNames} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {props.upload && (
        <DocumentUploadPanel
          partnershipId={props.partnershipId}
          isOpen={panelOpen}
          defaultYear={props.year}
          upload={props.upload}
          theme={props.theme}
          onDismiss={() => setPanelOpen(false)}
          onUploaded={(title) => {
            setPanelOpen(false);
            setUploadedTitle(title);
            props.onUploaded();
          }}
        />
      )}
    </DashboardSection>
  );
}
