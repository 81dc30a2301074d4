import type { Meeting, MeetingBody } from '../models/meeting';
import type { Municipality, Partnership } from '../models/partnership';
import type { PartnershipDocument } from '../models/document';
import type { ProcessMoment } from '../models/processMoment';
import type { Stored } from '../models/entity';
import { isVerbondenPartij } from '../partnerships/classification';
import type { PublicDocument, PublicMeeting, PublicMeetingBody, PublicPartnership, PublicProcessMoment } from './publicModels';

/*
 * What of the register may be shown to the council, decided item by item. Pure: the publication service
 * reads the register, calls these, and writes the result to the intranet site.
 */

/** Everything the projection is computed from, as read from the register site. */
export interface RegisterSnapshot {
  readonly municipalities: readonly Stored<Municipality>[];
  readonly partnerships: readonly Stored<Partnership>[];
  readonly meetingBodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  readonly documents: readonly Stored<PartnershipDocument>[];
  readonly processMoments: readonly Stored<ProcessMoment>[];
}

/** The projection: public items only, keyed by the register item they come from. */
export interface PublicProjection {
  readonly partnerships: readonly PublicPartnership[];
  readonly meetingBodies: readonly PublicMeetingBody[];
  readonly meetings: readonly PublicMeeting[];
  /** Without `fileUrl`: the copy's URL is only known once the file is on the intranet. */
  readonly documents: readonly Omit<PublicDocument, 'fileUrl'>[];
  readonly processMoments: readonly PublicProcessMoment[];
}

function publicPartnership(partnership: Stored<Partnership>, municipalityNames: ReadonlyMap<number, string>): PublicPartnership {
  const value: PublicPartnership = {
    sourceId: partnership.id,
    name: partnership.name,
    legalForm: partnership.legalForm,
    bbvGroup: partnership.bbvGroup,
    isVerbondenPartij: isVerbondenPartij(partnership),
    domain: partnership.domain,
    participantNames: partnership.participantIds.map((id) => municipalityNames.get(id)).filter((name): name is string => name !== undefined),
    seat: partnership.seat,
    publicInterest: partnership.publicInterest,
    importance: {
      societalTask: partnership.importance.societalTask,
      opportunities: partnership.importance.opportunities,
      risks: partnership.importance.risks,
      money: partnership.importance.money,
      audiences: [...partnership.importance.audiences],
      explanation: partnership.importance.explanation,
    },
    status: partnership.status,
  };
  return partnership.website ? { ...value, website: partnership.website } : value;
}

/**
 * The public part of the register. Partnerships are public as a whole (the register holds no secrets
 * about them; people and risks stay in the register); a meeting body only when marked openbaar; a meeting
 * only when it is marked openbaar AND its body is public (a meeting copied from a confidential body
 * would name it); documents and process moments when marked openbaar and their partnership is known.
 *
 * @example
 * projectPublicInformation(snapshot).meetingBodies.every((body) => snapshot.meetingBodies.find((b) => b.id === body.sourceId)?.isPublic) //=> true
 */
export function projectPublicInformation(snapshot: RegisterSnapshot): PublicProjection {
  const municipalityNames = new Map(snapshot.municipalities.map((municipality) => [municipality.id, municipality.name]));
  const partnershipIds = new Set(snapshot.partnerships.map((partnership) => partnership.id));
  // Organisation-wide bodies (the regievoerders' own meeting) belong to no partnership and are internal: never public.
  const bodies = snapshot.meetingBodies.flatMap((body) =>
    body.isPublic && body.partnershipId !== undefined && partnershipIds.has(body.partnershipId) ? [{ ...body, partnershipId: body.partnershipId }] : [],
  );
  const bodiesById = new Map(bodies.map((body) => [body.id, body]));
  return {
    partnerships: snapshot.partnerships.map((partnership) => publicPartnership(partnership, municipalityNames)),
    meetingBodies: bodies.map((body) => ({
      sourceId: body.id,
      partnershipSourceId: body.partnershipId,
      name: body.name,
      shortName: body.shortName,
      purpose: body.purpose,
      frequencyText: body.frequencyText,
      location: body.location,
    })),
    meetings: snapshot.meetings.flatMap((meeting) => {
      const body = meeting.isPublic ? bodiesById.get(meeting.bodyId) : undefined;
      return body === undefined
        ? []
        : [
            {
              sourceId: meeting.id,
              // The meeting's denormalised copy, else its body's (which has one: organisation-wide bodies are left out).
              partnershipSourceId: meeting.partnershipId ?? body.partnershipId,
              bodySourceId: meeting.bodyId,
              bodyName: body.name,
              title: meeting.title,
              start: meeting.start,
              end: meeting.end,
              location: meeting.location,
              status: meeting.status,
            },
          ];
    }),
    documents: snapshot.documents
      .filter((document) => document.isPublic && partnershipIds.has(document.partnershipId))
      .map((document) => {
        const value = {
          sourceId: document.id,
          sourceVersion: document.etag,
          partnershipSourceId: document.partnershipId,
          title: document.title,
          fileName: document.fileName,
          documentType: document.documentType,
        };
        return document.year === undefined ? value : { ...value, year: document.year };
      }),
    processMoments: snapshot.processMoments
      .filter((moment) => moment.isPublic && partnershipIds.has(moment.partnershipId))
      .map((moment) => ({
        sourceId: moment.id,
        partnershipSourceId: moment.partnershipId,
        kind: moment.kind,
        subject: moment.subject,
        date: moment.date,
        isDeadline: moment.isDeadline,
        audiences: [...moment.audiences],
        status: moment.status,
        source: moment.source,
        notes: moment.notes,
      })),
  };
}

/** Reconciling a projection list: what to create, what to change (with the stored id and ETag) and what to remove. */
export interface ProjectionChanges<T> {
  readonly create: readonly T[];
  readonly update: readonly { readonly id: number; readonly etag: string; readonly value: T }[];
  readonly remove: readonly { readonly id: number; readonly etag: string }[];
  readonly unchanged: number;
}

function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, entry]) => entry !== undefined && key !== 'id' && key !== 'etag' && key !== 'modified' && key !== 'fileUrl')
        .sort(([left], [right]) => left.localeCompare(right))
        .map(([key, entry]) => [key, comparable(entry)]),
    );
  }
  return value;
}

/** True when two values hold the same data, ignoring item identity and properties left undefined. */
export function sameProjectedValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(comparable(left)) === JSON.stringify(comparable(right));
}

/**
 * What must change in a projection list so it holds exactly `desired`: items are matched by `sourceId`;
 * an item whose source is gone or no longer public is removed; a duplicate copy of one source is removed too.
 *
 * @example
 * planProjectionChanges([{ sourceId: 1, name: 'A' }], []).create //=> [{ sourceId: 1, name: 'A' }]
 */
export function planProjectionChanges<T extends { readonly sourceId: number }>(
  desired: readonly T[],
  existing: readonly (T & { readonly id: number; readonly etag: string })[],
): ProjectionChanges<T> {
  const existingBySource = new Map<number, T & { readonly id: number; readonly etag: string }>();
  const remove: { id: number; etag: string }[] = [];
  for (const item of existing) {
    if (existingBySource.has(item.sourceId)) remove.push({ id: item.id, etag: item.etag });
    else existingBySource.set(item.sourceId, item);
  }
  const create: T[] = [];
  const update: { id: number; etag: string; value: T }[] = [];
  let unchanged = 0;
  const wanted = new Set<number>();
  for (const value of desired) {
    wanted.add(value.sourceId);
    const current = existingBySource.get(value.sourceId);
    if (current === undefined) create.push(value);
    else if (sameProjectedValue(value, current)) unchanged += 1;
    else update.push({ id: current.id, etag: current.etag, value });
  }
  for (const [sourceId, item] of existingBySource) {
    if (!wanted.has(sourceId)) remove.push({ id: item.id, etag: item.etag });
  }
  return { create, update, remove, unchanged };
}
