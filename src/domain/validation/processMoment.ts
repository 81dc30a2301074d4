import { AUDIENCES } from '../models/partnership';
import { PROCESS_MOMENT_KINDS, PROCESS_MOMENT_SOURCES, PROCESS_MOMENT_STATUSES, type ProcessMoment } from '../models/processMoment';
import { calendarDateText, choice, itemId, multiChoice, optionalText, requiredText, text, yesNo } from './fields';
import type { ValidationResult } from './result';
import { runValidation } from './runValidation';

/**
 * Checks a moment on a partnership's timeline (seed 004).
 *
 * @example
 * validateProcessMoment({ ...moment, date: '2026-02-30' }).errors.date
 * //=> 'Vul een datum in als jjjj-mm-dd: dit is geen bestaande datum (2026-02-30).'
 */
export function validateProcessMoment(input: unknown): ValidationResult<ProcessMoment> {
  return runValidation<ProcessMoment>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      kind: choice(PROCESS_MOMENT_KINDS, 'Kies het soort moment.'),
      subject: requiredText('Vul een onderwerp in.'),
      date: calendarDateText('Vul een datum in als jjjj-mm-dd.'),
      isDeadline: yesNo('Geef aan of de datum een uiterste datum is.'),
      audiences: multiChoice(AUDIENCES, 'Kies voor wie: raad, college of ambtelijke organisatie.'),
      status: choice(PROCESS_MOMENT_STATUSES, 'Kies een status.'),
      source: choice(PROCESS_MOMENT_SOURCES, 'Kies de bron van het moment.'),
      isPublic: yesNo('Geef aan of het moment openbaar is.'),
      documentUrl: optionalText(),
      notes: text(),
    },
    input,
  );
}
