import * as React from 'react';
import { FontIcon, mergeStyleSets, type ITheme } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';

/** "Te laat", with an icon and in the theme's error colour: overdue never relies on colour alone. */
export function OverdueMarker(props: { readonly theme: ITheme }): JSX.Element {
  const classNames = mergeStyleSets({
    root: { display: 'inline-flex', alignItems: 'center', gap: 4, color: props.theme.semanticColors.errorText, fontWeight: 600 },
  });
  return (
    <span className={classNames.root} data-testid="overdue-marker">
      <FontIcon iconName="Warning" aria-hidden={true} />
      {strings.Overdue}
    </span>
  );
}
