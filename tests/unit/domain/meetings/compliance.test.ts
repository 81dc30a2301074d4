import {
  evaluateAllCompliance,
  evaluateBodyCompliance,
  parseFrequencyText,
  worstState,
  type ComplianceBody,
  type FrequencyRule,
  type MeetingOccurrence,
  type MinimumRuleCompliance,
  type RelativeRuleCompliance,
} from '../../../../src/domain/meetings';
import type { CalendarDate, MeetingStatus } from '../../../../src/domain/models';
import { parseCalendarDate, parseZonedDateTime, zonedDateTime } from '../../../../src/domain/time';

const day = (text: string): CalendarDate => parseCalendarDate(text);

function meeting(bodyId: number, date: string, status: MeetingStatus = 'gehouden', time = '14:00'): MeetingOccurrence {
  return { bodyId, start: zonedDateTime(date, time), status };
}

function body(id: number, shortName: string, rules: readonly FrequencyRule[] | string, activeFrom?: string): ComplianceBody {
  return {
    id,
    partnershipId: 1,
    name: shortName,
    shortName,
    rules: typeof rules === 'string' ? parseFrequencyText(rules) : rules,
    ...(activeFrom ? { activeFrom: day(activeFrom) } : {}),
  };
}

function evaluate(subject: ComplianceBody, meetings: readonly MeetingOccurrence[], asOf: string, siblings: readonly ComplianceBody[] = [subject]) {
  return evaluateBodyCompliance(subject, (id) => meetings.filter((item) => item.bodyId === id), siblings, day(asOf));
}

const minimum = (result: ReturnType<typeof evaluate>, index = 0) => result.rules[index] as MinimumRuleCompliance;
const relative = (result: ReturnType<typeof evaluate>, index = 0) => result.rules[index] as RelativeRuleCompliance;

describe('a minimum per year', () => {
  const db = body(2, 'DB', 'minimaal drie keer per jaar');

  it('is met once enough meetings were held', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12'), meeting(2, '2026-05-28'), meeting(2, '2026-09-17')], '2026-10-01');
    expect(result.state).toBe('met');
    expect(result.rules[0].reason).toBe('DB: 3 van minimaal 3 vergaderingen in 2026 gehouden.');
  });

  it('is at risk when the planned meetings would meet it', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12'), meeting(2, '2026-11-12', 'gepland'), meeting(2, '2026-12-10', 'gepland')], '2026-10-01');
    expect(result.state).toBe('at-risk');
    expect(result.rules[0].reason).toBe('DB: 1 van minimaal 3 vergaderingen in 2026 gehouden, 2 gepland.');
  });

  it('is at risk, not violated, while there is time to plan what is missing', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12')], '2026-11-26');
    expect(result.state).toBe('at-risk');
    expect(result.rules[0].reason).toBe('DB: 1 van minimaal 3 vergaderingen in 2026 gehouden, geen meer gepland.');
  });

  it('is violated when what is missing can no longer be invited with two weeks notice before the year ends', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12')], '2026-12-20');
    expect(result.state).toBe('violated');
    expect(result.rules[0].reason).toBe(
      'DB: 1 van minimaal 3 vergaderingen in 2026 gehouden, geen meer gepland, en er is na 20 december 2026 te weinig tijd om de rest nog met uitnodigingstermijn te plannen.',
    );
  });

  it('does not count cancelled meetings', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12'), meeting(2, '2026-05-28', 'geannuleerd'), meeting(2, '2026-09-17', 'geannuleerd')], '2026-10-01');
    expect(minimum(result).periods[0]).toMatchObject({ held: 1, planned: 0, required: 3 });
  });

  it('counts a meeting still marked planned whose day has passed as held: only cancelling removes it', () => {
    const result = evaluate(db, [meeting(2, '2026-02-12', 'gepland'), meeting(2, '2026-05-28'), meeting(2, '2026-10-01', 'gepland')], '2026-10-01');
    expect(result.state).toBe('met');
  });

  it('counts by the Amsterdam day across the year boundary: 31 December in, 1 January out', () => {
    const meetings = [meeting(2, '2025-12-31', 'gehouden', '23:30'), meeting(2, '2026-01-01', 'gehouden', '00:30'), meeting(2, '2026-12-31', 'gehouden', '23:30'), meeting(2, '2027-01-01', 'gepland', '00:15')];
    const in2026 = minimum(evaluate(db, meetings, '2026-12-31')).periods[0];
    expect(in2026).toMatchObject({ period: { from: '2026-01-01', to: '2026-12-31' }, held: 2, planned: 0 });
    // 00:30 on 1 January in Amsterdam is still 31 December in UTC: the Dutch day decides.
    expect(meetings[1].start).toBe('2026-01-01T00:30:00+01:00');
    expect(evaluate(db, meetings, '2026-12-31').state).toBe('violated');
    expect(minimum(evaluate(db, meetings, '2027-01-01')).periods[0]).toMatchObject({ period: { from: '2027-01-01', to: '2027-12-31' }, held: 1 });
  });

  it('evaluates a period that ended short as violated, saying it is over', () => {
    const result = evaluateBodyCompliance(
      { ...db, rules: parseFrequencyText('ieder kwartaal') },
      () => [meeting(2, '2026-02-10'), meeting(2, '2026-08-10')],
      [],
      day('2026-08-20'),
    );
    expect(result.state).toBe('violated');
    expect(result.rules[0].reason).toBe('DB: 0 van minimaal 1 vergadering in het 2e kwartaal van 2026 gehouden; de periode is voorbij.');
    expect((result.rules[0] as MinimumRuleCompliance).periods.map((period) => period.state)).toEqual(['met', 'violated', 'met']);
  });
});

describe('quarters, months and seasons', () => {
  it('checks each quarter so far, and says so when all are met', () => {
    const quarterly = body(5, 'KW', 'ieder kwartaal');
    const result = evaluate(quarterly, [meeting(5, '2026-03-31'), meeting(5, '2026-04-01'), meeting(5, '2026-07-01')], '2026-07-15');
    expect(minimum(result).periods.map((period) => [period.period.from, period.held])).toEqual([
      ['2026-01-01', 1],
      ['2026-04-01', 1],
      ['2026-07-01', 1],
    ]);
    expect(result.rules[0].reason).toBe('KW: 1 van minimaal 1 vergadering in elk kwartaal tot nu toe van 2026 gehouden.');
  });

  it('counts 29 February in the first quarter and in February of a leap year', () => {
    const quarterly = body(5, 'KW', 'ieder kwartaal');
    expect(minimum(evaluate(quarterly, [meeting(5, '2028-02-29')], '2028-03-31')).periods[0]).toMatchObject({ period: { from: '2028-01-01', to: '2028-03-31' }, held: 1, state: 'met' });
    const monthly = body(6, 'MO', 'een keer per maand');
    const february = minimum(evaluate(monthly, [meeting(6, '2028-01-10'), meeting(6, '2028-02-29')], '2028-02-29')).periods[1];
    expect(february).toMatchObject({ period: { from: '2028-02-01', to: '2028-02-29' }, held: 1, state: 'met' });
  });

  it('only counts meetings in the season, and checks a season still to come as the next period', () => {
    const evaluation = body(4, 'Evaluatie DVO', 'één keer per jaar (najaar)');
    const inSpring = evaluate(evaluation, [meeting(4, '2026-04-10'), meeting(4, '2026-10-08', 'gepland')], '2026-05-01');
    expect(inSpring.state).toBe('at-risk');
    expect(inSpring.rules[0].reason).toBe('Evaluatie DVO: 0 van minimaal 1 vergadering in het najaar van 2026 gehouden, 1 gepland.');
    const afterAutumn = evaluate(evaluation, [meeting(4, '2026-04-10'), meeting(4, '2026-12-03')], '2026-12-10');
    expect(afterAutumn.state).toBe('violated');
  });

  it('is violated when the season ends before an invitation could go out', () => {
    const evaluation = body(4, 'Evaluatie DVO', 'één keer per jaar (najaar)');
    expect(evaluate(evaluation, [], '2026-11-26').state).toBe('violated');
    expect(evaluate(evaluation, [], '2026-11-16').state).toBe('at-risk');
  });

  it('takes winter as January, February and December of the same year', () => {
    const winter = body(7, 'W', 'één keer per jaar (winter)');
    expect(evaluate(winter, [meeting(7, '2026-12-14')], '2026-12-20').state).toBe('met');
    expect(evaluate(winter, [meeting(7, '2026-03-14')], '2026-12-20').state).toBe('violated');
  });
});

describe('a body set up during the year', () => {
  const rules = 'minimaal drie keer per jaar';

  it('owes the year pro rata, rounded to the nearest whole meeting', () => {
    const fromJuly = evaluate(body(2, 'DB', rules, '2026-07-01'), [meeting(2, '2026-09-10')], '2026-11-01');
    expect(minimum(fromJuly).periods[0].required).toBe(2);
    expect(fromJuly.rules[0].reason).toBe('DB: 1 van minimaal 2 vergaderingen in 2026 gehouden (naar rato van 3 per jaar, orgaan actief sinds 1 juli 2026), geen meer gepland.');
    const fromMidDecember = evaluate(body(2, 'DB', rules, '2026-12-15'), [], '2026-12-20');
    expect(minimum(fromMidDecember).periods[0].required).toBe(0);
    expect(fromMidDecember.state).toBe('met');
  });

  it('owes nothing for quarters before it existed', () => {
    const result = evaluate(body(5, 'KW', 'ieder kwartaal', '2026-05-20'), [meeting(5, '2026-08-01')], '2026-08-15');
    expect(minimum(result).periods.map((period) => [period.period.from, period.required])).toEqual([
      ['2026-04-01', 0],
      ['2026-07-01', 1],
    ]);
    expect(result.state).toBe('met');
  });

  it('owes the full year from 1 January', () => {
    expect(minimum(evaluate(body(2, 'DB', rules, '2026-01-01'), [], '2026-03-01')).periods[0].required).toBe(3);
  });
});

describe('a relative rule: twee weken voorafgaand aan AB', () => {
  const ab = body(1, 'AB', 'minimaal drie keer per jaar');
  const accounthouders = body(3, 'Accounthoudersoverleg', [parseFrequencyText('twee weken voorafgaand aan AB')[0]]);
  const siblings = [ab, accounthouders];
  const run = (meetings: readonly MeetingOccurrence[], asOf: string) => evaluate(accounthouders, meetings, asOf, siblings);

  it('is met with a preparing meeting exactly on the window edge, fourteen days before', () => {
    const result = run([meeting(1, '2026-03-12'), meeting(3, '2026-02-26')], '2026-04-01');
    expect(result.state).toBe('met');
    expect(relative(result).checks).toEqual([
      { referenceStart: '2026-03-12T14:00:00+01:00', preparingStart: '2026-02-26T14:00:00+01:00', window: { from: '2026-02-26', to: '2026-03-12' }, state: 'met' },
    ]);
    expect(result.rules[0].reason).toBe('Accounthoudersoverleg: elke AB-vergadering in 2026 (1) heeft een vergadering in de 2 weken ervoor.');
  });

  it('names the AB dates without a preparing meeting: fifteen days before is too early', () => {
    const result = run([meeting(1, '2026-03-12'), meeting(1, '2026-07-02'), meeting(3, '2026-02-25'), meeting(3, '2026-06-25')], '2026-08-01');
    expect(result.state).toBe('violated');
    expect(result.rules[0].reason).toBe('Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 12 maart 2026.');
  });

  it('accepts a preparing meeting earlier on the AB day, not one after it', () => {
    expect(run([meeting(1, '2026-03-12', 'gehouden', '14:00'), meeting(3, '2026-03-12', 'gehouden', '09:00')], '2026-04-01').state).toBe('met');
    expect(run([meeting(1, '2026-03-12', 'gehouden', '14:00'), meeting(3, '2026-03-12', 'gehouden', '16:00')], '2026-04-01').state).toBe('violated');
  });

  it('compares instants, not wall times, in the hour that happens twice when summer time ends', () => {
    const abAt = { bodyId: 1, start: parseZonedDateTime('2026-10-25T02:30:00+01:00'), status: 'gehouden' } as const;
    const prepAt = { bodyId: 3, start: parseZonedDateTime('2026-10-25T02:45:00+02:00'), status: 'gehouden' } as const;
    // 02:45 summer time is 00:45 UTC, before 02:30 winter time (01:30 UTC).
    expect(run([abAt, prepAt], '2026-11-01').state).toBe('met');
  });

  it('counts whole Dutch days across the switch to summer time', () => {
    // 29 March 2026 has 23 hours; 14 days before 9 April is still 26 March.
    const result = run([meeting(1, '2026-04-09'), meeting(3, '2026-03-26')], '2026-04-20');
    expect(result.state).toBe('met');
    expect(relative(result).checks[0].window).toEqual({ from: '2026-03-26', to: '2026-04-09' });
  });

  it('finds the preparing meeting in December for an AB early in January', () => {
    const result = run([meeting(1, '2027-01-07'), meeting(3, '2026-12-24')], '2027-01-10');
    expect(result.state).toBe('met');
  });

  it('respects 29 February in the window of a leap year', () => {
    expect(run([meeting(1, '2028-03-10'), meeting(3, '2028-02-25')], '2028-03-15').state).toBe('met');
    expect(run([meeting(1, '2028-03-10'), meeting(3, '2028-02-24')], '2028-03-15').state).toBe('violated');
  });

  it('is at risk for a coming AB without a preparing meeting, and met with a planned one', () => {
    const coming = run([meeting(1, '2026-03-12'), meeting(3, '2026-03-01'), meeting(1, '2026-12-10', 'gepland')], '2026-11-26');
    expect(coming.state).toBe('at-risk');
    expect(coming.rules[0].reason).toBe('Accounthoudersoverleg: voor de AB-vergadering van 10 december 2026 is in de 2 weken ervoor nog geen vergadering gepland.');
    expect(run([meeting(1, '2026-12-10', 'gepland'), meeting(3, '2026-11-30', 'gepland')], '2026-11-26').state).toBe('met');
  });

  it('ignores cancelled AB meetings and cancelled preparing meetings', () => {
    expect(run([meeting(1, '2026-03-12', 'geannuleerd')], '2026-04-01').state).toBe('met');
    expect(run([meeting(1, '2026-03-12'), meeting(3, '2026-03-01', 'geannuleerd')], '2026-04-01').state).toBe('violated');
  });

  it('does not check AB meetings from before the body existed', () => {
    const young = { ...accounthouders, activeFrom: day('2026-06-01') };
    expect(evaluate(young, [meeting(1, '2026-03-12')], '2026-07-01', [ab, young]).state).toBe('met');
  });

  it('cannot be checked when the partnership has no body with that short name', () => {
    const result = evaluate(accounthouders, [], '2026-07-01', [accounthouders]);
    expect(result.state).toBe('unchecked');
    expect(result.rules[0].reason).toMatch(/het orgaan "AB" bestaat niet bij deze samenwerking/);
  });
});

describe('rules that cannot be counted', () => {
  it('marks an unparsed text as unchecked, quoting it', () => {
    const result = evaluate(body(9, 'X', 'zo vaak als nodig'), [], '2026-07-01');
    expect(result.state).toBe('unchecked');
    expect(result.rules[0].reason).toBe('X: frequentie "zo vaak als nodig" is niet herkend en wordt niet gecontroleerd.');
  });

  it('meets "op behoefte" without a minimum', () => {
    expect(evaluate(body(9, 'X', 'op behoefte'), [], '2026-07-01').state).toBe('met');
  });

  it('takes the worst state of the rules', () => {
    expect(worstState(['met', 'unchecked', 'at-risk'])).toBe('at-risk');
    expect(worstState(['met', 'violated', 'at-risk'])).toBe('violated');
    expect(worstState([])).toBe('met');
  });
});

describe('evaluateAllCompliance', () => {
  it('evaluates every body per partnership with the law floor for the AB of an openbaar lichaam', () => {
    const data = {
      partnerships: [
        { id: 1, name: 'GBTwente', legalForm: 'gr-openbaar-lichaam' as const },
        { id: 2, name: 'Stichting', legalForm: 'stichting' as const },
      ],
      bodies: [
        { id: 10, partnershipId: 1, name: 'Algemeen Bestuur – AB', shortName: 'AB', frequencyText: '', frequencyRuleJson: '' },
        { id: 11, partnershipId: 1, name: 'Accounthoudersoverleg', shortName: 'Accounthoudersoverleg', frequencyText: 'twee weken voorafgaand aan AB', frequencyRuleJson: '' },
        { id: 20, partnershipId: 2, name: 'Algemeen Bestuur', shortName: 'AB', frequencyText: '', frequencyRuleJson: '' },
        { id: 30, partnershipId: 3, name: 'Zonder samenwerking', shortName: 'Z', frequencyText: '', frequencyRuleJson: '' },
      ],
      meetings: [meeting(10, '2026-03-12'), meeting(11, '2026-03-02'), meeting(20, '2026-03-12')],
    };
    const result = evaluateAllCompliance(data, day('2026-12-20'));
    expect(result.map((partnership) => [partnership.partnershipName, partnership.state, partnership.bodies.map((item) => item.shortName)])).toEqual([
      ['GBTwente', 'violated', ['AB', 'Accounthoudersoverleg']],
      ['Stichting', 'met', ['AB']],
    ]);
    expect(result[0].bodies[0].rules[0].reason).toBe(
      'AB: 1 van minimaal 2 vergaderingen in 2026 gehouden (Wgr art. 22), geen meer gepland, en er is na 20 december 2026 te weinig tijd om de rest nog met uitnodigingstermijn te plannen.',
    );
    expect(result[0].bodies[1].state).toBe('met');
  });

  it('does not change its input', () => {
    const meetings = Object.freeze([meeting(10, '2026-03-12')]);
    const data = Object.freeze({ partnerships: Object.freeze([{ id: 1, name: 'P', legalForm: 'gr-openbaar-lichaam' as const }]), bodies: Object.freeze([{ id: 10, partnershipId: 1, name: 'AB', shortName: 'AB', frequencyText: 'ieder kwartaal', frequencyRuleJson: '' }]), meetings });
    expect(() => evaluateAllCompliance(data, day('2026-06-01'))).not.toThrow();
  });
});
