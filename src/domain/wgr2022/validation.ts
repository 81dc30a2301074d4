import type { WgrProvisionCheck } from '../councilInfluence/models';
import { PROVISION_CHECK_RESULTS, WGR_PROVISIONS } from '../councilInfluence/models';
import type { ValidationResult } from '../validation/result';
import { isCalendarDate } from '../time/calendarDate';

/** Matches the schema's field lengths (Wgr-toets list: Title 255, RegulationArticle 100). */
const MAX_NOTES = 255;
const MAX_ARTICLE = 100;

/**
 * Checks one line of the Wgr 2022 check before it is saved. A provision found in the regeling ("geregeld" or "deels
 * geregeld") must say in which article, so the raad can look it up; a missing provision may still name the article
 * where it belongs. The input is returned trimmed, never otherwise changed.
 *
 * @example
 * validateProvisionCheck({ partnershipId: 7, provision: 'evaluatiebepaling', result: 'geregeld', regulationArticle: '', notes: '' })
 * //=> { ok: false, errors: { regulationArticle: 'Noem het artikel van de regeling waarin dit geregeld is, bijvoorbeeld "art. 32".' } }
 */
export function validateProvisionCheck(input: WgrProvisionCheck): ValidationResult<WgrProvisionCheck> {
  const errors: Record<string, string> = {};
  const regulationArticle = input.regulationArticle.trim();
  const notes = input.notes.trim();
  if (!WGR_PROVISIONS.includes(input.provision)) {
    errors.provision = 'Kies een bepaling uit de lijst.';
  }
  if (!PROVISION_CHECK_RESULTS.includes(input.result)) {
    errors.result = 'Kies een uitkomst uit de lijst.';
  }
  if ((input.result === 'geregeld' || input.result === 'deels-geregeld') && regulationArticle === '') {
    errors.regulationArticle = 'Noem het artikel van de regeling waarin dit geregeld is, bijvoorbeeld "art. 32".';
  } else if (regulationArticle.length > MAX_ARTICLE) {
    errors.regulationArticle = `Het artikel mag hooguit ${MAX_ARTICLE} tekens lang zijn (nu ${regulationArticle.length}).`;
  }
  if (notes.length > MAX_NOTES) {
    errors.notes = `De toelichting mag hooguit ${MAX_NOTES} tekens lang zijn (nu ${notes.length}).`;
  }
  if (input.checkedOn !== undefined && !isCalendarDate(input.checkedOn)) {
    errors.checkedOn = 'Vul een geldige datum in.';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors: Object.freeze(errors) };
  }
  return { ok: true, value: { ...input, regulationArticle, notes } };
}
