import { listSchema, type ListKey } from '../../../../src/schema';
import {
  validateAction,
  validateContact,
  validateDocument,
  validateFinancialFigures,
  validateMeeting,
  validateMeetingBody,
  validateMunicipality,
  validatePartnership,
  validateProcessMoment,
  type ValidationResult,
} from '../../../../src/domain/validation';
import { NOW, VALID_ACTION, VALID_BODY, VALID_CONTACT, VALID_DOCUMENT, VALID_FIGURES, VALID_MEETING, VALID_MOMENT, VALID_PARTNERSHIP } from '../examples';

/** Each list with its validator and a valid example, so the schema's limits can be checked against validation. */
const LISTS: ReadonlyArray<readonly [ListKey, (input: unknown) => ValidationResult<unknown>, Record<string, unknown>]> = [
  ['municipalities', validateMunicipality, { name: 'Hof van Twente', region: 'Twente' }],
  ['partnerships', (input) => validatePartnership(input), { ...VALID_PARTNERSHIP }],
  ['financialFigures', validateFinancialFigures, { ...VALID_FIGURES }],
  ['meetingBodies', validateMeetingBody, { ...VALID_BODY }],
  ['meetings', (input) => validateMeeting(input, { now: NOW }), { ...VALID_MEETING }],
  ['documents', validateDocument, { ...VALID_DOCUMENT }],
  ['processMoments', validateProcessMoment, { ...VALID_MOMENT }],
  ['actions', validateAction, { ...VALID_ACTION }],
  ['contacts', validateContact, { ...VALID_CONTACT }],
];

describe('validation agrees with the site schema', () => {
  it.each(LISTS)('%s: every valid example passes', (_key, validate, example) => {
    expect(validate(example)).toEqual({ ok: true, value: example });
  });

  it.each(LISTS)('%s: a required field left out is reported on its property', (key, validate, example) => {
    for (const field of listSchema(key).fields) {
      if (field.required && field.property !== undefined && !field.property.includes('.')) {
        const { [field.property]: _left, ...without } = example;
        const result = validate(without);
        expect({ property: field.property, reported: !result.ok && field.property in result.errors }).toEqual({ property: field.property, reported: true });
      }
    }
  });

  it.each(LISTS)('%s: text longer than the column holds is reported on its property', (key, validate, example) => {
    for (const field of listSchema(key).fields) {
      if (field.type === 'Text' && field.maxLength !== undefined && field.property !== undefined && !field.property.includes('.')) {
        const tooLong = field.property === 'email' ? `${'x'.repeat(field.maxLength)}@gbtwente.example` : 'x'.repeat(field.maxLength + 1);
        const result = validate({ ...example, [field.property]: tooLong });
        expect({ property: field.property, reported: !result.ok && field.property in result.errors }).toEqual({ property: field.property, reported: true });
      }
    }
  });
});
