import * as React from 'react';
import { Dropdown, getTheme, IDropdownOption, ITheme, PrimaryButton, Spinner, SpinnerSize, Stack, ThemeProvider } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import type { Repository } from '../../data/ports';
import type { Partnership } from '../../domain/models';
import { classifyDataError, DataErrorMessage, useAsyncResource } from '../dataLoading';
import { getDashboardClassNames } from './dashboard.styles';

export interface IPartnershipPickerProps {
  readonly partnerships: Repository<Partnership>;
  readonly onOpen: (partnershipId: number) => void;
  readonly theme?: ITheme;
}

const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** When no partnership is configured or linked: choose one from the register. */
export function PartnershipPicker(props: IPartnershipPickerProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getDashboardClassNames(theme);
  const { state, reload } = useAsyncResource(async () => [...(await props.partnerships.list())].sort((a, b) => dutchCollator.compare(a.name, b.name)), [props.partnerships]);
  const [selected, setSelected] = React.useState<number | undefined>(undefined);

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.medium} label={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={classifyDataError(state.error) === 'accessDenied' ? strings.ErrorAccessDenied : strings.ErrorGeneric} retryLabel={strings.RetryButton} onRetry={reload} />;
  } else if (state.value.length === 0) {
    body = <p className={classNames.muted}>{strings.PickerEmpty}</p>;
  } else {
    const options: IDropdownOption[] = state.value.map((partnership) => ({ key: partnership.id, text: partnership.name }));
    body = (
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Dropdown
          label={strings.PickerLabel}
          placeholder={strings.PickerPlaceholder}
          options={options}
          selectedKey={selected ?? null}
          onChange={(_event, option) => option && setSelected(Number(option.key))}
          styles={{ root: { minWidth: 320 } }}
        />
        <PrimaryButton text={strings.PickerOpen} disabled={selected === undefined} onClick={() => selected !== undefined && props.onOpen(selected)} />
      </Stack>
    );
  }
  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <section aria-label={strings.PickerTitle}>
        <h2 className={classNames.title}>{strings.PickerTitle}</h2>
        {body}
      </section>
    </ThemeProvider>
  );
}
