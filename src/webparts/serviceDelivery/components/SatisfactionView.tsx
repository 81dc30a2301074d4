import * as React from 'react';
import { DefaultButton, PrimaryButton, Stack, Text } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Stored } from '../../../domain/models';
import { satisfactionScoreText, type SatisfactionMeasurement } from '../../../domain/serviceDelivery';
import { formatDutchShortDate } from '../../../domain/time';
import { SATISFACTION_OWNER_CHOICES } from '../../../schema';
import { getClassNames } from './AgreementsView';
import { SatisfactionPanel } from './SatisfactionPanel';
import { formatText } from './serviceDeliveryFormat';
import type { IPartnershipViewProps } from './viewProps';

/** The satisfaction measurements of one partnership, newest first: who measured, how, the score on its scale and comments. */
export function SatisfactionView(props: IPartnershipViewProps): JSX.Element {
  const [panel, setPanel] = React.useState<{ readonly measurement?: Stored<SatisfactionMeasurement> } | undefined>(undefined);
  const classNames = getClassNames(props.theme);
  const measurements = [...props.data.measurements].sort((left, right) => right.measuredOn.localeCompare(left.measuredOn));

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.SatisfactionIntro}</Text>
      <Stack horizontal>
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewMeasurement} onClick={() => setPanel({})} />
      </Stack>
      {measurements.length === 0 ? (
        <Text>{strings.NoMeasurements}</Text>
      ) : (
        <table className={classNames.table}>
          <caption>{formatText(strings.MeasurementsCaption, props.partnership.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.FieldSubject}</th>
              <th scope="col">{strings.FieldMeasuredOn}</th>
              <th scope="col">{strings.FieldMeasuredBy}</th>
              <th scope="col">{strings.FieldMethod}</th>
              <th scope="col">{strings.FieldScore}</th>
              <th scope="col" className={classNames.number}>
                {strings.FieldRespondents}
              </th>
              <th scope="col">{strings.FieldComments}</th>
              <th scope="col">
                <span className={classNames.hidden}>{strings.Edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {measurements.map((measurement) => (
              <tr key={measurement.id}>
                <th scope="row">{measurement.subject}</th>
                <td>{formatDutchShortDate(measurement.measuredOn)}</td>
                <td>{choiceLabel(SATISFACTION_OWNER_CHOICES, measurement.measuredBy)}</td>
                <td>{measurement.method}</td>
                <td>{satisfactionScoreText(measurement)}</td>
                <td className={classNames.number}>{measurement.respondents ?? '—'}</td>
                <td>{measurement.comments}</td>
                <td>
                  <DefaultButton text={strings.Edit} ariaLabel={formatText(strings.EditItem, measurement.subject)} onClick={() => setPanel({ measurement })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panel !== undefined && (
        <SatisfactionPanel
          partnershipId={props.partnership.id}
          partnershipName={props.partnership.name}
          measurement={panel.measurement}
          today={props.today}
          repositories={props.repositories}
          onSaved={(saved) => {
            setPanel(undefined);
            props.announce(formatText(strings.MeasurementSaved, saved.subject));
            props.reload();
          }}
          onDismiss={() => setPanel(undefined)}
        />
      )}
    </Stack>
  );
}
