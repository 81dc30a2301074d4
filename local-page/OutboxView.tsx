import * as React from 'react';
import { DefaultButton, getTheme, ITheme, mergeStyleSets, MessageBar, MessageBarType, Spinner, Stack } from '@fluentui/react';
import type { OutboxMessage } from '../emulator/graph/store';
import { formatDutchDateTime, formatDutchTime, zonedDateTimeOfInstant } from '../src/domain/time';
import type { PageLanguage } from './pageLocale';

/** The local page's own texts for the outbox tab (it is no SPFx web part, so no loc module). */
const TEXTS: Readonly<Record<PageLanguage, Readonly<Record<string, string>>>> = {
  nl: {
    title: 'Verzonden uitnodigingen (emulator)',
    intro:
      'Wat de leden van een overlegorgaan in hun mailbox zouden krijgen. De emulator verstuurt niets echt: elke uitnodiging, wijziging en annulering die Microsoft Graph zou versturen, staat hier.',
    loading: 'Verzonden uitnodigingen laden…',
    empty: 'Er zijn nog geen uitnodigingen verzonden. Plan vergaderingen in "Overlegorganen en vergaderingen".',
    failed: 'De verzonden uitnodigingen konden niet worden geladen.',
    reload: 'Vernieuwen',
    kind: 'Soort',
    recipient: 'Aan',
    subject: 'Onderwerp',
    when: 'Wanneer',
    organizer: 'Van',
    comment: 'Bericht',
    invite: 'Uitnodiging',
    update: 'Wijziging',
    cancellation: 'Annulering',
    count: '{0} berichten',
  },
  en: {
    title: 'Sent invites (emulator)',
    intro:
      'What the members of a meeting body would receive in their mailbox. The emulator sends nothing for real: every invite, update and cancellation Microsoft Graph would send is listed here.',
    loading: 'Loading sent invites…',
    empty: 'No invites have been sent yet. Plan meetings in "Meeting bodies and meetings".',
    failed: 'The sent invites could not be loaded.',
    reload: 'Refresh',
    kind: 'Kind',
    recipient: 'To',
    subject: 'Subject',
    when: 'When',
    organizer: 'From',
    comment: 'Message',
    invite: 'Invite',
    update: 'Update',
    cancellation: 'Cancellation',
    count: '{0} messages',
  },
};

type State = { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'loaded'; readonly messages: readonly OutboxMessage[] };

export interface IOutboxViewProps {
  readonly language: PageLanguage;
  readonly theme?: ITheme;
  /** Where the emulator answers; the local page is served by it. @default window.location.origin */
  readonly emulatorUrl?: string;
}

/** The emulator's outbox (`GET /_emulator/outbox`), newest first, so a new user sees what members would receive. */
export function OutboxView(props: IOutboxViewProps): JSX.Element {
  const texts = TEXTS[props.language];
  const classNames = getClassNames(props.theme ?? getTheme());
  const [state, setState] = React.useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    fetch(`${props.emulatorUrl ?? window.location.origin}/_emulator/outbox`)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const { value } = (await response.json()) as { value: OutboxMessage[] };
        if (!cancelled) setState({ status: 'loaded', messages: [...value].sort((left, right) => right.id - left.id) });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt, props.emulatorUrl]);

  return (
    <section aria-labelledby="outbox-title" className={classNames.root}>
      <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true}>
        <h2 id="outbox-title" className={classNames.title}>
          {texts.title}
        </h2>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={() => setAttempt((previous) => previous + 1)}>
          {texts.reload}
        </DefaultButton>
      </Stack>
      <p>{texts.intro}</p>
      {state.status === 'loading' && <Spinner label={texts.loading} />}
      {state.status === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{texts.failed}</MessageBar>}
      {state.status === 'loaded' && state.messages.length === 0 && <p>{texts.empty}</p>}
      {state.status === 'loaded' && state.messages.length > 0 && (
        <>
          <p aria-live="polite">{texts.count.replace('{0}', String(state.messages.length))}</p>
          <table className={classNames.table} data-testid="outbox">
            <caption className={classNames.hidden}>{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.kind}</th>
                <th scope="col">{texts.recipient}</th>
                <th scope="col">{texts.subject}</th>
                <th scope="col">{texts.when}</th>
                <th scope="col">{texts.organizer}</th>
                <th scope="col">{texts.comment}</th>
              </tr>
            </thead>
            <tbody>
              {state.messages.map((message) => (
                <tr key={message.id} data-kind={message.kind}>
                  <td>{texts[message.kind]}</td>
                  <td>
                    {message.recipientName && message.recipientName !== message.recipient ? `${message.recipientName} <${message.recipient}>` : message.recipient}
                  </td>
                  <td>{message.subject}</td>
                  <td>
                    {formatDutchDateTime(zonedDateTimeOfInstant(message.start))}–{formatDutchTime(zonedDateTimeOfInstant(message.end))}
                  </td>
                  <td>{message.organizer}</td>
                  <td>{message.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function getClassNames(theme: ITheme): { root: string; title: string; table: string; hidden: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText },
    title: { ...theme.fonts.xLarge, margin: '8px 0' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
        th: { fontWeight: 600 },
      },
    },
    hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  });
}
