import {
  evaluateAllCompliance,
  evaluateComplianceGroups,
  evaluateOrganisationWideCompliance,
  evaluatePartnershipCompliance,
  ORGANISATION_WIDE_GROUP_NAME,
  renderRule,
  riskFloorRules,
  rulesOfBody,
  serializeRules,
  type ComplianceData,
  type CompliancePartnershipBody,
  type MeetingOccurrence,
  type MinimumRuleCompliance,
} from '../../../../src/domain/meetings';
import type { CalendarDate, MeetingBodyCategory, MeetingStatus } from '../../../../src/domain/models';
import type { RiskLevel, RiskProfile } from '../../../../src/domain/riskProfile/models';
import { registerComplianceByPartnership } from '../../../../src/domain/register';
import { parseCalendarDate, zonedDateTime } from '../../../../src/domain/time';

/*
 * Issue 8, risk-based control: the current risk profile adds a floor to a partnership's internal bodies (laag 2,
 * midden 4, hoog 10 a year) and a finding when there is no internal body. Issue 9 / seed 002: bodies of no
 * partnership (the meeting of all regievoerders) are one "Organisatiebreed" group.
 */

const day = (text: string): CalendarDate => parseCalendarDate(text);
const PARTNERSHIP = { id: 1, name: 'GBTwente', legalForm: 'gr-openbaar-lichaam' as const };
const OTHER = { id: 2, name: 'Regio Twente', legalForm: 'gr-openbaar-lichaam' as const };

function meeting(bodyId: number, date: string, status: MeetingStatus = 'gehouden'): MeetingOccurrence {
  return { bodyId, start: zonedDateTime(date, '10:00'), status };
}

function body(id: number, name: string, category: MeetingBodyCategory, frequencyText: string, partnershipId?: number): CompliancePartnershipBody {
  return { id, name, shortName: name, category, frequencyText, frequencyRuleJson: '', ...(partnershipId === undefined ? {} : { partnershipId }) };
}

function profile(partnershipId: number, level: RiskLevel, assessedOn: string): RiskProfile {
  return { partnershipId, answers: {}, score: 0, level, assessedOn: day(assessedOn), notes: '' };
}

const internal = body(10, 'Intern overleg', 'intern', 'minimaal twee keer per jaar', 1);
const ab = body(11, 'AB', 'formeel', 'minimaal twee keer per jaar', 1);
// Three internal meetings held by mid-December.
const internalMeetings = [meeting(10, '2026-03-05'), meeting(10, '2026-06-04'), meeting(10, '2026-10-01'), meeting(11, '2026-03-12'), meeting(11, '2026-07-02')];
const AS_OF = day('2026-12-15');

function internalBodyResult(riskProfiles: readonly RiskProfile[]) {
  const [result] = evaluateAllCompliance({ partnerships: [PARTNERSHIP], bodies: [internal, ab], meetings: internalMeetings, riskProfiles }, AS_OF);
  return { partnership: result, internal: result.bodies.find((candidate) => candidate.bodyId === 10)!, ab: result.bodies.find((candidate) => candidate.bodyId === 11)! };
}

describe('the risk profile floor on internal bodies', () => {
  it('changes the rules checked when the profile changes: same meetings, laag met, hoog violated', () => {
    const low = internalBodyResult([profile(1, 'laag', '2026-01-10')]);
    expect(low.internal.state).toBe('met');
    expect(low.internal.rules.map((rule) => renderRule(rule.rule))).toEqual(['Minimaal 2 keer per jaar', 'Risicoprofiel laag: minimaal 2 keer per jaar']);

    const high = internalBodyResult([profile(1, 'hoog', '2026-01-10')]);
    expect(high.internal.state).toBe('violated');
    const floor = high.internal.rules[1] as MinimumRuleCompliance;
    expect(renderRule(floor.rule)).toBe('Risicoprofiel hoog: minimaal 10 keer per jaar');
    expect(floor.reason).toBe(
      'Intern overleg: 3 van minimaal 10 vergaderingen in 2026 gehouden (risicoprofiel hoog), geen meer gepland, en er is na 15 december 2026 te weinig tijd om de rest nog met uitnodigingstermijn te plannen.',
    );
    expect(high.partnership).toMatchObject({ riskLevel: 'hoog', state: 'violated', findings: [] });
  });

  it('uses the newest profile by assessment date', () => {
    const result = internalBodyResult([profile(1, 'laag', '2026-09-01'), profile(1, 'hoog', '2025-11-20'), profile(2, 'hoog', '2026-10-01')]);
    expect(result.partnership.riskLevel).toBe('laag');
    expect(result.internal.state).toBe('met');
  });

  it('leaves bodies of other categories, and partnerships without a profile, as they were', () => {
    const high = internalBodyResult([profile(1, 'hoog', '2026-01-10')]);
    const none = internalBodyResult([]);
    expect(high.ab).toEqual(none.ab);
    expect(none.internal.rules).toHaveLength(1);
    expect(none.partnership.riskLevel).toBeUndefined();
    expect(none.partnership.findings).toEqual([]);
  });

  it('is derived, never stored: serializeRules drops it like the law floor', () => {
    const rules = rulesOfBody({ ...internal, frequencyText: 'ieder kwartaal' }, 'gr-openbaar-lichaam', 'midden');
    expect(rules.map(renderRule)).toEqual(['Minimaal 1 keer per kwartaal', 'Risicoprofiel midden: minimaal 4 keer per jaar']);
    expect(JSON.parse(serializeRules(rules)).rules).toHaveLength(1);
    expect(riskFloorRules({ category: 'formeel' }, 'hoog')).toEqual([]);
    expect(riskFloorRules({ category: 'intern' }, undefined)).toEqual([]);
  });

  it('reaches the dashboard through evaluatePartnershipCompliance', () => {
    const result = evaluatePartnershipCompliance(PARTNERSHIP, [internal], internalMeetings, AS_OF, { riskProfiles: [profile(1, 'hoog', '2026-01-10')] });
    expect(result.bodies[0].state).toBe('violated');
  });
});

describe('a risk profile without an internal body', () => {
  const data = (riskProfiles: readonly RiskProfile[], asOf = AS_OF) =>
    evaluateAllCompliance({ partnerships: [PARTNERSHIP], bodies: [ab], meetings: internalMeetings, riskProfiles }, asOf)[0];

  it('is a finding "Geen intern voorbereidend overleg vastgelegd", judged as the minimum with no meetings', () => {
    const late = data([profile(1, 'hoog', '2026-01-10')]);
    expect(late.findings).toEqual([
      {
        code: 'geen-intern-overleg',
        level: 'hoog',
        requiredPerYear: 10,
        state: 'violated',
        message: 'Geen intern voorbereidend overleg vastgelegd; risicoprofiel hoog vraagt minimaal 10 keer per jaar.',
      },
    ]);
    // The AB itself is met; the finding makes the partnership violated.
    expect(late.bodies.map((item) => item.state)).toEqual(['met']);
    expect(late.state).toBe('violated');
    // Early in the year there is still time.
    expect(data([profile(1, 'hoog', '2026-01-10')], day('2026-03-01')).findings[0].state).toBe('at-risk');
  });

  it('names the finding as the register reason when no body is as bad', () => {
    const register = registerComplianceByPartnership([data([profile(1, 'hoog', '2026-01-10')])]);
    expect(register.get(1)).toEqual({ state: 'violated', bodyName: '', reason: 'Geen intern voorbereidend overleg vastgelegd; risicoprofiel hoog vraagt minimaal 10 keer per jaar.' });
  });

  it('gives a partnership with a profile but no bodies at all a register state', () => {
    const [result] = evaluateAllCompliance({ partnerships: [OTHER], bodies: [], meetings: [], riskProfiles: [profile(2, 'midden', '2026-06-30')] }, day('2026-11-26'));
    expect(registerComplianceByPartnership([result]).get(2)?.state).toBe('at-risk');
  });

  it('is no finding once an internal body exists, however few its meetings', () => {
    expect(evaluateAllCompliance({ partnerships: [PARTNERSHIP], bodies: [ab, internal], meetings: [], riskProfiles: [profile(1, 'hoog', '2026-01-10')] }, AS_OF)[0].findings).toEqual([]);
  });
});

describe('organisation-wide bodies (seed 002: the meeting of all regievoerders)', () => {
  const regievoerders = body(30, 'Regievoerders', 'intern', 'ieder kwartaal');
  const preparing = body(31, 'Voorbereiding', 'intern', 'twee weken voorafgaand aan Regievoerders');
  const data: ComplianceData = {
    partnerships: [PARTNERSHIP],
    bodies: [ab, regievoerders, preparing],
    meetings: [meeting(11, '2026-03-12'), meeting(30, '2026-03-19'), meeting(30, '2026-06-11'), meeting(30, '2026-09-24'), meeting(30, '2026-12-17', 'gepland'), meeting(31, '2026-03-10')],
    riskProfiles: [profile(1, 'hoog', '2026-01-10')],
  };

  it('are left out of the partnerships and grouped as "Organisatiebreed" after them', () => {
    const groups = evaluateComplianceGroups(data, day('2026-11-26'));
    expect(groups.map((group) => [group.kind, group.kind === 'partnership' ? group.partnershipName : group.name, group.bodies.map((item) => item.bodyName)])).toEqual([
      ['partnership', 'GBTwente', ['AB']],
      ['organisation', ORGANISATION_WIDE_GROUP_NAME, ['Regievoerders', 'Voorbereiding']],
    ]);
    expect(evaluateAllCompliance(data, day('2026-11-26')).every((group) => group.bodies.every((item) => item.bodyId === 11))).toBe(true);
  });

  it('are judged by their own rules, with no legal form or risk profile, and a relative rule finds its organisation-wide sibling', () => {
    const organisation = evaluateOrganisationWideCompliance(data, day('2026-11-26'))!;
    const [regievoerdersResult, preparingResult] = organisation.bodies;
    expect(regievoerdersResult.partnershipId).toBeUndefined();
    expect(regievoerdersResult.rules).toHaveLength(1);
    expect(regievoerdersResult.state).toBe('at-risk');
    expect(regievoerdersResult.rules[0].reason).toBe('Regievoerders: 0 van minimaal 1 vergadering in het 4e kwartaal van 2026 gehouden, 1 gepland.');
    expect(preparingResult.rules[0]).toMatchObject({ kind: 'relative', referenceBodyId: 30 });
    expect(organisation.state).toBe('violated');
  });

  it('give no group when there are none', () => {
    expect(evaluateOrganisationWideCompliance({ ...data, bodies: [ab] }, day('2026-11-26'))).toBeUndefined();
    expect(evaluateComplianceGroups({ ...data, bodies: [ab] }, day('2026-11-26'))).toHaveLength(1);
  });
});
