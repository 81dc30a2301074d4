/**
 * Dates in the domain are never ambiguous strings.
 *
 * - A {@link CalendarDate} is a day on the Dutch calendar (`2026-04-30`), used for deadlines and
 *   "laatst geactualiseerd": it has no time and no zone.
 * - A {@link ZonedDateTime} is an instant written as Europe/Amsterdam wall time with its offset
 *   (`2026-03-05T14:00:00+01:00`), used for meetings: it names the instant and the local time at once.
 *
 * Both are branded strings so that they serialise as themselves (JSON, SharePoint, CLI output),
 * while the type system keeps a plain string from slipping in unchecked.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };
export type ZonedDateTime = string & { readonly __brand: 'ZonedDateTime' };

/** The one time zone of the product: Dutch municipalities plan in Amsterdam time. */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';
