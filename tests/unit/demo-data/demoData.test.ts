import {
  DEMO_DATA,
  DEMO_NOW,
  GBTWENTE,
  GBTWENTE_BODY_NAMES,
  IMPROVEMENT_PLANS,
  REGIO_TWENTE,
  TWENTE_CORE_DOMAINS,
  VEILIGHEIDSREGIO_TWENTE,
  bodyKey,
  resolveAction,
  resolveContact,
  resolveFinancialFigures,
  resolveMeeting,
  resolveMeetingBody,
  resolvePartnership,
  resolveProcessMoment,
  type NameLookups,
} from '../../../demo-data';
import type { PersonRef } from '../../../src/domain/models';
import { refreshDue } from '../../../src/domain/partnerships';
import { calendarDateOfInstant } from '../../../src/domain/time';
import {
  validateAction,
  validateContact,
  validateFinancialFigures,
  validateMeeting,
  validateMeetingBody,
  validateMunicipality,
  validatePartnership,
  validateProcessMoment,
  type ValidationResult,
} from '../../../src/domain/validation';

const TODAY = calendarDateOfInstant(DEMO_NOW);

/** Ids by position, and the demo people as site users: what a site would give after loading. */
function lookups(): NameLookups {
  const municipalityIds = new Map(DEMO_DATA.municipalities.map((m, index) => [m.name, index + 1]));
  const partnershipIds = new Map(DEMO_DATA.partnerships.map((p, index) => [p.name, index + 1]));
  const bodies = new Map(
    DEMO_DATA.meetingBodies.map((body, index) => [bodyKey(partnershipIds.get(body.partnershipName) ?? -1, body.name), { id: index + 1, isPublic: body.isPublic }]),
  );
  const people = new Map<string, PersonRef>(
    DEMO_DATA.people.map((person, index) => [person.email.toLowerCase(), { userId: index + 10, displayName: person.displayName, email: person.email }]),
  );
  return { municipalityIds, partnershipIds, bodies, people };
}

function expectValid(label: string, result: ValidationResult<unknown>): void {
  expect({ label, errors: result.ok ? {} : result.errors }).toEqual({ label, errors: {} });
}

describe('every demo value passes validation', () => {
  const names = lookups();

  it('municipalities', () => {
    DEMO_DATA.municipalities.forEach((m) => expectValid(m.name, validateMunicipality(m)));
  });

  it('partnerships, with the demo day as today', () => {
    DEMO_DATA.partnerships.forEach((p) => expectValid(p.name, validatePartnership(resolvePartnership(p, names), { today: TODAY })));
  });

  it('financial figures', () => {
    DEMO_DATA.financialFigures.forEach((f) => expectValid(f.explanation, validateFinancialFigures(resolveFinancialFigures(f, names))));
  });

  it('meeting bodies', () => {
    DEMO_DATA.meetingBodies.forEach((b) => expectValid(b.name, validateMeetingBody(resolveMeetingBody(b, names))));
  });

  it('meetings, relative to the demo instant', () => {
    DEMO_DATA.meetings.forEach((m) => expectValid(m.title, validateMeeting(resolveMeeting(m, names), { now: DEMO_NOW })));
  });

  it('process moments', () => {
    DEMO_DATA.processMoments.forEach((m) => expectValid(m.subject, validateProcessMoment(resolveProcessMoment(m, names))));
  });

  it('actions', () => {
    DEMO_DATA.actions.forEach((a) => expectValid(`${a.plan} ${a.number}`, validateAction(resolveAction(a, names))));
  });

  it('contacts', () => {
    DEMO_DATA.contacts.forEach((c) => expectValid(c.name, validateContact(resolveContact(c, names))));
  });
});

describe('demo data follows the seeds', () => {
  it('has the 14 Twentse gemeenten and the three other SSNT partners, all in Twente', () => {
    expect(DEMO_DATA.municipalities).toHaveLength(17);
    expect(DEMO_DATA.municipalities.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Almelo', 'Hof van Twente', 'Wierden', 'Regio Twente', 'Veiligheidsregio Twente', 'Waterschap Vechtstromen']),
    );
    expect(new Set(DEMO_DATA.municipalities.map((m) => m.region))).toEqual(new Set(['Twente']));
  });

  it('gives every list unique names, so the loader can recognise items by name', () => {
    for (const names of [DEMO_DATA.municipalities.map((m) => m.name), DEMO_DATA.partnerships.map((p) => p.name), DEMO_DATA.contacts.map((c) => c.name)]) {
      expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    }
  });

  it('has all ten GBTwente meeting bodies of seed 000, only the AB public', () => {
    const bodies = DEMO_DATA.meetingBodies.filter((b) => b.partnershipName === GBTWENTE);
    expect(bodies.map((b) => b.name)).toEqual(Object.values(GBTWENTE_BODY_NAMES));
    expect(bodies.filter((b) => b.isPublic).map((b) => b.shortName)).toEqual(['AB']);
  });

  it('keeps the seed 000 frequencies verbatim and the frequency rule empty', () => {
    const frequency = Object.fromEntries(DEMO_DATA.meetingBodies.map((b) => [b.name, b.frequencyText]));
    expect(frequency).toEqual({
      [GBTWENTE_BODY_NAMES.ab]: 'minimaal drie keer per jaar',
      [GBTWENTE_BODY_NAMES.db]: 'minimaal vier keer per jaar',
      [GBTWENTE_BODY_NAMES.accounthoudersoverleg]: 'twee weken voorafgaand aan AB (minimaal drie keer per jaar)',
      [GBTWENTE_BODY_NAMES.evaluatieDvo]: 'één keer per jaar (najaar)',
      [GBTWENTE_BODY_NAMES.bilateraalBestuurlijk]: 'op behoefte (minimaal één keer per jaar)',
      [GBTWENTE_BODY_NAMES.bilateraalDirectie]: 'op behoefte (minimaal één keer per jaar)',
      [GBTWENTE_BODY_NAMES.bilateraalHoofdBedrijfsvoering]: 'één keer per jaar',
      [GBTWENTE_BODY_NAMES.bilateraalAccounthouders]: 'op behoefte (minimaal twee keer per jaar)',
      [GBTWENTE_BODY_NAMES.overlegManagersDienstverlening]: 'op behoefte (minimaal twee keer per jaar)',
      [GBTWENTE_BODY_NAMES.bilateraalManagerDienstverlening]: 'op behoefte (minimaal twee keer per jaar)',
    });
    expect(DEMO_DATA.meetingBodies.every((b) => b.frequencyRuleJson === '')).toBe(true);
  });

  it('sorts the GBTwente bodies into the four categories of seed 000', () => {
    const categories = Object.fromEntries(DEMO_DATA.meetingBodies.map((b) => [b.name, b.category]));
    expect(categories[GBTWENTE_BODY_NAMES.accounthoudersoverleg]).toBe('formeel');
    expect(categories[GBTWENTE_BODY_NAMES.bilateraalDirectie]).toBe('bestuurlijk');
    expect(categories[GBTWENTE_BODY_NAMES.bilateraalAccounthouders]).toBe('advies-en-uitvoering');
    expect(categories[GBTWENTE_BODY_NAMES.bilateraalManagerDienstverlening]).toBe('dienstverlening');
  });

  it('makes GBTwente a GR openbaar lichaam and a verbonden partij', () => {
    const gbTwente = DEMO_DATA.partnerships.find((p) => p.name === GBTWENTE);
    expect(gbTwente).toMatchObject({ legalForm: 'gr-openbaar-lichaam', bbvGroup: 'gemeenschappelijke-regelingen', hasAdministrativeInterest: true, hasFinancialInterest: true });
  });

  it('covers all four task layers of seed 001', () => {
    const layers = new Set(DEMO_DATA.partnerships.flatMap((p) => p.taskLayers));
    expect(layers).toEqual(new Set(['bedrijfsvoering', 'uitvoering', 'beleid', 'strategie']));
  });

  it('uses only seed 003’s core domains as domain', () => {
    const domains: readonly string[] = Object.values(TWENTE_CORE_DOMAINS);
    for (const partnership of DEMO_DATA.partnerships) {
      expect(domains).toContain(partnership.domain);
    }
  });

  it('marks every importance as a demo assessment', () => {
    for (const partnership of DEMO_DATA.partnerships) {
      expect(partnership.importance.explanation).toMatch(/^Demo-inschatting/);
    }
  });

  it('has some partnerships overdue for a refresh on 26 November 2026 and some not', () => {
    const overdue = DEMO_DATA.partnerships.filter((p) => refreshDue(p, TODAY).overdue).map((p) => p.name);
    expect(overdue).toContain(GBTWENTE);
    expect(overdue.length).toBeGreaterThan(2);
    expect(overdue.length).toBeLessThan(DEMO_DATA.partnerships.length - 2);
  });

  it('has the recommendations A–F, 1–10 and the two lessons of seed 002, still open', () => {
    const numbers = (plan: string): string[] => DEMO_DATA.actions.filter((a) => a.plan === plan).map((a) => a.number);
    expect(numbers(IMPROVEMENT_PLANS.part1)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(numbers(IMPROVEMENT_PLANS.part2)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(numbers(IMPROVEMENT_PLANS.lessons)).toEqual(['L1', 'L2']);
    expect(DEMO_DATA.actions.every((a) => a.response === 'nog-te-bepalen' && a.status === 'open')).toBe(true);
  });

  it('puts the seed 003 milestones on Regio Twente, from the consultation to 1 January 2016', () => {
    const milestones = DEMO_DATA.processMoments.filter((m) => m.partnershipName === REGIO_TWENTE);
    expect(milestones[0].subject).toBe('Consultatie gemeentebesturen');
    expect(milestones[milestones.length - 1]).toMatchObject({ date: '2016-01-01', status: 'afgerond' });
  });

  it('gives GBTwente and Veiligheidsregio Twente hand-entered AB meetings and quarterly reports in 2026 and 2027', () => {
    for (const name of [GBTWENTE, VEILIGHEIDSREGIO_TWENTE]) {
      const moments = DEMO_DATA.processMoments.filter((m) => m.partnershipName === name);
      expect(new Set(moments.map((m) => m.date.slice(0, 4)))).toEqual(new Set(['2026', '2027']));
      for (const subject of ['Kwartaalrapportage', 'Algemeen bestuur']) {
        expect(moments.some((m) => m.subject.startsWith(subject))).toBe(true);
      }
    }
  });

  it('leaves the legal deadlines of the cycle to the Wgr calendar instead of typing them in twice', () => {
    const typedDeadlines = DEMO_DATA.processMoments.filter((m) => /^(Kadernota|Ontwerpbegroting|Zienswijze raad op ontwerpbegroting|Jaarstukken .* naar Gedeputeerde Staten)/.test(m.subject));
    expect(typedDeadlines).toEqual([]);
  });

  it('has held GBTwente AB and DB meetings before the demo day and planned ones after', () => {
    const statuses = DEMO_DATA.meetings.map((m) => [m.bodyName, m.status, m.start < '2026-11-26' ? 'before' : 'after']);
    expect(statuses.filter(([, , when]) => when === 'before').every(([, status]) => status === 'gehouden')).toBe(true);
    expect(statuses.filter(([, , when]) => when === 'after').every(([, status]) => status === 'gepland')).toBe(true);
    expect(new Set(DEMO_DATA.meetings.map((m) => m.bodyName))).toEqual(new Set([GBTWENTE_BODY_NAMES.ab, GBTWENTE_BODY_NAMES.db]));
  });

  it('uses only fictional .example addresses', () => {
    const addresses = [
      ...DEMO_DATA.people.map((p) => p.email),
      ...DEMO_DATA.contacts.map((c) => c.email),
      ...DEMO_DATA.meetingBodies.flatMap((b) => [...b.memberEmails, ...b.externalMemberEmails]),
    ];
    for (const address of addresses) {
      expect(address).toMatch(/\.example$/);
    }
  });

  it('marks financial figures as demo figures', () => {
    for (const figures of DEMO_DATA.financialFigures) {
      expect(figures.explanation).toMatch(/^Demo-bedragen/);
    }
  });

  it('refuses to resolve a reference to an unknown name', () => {
    const names = lookups();
    expect(() => resolveMeeting({ ...DEMO_DATA.meetings[0], bodyName: 'Raad van Toezicht' }, names)).toThrow(
      "Demo data refers to an unknown meeting body: 'GBTwente (Gemeentelijk Belastingkantoor Twente) / Raad van Toezicht'",
    );
  });
});
