import * as React from 'react';
import { DefaultButton, Icon, mergeStyleSets, PrimaryButton, Stack, Text, type ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Stored } from '../../../domain/models';
import { renewalFinding, type ServiceAgreement } from '../../../domain/serviceDelivery';
import { formatDutchShortDate } from '../../../domain/time';
import { SERVICE_AGREEMENT_KIND_CHOICES } from '../../../schema';
import { AgreementPanel } from './AgreementPanel';
import { formatText } from './serviceDeliveryFormat';
import type { IPartnershipViewProps } from './viewProps';

/** The service agreements (DVO, SLA, convenant) of one partnership: kind, term and renewal date, with a warning when renewal is near or passed. */
export function AgreementsView(props: IPartnershipViewProps): JSX.Element {
  const [panel, setPanel] = React.useState<{ readonly agreement?: Stored<ServiceAgreement> } | undefined>(undefined);
  const classNames = getClassNames(props.theme);
  const agreements = [...props.data.agreements].sort((left, right) => left.startDate.localeCompare(right.startDate));

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal>
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewAgreement} onClick={() => setPanel({})} />
      </Stack>
      {agreements.length === 0 ? (
        <Text>{strings.NoAgreements}</Text>
      ) : (
        <table className={classNames.table}>
          <caption>{formatText(strings.AgreementsCaption, props.partnership.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.FieldAgreementName}</th>
              <th scope="col">{strings.FieldAgreementKind}</th>
              <th scope="col">{strings.ColumnTerm}</th>
              <th scope="col">{strings.FieldRenewalDate}</th>
              <th scope="col">{strings.FieldDocumentUrl}</th>
              <th scope="col">
                <span className={classNames.hidden}>{strings.Edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => {
              const finding = renewalFinding(agreement, props.today);
              return (
                <tr key={agreement.id}>
                  <th scope="row">{agreement.name}</th>
                  <td>{choiceLabel(SERVICE_AGREEMENT_KIND_CHOICES, agreement.kind)}</td>
                  <td>
                    {agreement.endDate
                      ? formatText(strings.TermFromTo, formatDutchShortDate(agreement.startDate), formatDutchShortDate(agreement.endDate))
                      : formatText(strings.TermFrom, formatDutchShortDate(agreement.startDate))}
                  </td>
                  <td>
                    {agreement.renewalDate ? formatDutchShortDate(agreement.renewalDate) : '—'}
                    {finding && (
                      <div className={classNames.warning} data-testid="renewal-finding">
                        <Icon iconName="Warning" aria-hidden={true} style={{ marginRight: 4 }} />
                        {finding.message}
                      </div>
                    )}
                  </td>
                  <td>{agreement.documentUrl ? <a href={agreement.documentUrl}>{formatText(strings.OpenDocument, agreement.name)}</a> : '—'}</td>
                  <td>
                    <DefaultButton text={strings.Edit} ariaLabel={formatText(strings.EditItem, agreement.name)} onClick={() => setPanel({ agreement })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {panel !== undefined && (
        <AgreementPanel
          partnershipId={props.partnership.id}
          partnershipName={props.partnership.name}
          agreement={panel.agreement}
          repositories={props.repositories}
          onSaved={(saved) => {
            setPanel(undefined);
            props.announce(formatText(strings.AgreementSaved, saved.name));
            props.reload();
          }}
          onDismiss={() => setPanel(undefined)}
        />
      )}
    </Stack>
  );
}

export function getClassNames(theme: ITheme): Record<'table' | 'warning' | 'hidden' | 'number', string> {
  const { semanticColors, palette, fonts } = theme;
  const cell = { textAlign: 'left' as const, padding: '6px 8px', borderBottom: `1px solid ${palette.neutralLight}`, verticalAlign: 'top' as const };
  return mergeStyleSets({
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: { th: { ...cell, fontWeight: 600 }, 'tbody th': { fontWeight: 400 }, td: cell, caption: { textAlign: 'left', color: semanticColors.bodySubtext, paddingBottom: 4, ...fonts.small } },
    },
    warning: { color: semanticColors.errorText, marginTop: 4 },
    hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    number: { textAlign: 'right !important' as 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  });
}
