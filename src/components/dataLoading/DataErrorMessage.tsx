import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';

export interface IDataErrorMessageProps {
  /** What went wrong, in the user's language and in plain words. */
  readonly message: string;
  /** Label of the retry button ("Opnieuw proberen"). */
  readonly retryLabel: string;
  readonly onRetry: () => void;
}

/** An error that stopped data from loading, with a way to try again. */
export function DataErrorMessage(props: IDataErrorMessageProps): JSX.Element {
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline={true}
      actions={
        <div>
          <MessageBarButton onClick={props.onRetry}>{props.retryLabel}</MessageBarButton>
        </div>
      }
    >
      {props.message}
    </MessageBar>
  );
}
