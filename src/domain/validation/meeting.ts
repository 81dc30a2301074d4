import { z } from 'zod';
import { MEETING_BODY_CATEGORIES, MEETING_SEND_STATES, MEETING_STATUSES, type Meeting, type MeetingBody } from '../models/meeting';
import { compareZonedDateTimes, isZonedDateTime, toInstant } from '../time/zonedDateTime';
import {
  choice,
  isEmailAddress,
  itemId,
  optionalText,
  personRef,
  requiredText,
  text,
  wholeNumberBetween,
  yesNo,
  zonedDateTimeText,
  SINGLE_LINE_MAX_LENGTH,
} from './fields';
import type { ValidationResult } from './result';
import { runValidation, type CrossFieldRule } from './runValidation';

/** Lengths of the Overlegorganen list's text fields (src/schema/siteSchema.ts). */
const SHORT_NAME_MAX_LENGTH = 50;

const externalMemberEmails = z
  .array(z.string({ invalid_type_error: 'Vul e-mailadressen in.' }), {
    required_error: 'Vul de e-mailadressen van externe leden in (de lijst mag leeg zijn).',
    invalid_type_error: 'Vul de e-mailadressen van externe leden in.',
  })
  .superRefine((addresses, context) => {
    // One sentence that names every wrong address, so the user can fix them in one go.
    const invalid = addresses.filter((address) => !isEmailAddress(address));
    if (invalid.length === 1) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: `Dit is geen geldig e-mailadres: ${invalid[0]}` });
    } else if (invalid.length > 1) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: `Dit zijn geen geldige e-mailadressen: ${invalid.join(', ')}` });
    }
  });

const frequencyRuleJson = text().refine(isEmptyOrJson, 'De frequentieregel is geen geldige JSON.');

function isEmptyOrJson(value: string): boolean {
  if (value.trim() === '') {
    return true;
  }
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** Said when a body lacks a partnership; only an internal body may (seed 002: the meeting of all regievoerders). */
export const ORGANISATION_WIDE_ONLY_INTERNAL_MESSAGE = 'Kies het samenwerkingsverband. Alleen een intern overleg kan organisatiebreed zijn (zonder samenwerkingsverband).';

const meetingBodyShape = {
  // Optional here; the rule below requires it for every body that is not internal.
  partnershipId: itemId('Kies het samenwerkingsverband.').optional(),
  name: requiredText('Vul een naam in.'),
  shortName: text(SHORT_NAME_MAX_LENGTH),
  category: choice(MEETING_BODY_CATEGORIES, 'Kies een categorie.'),
  isPublic: yesNo('Geef aan of het overleg openbaar is.'),
  purpose: text(),
  membersDescription: text(),
  participantsDescription: text(),
  occasionalGuests: text(),
  members: z.array(personRef('Kies de leden uit de personen van de site.'), {
    required_error: 'Kies de leden (de lijst mag leeg zijn).',
    invalid_type_error: 'Kies de leden uit de personen van de site.',
  }),
  externalMemberEmails,
  frequencyText: text(SINGLE_LINE_MAX_LENGTH),
  frequencyRuleJson,
  agendaOwner: text(SINGLE_LINE_MAX_LENGTH),
  organiser: text(SINGLE_LINE_MAX_LENGTH),
  minutesBy: text(SINGLE_LINE_MAX_LENGTH),
  location: text(SINGLE_LINE_MAX_LENGTH),
  bilateralMunicipalityId: itemId('Kies de gemeente waarmee bilateraal wordt overlegd.').optional(),
};

/**
 * Seed 000's bodies all belong to a partnership; seed 002 adds the periodic meeting of all regievoerders, which
 * belongs to none. So a body without a partnership is allowed only for category `intern`.
 */
const partnershipUnlessInternal: CrossFieldRule = (input, errors) => {
  const { partnershipId, category } = input;
  if (errors.has('partnershipId') || errors.has('category') || partnershipId !== undefined) {
    return;
  }
  if (category !== 'intern') {
    errors.add('partnershipId', ORGANISATION_WIDE_ONLY_INTERNAL_MESSAGE);
  }
};

/**
 * Checks an overlegorgaan (seed 000: AB, DB, accounthoudersoverleg, bilateral meetings, …; seed 002: internal
 * meetings, which may be organisation-wide).
 *
 * @example
 * validateMeetingBody({ ...body, externalMemberEmails: ['wethouder@almelo'] })
 * //=> { ok: false, errors: { externalMemberEmails: 'Dit is geen geldig e-mailadres: wethouder@almelo' } }
 * validateMeetingBody({ ...body, partnershipId: undefined, category: 'formeel' })
 * //=> { ok: false, errors: { partnershipId: 'Kies het samenwerkingsverband. Alleen een intern overleg kan organisatiebreed zijn (zonder samenwerkingsverband).' } }
 */
export function validateMeetingBody(input: unknown): ValidationResult<MeetingBody> {
  return runValidation<MeetingBody>(meetingBodyShape, input, [partnershipUnlessInternal]);
}

export interface MeetingValidationContext {
  /** The current instant, passed in so validation is repeatable. */
  readonly now: Date;
}

const meetingShape = {
  bodyId: itemId('Kies het overlegorgaan.'),
  // Copied from the body: absent for the meetings of an organisation-wide body.
  partnershipId: itemId('Kies het samenwerkingsverband.').optional(),
  title: requiredText('Vul een titel in.'),
  start: zonedDateTimeText('Vul een begintijd in.'),
  end: zonedDateTimeText('Vul een eindtijd in.'),
  location: text(SINGLE_LINE_MAX_LENGTH),
  status: choice(MEETING_STATUSES, 'Kies een status: gepland, gehouden of geannuleerd.'),
  isPublic: yesNo('Geef aan of de vergadering openbaar is.'),
  outlookEventId: optionalText(),
  agendaUrl: optionalText(),
  minutesUrl: optionalText(),
  sendState: choice(MEETING_SEND_STATES, 'Kies een verzendstatus: niet verzonden, verzonden of mislukt.').optional(),
  sendFailureReason: text().optional(),
  sendIntent: wholeNumberBetween(0, Number.MAX_SAFE_INTEGER, 'De verzendversie is een geheel getal van 0 of meer.').optional(),
  outlookCalendar: optionalText(),
};

const endAfterStart: CrossFieldRule = (input, errors) => {
  const { start, end } = input;
  if (errors.has('start') || errors.has('end') || !isZoned(start) || !isZoned(end)) {
    return;
  }
  const difference = compareZonedDateTimes(end, start);
  if (difference < 0) {
    errors.add('end', 'De eindtijd ligt vóór de begintijd.');
  } else if (difference === 0) {
    errors.add('end', 'De eindtijd is gelijk aan de begintijd; een vergadering duurt even.');
  }
};

function pastMeetingIsNotPlanned(context: MeetingValidationContext): CrossFieldRule {
  return (input, errors) => {
    const { end, status } = input;
    if (errors.has('status') || errors.has('end') || !isZoned(end) || status !== 'gepland') {
      return;
    }
    if (toInstant(end).getTime() < context.now.getTime()) {
      errors.add('status', 'Deze vergadering ligt in het verleden: kies gehouden of geannuleerd.');
    }
  };
}

function isZoned(value: unknown): value is Parameters<typeof compareZonedDateTimes>[0] {
  return typeof value === 'string' && isZonedDateTime(value);
}

/**
 * Checks a vergadering: the end lies after the start, and a meeting that has ended is no longer
 * `gepland` relative to `context.now`.
 *
 * @example
 * validateMeeting({ ...meeting, start: '2026-03-05T14:00:00+01:00', end: '2026-03-05T13:00:00+01:00' }, { now })
 * //=> { ok: false, errors: { end: 'De eindtijd ligt vóór de begintijd.' } }
 */
export function validateMeeting(input: unknown, context: MeetingValidationContext): ValidationResult<Meeting> {
  return runValidation<Meeting>(meetingShape, input, [endAfterStart, pastMeetingIsNotPlanned(context)]);
}
