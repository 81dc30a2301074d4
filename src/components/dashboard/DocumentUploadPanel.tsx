import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  Dropdown,
  getId,
  IDropdownOption,
  ITheme,
  Label,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  TextField,
} from '@fluentui/react';
import * as strings from 'DashboardStrings';
import type { DocumentType } from '../../domain/models';
import { validateDocument, type ValidationErrors } from '../../domain/validation';
import { DOCUMENT_TYPE_CHOICES } from '../../schema';
import { classifyDataError } from '../dataLoading';
import { fill } from './format';
import type { DocumentUpload } from './IPartnershipDashboardProps';

export interface IDocumentUploadPanelProps {
  readonly partnershipId: number;
  readonly isOpen: boolean;
  /** Proposed year for a new document (this year). */
  readonly defaultYear: number;
  readonly upload: DocumentUpload;
  readonly onDismiss: () => void;
  /** Called with the title of the uploaded document after a successful upload. */
  readonly onUploaded: (title: string) => void;
  readonly theme?: ITheme;
}

interface Draft {
  readonly file?: File;
  readonly title: string;
  readonly documentType: DocumentType | '';
  readonly yearText: string;
  readonly isPublic: boolean;
}

/** The year as the validator sees it: a number when the text is one, otherwise the text itself (which it refuses with a Dutch message). */
function yearValue(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Upload a file with its metadata (type, year, public) to the Documenten library. Validates with the
 * domain's document rules before sending; on any failure the panel stays open with everything the user
 * chose, and says what went wrong in Dutch.
 */
export function DocumentUploadPanel(props: IDocumentUploadPanelProps): JSX.Element {
  const initial: Draft = { title: '', documentType: '', yearText: String(props.defaultYear), isPublic: false };
  const [draft, setDraft] = React.useState<Draft>(initial);
  const [errors, setErrors] = React.useState<ValidationErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [fileInputId] = React.useState(() => getId('dashboard-upload-file'));
  const [fileErrorId] = React.useState(() => getId('dashboard-upload-file-error'));
  const typeOptions: IDropdownOption[] = DOCUMENT_TYPE_CHOICES.map((choice) => ({ key: choice.value, text: choice.label }));

  // A message belongs to what the user typed before: it goes as soon as they change that field.
  const FIELD_OF: Readonly<Record<keyof Draft, string>> = { file: 'fileName', title: 'title', documentType: 'documentType', yearText: 'year', isPublic: 'isPublic' };
  const change = (changes: Partial<Draft>): void => {
    setDraft((previous) => ({ ...previous, ...changes }));
    setErrors((previous) => {
      const next: Record<string, string> = { ...previous };
      for (const key of Object.keys(changes) as (keyof Draft)[]) delete next[FIELD_OF[key]];
      return next;
    });
  };

  const dismiss = (): void => {
    if (saving) return;
    setDraft(initial);
    setErrors({});
    setFailure(undefined);
    props.onDismiss();
  };

  const submit = async (): Promise<void> => {
    setFailure(undefined);
    const fileName = draft.file?.name ?? '';
    const title = draft.title.trim() || fileName.replace(/\.[^.]+$/, '');
    const checked = validateDocument({
      partnershipId: props.partnershipId,
      title,
      fileName,
      documentType: draft.documentType === '' ? undefined : draft.documentType,
      year: yearValue(draft.yearText),
      isPublic: draft.isPublic,
    });
    const fileProblem = draft.file === undefined ? strings.UploadNoFile : undefined;
    if (!checked.ok || fileProblem) {
      const found: Record<string, string> = checked.ok ? {} : { ...checked.errors };
      if (fileProblem) found.fileName = fileProblem;
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const content = new Uint8Array(await (draft.file as File).arrayBuffer());
      const { fileName: _name, fileUrl: _url, ...metadata } = checked.value;
      await props.upload({ name: fileName, content }, metadata);
      setSaving(false);
      setDraft(initial);
      props.onUploaded(title);
    } catch (error) {
      setSaving(false);
      setFailure(fill(strings.UploadFailed, uploadFailureReason(error)));
    }
  };

  // `submit` reports every failure in the panel itself, so nothing is left to catch here.
  const handleSubmit = (): void => {
    submit().catch(() => undefined);
  };

  return (
    <Panel
      isOpen={props.isOpen}
      type={PanelType.medium}
      headerText={strings.UploadPanelTitle}
      closeButtonAriaLabel={strings.UploadCancel}
      onDismiss={dismiss}
      isFooterAtBottom={true}
      theme={props.theme}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.UploadSave} onClick={handleSubmit} disabled={saving} />
          <DefaultButton text={strings.UploadCancel} onClick={dismiss} disabled={saving} />
          {saving && <Spinner size={SpinnerSize.small} label={strings.UploadSaving} labelPosition="right" />}
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {failure}
          </MessageBar>
        )}
        <div>
          <Label htmlFor={fileInputId} required={true}>
            {strings.UploadFileLabel}
          </Label>
          <input
            id={fileInputId}
            type="file"
            aria-invalid={errors.fileName !== undefined}
            aria-describedby={errors.fileName ? fileErrorId : undefined}
            onChange={(event) => change({ file: event.target.files?.[0] })}
          />
          {errors.fileName && (
            <div id={fileErrorId} role="alert" style={{ color: props.theme?.semanticColors.errorText ?? '#a4262c', fontSize: 12 }}>
              {errors.fileName}
            </div>
          )}
        </div>
        <TextField
          label={strings.UploadTitleLabel}
          value={draft.title}
          placeholder={draft.file?.name.replace(/\.[^.]+$/, '')}
          onChange={(_event, value) => change({ title: value ?? '' })}
          errorMessage={errors.title}
        />
        <Dropdown
          label={strings.UploadTypeLabel}
          required={true}
          options={typeOptions}
          selectedKey={draft.documentType === '' ? null : draft.documentType}
          onChange={(_event, option) => option && change({ documentType: option.key as DocumentType })}
          errorMessage={errors.documentType}
        />
        <TextField
          label={strings.UploadYearLabel}
          value={draft.yearText}
          inputMode="numeric"
          onChange={(_event, value) => change({ yearText: value ?? '' })}
          errorMessage={errors.year}
        />
        <Checkbox label={strings.UploadPublicLabel} checked={draft.isPublic} onChange={(_event, checked) => change({ isPublic: checked === true })} />
      </Stack>
    </Panel>
  );
}

/** A short reason the user can act on; the technical message only for unexpected failures. */
function uploadFailureReason(error: unknown): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return strings.UploadReasonAccessDenied;
    case 'throttled':
      return strings.UploadReasonThrottled;
    case 'notFound':
      return strings.UploadReasonNotFound;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
