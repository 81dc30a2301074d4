import { refreshDue, refreshIntervalMonths } from '../../../../src/domain/partnerships';
import { parseCalendarDate } from '../../../../src/domain/time';
import { deepFrozen, NOT_IMPORTANT } from '../examples';

const important = { ...NOT_IMPORTANT, money: true, audiences: ['raad'] as const };
const today = parseCalendarDate('2026-11-26');

describe('refreshDue (seed 004)', () => {
  it('gives important partnerships a quarter and the others a year', () => {
    expect(refreshIntervalMonths({ importance: important })).toBe(3);
    expect(refreshIntervalMonths({ importance: NOT_IMPORTANT })).toBe(12);
  });

  it('marks an important partnership refreshed more than three months ago as overdue', () => {
    expect(refreshDue({ importance: important, lastRefreshed: parseCalendarDate('2026-07-15') }, today)).toMatchObject({
      dueOn: '2026-10-15',
      overdue: true,
    });
  });

  it('does not mark an important partnership refreshed last month as overdue', () => {
    expect(refreshDue({ importance: important, lastRefreshed: parseCalendarDate('2026-10-01') }, today)).toMatchObject({
      dueOn: '2027-01-01',
      overdue: false,
    });
  });

  it('gives a less important partnership a year', () => {
    expect(refreshDue({ importance: NOT_IMPORTANT, lastRefreshed: parseCalendarDate('2026-01-10') }, today)).toMatchObject({
      dueOn: '2027-01-10',
      overdue: false,
    });
    expect(refreshDue({ importance: NOT_IMPORTANT, lastRefreshed: parseCalendarDate('2025-09-01') }, today).overdue).toBe(true);
  });

  it('is not yet overdue on the due day itself, and is the day after', () => {
    const partnership = { importance: important, lastRefreshed: parseCalendarDate('2026-08-26') };
    expect(refreshDue(partnership, today)).toMatchObject({ dueOn: '2026-11-26', overdue: false });
    expect(refreshDue(partnership, parseCalendarDate('2026-11-27')).overdue).toBe(true);
  });

  it('treats a partnership that was never refreshed as overdue without a due date', () => {
    expect(refreshDue({ importance: NOT_IMPORTANT }, today)).toMatchObject({ dueOn: undefined, overdue: true });
  });

  it('handles a refresh on the leap day', () => {
    expect(refreshDue({ importance: NOT_IMPORTANT, lastRefreshed: parseCalendarDate('2028-02-29') }, today).dueOn).toBe('2029-02-28');
    expect(refreshDue({ importance: important, lastRefreshed: parseCalendarDate('2027-11-29') }, today).dueOn).toBe('2028-02-29');
  });

  it('says why: seed 004 importance without a risk profile', () => {
    expect(refreshDue({ importance: important, lastRefreshed: parseCalendarDate('2026-10-01') }, today)).toEqual({
      dueOn: '2027-01-01',
      overdue: false,
      intervalMonths: 3,
      basis: { kind: 'importance', important: true },
      explanation: 'Belangrijk samenwerkingsverband: elk kwartaal actualiseren',
    });
    expect(refreshDue({ importance: NOT_IMPORTANT }, today).explanation).toBe('Niet als belangrijk aangemerkt: elk jaar actualiseren');
  });

  it('does not mutate the input', () => {
    const partnership = deepFrozen({ importance: important, lastRefreshed: parseCalendarDate('2026-07-15') });
    expect(() => refreshDue(partnership, today)).not.toThrow();
    expect(partnership.lastRefreshed).toBe('2026-07-15');
  });
});

describe('refreshDue with a risk profile (issue 8)', () => {
  const lastRefreshed = parseCalendarDate('2026-07-15');

  it('follows the profile instead of importance: midden every half year, even for an important partnership', () => {
    expect(refreshDue({ importance: important, lastRefreshed }, today, { level: 'midden' })).toEqual({
      dueOn: '2027-01-15',
      overdue: false,
      intervalMonths: 6,
      basis: { kind: 'risk-profile', level: 'midden' },
      explanation: 'Risicoprofiel midden: elk halfjaar actualiseren',
    });
  });

  it('makes a partnership seed 004 gives a year overdue once its profile is hoog', () => {
    expect(refreshDue({ importance: NOT_IMPORTANT, lastRefreshed }, today).overdue).toBe(false);
    const high = refreshDue({ importance: NOT_IMPORTANT, lastRefreshed }, today, { level: 'hoog' });
    expect(high).toMatchObject({ dueOn: '2026-10-15', overdue: true, explanation: 'Risicoprofiel hoog: elk kwartaal actualiseren' });
  });

  it('gives laag a year', () => {
    expect(refreshIntervalMonths({ importance: important }, { level: 'laag' })).toBe(12);
  });
});
