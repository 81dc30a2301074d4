import { appliedIntensity, controlIntensity, currentRiskProfile, defaultIntensity } from '../../../../src/domain/riskProfile/intensity';
import type { RiskProfile } from '../../../../src/domain/riskProfile/models';
import type { Stored } from '../../../../src/domain/models';
import { parseCalendarDate } from '../../../../src/domain/time';

function profile(partnershipId: number, assessedOn: string, level: RiskProfile['level'], id: number): Stored<RiskProfile> {
  return { id, etag: '"1"', partnershipId, answers: {}, score: 0, level, assessedOn: parseCalendarDate(assessedOn), notes: '' };
}

describe('controlIntensity', () => {
  it('tightens every requirement from laag to midden to hoog', () => {
    const [low, middle, high] = (['laag', 'midden', 'hoog'] as const).map(controlIntensity);
    expect(low.refreshIntervalMonths).toBeGreaterThan(middle.refreshIntervalMonths);
    expect(middle.refreshIntervalMonths).toBeGreaterThan(high.refreshIntervalMonths);
    expect(low.preparatoryMeetingsPerYear).toBeLessThan(middle.preparatoryMeetingsPerYear);
    expect(middle.preparatoryMeetingsPerYear).toBeLessThan(high.preparatoryMeetingsPerYear);
    expect(low.councilInformationPerYear).toBeLessThan(middle.councilInformationPerYear);
    expect(middle.councilInformationPerYear).toBeLessThan(high.councilInformationPerYear);
  });

  it('gives the documented table', () => {
    expect(controlIntensity('hoog')).toEqual({
      level: 'hoog',
      refreshIntervalMonths: 3,
      preparatoryMeetingsPerYear: 10,
      councilInformationPerYear: 4,
      councilInformation: 'Elk kwartaal een raadsinformatiebrief',
    });
    expect(controlIntensity('midden')).toMatchObject({ refreshIntervalMonths: 6, preparatoryMeetingsPerYear: 4, councilInformationPerYear: 2 });
    expect(controlIntensity('laag')).toMatchObject({ refreshIntervalMonths: 12, preparatoryMeetingsPerYear: 2, councilInformationPerYear: 1 });
  });
});

describe('defaultIntensity (no risk profile: seed 004 as before)', () => {
  it('keeps a quarter for important partnerships and a year for the others, without a level', () => {
    expect(defaultIntensity(true)).toMatchObject({ level: undefined, refreshIntervalMonths: 3, preparatoryMeetingsPerYear: 0 });
    expect(defaultIntensity(false)).toMatchObject({ level: undefined, refreshIntervalMonths: 12, preparatoryMeetingsPerYear: 0 });
  });

  it('lets a profile win over importance', () => {
    expect(appliedIntensity({ level: 'laag' }, true).refreshIntervalMonths).toBe(12);
    expect(appliedIntensity(undefined, true).refreshIntervalMonths).toBe(3);
  });
});

describe('currentRiskProfile', () => {
  it('takes the newest assessment of the partnership and ignores other partnerships', () => {
    const profiles = [profile(1, '2026-03-01', 'laag', 1), profile(1, '2026-09-01', 'hoog', 2), profile(2, '2026-11-01', 'midden', 3), profile(1, '2026-06-01', 'midden', 4)];
    expect(currentRiskProfile(profiles, 1)?.id).toBe(2);
    expect(currentRiskProfile(profiles, 2)?.id).toBe(3);
  });

  it('prefers the higher id on the same day, whatever the order', () => {
    const later = profile(1, '2026-09-01', 'hoog', 9);
    const earlier = profile(1, '2026-09-01', 'laag', 5);
    expect(currentRiskProfile([later, earlier], 1)?.id).toBe(9);
    expect(currentRiskProfile([earlier, later], 1)?.id).toBe(9);
  });

  it('gives undefined for a partnership without profiles', () => {
    expect(currentRiskProfile([profile(1, '2026-03-01', 'laag', 1)], 3)).toBeUndefined();
    expect(currentRiskProfile([], 3)).toBeUndefined();
  });
});
