import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack } from '@fluentui/react';

/** The panel's own labels, named as in every web part's strings module, so a web part passes its `strings`. */
export interface IFormPanelStrings {
  readonly Save: string;
  readonly Cancel: string;
  readonly Close: string;
}

interface IFormPanelCommonProps {
  readonly title: string;
  /** Open unless said otherwise: most forms are mounted only while they are open. */
  readonly isOpen?: boolean;
  readonly strings: IFormPanelStrings;
  /** The "form has errors" line above the fields, shown when given; each field says what is wrong with it. */
  readonly errorSummary?: string;
  /** Why the last save failed, in plain words. */
  readonly failure?: string;
  /** Shown above the messages, e.g. what the form is for. */
  readonly intro?: React.ReactNode;
  readonly onDismiss: () => void;
  readonly children?: React.ReactNode;
}

/** Either the standard Save/Cancel footer, or the form's own footer for forms with more than one way to save. */
export type IFormPanelProps = IFormPanelCommonProps &
  (
    | {
        readonly onSave: () => void;
        /** While a save runs, Save is disabled so a double click does not save twice. */
        readonly saving: boolean;
        /** Save is also disabled while this is true (e.g. a conflict waits for the user's choice). */
        readonly saveBlocked?: boolean;
        readonly footer?: undefined;
      }
    | { readonly footer: JSX.Element }
  );

/**
 * The chrome every edit form shares: a medium panel with Save and Cancel at the bottom, the "form has errors" line
 * and the failure of the last save above the fields, so the user keeps what they typed and sees why it was not saved.
 */
export function FormPanel(props: IFormPanelProps): JSX.Element {
  const { strings } = props;
  return (
    <Panel
      isOpen={props.isOpen ?? true}
      type={PanelType.medium}
      headerText={props.title}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={() => props.footer ?? <SaveCancelFooter {...props} strings={strings} />}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {props.intro}
        {props.errorSummary !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {props.errorSummary}
          </MessageBar>
        )}
        {props.failure !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {props.failure}
          </MessageBar>
        )}
        {props.children}
      </Stack>
    </Panel>
  );
}

function SaveCancelFooter(props: { readonly strings: IFormPanelStrings; readonly onSave: () => void; readonly saving: boolean; readonly saveBlocked?: boolean; readonly onDismiss: () => void }): JSX.Element {
  return (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={props.strings.Save} onClick={() => props.onSave()} disabled={props.saving || props.saveBlocked === true} />
      <DefaultButton text={props.strings.Cancel} onClick={props.onDismiss} />
    </Stack>
  );
}

/** The summary line when a form has field errors, otherwise nothing. */
export function errorSummaryOf(errors: Readonly<Record<string, string>>, formHasErrors: string): string | undefined {
  return Object.keys(errors).length > 0 ? formHasErrors : undefined;
}
