import { normaliseDateInput, parseEuroAmount } from '../../../../src/webparts/steering/components/steeringFormat';

describe('steering input parsing', () => {
  it('reads amounts as typed in the Netherlands, and nothing else', () => {
    expect(parseEuroAmount('1250000')).toBe(1_250_000);
    expect(parseEuroAmount('1.250.000,50')).toBe(1_250_000.5);
    expect(parseEuroAmount('€ 1.250.000')).toBe(1_250_000);
    expect(parseEuroAmount('-52000')).toBe(-52_000);
    expect(parseEuroAmount('1,250,000')).toBeNaN();
    expect(parseEuroAmount('twaalf')).toBeNaN();
  });

  it('turns Dutch dates into yyyy-mm-dd and leaves the rest for validation', () => {
    expect(normaliseDateInput('1-11-2026')).toBe('2026-11-01');
    expect(normaliseDateInput('01/11/2026')).toBe('2026-11-01');
    expect(normaliseDateInput(' 2026-11-01 ')).toBe('2026-11-01');
    expect(normaliseDateInput('november')).toBe('november');
  });
});
