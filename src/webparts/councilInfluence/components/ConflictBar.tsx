import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { formatText } from './influenceFormat';

/**
 * Someone else saved first (HTTP 412): what is stored now, and the choice to save the user's input over it or to take
 * the stored version. Nothing is overwritten without that choice.
 */
export function ConflictBar(props: { readonly description: string; readonly onKeepMine: () => void; readonly onTakeTheirs: () => void }): JSX.Element {
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline={true}
      actions={
        <div>
          <DefaultButton text={strings.ConflictKeepMine} onClick={props.onKeepMine} />
          <DefaultButton text={strings.ConflictTakeTheirs} onClick={props.onTakeTheirs} />
        </div>
      }
    >
      {strings.ConflictTitle} {formatText(strings.ConflictCurrent, props.description)}
    </MessageBar>
  );
}
