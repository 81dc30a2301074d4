import { listSchema } from '../../../../src/schema';
import { stringLiteral, translateFilter, translateOrderBy } from '../../../../src/data/sharepoint/queryTranslation';
import { MappingError } from '../../../../src/data/sharepoint/fieldMapping';

const partnerships = listSchema('partnerships');
const moments = listSchema('processMoments');
const meetings = listSchema('meetings');

describe('ItemQuery → OData $filter', () => {
  it('doubles single quotes inside string literals', () => {
    expect(stringLiteral("'s-Hertogenbosch")).toBe("'''s-Hertogenbosch'");
    expect(translateFilter(partnerships, { property: 'name', op: 'eq', value: "O'Brien & Zn" }).filter).toBe("Title eq 'O''Brien & Zn'");
  });

  it('compares a choice by its Dutch label', () => {
    expect(translateFilter(partnerships, { property: 'status', op: 'eq', value: 'beeindigd' }).filter).toBe("PartnershipStatus eq 'Beëindigd'");
  });

  it('matches one value of a multi-choice with eq on its label', () => {
    expect(translateFilter(partnerships, { property: 'taskLayers', op: 'contains', value: 'beleid' }).filter).toBe("TaskLayers eq 'Beleid'");
  });

  it('filters a lookup on its id column', () => {
    expect(translateFilter(moments, { property: 'partnershipId', op: 'eq', value: 12 }).filter).toBe('PartnershipId eq 12');
  });

  it('filters a multi-lookup on the id of the expanded lookup', () => {
    expect(translateFilter(partnerships, { property: 'participantIds', op: 'contains', value: 3 })).toEqual({ filter: 'Participants/Id eq 3', expand: ['Participants'] });
  });

  it('filters a person by e-mail through the expanded user', () => {
    expect(translateFilter(partnerships, { property: 'accountHolder', op: 'eq', value: "a.o'neill@x.example" })).toEqual({
      filter: "AccountHolder/EMail eq 'a.o''neill@x.example'",
      expand: ['AccountHolder'],
    });
  });

  it('writes a calendar date as the UTC instant of Amsterdam midnight, across DST', () => {
    expect(translateFilter(moments, { property: 'date', op: 'ge', value: '2026-03-29' }).filter).toBe("MomentDate ge datetime'2026-03-28T23:00:00Z'");
    expect(translateFilter(moments, { property: 'date', op: 'lt', value: '2026-10-26' }).filter).toBe("MomentDate lt datetime'2026-10-25T23:00:00Z'");
  });

  it('writes a zoned date-time as its UTC instant', () => {
    expect(translateFilter(meetings, { property: 'start', op: 'gt', value: '2026-06-01T09:00:00+02:00' }).filter).toBe("MeetingStart gt datetime'2026-06-01T07:00:00Z'");
  });

  it('writes booleans as SharePoint bits', () => {
    expect(translateFilter(moments, { property: 'isPublic', op: 'eq', value: true }).filter).toBe('IsPublic eq 1');
    expect(translateFilter(moments, { property: 'isPublic', op: 'eq', value: false }).filter).toBe('IsPublic eq 0');
  });

  it('tests for empty fields with null, lookups and people on their id', () => {
    expect(translateFilter(partnerships, { property: 'lastRefreshed', op: 'isNull' }).filter).toBe('LastRefreshed eq null');
    expect(translateFilter(partnerships, { property: 'accountHolder', op: 'isNotNull' }).filter).toBe('AccountHolderId ne null');
  });

  it('nests and/or in parentheses', () => {
    const { filter } = translateFilter(partnerships, {
      op: 'and',
      conditions: [
        { property: 'status', op: 'eq', value: 'actief' },
        { op: 'or', conditions: [{ property: 'legalForm', op: 'eq', value: 'stichting' }, { property: 'evaluationPeriodYears', op: 'le', value: 4 }] },
      ],
    });
    expect(filter).toBe("(PartnershipStatus eq 'Actief' and (LegalForm eq 'Stichting' or EvaluationPeriodYears le 4))");
  });

  it('uses substringof for contains on a text column', () => {
    expect(translateFilter(partnerships, { property: 'seat', op: 'contains', value: "Goor'" }).filter).toBe("substringof('Goor''',Seat)");
  });

  it('filters on the item id', () => {
    expect(translateFilter(partnerships, { property: 'id', op: 'gt', value: 5000 }).filter).toBe('ID gt 5000');
  });

  it('refuses a property the list does not have', () => {
    expect(() => translateFilter(partnerships, { property: 'nonsense', op: 'eq', value: 1 })).toThrow(MappingError);
  });
});

describe('ItemQuery → OData $orderby', () => {
  it('orders on internal names, descending when asked', () => {
    expect(translateOrderBy(meetings, [{ property: 'start', descending: true }, { property: 'title' }])).toEqual([
      { column: 'MeetingStart', ascending: false },
      { column: 'Title', ascending: true },
    ]);
  });
});
