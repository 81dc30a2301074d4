import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Stack, TextField, useTheme } from '@fluentui/react';
import * as strings from 'MeetingBodiesWebPartStrings';
import { getMeetingBodiesClassNames } from './MeetingBodies.styles';
import type { PlannerPreferences, SchoolRegion, Weekday, YearPlan } from '../../../domain/meetings/types';
import { formatDutchDate, parseCalendarDate, wallTimeParts, zonedDateTime } from '../../../domain/time';
import type { MeetingScheduler, MeetingSlot } from '../../../data/scheduling';
import { errorMessage, type ActionMessage } from './actionMessages';

export interface IYearPlannerProps {
  readonly bodyId: number;
  readonly bodyName: string;
  /** The years the user may plan, the first (next year) chosen at the start. */
  readonly years: readonly number[];
  /** The year planner of the domain (dates that satisfy the body's rules, avoiding holidays). */
  readonly propose: (year: number, preferences: PlannerPreferences) => Promise<YearPlan>;
  readonly scheduler: MeetingScheduler;
  readonly onChanged: () => void;
}

/** A proposed meeting as the user may adjust it before confirming. */
interface Row {
  readonly key: string;
  readonly include: boolean;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly reasons: readonly string[];
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const REGIONS: readonly ('' | SchoolRegion)[] = ['', 'noord', 'midden', 'zuid'];

function weekdayLabel(day: Weekday): string {
  return [strings.Monday, strings.Tuesday, strings.Wednesday, strings.Thursday, strings.Friday][day - 1];
}

function regionLabel(region: '' | SchoolRegion): string {
  switch (region) {
    case '':
      return strings.RegionNone;
    case 'noord':
      return strings.RegionNorth;
    case 'midden':
      return strings.RegionMiddle;
    case 'zuid':
      return strings.RegionSouth;
  }
}

function durationMinutes(start: string, end: string): number {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes(end) - minutes(start);
}

/**
 * The year planner: choose region, weekday and time, see the proposal with its reasons, adjust dates, then
 * confirm. Nothing is stored or sent before the user confirms.
 */
export function YearPlanner(props: IYearPlannerProps): JSX.Element {
  const classNames = getMeetingBodiesClassNames(useTheme());
  const [year, setYear] = React.useState(props.years[0]);
  const [weekday, setWeekday] = React.useState<Weekday>(4);
  const [region, setRegion] = React.useState<'' | SchoolRegion>('noord');
  const [startTime, setStartTime] = React.useState('14:00');
  const [endTime, setEndTime] = React.useState('16:00');
  const [plan, setPlan] = React.useState<YearPlan | undefined>();
  const [rows, setRows] = React.useState<readonly Row[]>([]);
  const [message, setMessage] = React.useState<ActionMessage | undefined>();
  const [busy, setBusy] = React.useState(false);

  const propose = async (): Promise<void> => {
    const duration = durationMinutes(startTime, endTime);
    if (!/^\d\d:\d\d$/.test(startTime) || !/^\d\d:\d\d$/.test(endTime) || !(duration > 0)) {
      setMessage({ kind: 'error', text: strings.PlannerTimesInvalid });
      return;
    }
    const preferences: PlannerPreferences = { weekday, startTime, durationMinutes: duration, ...(region === '' ? {} : { schoolRegion: region }) };
    let proposal: YearPlan;
    setBusy(true);
    try {
      proposal = await props.propose(year, preferences);
    } catch (error) {
      setMessage(errorMessage(error));
      return;
    } finally {
      setBusy(false);
    }
    setPlan(proposal);
    setMessage(undefined);
    setRows(
      proposal.proposals.map((proposed, index) => ({
        key: `${index}`,
        include: true,
        date: wallTimeParts(proposed.start).date,
        start: wallTimeParts(proposed.start).time,
        end: wallTimeParts(proposed.end).time,
        reasons: proposed.reasons,
      })),
    );
  };

  const update = (key: string, changes: Partial<Row>): void => setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  const confirm = async (): Promise<void> => {
    const slots: MeetingSlot[] = [];
    for (const row of rows.filter((candidate) => candidate.include)) {
      try {
        const date = parseCalendarDate(row.date);
        slots.push({ start: zonedDateTime(date, row.start), end: zonedDateTime(date, row.end) });
      } catch {
        setMessage({ kind: 'error', text: `${row.date || '?'}: ${strings.InvalidDateTime}` });
        return;
      }
    }
    if (slots.length === 0) {
      setMessage({ kind: 'error', text: strings.PlannerNothingChosen });
      return;
    }
    setBusy(true);
    try {
      const outcomes = await props.scheduler.planMeetings(props.bodyId, slots);
      const failed = outcomes.filter((outcome) => !outcome.sent);
      setMessage(
        failed.length === 0
          ? { kind: 'success', text: strings.PlannerAllSent.replace('{0}', String(outcomes.length)) }
          : {
              kind: 'warning',
              text: strings.PlannerSomeFailed.replace('{0}', String(outcomes.length)).replace('{1}', String(failed.length)).replace('{2}', failed[0].failureReason ?? ''),
            },
      );
      setPlan(undefined);
      setRows([]);
      props.onChanged();
    } catch (error) {
      // Bad dates (in the past, end before start): nothing was stored; the rows stay as the user typed them.
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const weekdayOptions: IDropdownOption[] = WEEKDAYS.map((day) => ({ key: day, text: weekdayLabel(day) }));
  const regionOptions: IDropdownOption[] = REGIONS.map((value) => ({ key: value, text: regionLabel(value) }));

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <p>{strings.PlannerIntro.replace('{0}', props.bodyName).replace('{1}', String(year))}</p>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.PlannerYear}
          options={props.years.map((candidate) => ({ key: candidate, text: String(candidate) }))}
          selectedKey={year}
          onChange={(_, option) => {
            if (!option) return;
            setYear(Number(option.key));
            setPlan(undefined);
            setRows([]);
          }}
          styles={{ root: { minWidth: 100 } }}
        />
        <Dropdown label={strings.PlannerRegion} options={regionOptions} selectedKey={region} onChange={(_, option) => option && setRegion(option.key as '' | SchoolRegion)} styles={{ root: { minWidth: 180 } }} />
        <Dropdown label={strings.PlannerWeekday} options={weekdayOptions} selectedKey={weekday} onChange={(_, option) => option && setWeekday(option.key as Weekday)} styles={{ root: { minWidth: 140 } }} />
        <TextField type="time" label={strings.FieldStartTime} value={startTime} onChange={(_, value) => setStartTime(value ?? '')} />
        <TextField type="time" label={strings.FieldEndTime} value={endTime} onChange={(_, value) => setEndTime(value ?? '')} />
      </Stack>
      <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
        <DefaultButton
          onClick={() => {
            void propose();
          }}
          disabled={busy}
        >
          {strings.PlannerPropose}
        </DefaultButton>
      </Stack>
      {message && (
        <MessageBar
          messageBarType={message.kind === 'success' ? MessageBarType.success : message.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
          isMultiline={true}
        >
          {message.text}
        </MessageBar>
      )}
      {plan && (
        <section aria-label={strings.PlannerProposalTitle}>
          <h4>{strings.PlannerProposalTitle}</h4>
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            {strings.PlannerNotSentYet}
          </MessageBar>
          {plan.warnings.map((warning) => (
            <MessageBar key={warning} messageBarType={MessageBarType.warning} isMultiline={true}>
              {warning}
            </MessageBar>
          ))}
          {rows.length === 0 ? (
            <p>{strings.PlannerNoProposals.replace('{0}', String(year))}</p>
          ) : (
            <table className={classNames.table}>
              <caption className={classNames.visuallyHidden}>{strings.PlannerProposalTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.PlannerInclude}</th>
                  <th scope="col">{strings.FieldDate}</th>
                  <th scope="col">{strings.FieldStartTime}</th>
                  <th scope="col">{strings.FieldEndTime}</th>
                  <th scope="col">{strings.PlannerReasons}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => {
                  const label = `${strings.PlannerMeeting} ${index + 1}`;
                  let dateText = row.date;
                  try {
                    dateText = formatDutchDate(parseCalendarDate(row.date));
                  } catch {
                    // Half-typed date: the field shows what was typed.
                  }
                  return (
                    <tr key={row.key}>
                      <td>
                        <Checkbox ariaLabel={`${label}: ${strings.PlannerInclude} (${dateText})`} checked={row.include} onChange={(_, checked) => update(row.key, { include: checked === true })} />
                      </td>
                      <td>
                        <TextField type="date" ariaLabel={`${label}: ${strings.FieldDate}`} value={row.date} onChange={(_, value) => update(row.key, { date: value ?? '' })} />
                      </td>
                      <td>
                        <TextField type="time" ariaLabel={`${label}: ${strings.FieldStartTime}`} value={row.start} onChange={(_, value) => update(row.key, { start: value ?? '' })} />
                      </td>
                      <td>
                        <TextField type="time" ariaLabel={`${label}: ${strings.FieldEndTime}`} value={row.end} onChange={(_, value) => update(row.key, { end: value ?? '' })} />
                      </td>
                      <td>
                        <ul>
                          {row.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
            <PrimaryButton onClick={() => {
              void confirm();
            }} disabled={busy || rows.length === 0}>
              {strings.PlannerConfirm}
            </PrimaryButton>
            <DefaultButton
              onClick={() => {
                setPlan(undefined);
                setRows([]);
              }}
            >
              {strings.Cancel}
            </DefaultButton>
          </Stack>
        </section>
      )}
    </Stack>
  );
}
