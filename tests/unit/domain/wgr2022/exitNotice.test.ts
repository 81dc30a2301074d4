import { exitNoticeMoment, parseExitEffectiveDay } from '../../../../src/domain/wgr2022';
import { parseCalendarDate } from '../../../../src/domain/time';

const day = parseCalendarDate;

describe('exitNoticeMoment (Wgr art. 9)', () => {
  it('finds the next 1 January that a decision today can still reach, with a year of notice', () => {
    const result = exitNoticeMoment({ exitNoticeMonths: 12, exitEffectiveDay: '01-01' }, day('2026-11-26'));
    expect(result).toMatchObject({ ok: true, moment: { effectiveDate: '2028-01-01', lastDecisionDay: '2027-01-01', noticeMonths: 12, effectiveDay: '01-01' } });
    if (result.ok) {
      expect(result.moment.explanation).toBe(
        'Om per 1 januari 2028 uit te treden moet de raad uiterlijk 1 januari 2027 besluiten (opzegtermijn 12 maanden, uittreding gaat in op 01-01; Wgr art. 9 en de regeling).',
      );
    }
  });

  it('defaults the effective day to 1 January', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 6 }, day('2026-03-01'))).toMatchObject({ ok: true, moment: { effectiveDate: '2027-01-01', lastDecisionDay: '2026-07-01' } });
    expect(exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '  ' }, day('2026-03-01'))).toMatchObject({ ok: true, moment: { effectiveDay: '01-01' } });
  });

  it('is still in time on the decision day itself, and not a day later', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 12 }, day('2027-01-01'))).toMatchObject({ ok: true, moment: { effectiveDate: '2028-01-01' } });
    expect(exitNoticeMoment({ exitNoticeMonths: 12 }, day('2027-01-02'))).toMatchObject({ ok: true, moment: { effectiveDate: '2029-01-01', lastDecisionDay: '2028-01-01' } });
  });

  it('takes this year when the effective day is still ahead and the notice allows it', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 3, exitEffectiveDay: '1-7' }, day('2026-02-10'))).toMatchObject({ ok: true, moment: { effectiveDate: '2026-07-01', lastDecisionDay: '2026-04-01', effectiveDay: '01-07' } });
  });

  it('clamps to the end of February: 31 August minus 6 months', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, day('2027-01-15'))).toMatchObject({ ok: true, moment: { effectiveDate: '2027-08-31', lastDecisionDay: '2027-02-28' } });
    // 2028 is a leap year.
    expect(exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, day('2027-03-01'))).toMatchObject({ ok: true, moment: { effectiveDate: '2028-08-31', lastDecisionDay: '2028-02-29' } });
  });

  it('handles a decision day of 29 February in a leap year as in time, and 1 March as too late', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, day('2028-02-29'))).toMatchObject({ ok: true, moment: { effectiveDate: '2028-08-31' } });
    expect(exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, day('2028-03-01'))).toMatchObject({ ok: true, moment: { effectiveDate: '2029-08-31', lastDecisionDay: '2029-02-28' } });
  });

  it('handles long notice periods and zero notice', () => {
    expect(exitNoticeMoment({ exitNoticeMonths: 24 }, day('2026-11-26'))).toMatchObject({ ok: true, moment: { effectiveDate: '2029-01-01', lastDecisionDay: '2027-01-01' } });
    expect(exitNoticeMoment({ exitNoticeMonths: 0 }, day('2026-11-26'))).toMatchObject({ ok: true, moment: { effectiveDate: '2027-01-01', lastDecisionDay: '2027-01-01' } });
    expect(exitNoticeMoment({ exitNoticeMonths: 1 }, day('2026-11-26'))).toMatchObject({ ok: true, moment: { lastDecisionDay: '2026-12-01' } });
  });

  it('gives no moment without a notice period, and a Dutch message for impossible settings', () => {
    expect(exitNoticeMoment(undefined, day('2026-11-26'))).toEqual({ ok: false, reason: 'geen-opzegtermijn', message: 'De opzegtermijn voor uittreding is niet ingevuld.' });
    expect(exitNoticeMoment({ exitEffectiveDay: '01-01' }, day('2026-11-26'))).toMatchObject({ ok: false, reason: 'geen-opzegtermijn' });
    expect(exitNoticeMoment({ exitNoticeMonths: -1 }, day('2026-11-26'))).toEqual({ ok: false, reason: 'ongeldig', message: 'Opzegtermijn: Vul een heel aantal maanden in, van 0 tot en met 120.' });
    expect(exitNoticeMoment({ exitNoticeMonths: 12, exitEffectiveDay: '31-04' }, day('2026-11-26'))).toEqual({
      ok: false,
      reason: 'ongeldig',
      message: 'Uittreding gaat in op: "31-04" is geen dag en maand; schrijf dd-mm, bijvoorbeeld 01-01.',
    });
  });
});

describe('parseExitEffectiveDay', () => {
  it.each(['01-01', '1-1', '1/7', '31.12'])('reads %s', (text) => {
    expect(parseExitEffectiveDay(text).ok).toBe(true);
  });

  it('refuses 29 February, which does not exist every year', () => {
    expect(parseExitEffectiveDay('29-02')).toEqual({ ok: false, error: '29 februari bestaat niet elk jaar; kies een dag die elk jaar bestaat, bijvoorbeeld 01-03.' });
  });

  it.each(['2027-01-01', '13-13', '', 'januari'])('refuses %p', (text) => {
    expect(parseExitEffectiveDay(text).ok).toBe(false);
  });
});
