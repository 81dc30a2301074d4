import type { Contact } from '../models/contact';
import { itemId, optionalEmailAddress, requiredText, text, SINGLE_LINE_MAX_LENGTH } from './fields';
import type { ValidationResult } from './result';
import { runValidation, type CrossFieldRule } from './runValidation';

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** A contact is only useful when one can reach them: an address or a number. */
const reachable: CrossFieldRule = (input, errors) => {
  const { email, phone } = input;
  if (errors.has('email') || errors.has('phone')) {
    return;
  }
  if ((typeof email !== 'string' || email.trim() === '') && (typeof phone !== 'string' || phone.trim() === '')) {
    errors.add('email', 'Vul een e-mailadres of een telefoonnummer in.');
  }
};

/**
 * Checks a person on the shared contact list (seed 000).
 *
 * @example
 * validateContact({ ...contact, email: 'adviseur@gbtwente' }).errors
 * //=> { email: 'Dit is geen geldig e-mailadres: adviseur@gbtwente' }
 */
export function validateContact(input: unknown): ValidationResult<Contact> {
  return runValidation<Contact>(
    {
      name: requiredText('Vul een naam in.'),
      organisation: text(SINGLE_LINE_MAX_LENGTH),
      role: text(SINGLE_LINE_MAX_LENGTH),
      expertise: text(SINGLE_LINE_MAX_LENGTH),
      email: optionalEmailAddress().refine((value) => value.length <= SINGLE_LINE_MAX_LENGTH, `Gebruik hoogstens ${SINGLE_LINE_MAX_LENGTH} tekens.`),
      phone: text(50).refine((value) => value === '' || PHONE_PATTERN.test(value), (value) => ({
        message: `Dit is geen geldig telefoonnummer: ${value}`,
      })),
      partnershipId: itemId('Kies het samenwerkingsverband.').optional(),
    },
    input,
    [reachable],
  );
}
