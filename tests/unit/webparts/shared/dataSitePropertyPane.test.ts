import * as path from 'path';
import type { IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import { dataSitePropertyPane } from '../../../../src/webparts/shared/dataSitePropertyPane';

// The SPFx property pane library only runs inside SharePoint; a text field is just its path and properties here.
jest.mock(
  '@microsoft/sp-property-pane',
  () => ({ PropertyPaneTextField: (targetProperty: string, properties: unknown) => ({ targetProperty, properties }) }),
  { virtual: true },
);
jest.mock(
  'WebPartShellStrings',
  () => {
    const { loadAmdStrings } = jest.requireActual('../../../support/amdStrings');
    return loadAmdStrings(path.join(__dirname, '..', '..', '..', '..', 'src', 'webparts', 'shared', 'loc', 'nl-nl.js'));
  },
  { virtual: true },
);

interface TextField {
  readonly targetProperty: string;
  readonly properties: { readonly label: string; readonly onGetErrorMessage: (value: string) => string };
}

function dataSiteField(): TextField {
  const configuration = dataSitePropertyPane({
    description: 'Overzicht',
    groupName: 'Instellingen',
    fieldLabel: 'Site met het register',
    fieldDescription: 'De SharePoint-site waar de lijsten staan.',
  });
  const group = configuration.pages[0].groups[0] as IPropertyPaneGroup;
  return group.groupFields[0] as unknown as TextField;
}

describe('dataSitePropertyPane', () => {
  it("edits the web part's dataSiteUrl property under the web part's own label", () => {
    const field = dataSiteField();
    expect(field.targetProperty).toBe('dataSiteUrl');
    expect(field.properties.label).toBe('Site met het register');
  });

  it('accepts an empty value (fallback) and a full https URL', () => {
    const validate = dataSiteField().properties.onGetErrorMessage;
    expect(validate('')).toBe('');
    expect(validate('https://gemeente.sharepoint.com/sites/samenwerkingsmonitor')).toBe('');
  });

  it('says in Dutch what is wrong with an http address or a partial one', () => {
    const validate = dataSiteField().properties.onGetErrorMessage;
    expect(validate('http://gemeente.sharepoint.com/sites/samenwerkingsmonitor')).toBe('Het adres moet met https:// beginnen.');
    expect(validate('sites/samenwerkingsmonitor')).toMatch(/^Vul een volledig webadres in/);
  });
});
