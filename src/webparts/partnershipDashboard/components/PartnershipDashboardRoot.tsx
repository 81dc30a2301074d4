import * as React from 'react';
import { ActionButton } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import { MyPartnerships, PartnershipDashboard, PartnershipPicker } from '../../../components/dashboard';
import type { IPartnershipDashboardRootProps } from './IPartnershipDashboardRootProps';

/**
 * What the "Dashboard samenwerking" web part shows where it runs: the configured or linked partnership's
 * dashboard; in the Teams personal app without a link, "Mijn samenwerkingsverbanden" of the signed-in
 * accounthouder; elsewhere without a partnership, a picker.
 */
export function PartnershipDashboardRoot(props: IPartnershipDashboardRootProps): JSX.Element {
  const [chosen, setChosen] = React.useState<number | undefined>(props.partnershipId);
  React.useEffect(() => setChosen(props.partnershipId), [props.partnershipId]);
  const personal = props.host === 'teamsPersonalApp';

  if (chosen === undefined) {
    return personal ? (
      <MyPartnerships partnerships={props.partnerships} riskProfiles={props.riskProfiles} directory={props.directory} onOpen={setChosen} today={props.today} theme={props.theme} isDemoData={props.isDemoData} />
    ) : (
      <PartnershipPicker partnerships={props.partnerships} onOpen={setChosen} theme={props.theme} />
    );
  }
  const back =
    props.partnershipId === undefined ? (
      <ActionButton iconProps={{ iconName: 'Back' }} onClick={() => setChosen(undefined)} theme={props.theme}>
        {personal ? strings.BackToMyPartnerships : strings.PickerTitle}
      </ActionButton>
    ) : undefined;
  return (
    <PartnershipDashboard
      partnershipId={chosen}
      load={props.load}
      upload={props.upload}
      today={props.today}
      theme={props.theme}
      isDemoData={props.isDemoData}
      shareLink={props.linkFor?.(chosen)}
      navigation={back}
      generateHandoverDossier={props.generateHandoverDossier}
    />
  );
}
