import type { BbvGroup, Importance, LegalForm, Partnership } from '../models/partnership';

/**
 * BBV art. 1(1)(b): a verbonden partij is a private or public legal body in which the municipality
 * has both a bestuurlijk belang (a seat on the board or voting rights) and a financieel belang.
 *
 * @example
 * isVerbondenPartij({ hasAdministrativeInterest: true, hasFinancialInterest: true }) //=> true
 * isVerbondenPartij({ hasAdministrativeInterest: true, hasFinancialInterest: false }) //=> false
 */
export function isVerbondenPartij(partnership: Pick<Partnership, 'hasAdministrativeInterest' | 'hasFinancialInterest'>): boolean {
  return partnership.hasAdministrativeInterest && partnership.hasFinancialInterest;
}

const BBV_GROUP_BY_LEGAL_FORM: Readonly<Record<LegalForm, BbvGroup>> = {
  'gr-openbaar-lichaam': 'gemeenschappelijke-regelingen',
  'gr-bedrijfsvoeringsorganisatie': 'gemeenschappelijke-regelingen',
  'gr-gemeenschappelijk-orgaan': 'gemeenschappelijke-regelingen',
  'gr-centrumgemeente': 'gemeenschappelijke-regelingen',
  'gr-regeling-zonder-meer': 'gemeenschappelijke-regelingen',
  'nv-bv': 'vennootschappen-en-cooperaties',
  cooperatie: 'vennootschappen-en-cooperaties',
  stichting: 'stichtingen-en-verenigingen',
  vereniging: 'stichtingen-en-verenigingen',
  convenant: 'overige',
  overig: 'overige',
};

/**
 * The group of the paragraph verbonden partijen (BBV art. 15(3)) that a legal form belongs to.
 *
 * @example
 * defaultBbvGroup('gr-openbaar-lichaam') //=> 'gemeenschappelijke-regelingen'
 * defaultBbvGroup('cooperatie') //=> 'vennootschappen-en-cooperaties'
 */
export function defaultBbvGroup(legalForm: LegalForm): BbvGroup {
  return BBV_GROUP_BY_LEGAL_FORM[legalForm];
}

/**
 * The BBV groups a partnership of this legal form may be reported in. Every named form has exactly
 * its own group; `overig` is the catch-all of the register (a foreign body, an EGTS, …), so the
 * accounthouder chooses.
 *
 * @example
 * allowedBbvGroups('stichting') //=> ['stichtingen-en-verenigingen']
 */
export function allowedBbvGroups(legalForm: LegalForm): readonly BbvGroup[] {
  if (legalForm === 'overig') {
    return ['gemeenschappelijke-regelingen', 'vennootschappen-en-cooperaties', 'stichtingen-en-verenigingen', 'overige'];
  }
  return [defaultBbvGroup(legalForm)];
}

/**
 * Seed 004 (Samenwerkingswijzer Maassluis): a partnership is important when at least one of the four
 * angles applies: a heavy societal task, big opportunities, big risks, or much money.
 *
 * @example
 * isImportant({ importance: { societalTask: false, opportunities: false, risks: true, money: false, audiences: ['raad'], explanation: '' } }) //=> true
 */
export function isImportant(partnership: { readonly importance: Importance }): boolean {
  const { societalTask, opportunities, risks, money } = partnership.importance;
  return societalTask || opportunities || risks || money;
}
