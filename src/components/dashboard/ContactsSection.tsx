import * as React from 'react';
import * as strings from 'DashboardStrings';
import type { Contact, Stored } from '../../domain/models';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface IContactsSectionProps {
  readonly contacts: readonly Stored<Contact>[];
  readonly classNames: IDashboardClassNames;
}

/** Seed 000: the shared contact list of people in execution. */
export function ContactsSection({ contacts, classNames }: IContactsSectionProps): JSX.Element {
  const sorted = [...contacts].sort((left, right) => left.organisation.localeCompare(right.organisation, 'nl') || left.name.localeCompare(right.name, 'nl'));
  return (
    <DashboardSection name="contacts" title={strings.SectionContacts} classNames={classNames} wide={true}>
      {sorted.length === 0 ? (
        <p className={classNames.muted}>{strings.ContactsEmpty}</p>
      ) : (
        <table className={classNames.table}>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnName}</th>
              <th scope="col">{strings.ColumnOrganisation}</th>
              <th scope="col">{strings.ColumnRole}</th>
              <th scope="col">{strings.ColumnExpertise}</th>
              <th scope="col">{strings.ColumnEmail}</th>
              <th scope="col">{strings.ColumnPhone}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((contact) => (
              <tr key={contact.id}>
                <th scope="row">{contact.name}</th>
                <td>{contact.organisation}</td>
                <td>{contact.role}</td>
                <td>{contact.expertise}</td>
                <td>{contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}</td>
                <td>{contact.phone && <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}
