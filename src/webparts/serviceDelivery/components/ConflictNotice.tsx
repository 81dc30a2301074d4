import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';

/** One field where what the user typed differs from what someone else saved meanwhile. */
export interface ConflictRow {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

export interface IConflictNoticeProps {
  readonly rows: readonly ConflictRow[];
  /** Replace the form with the stored version. */
  readonly onUseTheirs: () => void;
  /** Save the form over the stored version, now knowingly (with the stored version's ETag). */
  readonly onKeepMine: () => void;
}

/**
 * After a 412: nothing was overwritten. Both versions of every differing field, as a real table so a screen reader
 * announces field and version per cell, and the two ways on: take the stored version or save mine over it.
 */
export function ConflictNotice(props: IConflictNoticeProps): JSX.Element {
  return (
    <div data-testid="conflict-notice">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        <strong>{strings.ConflictTitle}</strong> {strings.ConflictIntro}
      </MessageBar>
      {props.rows.length > 0 && (
        <table style={{ borderCollapse: 'collapse', width: '100%', margin: '8px 0' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.ConflictTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>{strings.ConflictField}</th>
              <th scope="col" style={{ textAlign: 'left' }}>{strings.ConflictMine}</th>
              <th scope="col" style={{ textAlign: 'left' }}>{strings.ConflictTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 400 }}>{row.label}</th>
                <td>{row.mine}</td>
                <td>{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton text={strings.ConflictUseTheirs} onClick={props.onUseTheirs} />
        <PrimaryButton text={strings.ConflictKeepMine} onClick={props.onKeepMine} />
      </Stack>
    </div>
  );
}

/** The rows of a conflict: each labelled field whose text differs between the two versions. */
export function conflictRows(fields: readonly { readonly label: string; readonly text: (version: 'mine' | 'theirs') => string }[]): readonly ConflictRow[] {
  return fields.map((field) => ({ label: field.label, mine: field.text('mine'), theirs: field.text('theirs') })).filter((row) => row.mine !== row.theirs);
}
