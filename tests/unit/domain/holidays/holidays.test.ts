import { dutchDayCalendar, dutchPublicHolidays, schoolHolidayCoverage, schoolHolidays } from '../../../../src/domain/holidays';

describe('dutchPublicHolidays', () => {
  it('knows the Dutch holidays of 2027, including the moving ones', () => {
    expect(dutchPublicHolidays(2027).map((holiday) => `${holiday.date} ${holiday.name}`)).toEqual([
      '2027-01-01 Nieuwjaar',
      '2027-03-26 Goede Vrijdag',
      '2027-03-28 Pasen',
      '2027-03-29 Tweede paasdag',
      '2027-04-27 Koningsdag',
      '2027-05-05 Bevrijdingsdag',
      '2027-05-06 Hemelvaartsdag',
      '2027-05-16 Pinksteren',
      '2027-05-17 Tweede pinksterdag',
      '2027-12-25 Kerstmis',
      '2027-12-26 Tweede kerstdag',
    ]);
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday (2025)', () => {
    expect(dutchPublicHolidays(2025).find((holiday) => holiday.name === 'Koningsdag')?.date).toBe('2025-04-26');
  });
});

describe('school holidays', () => {
  it('differ per region in summer', () => {
    const summer = (region: 'noord' | 'midden' | 'zuid') => schoolHolidays(region, 2026).find((holiday) => holiday.name === 'zomervakantie');
    expect([summer('noord'), summer('midden'), summer('zuid')]).toEqual([
      { name: 'zomervakantie', from: '2026-07-04', to: '2026-08-16' },
      { name: 'zomervakantie', from: '2026-07-18', to: '2026-08-30' },
      { name: 'zomervakantie', from: '2026-07-11', to: '2026-08-23' },
    ]);
  });

  it('follow the Rijksoverheid overview of 2027-2028', () => {
    expect(schoolHolidays('zuid', 2028).map((holiday) => [holiday.name, holiday.from, holiday.to])).toEqual([
      ['kerstvakantie', '2027-12-25', '2028-01-09'],
      ['voorjaarsvakantie', '2028-02-26', '2028-03-05'],
      ['meivakantie', '2028-04-22', '2028-05-07'],
      ['zomervakantie', '2028-07-22', '2028-09-03'],
    ]);
  });

  it('include the Christmas holiday that starts in the year before', () => {
    expect(schoolHolidays('zuid', 2027)[0]).toEqual({ name: 'kerstvakantie', from: '2026-12-19', to: '2027-01-03' });
  });

  it('say which years are fully known', () => {
    expect([2025, 2026, 2027, 2028, 2029].map(schoolHolidayCoverage)).toEqual([false, true, true, false, false]);
  });
});

describe('dutchDayCalendar', () => {
  it('names the public holiday or the school holiday of the region, and nothing on a free day', () => {
    const calendar = dutchDayCalendar({ schoolRegion: 'midden' });
    expect(calendar('2027-04-27' as never)).toBe('Koningsdag');
    expect(calendar('2027-07-14' as never)).toBe('zomervakantie (regio midden)');
    expect(calendar('2027-09-14' as never)).toBeUndefined();
    expect(dutchDayCalendar()('2027-07-14' as never)).toBeUndefined();
  });
});
