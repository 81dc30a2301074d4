import * as React from 'react';
import { Dropdown, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { saveParticipantZienswijze } from '../../../data/councilInfluence';
import type { Repositories } from '../../../data/ports';
import { ZIENSWIJZE_POSITIONS, type InfluenceCase, type ParticipantZienswijze } from '../../../domain/councilInfluence';
import type { CalendarDate, Stored } from '../../../domain/models';
import { formatDutchShortDate } from '../../../domain/time';
import { ZIENSWIJZE_POSITION_CHOICES } from '../../../schema';
import { ConflictBar } from './ConflictBar';
import { formatText, optionalDateInput } from './influenceFormat';

interface ParticipantDraft {
  municipalityKey: string;
  position: string;
  adoptedDate: string;
  summary: string;
  documentUrl: string;
}

function draftOf(zienswijze: ParticipantZienswijze | undefined, municipalityId: number | undefined): ParticipantDraft {
  return {
    municipalityKey: municipalityId === undefined ? '' : String(municipalityId),
    position: zienswijze?.position ?? 'instemmend',
    adoptedDate: zienswijze?.adoptedDate ?? '',
    summary: zienswijze?.summary ?? '',
    documentUrl: zienswijze?.documentUrl ?? '',
  };
}

export interface IParticipantPanelProps {
  readonly influenceCase: Stored<InfluenceCase>;
  /** The municipality the row is about (fixed), or absent to choose one. */
  readonly municipalityId?: number;
  readonly editing?: Stored<ParticipantZienswijze>;
  /** Municipalities that can be chosen: the GR's other participants. */
  readonly municipalityOptions: readonly { readonly id: number; readonly name: string }[];
  readonly participantIds: readonly number[];
  readonly ownMunicipalityId?: number;
  readonly existing: readonly Stored<ParticipantZienswijze>[];
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly onSaved: (saved: Stored<ParticipantZienswijze>, municipalityName: string) => void;
  readonly onDismiss: () => void;
}

/** Adds or edits another participating council's zienswijze on the case. */
export function ParticipantPanel(props: IParticipantPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<ParticipantDraft>(() => draftOf(props.editing, props.municipalityId ?? props.editing?.municipalityId));
  const [editing, setEditing] = React.useState(props.editing);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<ParticipantZienswijze> | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  // A successful save closes the panel; its `finally` must not touch state after that.
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);
  const set = (key: keyof ParticipantDraft) => (_event: unknown, value?: string) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));
  const nameOf = (id: number): string => props.municipalityOptions.find((option) => option.id === id)?.name ?? String(id);

  async function save(overwrite?: Stored<ParticipantZienswijze>): Promise<void> {
    setFailure(undefined);
    const candidate = {
      caseId: props.influenceCase.id,
      municipalityId: draft.municipalityKey === '' ? undefined : Number(draft.municipalityKey),
      position: draft.position,
      adoptedDate: optionalDateInput(draft.adoptedDate),
      summary: draft.summary,
      documentUrl: draft.documentUrl.trim() === '' ? undefined : draft.documentUrl.trim(),
    };
    setSaving(true);
    try {
      const target = overwrite ?? editing;
      const outcome = await saveParticipantZienswijze(
        props.repositories,
        candidate,
        {
          influenceCase: props.influenceCase,
          participantIds: props.participantIds,
          ...(props.ownMunicipalityId === undefined ? {} : { ownMunicipalityId: props.ownMunicipalityId }),
          existing: props.existing,
          today: props.today,
        },
        target === undefined ? undefined : { item: target },
      );
      if (outcome.kind === 'invalid') {
        setErrors(outcome.errors);
      } else if (outcome.kind === 'conflict') {
        setErrors({});
        setConflict(outcome.current);
      } else {
        setErrors({});
        setConflict(undefined);
        props.onSaved(outcome.item, nameOf(outcome.item.municipalityId));
      }
    } catch (error) {
      setFailure(formatText(strings.SaveFailed, (error as Error).message));
    } finally {
      if (mounted.current) setSaving(false);
    }
  }

  const fixedMunicipality = props.municipalityId ?? props.editing?.municipalityId;
  const title = fixedMunicipality === undefined ? strings.ParticipantPanelNew : formatText(strings.ParticipantPanelEdit, nameOf(fixedMunicipality));
  const municipalityOptions: IDropdownOption[] = props.municipalityOptions.map((option) => ({ key: String(option.id), text: option.name }));

  return (
    <FormPanel
      title={title}
      strings={strings}
      onSave={() => save()}
      saving={saving}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={failure}
      onDismiss={props.onDismiss}
    >
      {conflict !== undefined && (
        <ConflictBar
          description={[choiceLabel(ZIENSWIJZE_POSITION_CHOICES, conflict.position), conflict.adoptedDate ? formatDutchShortDate(conflict.adoptedDate) : '', conflict.summary].filter((part) => part !== '').join(' · ')}
          onKeepMine={() => {
            setEditing(conflict);
            save(conflict).catch(() => undefined);
          }}
          onTakeTheirs={() => {
            setDraft(draftOf(conflict, conflict.municipalityId));
            setEditing(conflict);
            setConflict(undefined);
          }}
        />
      )}
      <Dropdown
        label={strings.FieldMunicipality}
        required
        disabled={fixedMunicipality !== undefined}
        selectedKey={draft.municipalityKey === '' ? null : draft.municipalityKey}
        options={municipalityOptions}
        onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, municipalityKey: String(option.key) }))}
        errorMessage={errors.municipalityId}
      />
      <Dropdown
        label={strings.FieldPosition}
        required
        selectedKey={draft.position}
        options={ZIENSWIJZE_POSITIONS.map((code) => ({ key: code, text: choiceLabel(ZIENSWIJZE_POSITION_CHOICES, code) }))}
        onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, position: String(option.key) }))}
        errorMessage={errors.position}
      />
      <TextField label={strings.FieldAdoptedDate} placeholder={strings.DatePlaceholder} value={draft.adoptedDate} onChange={set('adoptedDate')} errorMessage={errors.adoptedDate} />
      <TextField label={strings.FieldSummary} required multiline autoAdjustHeight rows={3} value={draft.summary} onChange={set('summary')} errorMessage={errors.summary} />
      <TextField label={strings.FieldDocumentUrl} type="url" value={draft.documentUrl} onChange={set('documentUrl')} errorMessage={errors.documentUrl} />
    </FormPanel>
  );
}
