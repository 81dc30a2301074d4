import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IDropdownOption, ITheme, mergeStyleSets, SearchBox } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { Municipality, Stored } from '../../../domain/models';
import {
  isFilterActive,
  NO_ACCOUNT_HOLDER,
  type ComplianceFilter,
  type ImportanceFilter,
  type RegisterFilter,
} from '../../../domain/register';
import { BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../schema';

export interface IRegisterFiltersProps {
  readonly filter: RegisterFilter;
  readonly domains: readonly string[];
  readonly accountHolders: readonly { readonly key: string; readonly displayName: string }[];
  readonly municipalities: readonly Stored<Municipality>[];
  /** Offers the "Naleving" filter (meeting-frequency compliance) when the register can compute it. */
  readonly showCompliance?: boolean;
  readonly theme: ITheme;
  readonly onChange: (filter: RegisterFilter) => void;
}

const ALL = '__all__';

function toggled<T>(values: readonly T[], value: T, selected: boolean | undefined): T[] {
  return selected ? [...values.filter((candidate) => candidate !== value), value] : values.filter((candidate) => candidate !== value);
}

/** The register's search box and filters; every change goes straight into the view (and the URL). */
export function RegisterFilters(props: IRegisterFiltersProps): JSX.Element {
  const { filter, onChange } = props;
  const classNames = getClassNames(props.theme);
  const set = (changes: Partial<RegisterFilter>): void => onChange({ ...filter, ...changes });

  const multi = <T extends string | number>(
    label: string,
    options: IDropdownOption[],
    selected: readonly T[],
    apply: (values: T[]) => void,
    testId: string,
  ): JSX.Element => (
    <Dropdown
      label={label}
      multiSelect={true}
      options={options}
      selectedKeys={[...selected] as string[]}
      placeholder={strings.FilterAll}
      onChange={(_event, option) => option && apply(toggled(selected, option.key as T, option.selected))}
      className={classNames.dropdown}
      data-testid={testId}
    />
  );

  const importanceOptions: IDropdownOption[] = [
    { key: ALL, text: strings.FilterAll },
    { key: 'belangrijk', text: strings.ImportanceAny },
    { key: 'maatschappelijke-opgave', text: strings.ImportanceSocietalTask },
    { key: 'kansen', text: strings.ImportanceOpportunities },
    { key: 'risicos', text: strings.ImportanceRisks },
    { key: 'geld', text: strings.ImportanceMoney },
    { key: 'niet-belangrijk', text: strings.ImportanceNone },
  ];
  const complianceOptions: IDropdownOption[] = [
    { key: ALL, text: strings.FilterAll },
    { key: 'voldaan', text: strings.FilterComplianceMet },
    { key: 'risico', text: strings.FilterComplianceAtRisk },
    { key: 'geschonden', text: strings.FilterComplianceViolated },
  ];
  const verbondenOptions: IDropdownOption[] = [
    { key: ALL, text: strings.FilterAll },
    { key: 'ja', text: strings.FilterYes },
    { key: 'nee', text: strings.FilterNo },
  ];

  return (
    <div role="search" aria-label={strings.FiltersRegionLabel} className={classNames.root}>
      <SearchBox
        ariaLabel={strings.SearchLabel}
        placeholder={strings.SearchPlaceholder}
        value={filter.search}
        onChange={(_event, value) => set({ search: value ?? '' })}
        onClear={() => set({ search: '' })}
        className={classNames.search}
      />
      <div className={classNames.grid}>
        {multi(strings.FilterTaskLayer, TASK_LAYER_CHOICES.map((c) => ({ key: c.value, text: c.label })), filter.taskLayers, (taskLayers) => set({ taskLayers: taskLayers as RegisterFilter['taskLayers'] }), 'filter-taaklaag')}
        {multi(strings.FilterDomain, props.domains.map((domain) => ({ key: domain, text: domain })), filter.domains, (domains) => set({ domains }), 'filter-domein')}
        {multi(strings.FilterLegalForm, LEGAL_FORM_CHOICES.map((c) => ({ key: c.value, text: c.label })), filter.legalForms, (legalForms) => set({ legalForms: legalForms as RegisterFilter['legalForms'] }), 'filter-rechtsvorm')}
        {multi(strings.FilterBbvGroup, BBV_GROUP_CHOICES.map((c) => ({ key: c.value, text: c.label })), filter.bbvGroups, (bbvGroups) => set({ bbvGroups: bbvGroups as RegisterFilter['bbvGroups'] }), 'filter-bbv')}
        <Dropdown
          label={strings.FilterVerbondenPartij}
          options={verbondenOptions}
          selectedKey={filter.verbondenPartij === undefined ? ALL : filter.verbondenPartij ? 'ja' : 'nee'}
          onChange={(_event, option) => {
            if (!option) return;
            const { verbondenPartij: _drop, ...rest } = filter;
            onChange(option.key === ALL ? rest : { ...rest, verbondenPartij: option.key === 'ja' });
          }}
          className={classNames.dropdown}
        />
        <Dropdown
          label={strings.FilterImportance}
          options={importanceOptions}
          selectedKey={filter.importance ?? ALL}
          onChange={(_event, option) => {
            if (!option) return;
            const { importance: _drop, ...rest } = filter;
            onChange(option.key === ALL ? rest : { ...rest, importance: option.key as ImportanceFilter });
          }}
          className={classNames.dropdown}
        />
        {multi(
          strings.FilterAccountHolder,
          [...props.accountHolders.map((person) => ({ key: person.key, text: person.displayName })), { key: NO_ACCOUNT_HOLDER, text: strings.FilterNoAccountHolder }],
          filter.accountHolders,
          (accountHolders) => set({ accountHolders }),
          'filter-accounthouder',
        )}
        {multi(strings.FilterParticipant, props.municipalities.map((m) => ({ key: m.id, text: m.name })), filter.participantIds, (participantIds) => set({ participantIds }), 'filter-deelnemer')}
        {multi(strings.FilterStatus, PARTNERSHIP_STATUS_CHOICES.map((c) => ({ key: c.value, text: c.label })), filter.statuses, (statuses) => set({ statuses: statuses as RegisterFilter['statuses'] }), 'filter-status')}
        {props.showCompliance && (
          <Dropdown
            label={strings.FilterCompliance}
            options={complianceOptions}
            selectedKey={filter.compliance ?? ALL}
            onChange={(_event, option) => {
              if (!option) return;
              const { compliance: _drop, ...rest } = filter;
              onChange(option.key === ALL ? rest : { ...rest, compliance: option.key as ComplianceFilter });
            }}
            className={classNames.dropdown}
            data-testid="filter-naleving"
          />
        )}
      </div>
      <div className={classNames.row}>
        <Checkbox label={strings.FilterOverdueOnly} checked={filter.overdueOnly} onChange={(_event, checked) => set({ overdueOnly: !!checked })} />
        {isFilterActive(filter) && (
          <DefaultButton
            text={strings.ClearFilters}
            iconProps={{ iconName: 'ClearFilter' }}
            onClick={() =>
              onChange({ search: '', taskLayers: [], domains: [], legalForms: [], bbvGroups: [], accountHolders: [], participantIds: [], statuses: [], overdueOnly: false })
            }
          />
        )}
      </div>
    </div>
  );
}

function getClassNames(theme: ITheme): { root: string; search: string; grid: string; dropdown: string; row: string } {
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 12, color: theme.semanticColors.bodyText },
    search: { maxWidth: 480 },
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: '4px 12px' },
    dropdown: { minWidth: 0 },
    row: { display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', minHeight: 32 },
  });
}
