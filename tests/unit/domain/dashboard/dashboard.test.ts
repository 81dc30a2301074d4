import { documentOverview, importanceAngles, meetingCountsForYear, openActions, timelineOrder } from '../../../../src/domain/dashboard';
import type { DocumentType, Meeting } from '../../../../src/domain/models';
import { parseCalendarDate, parseZonedDateTime } from '../../../../src/domain/time';

function doc(id: number, documentType: DocumentType, year?: number, modified?: string) {
  return { id, etag: '"1"', modified, partnershipId: 1, title: `${documentType} ${year ?? ''}`.trim(), fileName: `${id}.pdf`, documentType, year, isPublic: true };
}

describe('documentOverview', () => {
  const documents = [
    doc(1, 'gr-statuten', 2015),
    doc(2, 'gr-statuten', 2022),
    doc(3, 'begroting', 2025),
    doc(4, 'begroting', 2026),
    doc(5, 'begroting', 2027),
    doc(6, 'jaarstukken', 2024),
    doc(7, 'jaarstukken', 2025),
    doc(8, 'verslag', 2026),
    doc(9, 'verslag'),
  ];

  it("puts the latest GR, this year's begroting and the latest jaarstukken up front", () => {
    const { key } = documentOverview(documents, 2026);
    expect([key.agreement?.id, key.budget?.id, key.annualAccounts?.id]).toEqual([2, 4, 7]);
  });

  it("takes the latest earlier begroting when this year's is missing, never a future one", () => {
    expect(documentOverview(documents.filter((document) => document.id !== 4), 2026).key.budget?.id).toBe(3);
    expect(documentOverview([doc(5, 'begroting', 2027)], 2026).key.budget).toBeUndefined();
  });

  it('groups the rest by type, newest first, documents without a year last', () => {
    const { groups } = documentOverview(documents, 2026);
    expect(groups.map((group) => [group.documentType, group.documents.map((document) => document.id)])).toEqual([
      ['gr-statuten', [1]],
      ['begroting', [5, 3]],
      ['jaarstukken', [6]],
      ['verslag', [8, 9]],
    ]);
  });

  it('does not change its input', () => {
    const copy = documents.map((document) => ({ ...document }));
    documentOverview(documents, 2026);
    expect(documents).toEqual(copy);
  });
});

describe('timelineOrder', () => {
  it('orders by date, a deadline first on the same day, then by subject', () => {
    const moment = (subject: string, date: string, isDeadline = false) => ({ subject, date: parseCalendarDate(date), isDeadline });
    const ordered = timelineOrder([moment('b', '2026-05-01'), moment('a', '2026-05-01'), moment('z', '2026-05-01', true), moment('eerst', '2026-01-10')]);
    expect(ordered.map((item) => item.subject)).toEqual(['eerst', 'z', 'a', 'b']);
  });
});

describe('openActions', () => {
  it('leaves out finished actions and sorts by planned date, unplanned last', () => {
    const action = (number: string, status: 'open' | 'lopend' | 'afgerond', plannedDate?: string) => ({ number, status, plannedDate: plannedDate ? parseCalendarDate(plannedDate) : undefined });
    const open = openActions([action('3', 'open'), action('1', 'afgerond', '2026-01-01'), action('2', 'lopend', '2026-06-01'), action('10', 'open', '2026-03-01')]);
    expect(open.map((item) => item.number)).toEqual(['10', '2', '3']);
  });
});

describe('meetingCountsForYear', () => {
  it("counts each body's meetings of the year by status, on the Amsterdam calendar", () => {
    const meeting = (bodyId: number, start: string, status: Meeting['status']) => ({ bodyId, start: parseZonedDateTime(start), status });
    const counts = meetingCountsForYear(
      [
        { id: 1, etag: '"1"', name: 'AB', frequencyText: 'minimaal twee keer per jaar' },
        { id: 2, etag: '"1"', name: 'DB', frequencyText: 'minimaal drie keer per jaar' },
      ],
      [
        meeting(1, '2026-03-05T14:00:00+01:00', 'gehouden'),
        meeting(1, '2026-11-12T14:00:00+01:00', 'gepland'),
        meeting(1, '2025-12-31T23:30:00+01:00', 'gehouden'),
        // New Year's night in Amsterdam is still 31 December in UTC: it counts for 2027, not 2026.
        meeting(1, '2027-01-01T00:30:00+01:00', 'gepland'),
        meeting(2, '2026-06-01T09:30:00+02:00', 'geannuleerd'),
      ],
      2026,
    );
    expect(counts).toEqual([
      { bodyId: 1, bodyName: 'AB', frequencyText: 'minimaal twee keer per jaar', held: 1, planned: 1, cancelled: 0 },
      { bodyId: 2, bodyName: 'DB', frequencyText: 'minimaal drie keer per jaar', held: 0, planned: 0, cancelled: 1 },
    ]);
  });
});

describe('importanceAngles', () => {
  it("lists the angles that apply, in seed 004's order", () => {
    expect(importanceAngles({ societalTask: false, opportunities: true, risks: false, money: true, audiences: [], explanation: '' })).toEqual(['opportunities', 'money']);
  });
});
