import { z } from 'zod';
import type { MeetingBodyCategory } from '../models/meeting';
import type { LegalForm } from '../models/partnership';
import type { RiskLevel } from '../riskProfile/models';
import { controlIntensity } from '../riskProfile/intensity';
import { parseFrequencyText } from './parseFrequency';
import type { FrequencyRule, MinimumRule, StoredRulesResult } from './types';

/*
 * The structured rules as stored in MeetingBody.frequencyRuleJson: `{"version":1,"rules":[…]}`.
 * The version lets a later rule model read old items.
 */

const STORED_RULES_VERSION = 1;

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }).strict(),
  z.object({ kind: z.literal('law'), citation: z.literal('Wgr art. 22') }).strict(),
]);

const ruleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('minimum'),
      count: z.number({ invalid_type_error: 'Aantal moet een getal zijn.' }).int('Aantal moet een geheel getal zijn.').min(1, 'Aantal moet minimaal 1 zijn.').max(366, 'Aantal is te groot.'),
      per: z.enum(['year', 'quarter', 'month'], { errorMap: () => ({ message: 'Periode moet jaar, kwartaal of maand zijn.' }) }),
      season: z.enum(['voorjaar', 'zomer', 'najaar', 'winter'], { errorMap: () => ({ message: 'Seizoen moet voorjaar, zomer, najaar of winter zijn.' }) }).optional(),
      onDemand: z.boolean().optional(),
      source: sourceSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('relative'),
      referenceShortName: z.string().trim().min(1, 'Het orgaan waaraan de vergadering voorafgaat ontbreekt.').max(255),
      daysBefore: z.number().int('Het aantal dagen moet een geheel getal zijn.').min(1, 'Het aantal dagen vooraf moet minimaal 1 zijn.').max(366, 'Het aantal dagen vooraf is te groot.'),
      unit: z.enum(['days', 'weeks']),
      source: sourceSchema,
    })
    .strict(),
  z.object({ kind: z.literal('on-demand'), source: sourceSchema }).strict(),
  z.object({ kind: z.literal('unparsed'), text: z.string() }).strict(),
]);

const storedSchema = z
  .object({ version: z.literal(STORED_RULES_VERSION), rules: z.array(ruleSchema) })
  .strict()
  .superRefine((stored, context) => {
    stored.rules.forEach((rule, index) => {
      if (rule.kind === 'minimum' && rule.season !== undefined && rule.per !== 'year') {
        context.addIssue({ code: z.ZodIssueCode.custom, path: ['rules', index, 'season'], message: 'Een seizoen kan alleen bij een minimum per jaar.' });
      }
    });
  });

/**
 * The JSON for MeetingBody.frequencyRuleJson. The law's rule ({@link legalFloorRules}) and the risk profile's
 * ({@link riskFloorRules}) are derived, not stored, so they follow the partnership's legal form and profile.
 *
 * @example
 * serializeRules(parseFrequencyText('minimaal drie keer per jaar'))
 * //=> '{"version":1,"rules":[{"kind":"minimum","count":3,"per":"year","source":{"kind":"text","text":"minimaal drie keer per jaar"}}]}'
 */
export function serializeRules(rules: readonly FrequencyRule[]): string {
  const stored = rules.filter((rule) => !(rule.kind === 'minimum' && rule.source.kind !== 'text'));
  return JSON.stringify({ version: STORED_RULES_VERSION, rules: stored });
}

/**
 * Reads MeetingBody.frequencyRuleJson back, checking every field; an empty field gives no rules.
 * Errors are Dutch sentences naming the rule ("Regel 2: …").
 */
export function parseStoredRules(json: string): StoredRulesResult {
  if (json.trim() === '') {
    return { ok: true, value: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, errors: ['De opgeslagen frequentieregel is geen geldige JSON.'] };
  }
  const result = storedSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const [first, index] = issue.path;
        const prefix = first === 'rules' && typeof index === 'number' ? `Regel ${index + 1}: ` : '';
        const message = issue.path[0] === 'version' ? 'onbekende versie van de frequentieregel.' : issue.message;
        return `${prefix}${message}`;
      }),
    };
  }
  return { ok: true, value: result.data.rules };
}

/** What a body's rules are made from. */
export interface RuleSourceFields {
  readonly name: string;
  readonly shortName: string;
  readonly frequencyText: string;
  readonly frequencyRuleJson: string;
  /** Decides whether the risk profile's floor applies (only to `intern` bodies); absent = not internal. */
  readonly category?: MeetingBodyCategory;
}

/**
 * The rules to check for a body: the stored rules when the field holds any; otherwise the frequency
 * text parsed now (so bodies imported or entered before the parser existed are checked too); plus the
 * law's floor and, for an internal body, the floor of the partnership's risk profile. A stored field that
 * cannot be read gives an `unparsed` rule, never a guess.
 *
 * @param riskLevel the level of the partnership's current risk profile; absent when it has none
 */
export function rulesOfBody(body: RuleSourceFields, legalForm: LegalForm | undefined, riskLevel?: RiskLevel): readonly FrequencyRule[] {
  const stored = parseStoredRules(body.frequencyRuleJson);
  const own: readonly FrequencyRule[] = !stored.ok
    ? [{ kind: 'unparsed', text: body.frequencyText || body.frequencyRuleJson }]
    : stored.value.length > 0
      ? stored.value
      : parseFrequencyText(body.frequencyText);
  return [...own, ...legalFloorRules(body, legalForm), ...riskFloorRules(body, riskLevel)];
}

/**
 * Issue 8, risk-based control: the risk profile sets the minimum number of the municipality's own preparatory
 * meetings a year (`controlIntensity(level).preparatoryMeetingsPerYear`: laag 2, midden 4, hoog 10). Like the
 * Wgr art. 22 floor it is derived, never stored, so changing the profile changes the rule checked. It applies to
 * the partnership's internal bodies (category `intern`, seed 002 recommendation 8: the intern
 * afstemmingsoverleg); the body's own frequency still applies next to it.
 *
 * @example
 * riskFloorRules({ category: 'intern' }, 'hoog') //=> [{ kind: 'minimum', count: 10, per: 'year', source: { kind: 'risk-profile', level: 'hoog' } }]
 * riskFloorRules({ category: 'formeel' }, 'hoog') //=> []
 */
export function riskFloorRules(body: Pick<RuleSourceFields, 'category'>, riskLevel: RiskLevel | undefined): readonly MinimumRule[] {
  if (riskLevel === undefined || body.category !== 'intern') {
    return [];
  }
  const count = controlIntensity(riskLevel).preparatoryMeetingsPerYear;
  return count > 0 ? [{ kind: 'minimum', count, per: 'year', source: { kind: 'risk-profile', level: riskLevel } }] : [];
}

/**
 * Wgr art. 22(1): "Het algemeen bestuur vergadert zo dikwijls als het daartoe heeft besloten, doch ten
 * minste twee maal per jaar." Only a GR that is an openbaar lichaam has an algemeen bestuur (Wgr art. 12);
 * a bedrijfsvoeringsorganisatie and a gemeenschappelijk orgaan have one bestuur, the other forms none.
 */
export function legalFloorRules(body: Pick<RuleSourceFields, 'name' | 'shortName'>, legalForm: LegalForm | undefined): readonly MinimumRule[] {
  if (legalForm !== 'gr-openbaar-lichaam' || !isGeneralBoard(body)) {
    return [];
  }
  return [{ kind: 'minimum', count: 2, per: 'year', source: { kind: 'law', citation: 'Wgr art. 22' } }];
}

/** The algemeen bestuur: short name "AB" or a name starting with "Algemeen bestuur". */
export function isGeneralBoard(body: Pick<RuleSourceFields, 'name' | 'shortName'>): boolean {
  return body.shortName.trim().toUpperCase() === 'AB' || /^algemeen\s+bestuur\b/i.test(body.name.trim());
}
