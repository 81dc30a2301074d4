import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  mergeStyleSets,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  type IDropdownOption,
  type ITheme,
} from '@fluentui/react';
import { FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'PartnershipControlWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { saveExitSettings, saveProvisionCheck, type ExitMomentSync } from '../../../data/partnershipControl';
import { PROVISION_CHECK_RESULTS, type ProvisionCheckResult, type WgrProvisionCheck } from '../../../domain/councilInfluence/models';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { formatDutchDate, isCalendarDate } from '../../../domain/time';
import type { WgrSettings } from '../../../domain/wgr/types';
import { exitNoticeMoment, summarizeChecklist, wgrChecklist, type ChecklistLine } from '../../../domain/wgr2022';
import { PROVISION_CHECK_RESULT_CHOICES } from '../../../schema';
import { dataErrorMessage, formatText, isConflict, normaliseDateInput } from './controlFormat';

export interface IWgrCheckTabProps {
  readonly partnership: Stored<Partnership>;
  /** This GR's checklist lines. */
  readonly checks: readonly Stored<WgrProvisionCheck>[];
  readonly settings: Stored<WgrSettings> | undefined;
  readonly repositories: Pick<Repositories, 'wgrProvisionChecks' | 'wgrSettings' | 'processMoments'>;
  readonly today: CalendarDate;
  readonly theme: ITheme;
  readonly onCheckSaved: (check: Stored<WgrProvisionCheck>) => void;
  readonly onSettingsSaved: (settings: Stored<WgrSettings>) => void;
}

/** The Wgr 2022 check of one GR: per provision the result and the article of the regeling, and the exit notice. */
export function WgrCheckTab(props: IWgrCheckTabProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const lines = wgrChecklist(props.checks, props.partnership.id);
  const summary = summarizeChecklist(lines);
  const [editing, setEditing] = React.useState<ChecklistLine<Stored<WgrProvisionCheck>> | undefined>(undefined);
  const [savedMessage, setSavedMessage] = React.useState<string | undefined>(undefined);
  const idPrefix = `wgr-${props.partnership.id}`;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <section aria-labelledby={`${idPrefix}-check`}>
        <Text as="h3" variant="large" id={`${idPrefix}-check`} className={classNames.heading}>
          {strings.WgrCheckHeading}
        </Text>
        <Text as="p" className={classNames.paragraph}>
          {strings.WgrCheckIntro}
        </Text>
        <Text as="p" className={classNames.summary} data-testid="wgr-summary">
          {formatText(strings.WgrSummary, summary.text)}
        </Text>
        {summary.requiredGaps.length > 0 && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
            {formatText(strings.RequiredGaps, lines.filter((line) => summary.requiredGaps.includes(line.definition.provision)).map((line) => line.definition.title).join(', '))}
          </MessageBar>
        )}
        {savedMessage !== undefined && <MessageBar messageBarType={MessageBarType.success}>{savedMessage}</MessageBar>}
        <table className={classNames.table}>
          <caption className={classNames.caption}>{formatText(strings.WgrTableCaption, props.partnership.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColProvision}</th>
              <th scope="col">{strings.ColRequirement}</th>
              <th scope="col">{strings.ColResult}</th>
              <th scope="col">{strings.ColRegulationArticle}</th>
              <th scope="col">{strings.ColNotes}</th>
              <th scope="col">{strings.ColCheckedOn}</th>
              <th scope="col">
                <span className={classNames.visuallyHidden}>{strings.ColActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.definition.provision}>
                <th scope="row" className={classNames.rowHeader}>
                  {line.definition.title}
                  <span className={classNames.article}>{line.definition.article}</span>
                </th>
                <td>{line.definition.requirement === 'verplicht' ? strings.RequirementRequired : strings.RequirementOptional}</td>
                <td>{choiceLabel(PROVISION_CHECK_RESULT_CHOICES, line.result)}</td>
                <td>{line.check?.regulationArticle || '—'}</td>
                <td>{line.check?.notes || ''}</td>
                <td>{line.check?.checkedOn ? formatDutchDate(line.check.checkedOn) : '—'}</td>
                <td>
                  <DefaultButton
                    text={strings.Edit}
                    ariaLabel={formatText(strings.EditProvision, line.definition.title)}
                    onClick={() => {
                      setSavedMessage(undefined);
                      setEditing(line);
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ExitNoticeSection {...props} classNames={classNames} />
      {editing !== undefined && (
        <ProvisionEditor
          line={editing}
          partnershipId={props.partnership.id}
          repositories={props.repositories}
          today={props.today}
          onSaved={(check) => {
            props.onCheckSaved(check);
            setEditing(undefined);
            setSavedMessage(formatText(strings.CheckSaved, editing.definition.title));
          }}
          onDismiss={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}

interface ProvisionDraft {
  result: ProvisionCheckResult;
  regulationArticle: string;
  notes: string;
  checkedOn: string;
}

function ProvisionEditor(props: {
  readonly line: ChecklistLine<Stored<WgrProvisionCheck>>;
  readonly partnershipId: number;
  readonly repositories: Pick<Repositories, 'wgrProvisionChecks'>;
  readonly today: CalendarDate;
  readonly onSaved: (check: Stored<WgrProvisionCheck>) => void;
  readonly onDismiss: () => void;
}): JSX.Element {
  const { definition, check } = props.line;
  const [draft, setDraft] = React.useState<ProvisionDraft>({
    result: check?.result ?? 'nog-te-toetsen',
    regulationArticle: check?.regulationArticle ?? '',
    notes: check?.notes ?? '',
    checkedOn: props.today,
  });
  const [known, setKnown] = React.useState<Stored<WgrProvisionCheck> | undefined>(check);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<WgrProvisionCheck> | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);

  async function save(): Promise<void> {
    setFailure(undefined);
    const checkedOn = normaliseDateInput(draft.checkedOn);
    if (checkedOn !== '' && !isCalendarDate(checkedOn)) {
      setErrors({ checkedOn: strings.DateInvalid });
      return;
    }
    setSaving(true);
    try {
      const outcome = await saveProvisionCheck(
        props.repositories.wgrProvisionChecks,
        {
          partnershipId: props.partnershipId,
          provision: definition.provision,
          result: draft.result,
          regulationArticle: draft.regulationArticle,
          notes: draft.notes,
          checkedOn: checkedOn === '' ? undefined : checkedOn,
        },
        known,
      );
      setSaving(false);
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      // Last: the parent closes this panel.
      props.onSaved(outcome.item);
    } catch (error) {
      setSaving(false);
      if (isConflict(error) && error.current !== undefined) {
        // Show their version and keep the draft; saving again writes over their version knowingly.
        setConflict(error.current as Stored<WgrProvisionCheck>);
      } else {
        setFailure(formatText(strings.SaveFailed, dataErrorMessage(error)));
      }
    }
  }

  const resultOptions: IDropdownOption[] = PROVISION_CHECK_RESULTS.map((code) => ({ key: code, text: choiceLabel(PROVISION_CHECK_RESULT_CHOICES, code) }));
  return (
    <FormPanel
      title={formatText(strings.EditorTitle, definition.title, definition.article)}
      strings={strings}
      onSave={save}
      saving={saving}
      failure={failure}
      onDismiss={props.onDismiss}
      intro={
        <>
          <Text as="p">{definition.explanation}</Text>
          {conflict !== undefined && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
              {formatText(
                strings.ConflictMessage,
                choiceLabel(PROVISION_CHECK_RESULT_CHOICES, conflict.result),
                conflict.regulationArticle || '—',
                conflict.notes || '—',
              )}
              <Stack horizontal tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
                <DefaultButton
                  text={strings.ConflictKeepMine}
                  onClick={() => {
                    setKnown(conflict);
                    setConflict(undefined);
                  }}
                />
                <DefaultButton
                  text={strings.ConflictTakeTheirs}
                  onClick={() => {
                    setKnown(conflict);
                    setDraft({ result: conflict.result, regulationArticle: conflict.regulationArticle, notes: conflict.notes, checkedOn: conflict.checkedOn ?? props.today });
                    setConflict(undefined);
                  }}
                />
              </Stack>
            </MessageBar>
          )}
        </>
      }
    >
      <Dropdown
        label={strings.FieldResult}
        selectedKey={draft.result}
        options={resultOptions}
        onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, result: option.key as ProvisionCheckResult }))}
        errorMessage={errors.result}
      />
      <TextField
        label={strings.FieldRegulationArticle}
        placeholder={strings.RegulationArticlePlaceholder}
        value={draft.regulationArticle}
        onChange={(_event, value) => setDraft((previous) => ({ ...previous, regulationArticle: value ?? '' }))}
        errorMessage={errors.regulationArticle}
      />
      <TextField label={strings.FieldNotes} multiline autoAdjustHeight value={draft.notes} onChange={(_event, value) => setDraft((previous) => ({ ...previous, notes: value ?? '' }))} errorMessage={errors.notes} />
      <TextField
        label={strings.FieldCheckedOn}
        placeholder={strings.DatePlaceholder}
        value={draft.checkedOn}
        onChange={(_event, value) => setDraft((previous) => ({ ...previous, checkedOn: value ?? '' }))}
        errorMessage={errors.checkedOn}
      />
    </FormPanel>
  );
}

function ExitNoticeSection(props: IWgrCheckTabProps & { readonly classNames: ReturnType<typeof getClassNames> }): JSX.Element {
  const { classNames } = props;
  const [known, setKnown] = React.useState<Stored<WgrSettings> | undefined>(props.settings);
  const [months, setMonths] = React.useState(props.settings?.exitNoticeMonths === undefined ? '' : String(props.settings.exitNoticeMonths));
  const [effectiveDay, setEffectiveDay] = React.useState(props.settings?.exitEffectiveDay ?? '');
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [savedMessage, setSavedMessage] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const idPrefix = `exit-${props.partnership.id}`;

  const monthsText = months.trim();
  const monthsValue = monthsText === '' ? undefined : /^\d+$/.test(monthsText) ? Number(monthsText) : Number.NaN;
  // The moment as typed, before saving, so the effect of a change is visible at once.
  const preview = Number.isNaN(monthsValue ?? 0) ? undefined : exitNoticeMoment({ exitNoticeMonths: monthsValue, exitEffectiveDay: effectiveDay }, props.today);

  async function save(): Promise<void> {
    setFailure(undefined);
    setSavedMessage(undefined);
    if (monthsValue !== undefined && Number.isNaN(monthsValue)) {
      setErrors({ exitNoticeMonths: strings.MonthsInvalid });
      return;
    }
    setSaving(true);
    try {
      const outcome = await saveExitSettings(props.repositories, { partnershipId: props.partnership.id, exitNoticeMonths: monthsValue, exitEffectiveDay: effectiveDay }, known, props.today);
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      setKnown(outcome.settings);
      setEffectiveDay(outcome.settings.exitEffectiveDay ?? '');
      if (outcome.momentSync.action === 'failed') {
        setFailure(momentSyncMessage(outcome.momentSync));
      } else {
        setSavedMessage(momentSyncMessage(outcome.momentSync));
      }
      props.onSettingsSaved(outcome.settings);
    } catch (error) {
      if (isConflict(error) && error.current !== undefined) {
        const current = error.current as Stored<WgrSettings>;
        setKnown(current);
        setFailure(formatText(strings.ExitConflict, current.exitNoticeMonths ?? '—', current.exitEffectiveDay || '01-01'));
      } else {
        setFailure(formatText(strings.SaveFailed, dataErrorMessage(error)));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={`${idPrefix}-heading`} className={classNames.card}>
      <Text as="h3" variant="large" id={`${idPrefix}-heading`} className={classNames.heading}>
        {strings.ExitHeading}
      </Text>
      <Text as="p" className={classNames.paragraph}>
        {strings.ExitIntro}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField
          label={strings.FieldExitNoticeMonths}
          value={months}
          inputMode="numeric"
          onChange={(_event, value) => {
            setMonths(value ?? '');
            setSavedMessage(undefined);
          }}
          errorMessage={errors.exitNoticeMonths}
          styles={{ root: { width: 280 } }}
        />
        <TextField
          label={strings.FieldExitEffectiveDay}
          placeholder="01-01"
          value={effectiveDay}
          onChange={(_event, value) => {
            setEffectiveDay(value ?? '');
            setSavedMessage(undefined);
          }}
          errorMessage={errors.exitEffectiveDay}
          styles={{ root: { width: 280 } }}
        />
      </Stack>
      <div role="status" aria-live="polite" className={classNames.exitResult} data-testid="exit-moment">
        {preview === undefined ? (
          <Text as="p">{strings.MonthsInvalid}</Text>
        ) : preview.ok ? (
          <dl className={classNames.requirements}>
            <dt>{strings.ExitEffectiveDate}</dt>
            <dd>{formatDutchDate(preview.moment.effectiveDate)}</dd>
            <dt>{strings.ExitLastDecisionDay}</dt>
            <dd>{formatDutchDate(preview.moment.lastDecisionDay)}</dd>
          </dl>
        ) : (
          <Text as="p">{preview.reason === 'geen-opzegtermijn' ? strings.ExitNoNotice : preview.message}</Text>
        )}
      </div>
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {failure}
        </MessageBar>
      )}
      {savedMessage !== undefined && <MessageBar messageBarType={MessageBarType.success}>{savedMessage}</MessageBar>}
      <div className={classNames.actions}>
        <PrimaryButton text={strings.SaveExit} onClick={save} disabled={saving} />
      </div>
    </section>
  );
}

function momentSyncMessage(sync: ExitMomentSync): string {
  switch (sync.action) {
    case 'created':
      return formatText(strings.ExitMomentCreated, formatDutchDate(sync.moment.date));
    case 'updated':
      return formatText(strings.ExitMomentUpdated, formatDutchDate(sync.moment.date));
    case 'unchanged':
      return strings.ExitMomentUnchanged;
    case 'removed':
      return strings.ExitMomentRemoved;
    case 'failed':
      return formatText(strings.ExitMomentFailed, dataErrorMessage(sync.error));
    default:
      return strings.ExitSettingsSaved;
  }
}

function getClassNames(theme: ITheme): Record<
  'card' | 'heading' | 'paragraph' | 'summary' | 'table' | 'caption' | 'rowHeader' | 'article' | 'visuallyHidden' | 'exitResult' | 'requirements' | 'actions',
  string
> {
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    card: { border, borderRadius: 4, padding: 12 },
    heading: { margin: '0 0 8px 0', color: theme.semanticColors.bodyText },
    paragraph: { margin: '0 0 8px 0', display: 'block' },
    summary: { margin: '0 0 8px 0', display: 'block', fontWeight: 600 },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      marginTop: 8,
      selectors: {
        'th, td': { border, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' },
        'thead th': { backgroundColor: theme.palette.neutralLighter, color: theme.semanticColors.bodyText },
      },
    },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    rowHeader: { fontWeight: 600 },
    article: { display: 'block', fontWeight: 400, color: theme.semanticColors.bodySubtext },
    visuallyHidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    exitResult: { marginTop: 12 },
    requirements: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 4, margin: 0, selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } } },
    actions: { marginTop: 12 },
  });
}
