import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Partnership,
  PersonRef,
  ProcessMoment,
} from '../src/domain/models';
import type { DemoAction, DemoContact, DemoFinancialFigures, DemoMeeting, DemoMeetingBody, DemoPartnership, DemoProcessMoment } from './types';

/*
 * Pure translation of demo values (which refer by name) into domain values (which refer by id).
 * An unknown name throws: it is a mistake in the demo data, not something to skip silently.
 */

export interface NameLookups {
  readonly municipalityIds: ReadonlyMap<string, number>;
  readonly partnershipIds: ReadonlyMap<string, number>;
  /** Bodies by `bodyKey(partnershipId, name)`. */
  readonly bodies: ReadonlyMap<string, { readonly id: number; readonly isPublic: boolean }>;
  /** Site users by lower-case e-mail address. */
  readonly people: ReadonlyMap<string, PersonRef>;
}

export class UnknownReferenceError extends Error {
  public constructor(kind: string, name: string) {
    super(`Demo data refers to an unknown ${kind}: '${name}'`);
    this.name = 'UnknownReferenceError';
  }
}

export function bodyKey(partnershipId: number, bodyName: string): string {
  return `${partnershipId}\u0000${bodyName}`;
}

function lookup<V>(map: ReadonlyMap<string, V>, key: string, kind: string, shownName = key): V {
  const value = map.get(key);
  if (value === undefined) {
    throw new UnknownReferenceError(kind, shownName);
  }
  return value;
}

function person(lookups: NameLookups, email: string): PersonRef {
  return lookup(lookups.people, email.toLowerCase(), 'person', email);
}

function partnershipId(lookups: NameLookups, name: string): number {
  return lookup(lookups.partnershipIds, name, 'partnership');
}

export function resolvePartnership(demo: DemoPartnership, lookups: NameLookups): Partnership {
  const { participantNames, portfolioHolderEmail, accountHolderEmail, ...rest } = demo;
  return {
    ...rest,
    participantIds: participantNames.map((name) => lookup(lookups.municipalityIds, name, 'municipality')),
    ...(portfolioHolderEmail === undefined ? {} : { portfolioHolder: person(lookups, portfolioHolderEmail) }),
    ...(accountHolderEmail === undefined ? {} : { accountHolder: person(lookups, accountHolderEmail) }),
  };
}

export function resolveFinancialFigures(demo: DemoFinancialFigures, lookups: NameLookups): FinancialFigures {
  const { partnershipName, ...rest } = demo;
  return { ...rest, partnershipId: partnershipId(lookups, partnershipName) };
}

export function resolveMeetingBody(demo: DemoMeetingBody, lookups: NameLookups): MeetingBody {
  const { partnershipName, memberEmails, bilateralMunicipalityName, ...rest } = demo;
  return {
    ...rest,
    partnershipId: partnershipId(lookups, partnershipName),
    members: memberEmails.map((email) => person(lookups, email)),
    ...(bilateralMunicipalityName === undefined
      ? {}
      : { bilateralMunicipalityId: lookup(lookups.municipalityIds, bilateralMunicipalityName, 'municipality') }),
  };
}

export function resolveMeeting(demo: DemoMeeting, lookups: NameLookups): Meeting {
  const { partnershipName, bodyName, ...rest } = demo;
  const id = partnershipId(lookups, partnershipName);
  const body = lookup(lookups.bodies, bodyKey(id, bodyName), 'meeting body', `${partnershipName} / ${bodyName}`);
  return { ...rest, partnershipId: id, bodyId: body.id, isPublic: body.isPublic };
}

export function resolveProcessMoment(demo: DemoProcessMoment, lookups: NameLookups): ProcessMoment {
  const { partnershipName, ...rest } = demo;
  return { ...rest, partnershipId: partnershipId(lookups, partnershipName) };
}

export function resolveAction(demo: DemoAction, lookups: NameLookups): ImprovementAction {
  const { partnershipName, ownerEmail, ...rest } = demo;
  return {
    ...rest,
    ...(partnershipName === undefined ? {} : { partnershipId: partnershipId(lookups, partnershipName) }),
    ...(ownerEmail === undefined ? {} : { owner: person(lookups, ownerEmail) }),
  };
}

export function resolveContact(demo: DemoContact, lookups: NameLookups): Contact {
  const { partnershipName, ...rest } = demo;
  return { ...rest, ...(partnershipName === undefined ? {} : { partnershipId: partnershipId(lookups, partnershipName) }) };
}

/** Every e-mail address the demo data needs as a site user, each once, in first-use order. */
export function referencedPeople(data: {
  readonly partnerships: readonly DemoPartnership[];
  readonly meetingBodies: readonly DemoMeetingBody[];
  readonly actions: readonly DemoAction[];
}): readonly string[] {
  const emails = [
    ...data.partnerships.flatMap((p) => [p.portfolioHolderEmail, p.accountHolderEmail]),
    ...data.meetingBodies.flatMap((b) => b.memberEmails),
    ...data.actions.map((a) => a.ownerEmail),
  ].filter((email): email is string => email !== undefined);
  const seen = new Set<string>();
  return emails.filter((email) => {
    const key = email.toLowerCase();
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
