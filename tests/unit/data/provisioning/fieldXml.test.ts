import { fieldXml } from '../../../../src/data/provisioning';
import { listSchema } from '../../../../src/schema';
import type { FieldSchema } from '../../../../src/schema';

function field(listKey: Parameters<typeof listSchema>[0], internalName: string): FieldSchema {
  const found = listSchema(listKey).fields.find((candidate) => candidate.internalName === internalName);
  if (!found) throw new Error(internalName);
  return found;
}

const LIST_IDS = { partnerships: '0b0f3a4e-1111-4222-8333-944455556666', municipalities: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' };

describe('field XML generated from the schema', () => {
  it('writes a required, indexed choice with its Dutch labels, escaped', () => {
    expect(fieldXml(field('partnerships', 'LegalForm'), {})).toBe(
      '<Field Type="Choice" Name="LegalForm" StaticName="LegalForm" DisplayName="Rechtsvorm" Required="TRUE" Indexed="TRUE" Format="Dropdown" FillInChoice="FALSE">' +
        '<CHOICES><CHOICE>GR - openbaar lichaam</CHOICE><CHOICE>GR - bedrijfsvoeringsorganisatie</CHOICE><CHOICE>GR - gemeenschappelijk orgaan</CHOICE>' +
        '<CHOICE>GR - centrumgemeente</CHOICE><CHOICE>GR - regeling zonder meer</CHOICE><CHOICE>Stichting</CHOICE><CHOICE>Vereniging</CHOICE>' +
        '<CHOICE>NV/BV</CHOICE><CHOICE>Coöperatie</CHOICE><CHOICE>Convenant</CHOICE><CHOICE>Overig</CHOICE></CHOICES></Field>',
    );
    expect(fieldXml(field('meetingBodies', 'BodyCategory'), {})).toContain('<CHOICE>Advies &amp; uitvoering</CHOICE>');
  });

  it("escapes quotes in display names (Risico's)", () => {
    expect(fieldXml(field('partnerships', 'Risks'), {})).toContain('DisplayName="Risico&apos;s"');
  });

  it('points a lookup at the target list id in braces, with Mult for multi-lookups', () => {
    expect(fieldXml(field('financialFigures', 'Partnership'), LIST_IDS)).toBe(
      '<Field Type="Lookup" Name="Partnership" StaticName="Partnership" DisplayName="Samenwerkingsverband" Required="TRUE" Indexed="TRUE" List="{0b0f3a4e-1111-4222-8333-944455556666}" ShowField="Title" />',
    );
    expect(fieldXml(field('partnerships', 'Participants'), LIST_IDS)).toContain('Type="LookupMulti"');
    expect(fieldXml(field('partnerships', 'Participants'), LIST_IDS)).toContain('Mult="TRUE"');
  });

  it('refuses a lookup whose target list does not exist yet', () => {
    expect(() => fieldXml(field('meetingBodies', 'Partnership'), {})).toThrow(/partnerships/);
  });

  it('marks multi-person fields Mult and date-only fields with their format', () => {
    expect(fieldXml(field('meetingBodies', 'Members'), {})).toMatch(/Type="UserMulti".*Mult="TRUE"/);
    expect(fieldXml(field('partnerships', 'AccountHolder'), {})).toMatch(/^<Field Type="User" .*Indexed="TRUE"/);
    expect(fieldXml(field('processMoments', 'MomentDate'), {})).toContain('Format="DateOnly"');
    expect(fieldXml(field('meetings', 'MeetingStart'), {})).toContain('Format="DateTime"');
  });

  it('gives booleans their default and choices their default label', () => {
    expect(fieldXml(field('meetingBodies', 'IsPublic'), {})).toContain('<Default>0</Default>');
    expect(fieldXml(field('partnerships', 'PartnershipStatus'), {})).toContain('<Default>Actief</Default>');
  });
});
