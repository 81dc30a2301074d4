import * as React from 'react';
import {
  DefaultButton,
  getId,
  getTheme,
  ITheme,
  mergeStyleSets,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
} from '@fluentui/react';
import * as strings from 'SiteSetupStrings';
import { useAsyncResource } from '../dataLoading';
import type { ISiteSetupPanelProps, SiteSetupResult } from './ISiteSetup';

type CreationState =
  | { readonly status: 'idle' }
  | { readonly status: 'creating' }
  | { readonly status: 'created'; readonly result: SiteSetupResult }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * Tells that the register site lacks the lists. A site owner can create them here; anyone else reads that
 * an owner must do it once. The lists are created from the page rather than by the feature framework's
 * element manifests, because SharePoint skips those when an app is deployed tenant-wide
 * (`skipFeatureDeployment: true`) or added to Teams, which is how this product is deployed.
 */
export function SiteSetupPanel(props: ISiteSetupPanelProps): JSX.Element {
  const { createLists } = props;
  const permission = useAsyncResource(props.canCreateLists, [props.canCreateLists]);
  const [creation, setCreation] = React.useState<CreationState>({ status: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  const startCreation = React.useCallback(() => {
    setCreation({ status: 'creating' });
    createLists().then(
      (result) => {
        if (mounted.current) setCreation({ status: 'created', result });
      },
      (error: unknown) => {
        if (mounted.current) setCreation({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [createLists]);

  // A unique id per instance: a page can hold two Samenwerkingsmonitor web parts.
  const [titleId] = React.useState(() => getId('samenwerkingsmonitor-site-setup-title'));
  const classNames = getClassNames(props.theme ?? getTheme());
  const mayCreate = permission.state.status === 'loaded' && permission.state.value;

  return (
    <section className={classNames.root} aria-labelledby={titleId}>
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={creation.status === 'created' ? MessageBarType.success : MessageBarType.warning} isMultiline={true}>
          <Text as="h2" variant="mediumPlus" id={titleId} className={classNames.title}>
            {creation.status === 'created' ? strings.ListsCreated : strings.ListsMissingTitle}
          </Text>
          <div>{strings.ListsMissingSite.replace('{0}', props.dataSiteUrl)}</div>
        </MessageBar>

        {permission.state.status === 'loading' && <Spinner size={SpinnerSize.small} label={strings.CheckingSite} />}

        {permission.state.status !== 'loading' && !mayCreate && <Text as="p">{strings.NonOwnerExplanation}</Text>}

        {mayCreate && creation.status !== 'created' && (
          <>
            <Text as="p">{strings.OwnerExplanation}</Text>
            {creation.status === 'failed' && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
                {strings.CreateFailed.replace('{0}', creation.reason)}
              </MessageBar>
            )}
            {creation.status === 'creating' ? (
              <Spinner size={SpinnerSize.medium} label={strings.CreatingLists} ariaLive="polite" labelPosition="right" />
            ) : (
              <Stack horizontal={true}>
                <PrimaryButton onClick={startCreation}>
                  {creation.status === 'failed' ? strings.RetryButton : strings.CreateListsButton}
                </PrimaryButton>
              </Stack>
            )}
          </>
        )}

        {creation.status === 'created' && (
          <>
            {creation.result.changes.length === 0 ? (
              <Text as="p">{strings.NothingChanged}</Text>
            ) : (
              <div>
                <Text as="h3" variant="medium" className={classNames.title}>
                  {strings.ChangesHeading}
                </Text>
                <ul className={classNames.changes}>
                  {creation.result.changes.map((change, index) => (
                    <li key={index}>{change}</li>
                  ))}
                </ul>
              </div>
            )}
            {(creation.result.notes ?? []).map((note, index) => (
              <Text as="p" key={index}>
                {note}
              </Text>
            ))}
            <Stack horizontal={true}>
              <DefaultButton onClick={props.onContinue}>{strings.OpenRegisterButton}</DefaultButton>
            </Stack>
          </>
        )}
      </Stack>
    </section>
  );
}

function getClassNames(theme: ITheme): { root: string; title: string; changes: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, padding: '8px 0' },
    title: { display: 'block', fontWeight: 600, margin: '0 0 4px' },
    changes: { margin: '4px 0 0', paddingLeft: 20, maxHeight: 240, overflowY: 'auto', fontSize: theme.fonts.small.fontSize },
  });
}
