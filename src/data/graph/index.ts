export { GraphCalendarGateway, toCalendarEvent, type GraphApi, type GraphCalendarGatewayOptions, type GraphRequestLike } from './GraphCalendarGateway';
export { createEmulatorGraphClient, emulatorAuthenticationProvider, type EmulatorGraphClientOptions } from './emulatorGraphClient';
export { toDataAccessError } from './graphErrors';
export {
  AMSTERDAM_WINDOWS_TIME_ZONE,
  fromGraphDateTime,
  instantOfZoned,
  toGraphDateTime,
  toUtcIso,
  toZonedDateTime,
  type GraphDateTimeTimeZone,
} from './graphTime';
