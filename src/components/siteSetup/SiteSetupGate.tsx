import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'SiteSetupStrings';
import { useAsyncResource } from '../dataLoading';
import type { ISiteSetupGateProps } from './ISiteSetup';
import { SiteSetupPanel } from './SiteSetupPanel';

/**
 * Shows the register when the register site has its lists, and the first-run setup when it does not.
 * A failed check shows the register too, which then explains the failure in its own error state.
 */
export function SiteSetupGate(props: ISiteSetupGateProps): JSX.Element {
  const check = useAsyncResource(props.checkLists, [props.checkLists]);
  const [setUpHere, setSetUpHere] = React.useState(false);
  const continueToRegister = React.useCallback(() => setSetUpHere(true), []);

  if (setUpHere) return <>{props.children}</>;
  if (check.state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.CheckingSite} />;
  if (check.state.status === 'loaded' && check.state.value === 'missing') {
    return (
      <SiteSetupPanel
        dataSiteUrl={props.dataSiteUrl}
        canCreateLists={props.canCreateLists}
        createLists={props.createLists}
        onContinue={continueToRegister}
        theme={props.theme}
      />
    );
  }
  return <>{props.children}</>;
}
