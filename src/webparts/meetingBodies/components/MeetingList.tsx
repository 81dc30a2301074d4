import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField, useTheme } from '@fluentui/react';
import * as strings from 'MeetingBodiesWebPartStrings';
import { getMeetingBodiesClassNames } from './MeetingBodies.styles';
import type { Meeting, MeetingBody, Stored } from '../../../domain/models';
import { sendActionFor } from '../../../domain/scheduling';
import { formatDutchDateTime, formatDutchTime, parseCalendarDate, wallTimeParts, zonedDateTime } from '../../../domain/time';
import type { MeetingScheduler } from '../../../data/scheduling';
import { MEETING_STATUS_CHOICES } from '../../../schema';
import { choiceLabel } from '../../../components/choices';
import { offerDownload } from '../../../components/download';
import { errorMessage, outcomeMessage, type ActionMessage } from './actionMessages';

export interface IMeetingListProps {
  readonly meetings: readonly Stored<Meeting>[];
  readonly scheduler: MeetingScheduler;
  readonly bodyId: number;
  /** The body the meetings are of: its name names the `.ics` file and its calendar. */
  readonly body: Pick<MeetingBody, 'name' | 'shortName' | 'purpose'>;
  /** Domain of the events' UIDs in the `.ics` file (the tenant's host), so a re-export replaces earlier copies. */
  readonly calendarFileDomain: string;
  /** Called after anything changed, so the page reads the lists again. */
  readonly onChanged: () => void;
}

/** The calendar file writer (and the `ics` library) load when a file is first asked for, not on first paint. */
function loadIcs(): Promise<typeof import('../../../data/ics')> {
  return import(/* webpackChunkName: 'samenwerkingsmonitor-ics' */ '../../../data/ics');
}

type Editing = { readonly kind: 'move'; readonly id: number; date: string; start: string; end: string } | { readonly kind: 'cancel'; readonly id: number; comment: string };

/**
 * The body's meetings with what can be done to each: move, cancel, send again; a sync with Outlook; and an
 * `.ics` export for members outside the tenant, who get no Outlook invite.
 */
export function MeetingList(props: IMeetingListProps): JSX.Element {
  const classNames = getMeetingBodiesClassNames(useTheme());
  const [editing, setEditing] = React.useState<Editing | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<ActionMessage | undefined>();

  const run = async (action: () => Promise<ActionMessage>): Promise<void> => {
    setBusy(true);
    try {
      setMessage(await action());
      setEditing(undefined);
      props.onChanged();
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const exportCalendar = async (): Promise<void> => {
    setBusy(true);
    try {
      const { meetingsToIcs, meetingsCalendarFileName } = await loadIcs();
      const text = meetingsToIcs(props.body, props.meetings, { uidDomain: props.calendarFileDomain });
      const fileName = meetingsCalendarFileName(props.body);
      offerDownload(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
      setMessage({ kind: 'success', text: strings.ExportIcsDone.replace('{0}', fileName).replace('{1}', String(props.meetings.length)) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: strings.ExportIcsFailed.replace('{0}', detail) });
    } finally {
      setBusy(false);
    }
  };

  const sync = (): Promise<void> =>
    run(async () => {
      const summary = await props.scheduler.syncBody(props.bodyId);
      const count = (kind: string): number => summary.changes.filter((change) => change.kind === kind).length;
      return {
        kind: 'success',
        text: strings.SyncSummary.replace('{0}', String(summary.checked))
          .replace('{1}', String(count('moved')))
          .replace('{2}', String(count('cancelled')))
          .replace('{3}', String(count('held'))),
      };
    });

  const saveMove = (edit: Extract<Editing, { kind: 'move' }>, meeting: Stored<Meeting>): Promise<void> =>
    run(async () => {
      let start, end;
      try {
        const date = parseCalendarDate(edit.date);
        start = zonedDateTime(date, edit.start);
        end = zonedDateTime(date, edit.end);
      } catch {
        return { kind: 'error', text: strings.InvalidDateTime };
      }
      return outcomeMessage(await props.scheduler.move(meeting.id, meeting.etag, start, end));
    });

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal={true} tokens={{ childrenGap: 8 }} wrap={true}>
        <DefaultButton iconProps={{ iconName: 'Sync' }} onClick={() => {
          void sync();
        }} disabled={busy}>
          {strings.SyncWithOutlook}
        </DefaultButton>
        {props.meetings.length > 0 && (
          <DefaultButton iconProps={{ iconName: 'Download' }} ariaDescription={strings.ExportIcsDescription} onClick={() => {
            void exportCalendar();
          }} disabled={busy}>
            {strings.ExportIcs}
          </DefaultButton>
        )}
      </Stack>
      {message && (
        <MessageBar
          messageBarType={message.kind === 'success' ? MessageBarType.success : message.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
          isMultiline={true}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={strings.Close}
        >
          {message.text}
        </MessageBar>
      )}
      {props.meetings.length === 0 ? (
        <p>{strings.NoMeetings}</p>
      ) : (
        <table className={classNames.table}>
          <caption className={classNames.visuallyHidden}>{strings.MeetingsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnWhen}</th>
              <th scope="col">{strings.ColumnLocation}</th>
              <th scope="col">{strings.ColumnStatus}</th>
              <th scope="col">{strings.ColumnInvite}</th>
              <th scope="col">{strings.ColumnActions}</th>
            </tr>
          </thead>
          <tbody>
            {props.meetings.map((meeting) => {
              const editingThis = editing?.id === meeting.id ? editing : undefined;
              return (
                <tr key={meeting.id}>
                  <td>
                    {formatDutchDateTime(meeting.start)}–{formatDutchTime(meeting.end)}
                  </td>
                  <td>{meeting.location}</td>
                  <td>{choiceLabel(MEETING_STATUS_CHOICES, meeting.status)}</td>
                  <td>
                    {sendStateText(meeting)}
                    {meeting.sendState === 'mislukt' && meeting.sendFailureReason ? <div role="note">{meeting.sendFailureReason}</div> : null}
                  </td>
                  <td>
                    {editingThis?.kind === 'move' ? (
                      <Stack tokens={{ childrenGap: 4 }}>
                        <TextField type="date" label={strings.FieldDate} value={editingThis.date} onChange={(_, value) => setEditing({ ...editingThis, date: value ?? '' })} />
                        <TextField type="time" label={strings.FieldStartTime} value={editingThis.start} onChange={(_, value) => setEditing({ ...editingThis, start: value ?? '' })} />
                        <TextField type="time" label={strings.FieldEndTime} value={editingThis.end} onChange={(_, value) => setEditing({ ...editingThis, end: value ?? '' })} />
                        <Stack horizontal={true} tokens={{ childrenGap: 4 }}>
                          <PrimaryButton disabled={busy} onClick={() => {
                            void saveMove(editingThis, meeting);
                          }}>
                            {strings.SaveMove}
                          </PrimaryButton>
                          <DefaultButton onClick={() => setEditing(undefined)}>{strings.Cancel}</DefaultButton>
                        </Stack>
                      </Stack>
                    ) : editingThis?.kind === 'cancel' ? (
                      <Stack tokens={{ childrenGap: 4 }}>
                        <TextField label={strings.CancelComment} value={editingThis.comment} onChange={(_, value) => setEditing({ ...editingThis, comment: value ?? '' })} />
                        <Stack horizontal={true} tokens={{ childrenGap: 4 }}>
                          <PrimaryButton disabled={busy} onClick={() => {
                            void run(async () => outcomeMessage(await props.scheduler.cancel(meeting.id, meeting.etag, editingThis.comment)));
                          }}>
                            {strings.ConfirmCancel}
                          </PrimaryButton>
                          <DefaultButton onClick={() => setEditing(undefined)}>{strings.Back}</DefaultButton>
                        </Stack>
                      </Stack>
                    ) : (
                      <Stack horizontal={true} tokens={{ childrenGap: 4 }} wrap={true}>
                        {meeting.status === 'gepland' && (
                          <DefaultButton
                            disabled={busy}
                            ariaLabel={`${strings.Move}: ${meeting.title}`}
                            onClick={() => {
                              const start = wallTimeParts(meeting.start);
                              setEditing({ kind: 'move', id: meeting.id, date: start.date, start: start.time, end: wallTimeParts(meeting.end).time });
                            }}
                          >
                            {strings.Move}
                          </DefaultButton>
                        )}
                        {meeting.status === 'gepland' && (
                          <DefaultButton disabled={busy} ariaLabel={`${strings.CancelMeeting}: ${meeting.title}`} onClick={() => setEditing({ kind: 'cancel', id: meeting.id, comment: '' })}>
                            {strings.CancelMeeting}
                          </DefaultButton>
                        )}
                        {meeting.sendState !== 'mislukt' && sendActionFor(meeting) !== 'none' && (
                          <PrimaryButton disabled={busy} ariaLabel={`${strings.Send}: ${meeting.title}`} onClick={() => {
                            void run(async () => outcomeMessage(await props.scheduler.send(meeting.id)));
                          }}>
                            {strings.Send}
                          </PrimaryButton>
                        )}
                        {meeting.sendState === 'mislukt' && (
                          <PrimaryButton disabled={busy} ariaLabel={`${strings.Resend}: ${meeting.title}`} onClick={() => {
                            void run(async () => outcomeMessage(await props.scheduler.send(meeting.id)));
                          }}>
                            {strings.Resend}
                          </PrimaryButton>
                        )}
                      </Stack>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Stack>
  );
}

/** The invite column: what Outlook has of this meeting, in the user's language. */
function sendStateText(meeting: Stored<Meeting>): string {
  if (meeting.sendState === 'mislukt') return strings.SendStateFailed;
  const hasEvent = meeting.outlookEventId !== undefined && meeting.outlookEventId !== '';
  if (meeting.status === 'geannuleerd') return hasEvent && meeting.sendState === 'verzonden' ? strings.SendStateCancellationSent : hasEvent ? strings.SendStatePending : '–';
  if (hasEvent) return meeting.sendState === 'verzonden' || meeting.sendState === undefined ? strings.SendStateSent : strings.SendStatePending;
  return meeting.status === 'gepland' ? strings.SendStateNotSent : '–';
}
