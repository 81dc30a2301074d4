import { formatDutchDate, wallTimeParts, zonedDateTime } from '../src/domain/time';
import { GBTWENTE_BODY_NAMES } from './gbtwenteBodies';
import { GBTWENTE } from './partnerships';
import type { DemoMeeting } from './types';

/*
 * GBTwente AB and DB meetings in 2026 (demo dates): the AB meets at least three times a year and the DB at
 * least four times (seed 000). Meetings before 26 November 2026 are held; the later ones are planned.
 */

function meeting(bodyName: string, shortName: string, date: string, from: string, until: string, status: DemoMeeting['status']): DemoMeeting {
  const start = zonedDateTime(date, from);
  return {
    partnershipName: GBTWENTE,
    bodyName,
    title: `${shortName} GBTwente ${formatDutchDate(wallTimeParts(start).date)}`,
    start,
    end: zonedDateTime(date, until),
    location: 'kantoor GBTwente',
    status,
  };
}

const ab = (date: string, status: DemoMeeting['status']): DemoMeeting => meeting(GBTWENTE_BODY_NAMES.ab, 'AB', date, '14:00', '16:00', status);
const db = (date: string, status: DemoMeeting['status']): DemoMeeting => meeting(GBTWENTE_BODY_NAMES.db, 'DB', date, '09:30', '11:00', status);

export const GBTWENTE_MEETINGS: readonly DemoMeeting[] = [
  db('2026-02-12', 'gehouden'),
  ab('2026-03-12', 'gehouden'),
  db('2026-05-28', 'gehouden'),
  // Adopts the begroting 2027 and the jaarstukken 2025 (Wgr art. 34).
  ab('2026-07-02', 'gehouden'),
  db('2026-09-17', 'gehouden'),
  ab('2026-11-05', 'gehouden'),
  db('2026-12-03', 'gepland'),
  ab('2026-12-10', 'gepland'),
];
