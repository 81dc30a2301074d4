import { z, type ZodErrorMap } from 'zod';
import type { PersonRef } from '../models/person';
import { isCalendarDate } from '../time/calendarDate';
import { isZonedDateTime } from '../time/zonedDateTime';

/**
 * SharePoint's single line of text holds at most 255 characters; the schema gives every Text field
 * that limit (or less), so validation says so before SharePoint refuses the save.
 */
export const SINGLE_LINE_MAX_LENGTH = 255;

/**
 * Dutch sentences for the cases no field names explicitly, so no English zod text reaches a user.
 * Passed to `safeParse`, this map runs last and sees the message the field's own map made as
 * `defaultError`; when that differs from zod's English default, the field's own message is kept.
 */
export const dutchFallbackErrorMap: ZodErrorMap = (issue, context) => {
  const zodDefault = z.defaultErrorMap(issue, { data: context.data, defaultError: '' }).message;
  if (context.defaultError !== zodDefault) {
    return { message: context.defaultError };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { message: issue.received === 'undefined' ? 'Vul dit veld in.' : 'Deze waarde heeft niet de juiste vorm.' };
    case 'too_big':
      return { message: `Gebruik hoogstens ${String(issue.maximum)} tekens.` };
    case 'invalid_enum_value':
      return { message: 'Kies een waarde uit de lijst.' };
    default:
      return { message: 'Deze waarde is niet geldig.' };
  }
};

function tooLong(maxLength: number): string {
  return `Gebruik hoogstens ${maxLength} tekens.`;
}

/** Text that must contain something other than spaces. */
export function requiredText(message: string, maxLength: number = SINGLE_LINE_MAX_LENGTH): z.ZodType<string> {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .refine((value) => value.trim() !== '', message)
    .refine((value) => value.length <= maxLength, tooLong(maxLength));
}

/** Text that may be empty; `undefined` is not accepted, as the models always carry a string. */
export function text(maxLength?: number): z.ZodType<string> {
  const base = z.string({ required_error: 'Vul dit veld in (het mag leeg zijn).', invalid_type_error: 'Vul hier tekst in.' });
  return maxLength === undefined ? base : base.refine((value) => value.length <= maxLength, tooLong(maxLength));
}

export function optionalText(maxLength: number = SINGLE_LINE_MAX_LENGTH): z.ZodType<string | undefined> {
  return z
    .string({ invalid_type_error: 'Vul hier tekst in.' })
    .refine((value) => value.length <= maxLength, tooLong(maxLength))
    .optional();
}

export function choice<const Values extends readonly [string, ...string[]]>(values: Values, message: string): z.ZodType<Values[number]> {
  return z.enum(values as unknown as [Values[number], ...Values[number][]], { errorMap: () => ({ message }) });
}

export function multiChoice<const Values extends readonly [string, ...string[]]>(
  values: Values,
  invalidMessage: string,
): z.ZodType<readonly Values[number][]> {
  return z
    .array(choice(values, invalidMessage), { required_error: invalidMessage, invalid_type_error: invalidMessage })
    .refine((chosen) => new Set(chosen).size === chosen.length, 'Kies elke waarde maar één keer.');
}

export function yesNo(message: string): z.ZodType<boolean> {
  return z.boolean({ required_error: message, invalid_type_error: message });
}

/** A SharePoint item id: a whole number from 1. */
export function itemId(message: string): z.ZodType<number> {
  return z.number({ required_error: message, invalid_type_error: message }).int(message).positive(message);
}

export function wholeNumberBetween(min: number, max: number, message: string): z.ZodType<number> {
  return z.number({ required_error: message, invalid_type_error: message }).int(message).min(min, message).max(max, message);
}

export function amountInEuros(): z.ZodType<number | undefined> {
  const message = 'Vul een bedrag in euro’s in.';
  return z.number({ invalid_type_error: message }).finite(message).optional();
}

export function calendarDateText(message: string) {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .refine(isCalendarDate, (value) => ({ message: `${message.replace(/\.$/, '')}: dit is geen bestaande datum (${value}).` }));
}

export function zonedDateTimeText(message: string) {
  return z
    .string({ required_error: message, invalid_type_error: message })
    .refine(isZonedDateTime, (value) => ({ message: `${message.replace(/\.$/, '')}: dit is geen geldig tijdstip (${value}).` }));
}

const emailCheck = z.string().email();

/** True for an address of the form name@domain.tld; spaces around it are not accepted. */
export function isEmailAddress(value: string): boolean {
  return emailCheck.safeParse(value).success;
}

export function emailAddress(emptyMessage: string) {
  return z
    .string({ required_error: emptyMessage, invalid_type_error: emptyMessage })
    .refine((value) => value.trim() !== '', emptyMessage)
    .refine(isEmailAddress, (value) => ({ message: `Dit is geen geldig e-mailadres: ${value}` }));
}

/** An address that may be left empty. */
export function optionalEmailAddress() {
  return z
    .string({ invalid_type_error: 'Vul een e-mailadres in.' })
    .refine((value) => value === '' || isEmailAddress(value), (value) => ({ message: `Dit is geen geldig e-mailadres: ${value}` }));
}

/** A web address (http or https); an empty string counts as absent. */
export function optionalWebAddress() {
  return z
    .string({ invalid_type_error: 'Vul een webadres in.' })
    .refine((value) => value === '' || isWebAddress(value), (value) => ({ message: `Dit is geen geldig webadres: ${value}` }))
    .optional();
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * A person: a site user, or someone from outside with a name and an address. Reported as one
 * message on the person's field, since a form shows a person as one picker.
 */
export function personRef(message: string): z.ZodType<PersonRef> {
  return z.custom<PersonRef>().superRefine((value, context) => {
    const problem = personProblem(value, message);
    if (problem !== undefined) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    }
  });
}

function personProblem(value: unknown, message: string): string | undefined {
  if (typeof value !== 'object' || value === null) {
    return message;
  }
  const { userId, displayName, email } = value as Record<string, unknown>;
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    return message;
  }
  if (userId !== undefined && !(typeof userId === 'number' && Number.isInteger(userId) && userId > 0)) {
    return message;
  }
  if (email !== undefined && (typeof email !== 'string' || (email !== '' && !isEmailAddress(email)))) {
    return `Dit is geen geldig e-mailadres: ${String(email)}`;
  }
  return undefined;
}
