import * as React from 'react';
import { ChoiceGroup, format, ITheme, MessageBar, MessageBarType, mergeStyleSets } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { Municipality, Partnership, Stored } from '../../../domain/models';
import type { ConflictChoice, ConflictingProperty } from '../../../domain/register';
import { propertyLabel, propertyText } from './partnershipFields';

export interface IConflictViewProps {
  /** What the user tried to save. */
  readonly mine: Partnership;
  /** What is stored now, saved by someone else. */
  readonly theirs: Partnership;
  readonly conflicts: readonly ConflictingProperty[];
  readonly choices: Readonly<Partial<Record<keyof Partnership, ConflictChoice>>>;
  readonly municipalities: readonly Stored<Municipality>[];
  readonly theme: ITheme;
  /** Shown once the user tried to save without choosing everywhere. */
  readonly showMissingChoices: boolean;
  readonly onChoose: (property: keyof Partnership, choice: ConflictChoice) => void;
}

/**
 * After a 412: both versions side by side, one row per property where they differ, and a choice per row.
 * A real table, so a screen reader announces the field and the version for every cell.
 */
export function ConflictView(props: IConflictViewProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  return (
    <div data-testid="conflict-view">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        <strong>{strings.ConflictTitle}</strong>. {strings.ConflictIntro}
      </MessageBar>
      {props.showMissingChoices && props.conflicts.some((conflict) => props.choices[conflict.property] === undefined) && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {strings.ConflictChooseAll}
        </MessageBar>
      )}
      <table className={classNames.table}>
        <caption className={classNames.caption}>{strings.ConflictTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ConflictField}</th>
            <th scope="col">{strings.ConflictMine}</th>
            <th scope="col">{strings.ConflictTheirs}</th>
            <th scope="col">{strings.ConflictKeep}</th>
          </tr>
        </thead>
        <tbody>
          {props.conflicts.map((conflict) => {
            const label = propertyLabel(conflict.property);
            return (
              <tr key={conflict.property} data-property={conflict.property}>
                <th scope="row">{label}</th>
                <td>{propertyText(props.mine, conflict.property, props.municipalities)}</td>
                <td>{propertyText(props.theirs, conflict.property, props.municipalities)}</td>
                <td>
                  <ChoiceGroup
                    aria-label={format(strings.ConflictChoiceLabel, label)}
                    selectedKey={props.choices[conflict.property] ?? null}
                    options={[
                      { key: 'mine', text: strings.ConflictMine },
                      { key: 'theirs', text: strings.ConflictTheirs },
                    ]}
                    onChange={(_event, option) => option && props.onChoose(conflict.property, option.key as ConflictChoice)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function getClassNames(theme: ITheme): { table: string; caption: string } {
  return mergeStyleSets({
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      marginTop: 12,
      color: theme.semanticColors.bodyText,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '8px 6px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
        'thead th': { ...theme.fonts.smallPlus, fontWeight: 600 },
      },
    },
    caption: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  });
}
