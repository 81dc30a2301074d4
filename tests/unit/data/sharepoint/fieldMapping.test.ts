import { SITE_SCHEMA, listSchema } from '../../../../src/schema';
import type { ListSchema } from '../../../../src/schema';
import {
  MappingError,
  fromSharePointItem,
  readProjection,
  toSharePointBody,
  type SharePointRow,
} from '../../../../src/data/sharepoint/fieldMapping';
import { PEOPLE, SAMPLE_VALUES, meeting, meetingBody, partnership } from '../sampleValues';

/**
 * What SharePoint keeps of a create body and answers on a read with `$expand` of the people: DateTime as UTC
 * to the second, people expanded to Id/Title/EMail, empty text as null. Derived from the schema like the
 * adapter, but written independently of it.
 */
function storedRow(list: ListSchema, body: Record<string, unknown>, source: Record<string, unknown>): SharePointRow {
  const row: Record<string, unknown> = { Id: 7, 'odata.etag': '"1"', Modified: '2026-11-26T09:00:00Z' };
  const expandPerson = (id: unknown) => {
    const person = PEOPLE.find((candidate) => candidate.userId === id);
    return { Id: id, Title: person?.displayName, EMail: person?.email };
  };
  for (const field of list.fields) {
    const key = ['Lookup', 'LookupMulti', 'User', 'UserMulti'].includes(field.type) ? `${field.internalName}Id` : field.internalName;
    const value = body[key];
    if (field.internalName === 'FileLeafRef') {
      row.FileLeafRef = source.fileName;
      continue;
    }
    if (value === undefined) continue;
    switch (field.type) {
      case 'DateTime':
        row[key] = value === null ? null : new Date(String(value)).toISOString().replace('.000Z', 'Z');
        break;
      case 'User':
        row[field.internalName] = value === null ? null : expandPerson(value);
        break;
      case 'UserMulti':
        row[field.internalName] = (value as unknown[]).map(expandPerson);
        break;
      case 'Text':
      case 'Note':
        row[key] = value === '' ? null : value;
        break;
      default:
        row[key] = value;
    }
  }
  return row;
}

describe('schema-driven field mapping', () => {
  it.each(SITE_SCHEMA.lists.map((list) => [list.key, list] as const))('round-trips a %s value through what SharePoint stores', (key, list) => {
    const value = SAMPLE_VALUES[key] as Record<string, unknown>;
    const body = toSharePointBody(list, value, 'create');
    const read = fromSharePointItem(list, storedRow(list, body, value));
    expect(read).toEqual({ ...value, id: 7, etag: '"1"', modified: '2026-11-26T09:00:00Z' });
  });

  it('writes a partnership the way SharePoint expects each field type', () => {
    const body = toSharePointBody(listSchema('partnerships'), partnership as unknown as Record<string, unknown>, 'create');
    expect(body).toMatchObject({
      Title: "Regio Twente ('t Netwerk)",
      LegalForm: 'GR - openbaar lichaam',
      TaskLayers: ['Uitvoering', 'Beleid'],
      ParticipantsId: [1, 2, 3],
      PortfolioHolderId: 4,
      AccountHolderId: 2,
      ImportanceAudiences: ['Raad', 'College'],
      ImportanceSocietalTask: true,
      LastRefreshed: '2026-03-29T00:00:00+01:00',
      PartnershipStatus: 'Actief',
      Website: { Url: 'https://www.regiotwente.example/', Description: 'https://www.regiotwente.example/' },
    });
    expect(body).not.toHaveProperty('AccountHolder');
  });

  it('writes meeting times as UTC instants', () => {
    const body = toSharePointBody(listSchema('meetings'), meeting as unknown as Record<string, unknown>, 'create');
    expect(body.MeetingStart).toBe('2026-10-24T23:30:00Z');
    expect(body.MeetingEnd).toBe('2026-10-25T02:30:00Z');
  });

  it('keeps e-mail lines and people lists as SharePoint values', () => {
    const body = toSharePointBody(listSchema('meetingBodies'), meetingBody as unknown as Record<string, unknown>, 'create');
    expect(body.ExternalMemberEmails).toBe('voorzitter@enschede.example\nsecretaris@regiotwente.example');
    expect(body.MembersId).toEqual([4, 2]);
  });

  it('sends only the changed properties on update, and null to clear an optional one', () => {
    const body = toSharePointBody(listSchema('partnerships'), { seat: 'Almelo', website: undefined, accountHolder: undefined }, 'update');
    expect(body).toEqual({ Seat: 'Almelo', Website: null, AccountHolderId: null });
  });

  it('sends every importance column when the importance changes', () => {
    const body = toSharePointBody(listSchema('partnerships'), { importance: { ...partnership.importance, money: false } }, 'update');
    expect(Object.keys(body).sort()).toEqual([
      'ImportanceAudiences',
      'ImportanceExplanation',
      'ImportanceMoney',
      'ImportanceOpportunities',
      'ImportanceRisks',
      'ImportanceSocietalTask',
    ]);
    expect(body.ImportanceMoney).toBe(false);
  });

  it('leaves absent optional properties out of a create', () => {
    const { website: _website, accountHolder: _accountHolder, lastRefreshed: _lastRefreshed, ...rest } = partnership;
    const body = toSharePointBody(listSchema('partnerships'), rest as unknown as Record<string, unknown>, 'create');
    expect(body).not.toHaveProperty('Website');
    expect(body).not.toHaveProperty('AccountHolderId');
    expect(body).not.toHaveProperty('LastRefreshed');
  });

  it('refuses a code that is not one of the field choices', () => {
    expect(() => toSharePointBody(listSchema('partnerships'), { status: 'opgeheven' }, 'update')).toThrow(MappingError);
  });

  it('refuses a person without a site user id (the repository resolves e-mails first)', () => {
    expect(() => toSharePointBody(listSchema('partnerships'), { accountHolder: { displayName: 'Extern', email: 'x@y.example' } }, 'update')).toThrow(
      /ensureUser/,
    );
  });

  it('never writes the file name of a document as metadata', () => {
    const body = toSharePointBody(listSchema('documents'), { fileName: 'a.pdf', title: 'A' }, 'update');
    expect(body).toEqual({ Title: 'A' });
  });

  it('reads an item with empty fields as empty text and lists, leaving optional properties out', () => {
    const read = fromSharePointItem(listSchema('partnerships'), {
      Id: 3,
      'odata.etag': '"2"',
      Title: 'Leeg',
      Seat: null,
      TaskLayers: null,
      ParticipantsId: null,
      AccountHolder: null,
      PortfolioHolder: { 'odata.null': true },
      LastRefreshed: null,
      Website: null,
      LegalForm: 'Stichting',
      ImportanceSocietalTask: null,
    });
    expect(read).toEqual({
      id: 3,
      etag: '"2"',
      name: 'Leeg',
      legalForm: 'stichting',
      hasAdministrativeInterest: false,
      hasFinancialInterest: false,
      taskLayers: [],
      domain: '',
      participantIds: [],
      seat: '',
      publicInterest: '',
      importance: { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' },
      risks: '',
    });
  });

  it("reads verbose collections ({results: [...]}) and a label someone added in SharePoint", () => {
    const read = fromSharePointItem(listSchema('partnerships'), {
      Id: 4,
      __metadata: { etag: '"5"' },
      TaskLayers: { results: ['Strategie', 'Nieuwe laag'] },
      ParticipantsId: { results: [4, 5] },
    }) as unknown as Record<string, unknown>;
    expect(read.taskLayers).toEqual(['strategie', 'Nieuwe laag']);
    expect(read.participantIds).toEqual([4, 5]);
    expect(read.etag).toBe('"5"');
  });

  it('reads a person without an e-mail address as a name and id only', () => {
    const read = fromSharePointItem(listSchema('actions'), { Id: 1, ActionOwner: { Id: 9, Title: 'Systeem', EMail: '' } }) as unknown as Record<string, unknown>;
    expect(read.owner).toEqual({ userId: 9, displayName: 'Systeem' });
  });

  it('selects people with their id, name and e-mail and expands them, lookups by their id', () => {
    const projection = readProjection(listSchema('partnerships'));
    expect(projection.select).toEqual(expect.arrayContaining(['Id', 'Modified', 'Title', 'ParticipantsId', 'AccountHolder/Id', 'AccountHolder/Title', 'AccountHolder/EMail']));
    expect(projection.select).not.toContain('AccountHolder');
    expect(projection.expand).toEqual(['PortfolioHolder', 'AccountHolder']);
  });

  it('does not change the value it writes', () => {
    const value = { ...partnership, taskLayers: [...partnership.taskLayers] };
    const before = JSON.stringify(value);
    toSharePointBody(listSchema('partnerships'), value as unknown as Record<string, unknown>, 'create');
    expect(JSON.stringify(value)).toBe(before);
  });
});
