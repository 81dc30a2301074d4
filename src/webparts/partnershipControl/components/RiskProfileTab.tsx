import * as React from 'react';
import { MessageBar, MessageBarType, mergeStyleSets, PrimaryButton, Stack, Text, TextField, type ITheme } from '@fluentui/react';
import * as strings from 'PartnershipControlWebPartStrings';
import type { Repositories } from '../../../data/ports';
import { saveRiskProfile } from '../../../data/partnershipControl';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { isImportant } from '../../../domain/partnerships/classification';
import {
  appliedIntensity,
  controlIntensity,
  currentRiskProfile,
  RISK_ANGLE_DEFINITIONS,
  RISK_QUESTIONS,
  scoreRiskProfile,
  type RiskProfile,
} from '../../../domain/riskProfile';
import { formatDutchDate } from '../../../domain/time';
import { dataErrorMessage, formatText, levelLabel, requirementLines } from './controlFormat';

export interface IRiskProfileTabProps {
  readonly partnership: Stored<Partnership>;
  /** This partnership's profiles, any order. */
  readonly profiles: readonly Stored<RiskProfile>[];
  readonly repositories: Pick<Repositories, 'riskProfiles'>;
  readonly today: CalendarDate;
  readonly theme: ITheme;
  readonly onSaved: (profile: Stored<RiskProfile>) => void;
}

/**
 * The questionnaire as radio groups (one fieldset per question, grouped per angle), the live score, level and the
 * intensity of control it sets, saving as a new profile, and the history of earlier profiles.
 */
export function RiskProfileTab(props: IRiskProfileTabProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const current = currentRiskProfile(props.profiles, props.partnership.id);
  // A reassessment starts from the current answers, so only what changed needs a new answer.
  const [answers, setAnswers] = React.useState<Readonly<Record<string, number>>>(() => ({ ...(current?.answers ?? {}) }));
  const [notes, setNotes] = React.useState('');
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [savedMessage, setSavedMessage] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const idPrefix = `risk-${props.partnership.id}`;

  const scored = scoreRiskProfile(answers);
  const applied = appliedIntensity(current, isImportant(props.partnership));
  const history = [...props.profiles].sort((left, right) => (left.assessedOn === right.assessedOn ? right.id - left.id : left.assessedOn < right.assessedOn ? 1 : -1));

  function choose(questionId: string, points: number): void {
    setAnswers((previous) => ({ ...previous, [questionId]: points }));
    setSavedMessage(undefined);
    if (errors[questionId] !== undefined) {
      setErrors((previous) => {
        const { [questionId]: _removed, ...rest } = previous;
        return rest;
      });
    }
  }

  async function save(): Promise<void> {
    setFailure(undefined);
    setSavedMessage(undefined);
    setSaving(true);
    try {
      const outcome = await saveRiskProfile(props.repositories.riskProfiles, { partnershipId: props.partnership.id, answers, assessedOn: props.today, notes });
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setErrors({});
      setNotes('');
      setSavedMessage(formatText(strings.ProfileSaved, outcome.item.score, levelLabel(outcome.item.level)));
      props.onSaved(outcome.item);
    } catch (error) {
      setFailure(formatText(strings.SaveFailed, dataErrorMessage(error)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <section aria-labelledby={`${idPrefix}-current`} className={classNames.card}>
        <Text as="h3" variant="large" id={`${idPrefix}-current`} className={classNames.heading}>
          {strings.CurrentControlHeading}
        </Text>
        <Text as="p" className={classNames.paragraph}>
          {current === undefined
            ? formatText(strings.NoProfileYet, isImportant(props.partnership) ? strings.ImportantYes : strings.ImportantNo)
            : formatText(strings.CurrentProfile, levelLabel(current.level), current.score, formatDutchDate(current.assessedOn))}
        </Text>
        <RequirementList lines={requirementLines(applied)} className={classNames.requirements} />
      </section>

      <section aria-labelledby={`${idPrefix}-questionnaire`}>
        <Text as="h3" variant="large" id={`${idPrefix}-questionnaire`} className={classNames.heading}>
          {strings.QuestionnaireHeading}
        </Text>
        <Text as="p" className={classNames.paragraph}>
          {formatText(strings.QuestionnaireIntro, formatDutchDate(props.today))}
        </Text>
        {Object.keys(errors).length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {formatText(strings.QuestionnaireHasErrors, Object.keys(errors).length)}
          </MessageBar>
        )}
        {RISK_ANGLE_DEFINITIONS.map((angle) => (
          <div key={angle.angle} className={classNames.angle}>
            <Text as="h4" variant="mediumPlus" className={classNames.heading}>
              {formatText(strings.AngleHeading, angle.label, angle.weight)}
            </Text>
            {RISK_QUESTIONS.filter((question) => question.angle === angle.angle).map((question) => {
              const helpId = `${idPrefix}-${question.id}-help`;
              const errorId = `${idPrefix}-${question.id}-error`;
              const error = errors[question.id];
              return (
                <fieldset key={question.id} className={classNames.fieldset} aria-describedby={error === undefined ? helpId : `${helpId} ${errorId}`} aria-invalid={error !== undefined}>
                  <legend className={classNames.legend}>{question.text}</legend>
                  <p id={helpId} className={classNames.help}>
                    {question.help}
                  </p>
                  {question.options.map((option) => {
                    const inputId = `${idPrefix}-${question.id}-${option.points}`;
                    return (
                      <div key={option.points} className={classNames.option}>
                        <input
                          type="radio"
                          id={inputId}
                          name={`${idPrefix}-${question.id}`}
                          value={option.points}
                          checked={answers[question.id] === option.points}
                          onChange={() => choose(question.id, option.points)}
                          className={classNames.radio}
                        />
                        <label htmlFor={inputId} className={classNames.optionLabel}>
                          {formatText(option.points === 1 ? strings.OptionWithPoint : strings.OptionWithPoints, option.label, option.points)}
                        </label>
                      </div>
                    );
                  })}
                  {error !== undefined && (
                    <p id={errorId} className={classNames.error}>
                      {error}
                    </p>
                  )}
                </fieldset>
              );
            })}
          </div>
        ))}
        <div className={classNames.card} role="status" aria-live="polite" data-testid="risk-result">
          <Text as="h4" variant="mediumPlus" className={classNames.heading}>
            {strings.ResultHeading}
          </Text>
          {scored.score === undefined || scored.level === undefined ? (
            <Text as="p" className={classNames.paragraph}>
              {formatText(strings.ResultIncomplete, scored.missing.length, RISK_QUESTIONS.length)}
            </Text>
          ) : (
            <>
              <Text as="p" className={classNames.paragraph}>
                {formatText(strings.ResultScore, scored.score, levelLabel(scored.level))}
                {scored.raisedByAngle ? ` ${strings.ResultRaisedByAngle}` : ''}
              </Text>
              <RequirementList lines={requirementLines(controlIntensity(scored.level))} className={classNames.requirements} />
            </>
          )}
          <Text as="p" className={classNames.help}>
            {scored.perAngle
              .map((angle) => formatText(angle.score === undefined ? strings.AngleProgress : strings.AngleScore, RISK_ANGLE_DEFINITIONS.find((definition) => definition.angle === angle.angle)?.label ?? angle.angle, angle.score ?? angle.answered, angle.questions))
              .join(' · ')}
          </Text>
        </div>
        <TextField label={strings.NotesLabel} value={notes} onChange={(_event, value) => setNotes(value ?? '')} errorMessage={errors.notes} maxLength={300} className={classNames.notes} />
        {failure !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {failure}
          </MessageBar>
        )}
        {savedMessage !== undefined && <MessageBar messageBarType={MessageBarType.success}>{savedMessage}</MessageBar>}
        <div className={classNames.actions}>
          <PrimaryButton text={strings.SaveProfile} onClick={save} disabled={saving} />
        </div>
      </section>

      <section aria-labelledby={`${idPrefix}-history`}>
        <Text as="h3" variant="large" id={`${idPrefix}-history`} className={classNames.heading}>
          {strings.HistoryHeading}
        </Text>
        {history.length === 0 ? (
          <Text as="p">{strings.HistoryEmpty}</Text>
        ) : (
          <table className={classNames.table}>
            <caption className={classNames.caption}>{formatText(strings.HistoryCaption, props.partnership.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.ColAssessedOn}</th>
                <th scope="col">{strings.ColLevel}</th>
                <th scope="col">{strings.ColScore}</th>
                <th scope="col">{strings.ColNotes}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((profile) => (
                <tr key={profile.id}>
                  <td>{formatDutchDate(profile.assessedOn)}</td>
                  <td>{levelLabel(profile.level)}</td>
                  <td>{profile.score}</td>
                  <td>{profile.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Stack>
  );
}

function RequirementList(props: { readonly lines: readonly { readonly label: string; readonly value: string }[]; readonly className: string }): JSX.Element {
  return (
    <dl className={props.className}>
      {props.lines.map((line) => (
        <React.Fragment key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

function getClassNames(theme: ITheme): Record<
  'card' | 'heading' | 'paragraph' | 'angle' | 'fieldset' | 'legend' | 'help' | 'option' | 'radio' | 'optionLabel' | 'error' | 'requirements' | 'notes' | 'actions' | 'table' | 'caption',
  string
> {
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    card: { border, borderRadius: 4, padding: 12, backgroundColor: theme.semanticColors.bodyBackground },
    heading: { margin: '0 0 8px 0', color: theme.semanticColors.bodyText },
    paragraph: { margin: '0 0 8px 0', display: 'block' },
    angle: { marginTop: 16 },
    fieldset: { border, borderRadius: 4, margin: '0 0 12px 0', padding: '8px 12px' },
    legend: { fontWeight: 600, padding: '0 4px', color: theme.semanticColors.bodyText },
    help: { margin: '0 0 8px 0', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    option: { display: 'flex', alignItems: 'flex-start', gap: 8, padding: '2px 0' },
    radio: { marginTop: 3, accentColor: theme.palette.themePrimary },
    optionLabel: { color: theme.semanticColors.bodyText, cursor: 'pointer' },
    error: { margin: '4px 0 0 0', color: theme.semanticColors.errorText, fontWeight: 600 },
    requirements: {
      display: 'grid',
      gridTemplateColumns: 'max-content 1fr',
      columnGap: 12,
      rowGap: 4,
      margin: 0,
      selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } },
    },
    notes: { maxWidth: 640, marginTop: 12 },
    actions: { marginTop: 12 },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: { 'th, td': { border, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' }, th: { backgroundColor: theme.palette.neutralLighter, color: theme.semanticColors.bodyText } },
    },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
  });
}
