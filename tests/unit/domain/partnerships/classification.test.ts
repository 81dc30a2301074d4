import { BBV_GROUPS, LEGAL_FORMS, type LegalForm } from '../../../../src/domain/models';
import { allowedBbvGroups, defaultBbvGroup, isImportant, isVerbondenPartij } from '../../../../src/domain/partnerships';
import { NOT_IMPORTANT } from '../examples';

describe('isVerbondenPartij (BBV art. 1)', () => {
  it('is true only with both a bestuurlijk and a financieel belang', () => {
    expect(isVerbondenPartij({ hasAdministrativeInterest: true, hasFinancialInterest: true })).toBe(true);
    expect(isVerbondenPartij({ hasAdministrativeInterest: true, hasFinancialInterest: false })).toBe(false);
    expect(isVerbondenPartij({ hasAdministrativeInterest: false, hasFinancialInterest: true })).toBe(false);
    expect(isVerbondenPartij({ hasAdministrativeInterest: false, hasFinancialInterest: false })).toBe(false);
  });
});

describe('defaultBbvGroup (BBV art. 15)', () => {
  it.each<[LegalForm, string]>([
    ['gr-openbaar-lichaam', 'gemeenschappelijke-regelingen'],
    ['gr-bedrijfsvoeringsorganisatie', 'gemeenschappelijke-regelingen'],
    ['gr-gemeenschappelijk-orgaan', 'gemeenschappelijke-regelingen'],
    ['gr-centrumgemeente', 'gemeenschappelijke-regelingen'],
    ['gr-regeling-zonder-meer', 'gemeenschappelijke-regelingen'],
    ['stichting', 'stichtingen-en-verenigingen'],
    ['vereniging', 'stichtingen-en-verenigingen'],
    ['nv-bv', 'vennootschappen-en-cooperaties'],
    ['cooperatie', 'vennootschappen-en-cooperaties'],
    ['convenant', 'overige'],
    ['overig', 'overige'],
  ])('puts %s in %s', (legalForm, group) => {
    expect(defaultBbvGroup(legalForm)).toBe(group);
  });

  it('has a group for every legal form, and the default is always allowed', () => {
    for (const legalForm of LEGAL_FORMS) {
      expect(BBV_GROUPS).toContain(defaultBbvGroup(legalForm));
      expect(allowedBbvGroups(legalForm)).toContain(defaultBbvGroup(legalForm));
    }
  });

  it('lets the catch-all legal form "overig" be reported in any group, and a named form only in its own', () => {
    expect(allowedBbvGroups('overig')).toEqual(expect.arrayContaining([...BBV_GROUPS]));
    expect(allowedBbvGroups('stichting')).toEqual(['stichtingen-en-verenigingen']);
  });
});

describe('isImportant (seed 004)', () => {
  it('is false when none of the four angles applies', () => {
    expect(isImportant({ importance: NOT_IMPORTANT })).toBe(false);
  });

  it.each(['societalTask', 'opportunities', 'risks', 'money'] as const)('is true when only %s applies', (angle) => {
    expect(isImportant({ importance: { ...NOT_IMPORTANT, [angle]: true } })).toBe(true);
  });

  it('does not count the audiences alone as importance', () => {
    expect(isImportant({ importance: { ...NOT_IMPORTANT, audiences: ['raad'] } })).toBe(false);
  });
});
